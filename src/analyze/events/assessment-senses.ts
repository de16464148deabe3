/**
 * Request and threat words used to answer a charge or to assess a danger, not to ask or to
 * threaten (issue 15, read on WikiEvents dev and real pages):
 *
 * - "pleaded not guilty to charges", "pleaded guilty to fraud": a plea to a charge answers it in
 *   court; pleading with someone for something ("pleaded with the government for food") stays a
 *   REQUEST.
 * - "the threat it poses to the First Amendment", "Iran poses a serious threat", "charges that
 *   carry the threat of execution": a threat that something poses, carries or represents is a
 *   danger someone sees, not a threat anyone made; PLOVER's THREATEN is an actor's warning of
 *   what it will do.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly type: string
}

/** Whether the trigger at `d` answers a charge or assesses a danger rather than requests or threatens (see the file comment). */
export function isAssessment(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax) return false
  if (d.type === 'REQUEST') return isCourtPlea(ts, d.index)
  if (d.type === 'THREATEN') return isPosedThreat(ts, d.index)
  return false
}

// What a defendant pleads to a charge.
const PLEAS = new Set(['guilty', 'innocent', 'contest', 'nolo'])

function isCourtPlea(ts: TriggerSentence, i: number): boolean {
  return lemma(ts, i) === 'plead' && kidsOf(ts, i).some((k) => PLEAS.has(word(ts, k)))
}

// Verbs of which a threat is a property: what poses or carries it is a danger, not a threatener.
const DANGER_VERBS = new Set(['pose', 'carry', 'represent', 'constitute'])

function isPosedThreat(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax!
  const t = syn[i]!
  if (t.upos !== 'NOUN' || !/^threat/.test(word(ts, i))) return false
  // "poses a threat", "carry the threat of execution": the threat is the verb's object.
  if (t.deprel === 'obj' && t.head >= 0 && DANGER_VERBS.has(lemma(ts, t.head))) return true
  // "the threat it poses": a relative clause of such a verb on the threat.
  return kidsOf(ts, i).some((k) => rel(ts, k) === 'acl:relcl' && DANGER_VERBS.has(lemma(ts, k)))
}
