/**
 * Acronyms the text defines: "Five-hundred-meter Aperture Spherical Radio Telescope (FAST)". The
 * long form is the run of capitalized words (hyphenated parts count, "of"/"and"/"for" may join
 * them) right before the bracket whose initials contain the acronym's letters in order; every
 * later use of the acronym names the same thing.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { Draft } from './draft.js'

/** One definition: the acronym and the token range of its long form. */
export interface AcronymDefinition {
  readonly acronym: string
  readonly tokenStart: number
  readonly tokenEnd: number
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u
const JOINERS = new Set(['of', 'and', 'for', 'on', 'de', 'the', '&'])
const NAME_PART = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.]*(?:-[\p{L}\p{N}]+)*$/u

/** Definitions "Long Form (ACRONYM)" in the text, in order. */
export function findAcronymDefinitions(tokens: readonly Token[], sentences: readonly Sentence[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = []
  for (const s of sentences) {
    for (let i = s.tokenStart + 1; i + 2 < s.tokenEnd; i++) {
      if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')' || !ACRONYM.test(tokens[i + 1]!.text)) continue
      const acronym = tokens[i + 1]!.text
      const start = longFormStart(tokens, s.tokenStart, i, acronym)
      if (start !== null) out.push({ acronym, tokenStart: start, tokenEnd: i })
    }
  }
  return out
}

/** Start of the shortest run of name words before `end` whose initials spell the acronym in order. */
function longFormStart(tokens: readonly Token[], sentenceStart: number, end: number, acronym: string): number | null {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '')
  let best: number | null = null
  for (let k = end - 1; k >= sentenceStart && end - k <= 12; k--) {
    const w = tokens[k]!.text
    if (JOINERS.has(w.toLowerCase()) && k < end - 1) continue
    if (!NAME_PART.test(w)) break
    const initials = tokens
      .slice(k, end)
      .filter((t) => !JOINERS.has(t.text.toLowerCase()))
      .flatMap((t) => t.text.split('-').map((p) => p[0]!.toUpperCase()))
      .join('')
    if (w[0]!.toUpperCase() === letters[0] && isSubsequence(letters, initials)) best = k
  }
  return best
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0
  for (const ch of hay) if (ch === needle[j]) j++
  return j === needle.length
}

/** Drafts for each long form and each use of its acronym, typed as an organization unless the tagger says otherwise. */
export function acronymDrafts(tokens: readonly Token[], definitions: readonly AcronymDefinition[]): Draft[] {
  const out: Draft[] = []
  const acronyms = new Set(definitions.map((d) => d.acronym))
  for (const d of definitions) out.push({ tokenStart: d.tokenStart, tokenEnd: d.tokenEnd, source: 'pattern', hint: 'ORG' })
  tokens.forEach((t, i) => {
    if (acronyms.has(t.text)) out.push({ tokenStart: i, tokenEnd: i + 1, source: 'pattern', hint: 'ORG' })
  })
  return out
}
