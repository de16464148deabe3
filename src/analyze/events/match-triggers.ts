/** Finds trigger-lexicon matches in the tokens of one sentence. */
import type { Token } from '../tokens/tokenize.js'
import { isIrregularForm, lemmaCandidates } from './lemma.js'
import { FORM_PREFIXES, TRIGGERS, type TriggerPattern } from './lexicon.js'

/** A matched trigger: the pattern and the token range it covers. */
export interface TriggerMatch {
  readonly pattern: TriggerPattern
  /** Token indices (global) of the first and last matched word. */
  readonly first: number
  readonly last: number
}

const NO_FORMS: string[] = []

/** All longest trigger matches starting at each token of `[from, to)`. */
export function matchTriggers(tokens: readonly Token[], from: number, to: number): TriggerMatch[] {
  const lemmas: string[][] = []
  // Most tokens cannot be part of any pattern; skipping their lemmatization halves the step's cost.
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text
    const lower = text.toLowerCase()
    lemmas.push(FORM_PREFIXES.has(lower.slice(0, 3)) || isIrregularForm(lower) ? lemmaCandidates(text) : NO_FORMS)
  }
  const matches: TriggerMatch[] = []
  for (let i = from; i < to; i++) {
    let best: TriggerMatch | null = null
    for (const form of lemmas[i - from]!) {
      for (const pattern of TRIGGERS.get(form) ?? []) {
        const last = matchFrom(pattern, lemmas, i - from, to - from)
        if (last === -1) continue
        if (!best || pattern.specificity > best.pattern.specificity) best = { pattern, first: i, last: last + from }
      }
    }
    if (best) matches.push(best)
  }
  return matches
}

// Particles and prepositions of phrasal patterns must follow their verb directly.
const FUNCTION_WORDS = new Set(['to', 'on', 'out', 'down', 'up', 'with', 'for', 'at', 'of', 'the', 'in', 'into', 'off', 'back', 'over', 'under', 'against', 'be', 'not', 'by', 'from'])
const IMPLICIT_GAP = 3
// An implicit gap never runs across a clause or a new verb phrase.
const STOP_GAP = /^([,;:.!?"“”()]|and|or|but|that|which|who|to|was|were|is|are|has|have|had)$/

// Returns the local index of the last matched token, or -1. Gaps are lazy: the pattern's next
// word is taken at its first occurrence within the gap.
function matchFrom(pattern: TriggerPattern, lemmas: readonly string[][], start: number, end: number): number {
  let pos = start
  let lastWord = start
  const els = pattern.elements
  for (let e = 0; e < els.length; e++) {
    const el = els[e]!
    if (el.kind === 'gap') {
      const next = els[e + 1]
      if (next?.kind !== 'word') return -1
      let found = -1
      for (let k = pos; k <= Math.min(end - 1, pos + el.max); k++) {
        if (lemmas[k]!.some((f) => next.forms.has(f))) {
          found = k
          break
        }
      }
      if (found === -1) return -1
      lastWord = found
      pos = found + 1
      e++
      continue
    }
    if (e === 0 || FUNCTION_WORDS.has([...el.forms][0]!)) {
      if (pos >= end || !lemmas[pos]!.some((f) => el.forms.has(f))) return -1
      lastWord = pos
      pos++
      continue
    }
    // Content words after the first may have a few modifiers in between ("imposed new
    // sanctions", "lodged an official protest", "held their first meeting").
    let found = -1
    for (let k = pos; k <= Math.min(end - 1, pos + IMPLICIT_GAP); k++) {
      if (lemmas[k]!.some((f) => el.forms.has(f))) {
        found = k
        break
      }
      if (STOP_GAP.test(lemmas[k]![0]!)) break
    }
    if (found === -1) return -1
    lastWord = found
    pos = found + 1
  }
  return lastWord
}
