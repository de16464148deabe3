/**
 * The source of a passive cue is its "by" phrase ("has been called a charlatan by fellow
 * physicians", "was first reported by MSNBC", "a view echoed by everyone I interviewed"): the
 * subject of a passive is who or what the words are about, and PolNeAR marks the agent as the
 * source. Read from the parse after the rankers, which often take the subject.
 */
import type { Token } from '../tokens/tokenize.js'
import type { Syntax } from '../syntax/types.js'
import { children, isRelation, subtreeSpan } from '../syntax/relations.js'
import { tokenRange } from './span-candidates.js'

type Span = { readonly start: number; readonly end: number }

// "by Friday", "by phone", "by 5 percent", "by far": a "by" phrase of time, means or measure names no one.
const NO_AGENT =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|now|then|far|phone|telephone|email|e-mail|mail|text|hand|law|default|percent|night|day|week|month|year|end|time|way|design|chance|mistake|accident)$/i

/** Where a passive cue's agent lies, in token indices: `phraseStart` at the "by", `[start, end)` its words without it. */
export interface AgentTokens {
  readonly phraseStart: number
  readonly start: number
  readonly end: number
}

/**
 * The "by" phrase of a passive participle among the cue's words, as a character span without the
 * "by", or null when the cue has no passive verb or the verb no agent (see `passiveAgentTokens`).
 * It takes the text's tokens alone, not the analysis context: the attribution model imports this
 * module, and the context imports the model.
 */
export function passiveAgent(ctx: { readonly tokens: readonly Token[] }, syntax: Syntax, cue: Span): Span | null {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  const agent = passiveAgentTokens(ctx.tokens, syntax, from, to)
  return agent ? { start: ctx.tokens[agent.start]!.start, end: ctx.tokens[agent.end - 1]!.end } : null
}

/**
 * The "by" phrase of a passive participle among the cue's tokens `[from, to)`, or null. A
 * participle counts as passive with a passive auxiliary ("was first reported by") or as a reduced
 * relative or adverbial clause ("a view echoed by", "Asked by the host"). The one finder for both
 * readings of the agent: the source after the rankers (`passiveAgent`) and the content candidates
 * that must not take the agent in (`attribution-model.ts`).
 */
export function passiveAgentTokens(tokens: readonly { readonly text: string }[], syntax: Syntax, from: number, to: number): AgentTokens | null {
  for (let v = from; v < to; v++) {
    const x = syntax[v]
    if (!x || x.upos !== 'VERB' || x.xpos !== 'VBN') continue
    const kids = children(syntax, v)
    const withAuxiliary = kids.some((c) => syntax[c]!.deprel === 'aux:pass')
    // The parse's agent relation is passive by itself ("Asked by the host", read as a complement).
    const passive = withAuxiliary || /^(?:acl|advcl)$/.test(x.deprel) || kids.some((c) => syntax[c]!.deprel === 'obl:agent')
    if (!passive) continue
    // "has been called a charlatan by fellow physicians": the parse may hang the agent on the predicate noun.
    const predicates = withAuxiliary ? kids.filter((c) => c > v && /^(?:obj|xcomp)$/.test(syntax[c]!.deprel)) : []
    for (const c of [...kids, ...predicates.flatMap((p) => children(syntax, p))]) {
      if (c < v || !isAgent(tokens, syntax, c)) continue
      const whole = subtreeSpan(syntax, c)
      let start = whole.start
      while (start < c && (syntax[start]!.deprel === 'case' || syntax[start]!.upos === 'PUNCT')) start++
      let end = whole.end
      while (end - 1 > start && syntax[end - 1]!.upos === 'PUNCT') end--
      return { phraseStart: whole.start, start, end }
    }
  }
  return null
}

/** Whether dependent `c` is a "by" phrase naming someone: an `obl` (`obl:agent` included) or `nmod` whose case word is "by", headed by a noun, a name or a pronoun. */
function isAgent(tokens: readonly { readonly text: string }[], syntax: Syntax, c: number): boolean {
  const d = syntax[c]!
  if (!/^(?:NOUN|PROPN|PRON)$/.test(d.upos) || NO_AGENT.test(tokens[c]!.text)) return false
  // "as well as 29 others" read as an agent: only a phrase the word "by" opens is one.
  return (isRelation(d.deprel, 'obl') || isRelation(d.deprel, 'nmod')) && children(syntax, c).some((k) => syntax[k]!.deprel === 'case' && /^by$/i.test(tokens[k]!.text))
}
