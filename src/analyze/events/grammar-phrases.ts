/**
 * A trigger word that is only part of a phrase of grammar (issue 15, read on scrapinghub pages
 * under V4's retrained detector): the "order" of "in order to" coded REQUEST ("pressuring the U.S.
 * to leave al-Tanf, in order to open up a route", five times on 181 pages), and the "going" of
 * the future "be going to" coded CONSULT ("So he's going to do the investigation?"). Neither names
 * an act: "in order to" marks a purpose, "going to" a tense. The training gold never codes them:
 * of the 103 sentences with "in order to" in RAMS dev (11), MUC-4 train (75) and IndiaPoliceEvents
 * (17), none has a gold trigger on its "order" (the one gold "order" trigger, in WikiEvents dev,
 * is the verb "ordered"); of the 1,095 sentences with a form of "go" in RAMS dev (144), WikiEvents
 * dev (9), MUC-4 train (277) and IndiaPoliceEvents (665), none has a gold trigger on it, and
 * PLOVER's gold standard records have neither phrase as an event.
 * What it leaves: "gave the order to shut down factories" (a real order), "going to Moscow" (a
 * form of "go" with a destination, left to the detector and to `going-places.ts`).
 */
import { wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
}

/** Whether the trigger at `d` is the "order" of "in order to" or the "going" of "be going to" + verb (see the file comment). */
export function isGrammarPhrase(ts: TriggerSentence, d: Trigger): boolean {
  const i = d.index
  const n = ts.view.words.length
  const at = (k: number): string => (k >= 0 && k < n ? word(ts, k) : '')
  if (at(i) === 'order' && at(i - 1) === 'in' && (at(i + 1) === 'to' || at(i + 1) === 'that')) return true
  // "is going to do", "was going to resign": the verb after "to" is what the clause reports.
  if ((at(i) === 'going' || at(i) === 'gonna') && (at(i) === 'gonna' || at(i + 1) === 'to')) {
    const next = at(i) === 'gonna' ? i + 1 : i + 2
    const tag = ts.view.syntax?.[next]?.xpos ?? ''
    return tag === 'VB' || (tag === 'RB' && ts.view.syntax?.[next + 1]?.xpos === 'VB')
  }
  return false
}
