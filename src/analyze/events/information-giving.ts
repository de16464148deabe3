/**
 * Giving information is no aid (issue 15, read on scrapinghub pages under V4's retrained
 * detector): "They do not provide any insight into any business dealings", "the extensive,
 * real-time documentation I have provided", "text messages Volker provided to lawmakers", "the
 * medical record that Trump provided" coded AID on the verb of giving. PLOVER's AID is material,
 * economic, military or humanitarian help to another actor; handing over words, records or
 * evidence is a statement or testimony. The training gold agrees: its AID triggers on "provide"
 * are all "provide aid" (RAMS dev, 3), and of the 19 sentences in which "provide" takes
 * information, insight, details, evidence, documentation, testimony or answers (RAMS dev 1, MUC-4 train 15,
 * IndiaPoliceEvents 3), none has a gold trigger on the verb; PLOVER's gold standard records code
 * "demanding that the Turkish government provide information" as the demand only. So an AID read
 * on a verb of giving whose thing given is information or a record of it is no event.
 * What it leaves: intelligence given to a party at war ("the US provided intelligence to Saudi
 * Arabia"), which PLOVER codes as military AID: "intelligence" is not among the words.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Verbs of giving a thing.
const GIVING = new Set(['provide', 'give', 'offer', 'share', 'supply', 'hand', 'furnish'])
// Things given that are information or a record of it.
const INFORMATION = new Set(
  (
    'insight insights information info detail details evidence documentation document documents answer answers testimony clarity context ' +
    'explanation explanations update updates data record records message messages text texts comment comments account accounts ' +
    'transcript transcripts note notes email emails letter letters statement statements feedback'
  ).split(' '),
)

// Nouns of a quantity or collection of things.
const COLLECTIONS = new Set(['series', 'set', 'batch', 'trove', 'number', 'stack', 'pile', 'copy', 'copies', 'cache'])

/** Whether the trigger at `d` is an AID read on giving information (see the file comment). */
export function isInformationGiven(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'AID' || !GIVING.has(lemma(ts, d.index))) return false
  const syn = ts.view.syntax
  if (!syn) return false
  const r = rel(ts, d.index)
  // "the documentation I have provided", "the record that Trump provided": the noun the clause hangs from.
  const kids = kidsOf(ts, d.index)
  const given = kids.filter((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)))
  const things = r.startsWith('acl') && syn[d.index]!.head >= 0 ? [syn[d.index]!.head] : given.length > 0 ? given : fronted(ts, kids)
  return things.length > 0 && things.every((k) => INFORMATION.has(word(ts, k)) || INFORMATION.has(word(ts, contentOf(ts, k))))
}

// "The answers he gave to the BBC", "from the documentation I have provided": a relative clause
// without "that" the parser did not hang from its noun, which stands right before its subject.
function fronted(ts: TriggerSentence, kids: readonly number[]): number[] {
  const subject = kids.filter((k) => rel(ts, k) === 'nsubj').pop()
  if (subject === undefined || subject === 0 || !/^(PRON|PROPN)$/.test(ts.view.syntax![subject]!.upos)) return []
  return ts.view.syntax![subject - 1]!.upos === 'NOUN' ? [subject - 1] : []
}

// "a series of text messages": the noun a quantity or collection noun is of.
function contentOf(ts: TriggerSentence, k: number): number {
  if (!COLLECTIONS.has(word(ts, k))) return k
  return kidsOf(ts, k).find((m) => rel(ts, m) === 'nmod' && kidsOf(ts, m).some((c) => word(ts, c) === 'of')) ?? k
}
