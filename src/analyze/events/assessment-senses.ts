/**
 * Request words used to assess or state, not to ask (issue 15, read on WikiEvents dev and real
 * pages):
 *
 * - "Some observers suggest that the unrest will worsen", "a denunciation which suggested that
 *   her role had been considerable": a suggestion whose that-clause is a statement of fact or a
 *   forecast (a tensed verb or a modal of prediction) is an opinion; PLOVER's REQUEST is asking
 *   for something, which a suggestion does with a mandative clause ("suggested that the two sides
 *   meet", "suggested the government should resign").
 * - "pleaded not guilty to charges", "pleaded guilty to fraud": a plea to a charge answers it in
 *   court; pleading with someone for something ("pleaded with the government for food") stays a
 *   REQUEST.
 *
 * A threat that something poses or carries ("charges that carry the threat of execution") is
 * read in `figurative-readings.ts`, with the other threats that are assessments.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly type: string
}

/** Whether the trigger at `d` states or assesses rather than requests (see the file comment). */
export function isAssessment(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax || d.type !== 'REQUEST') return false
  return isStatedSuggestion(ts, d.index) || isCourtPlea(ts, d.index)
}

// Verbs whose that-clause is either a proposal (mandative: "suggest that he resign") or a claim.
const SUGGESTING = new Set(['suggest', 'indicate'])
// Auxiliaries that put a clause in a tense or a forecast; "should", "must" and a bare
// subjunctive verb or "be" ask for the act instead ("suggested that the chapters be rewritten").
const STATING_AUX = new Set(['will', "'ll", 'would', 'could', 'can', 'may', 'might', 'has', 'have', "'ve", 'had', "'d", 'is', "'s", 'are', "'re", 'was', 'were', 'been'])
const TENSED = new Set(['VBD', 'VBZ'])

function isStatedSuggestion(ts: TriggerSentence, i: number): boolean {
  if (ts.view.syntax![i]!.upos !== 'VERB' || !SUGGESTING.has(lemma(ts, i))) return false
  const clauses = kidsOf(ts, i).filter((k) => rel(ts, k) === 'ccomp')
  return (
    clauses.length > 0 &&
    clauses.every((c) => {
      const auxes = kidsOf(ts, c).filter((k) => /^(aux|aux:pass|cop)$/.test(rel(ts, k)))
      if (auxes.some((k) => word(ts, k) === 'should' || word(ts, k) === 'must')) return false
      return auxes.some((k) => STATING_AUX.has(word(ts, k))) || TENSED.has(ts.view.syntax![c]!.xpos)
    })
  )
}

// What a defendant pleads to a charge.
const PLEAS = new Set(['guilty', 'innocent', 'contest', 'nolo'])

function isCourtPlea(ts: TriggerSentence, i: number): boolean {
  if (lemma(ts, i) !== 'plead') return false
  // "pleaded guilty Monday to threatening ...": the parse may hang the plea word on the date after it,
  // so the word right after the verb (or after its "not") counts as well as the verb's own dependents.
  const n = ts.view.words.length
  const next = i + 1 < n && word(ts, i + 1) === 'not' ? i + 2 : i + 1
  return (next < n && PLEAS.has(word(ts, next))) || kidsOf(ts, i).some((k) => PLEAS.has(word(ts, k)))
}
