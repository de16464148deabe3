/**
 * A trigger noun that only modifies another noun names a kind of thing, not an act: "the debate
 * moderator", "twelve attack helicopters", "a protest song", and in lower-case Indian news the
 * deity's name before its temple and devotees ("the ram temple", "20 ram sevaks"), which the
 * detector read as "ram" (to ram) and coded COERCE. The parse's `compound` relation to a noun on
 * the trigger's right marks the use; a multi-word trigger that takes in its head ("air strike")
 * is one phrase and stays. A head that names the undertaking itself or its time ("a robbery
 * attempt", "a bombing campaign", "a U.N. sanctions resolution", "the sanctions years", "coup
 * d'état", "shooting incidents"), an order or measure named after the coercion it imposes
 * ("issued arrest warrants", "curfew restrictions") or a participant the act presupposes ("the
 * bombing suspect", "the police fire victim") leaves the act reported, and so does a gerund that opens its
 * phrase, which the parser hangs on its own object ("suspect the Kremlin of funding
 * environmental groups", "entering homes, raiding businesses").
 *
 * A noun whose verb is a trigger but which itself names a thing is no trigger either: "ram" (the
 * animal, the tool, and in lower-case Indian news the deity and the names built on it: "jai shri
 * ram", "kanshi ram"), "train" (the vehicle: "the marudhar express train") and "tears" (weeping: "sat
 * there in tears").
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
}

const NOMINAL = new Set(['NOUN', 'PROPN'])
// Nouns that name a thing, whose verbs (to ram, to train) are the acts.
const THINGS = new Set(['ram', 'rams', 'train', 'trains', 'tears'])
// Heads under which the modifier still names an act that took place or was undertaken.
const UNDERTAKINGS = new Set([
  'attempt',
  'attempts',
  'bid',
  'bids',
  'campaign',
  'campaigns',
  'effort',
  'efforts',
  'operation',
  'operations',
  'plot',
  'plots',
  'spree',
  'wave',
  'waves',
  'resolution',
  'resolutions',
  'regime',
  'incident',
  'incidents',
  'outrage',
  'outrages',
  'years',
  'era',
  // A participant the act presupposes ("the Boston Marathon bombing suspect", "the police fire victim").
  'suspect',
  'suspects',
  'victim',
  'victims',
  // An order or measure named after the coercion it imposes (CAMEO 173, 1723: "issued arrest
  // warrants", "curfew restrictions").
  'warrant',
  'warrants',
  'order',
  'orders',
  'restriction',
  'restrictions',
  'measure',
  'measures',
  "d'état",
  "d'etat",
  'd’état',
  'd’etat',
])

/** Whether the trigger at `d` is a noun that only modifies the noun after it (see the file comment). */
export function isNounModifier(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const t = syn?.[d.index]
  if (!t || !NOMINAL.has(t.upos) || t.deprel !== 'compound') return false
  const head = syn![t.head]
  if (!head || t.head <= d.last || !NOMINAL.has(head.upos)) return false
  if (UNDERTAKINGS.has(ts.view.words[t.head]!)) return false
  // A gerund the parser hung on its object ("entering homes, raiding businesses") and a conjunct
  // it hung on the next one ("whose arrest and imprisonment") are acts in their own right.
  const next = syn![d.last + 1]
  return !isGerundWithObject(ts, d.index) && next?.upos !== 'CCONJ'
}

// What may stand before a gerund that takes an object, where no determiner or adjective does.
const BEFORE_GERUND = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX'])

// An -ing word opening its phrase ("of funding groups", ", raiding businesses"), not one after
// a determiner or an adjective ("a renewed bombing campaign").
function isGerundWithObject(ts: TriggerSentence, i: number): boolean {
  if (!ts.view.words[i]!.toLowerCase().endsWith('ing')) return false
  return i === 0 || BEFORE_GERUND.has(ts.view.syntax![i - 1]!.upos)
}

/** Whether the trigger at `d` is a noun that names a thing, not the act of its verb (see the file comment). */
export function isThingNoun(ts: TriggerSentence, d: Trigger): boolean {
  const t = ts.view.syntax?.[d.index]
  return !!t && d.last === d.index && NOMINAL.has(t.upos) && THINGS.has(ts.view.words[d.index]!.toLowerCase())
}

// Types whose act an adjective or participle before a noun never reports: what was given,
// freed, paid, asked or promised describes the thing ("free speech", "paid agitators", "our
// requested clinic", "the promised aid", "alleged victims"). A violent participle ("wounded
// soldiers", "detained migrants") is left to the detector: the public sets annotate some.
const DESCRIBED_TYPES = new Set(['AID', 'CONCEDE', 'REQUEST', 'AGREE', 'ACCUSE', 'SUPPORT', 'COOPERATE'])

/**
 * "Free speech does not protect threats", "condemned paid agitators", "all this free military
 * equipment": a trigger that is an adjective or participle modifying the noun after it (the
 * parse's `amod`) describes that noun; nobody gave, freed or paid anything in the sentence.
 */
export function isDescriptiveModifier(ts: TriggerSentence, d: Trigger & { readonly type: string }): boolean {
  const t = ts.view.syntax?.[d.index]
  if (!t || d.last !== d.index || !DESCRIBED_TYPES.has(d.type) || t.deprel !== 'amod') return false
  const head = ts.view.syntax![t.head]
  if (!head || t.head <= d.index || !NOMINAL.has(head.upos)) return false
  // After a comma, an auxiliary or an adverb the word is the clause's verb, whatever the parse
  // ("has, according to filings, advised other companies").
  const before = d.index > 0 ? ts.view.syntax![d.index - 1]! : null
  if (before && (ts.view.words[d.index - 1] === ',' || /^(AUX|ADV)$/.test(before.upos))) return false
  // A verb with a subject or object of its own is a clause the parser hung on the noun ("The
  // sheriff denounced “paid agitators”"), not a modifier.
  return !(ts.kids?.[d.index] ?? []).some((k) => /^(nsubj|obj|iobj|obl|ccomp|xcomp)/.test(ts.view.syntax![k]!.deprel))
}
