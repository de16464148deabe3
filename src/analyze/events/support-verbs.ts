/**
 * Verbs that carry another word's act and report none of their own (issue 15, read on the events
 * tests with issue-15l's retrain, which proposes them where the shipped weights kept them under
 * any bar): a light verb whose object is the act noun ("health officials carried out
 * epidemiological investigations", "the army could launch an attack") is that noun's event, coded
 * on the noun or dropped with it; a verb of effort whose infinitive is the act ("the company
 * struggled to defend this program") is the infinitive's. Neither is a CONCEDE, MOBILIZE or
 * ACCUSE of its own.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
}

// Light verbs whose object names the act undertaken.
const LIGHT = new Set(['carry', 'conduct', 'launch', 'mount', 'stage', 'wage', 'unleash', 'perform'])
// Verbs of effort, whose to-infinitive is what was attempted.
const EFFORT = new Set(['struggle', 'try', 'attempt', 'strive', 'scramble'])

/** Whether the trigger at `d` only carries the act its object noun or its infinitive names (see the file comment). */
export function isSupportVerb(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'VERB') return false
  const base = lemma(ts, d.index)
  const kids = kidsOf(ts, d.index)
  // The noun after the trigger's own phrase ("carried out [investigations]"), one the trigger
  // lexicon names as an act: a phrase that spans it ("launch attack") is the act itself.
  if (LIGHT.has(base)) return kids.some((k) => k > d.last && rel(ts, k) === 'obj' && syn[k]!.upos === 'NOUN' && ts.lexicon[k]!.length > 0)
  if (EFFORT.has(base)) return kids.some((k) => rel(ts, k) === 'xcomp' && syn[k]!.upos === 'VERB' && kidsOf(ts, k).some((c) => rel(ts, c) === 'mark' && word(ts, c) === 'to'))
  return false
}
