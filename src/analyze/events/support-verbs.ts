/**
 * Verbs that carry another word's act and report none of their own (issue 15, read on the events
 * tests with issue-15l's retrain, which proposes them where the shipped weights kept them under
 * any bar): a light verb whose object is the act noun ("health officials carried out
 * epidemiological investigations", "the army could launch an attack") is that noun's event, coded
 * on the noun or dropped with it; a verb of effort whose infinitive is the act ("the company
 * struggled to defend this program") is the infinitive's. Neither is a CONCEDE, MOBILIZE or
 * ACCUSE of its own; nor is a verb of sending whose theme is a message act ("a new threat had
 * been sent", "issued a warning").
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
// Verbs of sending or issuing, and the types of the messages they carry: "a new threat ... had
// been sent to two other camps", "issued a warning" are the threat's or the warning's event,
// never an AID of goods sent.
const SENDING = new Set(['send', 'issue'])
const MESSAGES = /^(THREATEN|REQUEST|ACCUSE|REJECT|PROTEST)!?$/

/** Whether the trigger at `d` only carries the act its object noun or its infinitive names (see the file comment). */
export function isSupportVerb(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'VERB') return false
  const base = lemma(ts, d.index)
  const kids = kidsOf(ts, d.index)
  // The noun after the trigger's own phrase ("carried out [investigations]"), one the trigger
  // lexicon names as an act: a phrase that spans it ("launch attack") is the act itself.
  if (LIGHT.has(base)) return kids.some((k) => k > d.last && rel(ts, k) === 'obj' && syn[k]!.upos === 'NOUN' && ts.lexicon[k]!.length > 0)
  if (SENDING.has(base)) return themes(ts, d.index).some((k) => syn[k]!.upos === 'NOUN' && ts.lexicon[k]!.some((t) => MESSAGES.test(t)))
  if (EFFORT.has(base)) return kids.some((k) => rel(ts, k) === 'xcomp' && syn[k]!.upos === 'VERB' && kidsOf(ts, k).some((c) => rel(ts, c) === 'mark' && word(ts, c) === 'to'))
  return false
}

/**
 * What the verb at `i` moves: its object or passive subject; for a passive with no subject of its
 * own that completes a verb of saying, the object the parser gave that verb instead ("said a new
 * threat ... had been sent": the threat is what was sent).
 */
function themes(ts: TriggerSentence, i: number): number[] {
  const syn = ts.view.syntax!
  const kids = kidsOf(ts, i)
  const own = kids.filter((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)))
  if (own.length || !kids.some((k) => rel(ts, k) === 'aux:pass') || rel(ts, i) !== 'ccomp') return own
  const head = syn[i]!.head
  return kidsOf(ts, head).filter((k) => k < i && rel(ts, k) === 'obj')
}
