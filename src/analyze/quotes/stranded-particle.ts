/**
 * "At first I initially wrote it off as a fad", "voters wrote him off": a content that holds the
 * cue verb's own particle was cut out of a phrasal verb, so the verb alone ("wrote") was read as a
 * report and the rest of the phrase as its words. PolNeAR train: none of its 22,457 gold contents
 * opens with an object pronoun and a particle or with a bare particle. "out" is left alone: a cue
 * that stops before it ("pointed | out that ...") still reports words, only its span is short.
 */
import type { AnalysisContext } from '../context.js'
import type { Syntax } from '../syntax/types.js'
import { children } from '../syntax/relations.js'
import { cueVerbs } from './non-reports.js'

type Span = { readonly start: number; readonly end: number }

/** Particles that complete or cancel a verb's act ("write off", "sign up", "back down", "give away"). */
const COMPLETIVE = /^(?:off|up|down|away)$/i

/** Whether the content holds a completive particle of a verb of the cue ("wrote | it off as a fad"). */
export function holdsCueParticle(ctx: AnalysisContext, syntax: Syntax, cue: Span, content: Span): boolean {
  for (const v of cueVerbs(ctx, syntax, cue)) {
    for (const c of children(syntax, v)) {
      const tok = ctx.tokens[c]!
      if (syntax[c]!.deprel === 'compound:prt' && COMPLETIVE.test(tok.text) && tok.start >= content.start && tok.end <= content.end) return true
    }
  }
  return false
}
