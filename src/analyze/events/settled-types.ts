/**
 * Trigger shapes whose PLOVER type the parse settles, whatever the type classifier leans to:
 *
 * - a unit of armed forces sent somewhere ("sent troops to Mali", "will deploy soldiers") is a
 *   troop deployment, MOBILIZE;
 * - a trigger that only modifies a noun of giving and names military material ("artillery" or
 *   "shell" in "artillery shell support", "weapon" in "weapon supplies") belongs to that noun, and
 *   the phrase is military aid, AID: the material is what is given, not an attack. The event is anchored on that noun, whose possessor and for/to phrase
 *   name who gives and who receives ("Iran's drone supplies to Russia").
 *
 * The classifier spreads such shapes over several types (a send-phrase read as an accusation,
 * "shell" read as shelling); once the shape has settled the type, the detector's probability that
 * the candidate is an event at all is its confidence.
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** A detection's type settled by its shape, and the token the event is anchored on. */
export interface SettledType {
  readonly type: string
  readonly index: number
}

// Verbs of sending forces somewhere.
const DISPATCH = new Set(['send', 'deploy', 'dispatch', 'station', 'redeploy'])
// Units of armed forces (a "force" alone is too often a figure: "sent a force of 300" still counts).
const FORCE_UNITS = new Set([
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'force',
  'forces',
  'army',
  'marine',
  'marines',
  'paratrooper',
  'paratroopers',
  'warship',
  'warships',
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  'division',
  'divisions',
  'mercenary',
  'mercenaries',
  'reservist',
  'reservists',
])
// Nouns of giving something.
const GIVING = new Set(['support', 'aid', 'assistance', 'supply', 'supplies', 'delivery', 'deliveries', 'shipment', 'shipments', 'transfer', 'transfers'])
// What military aid gives.
const MATERIAL = new Set([
  'military',
  'weapon',
  'weapons',
  'arm',
  'arms',
  'shell',
  'shells',
  'artillery',
  'ammunition',
  'munition',
  'munitions',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'tank',
  'tanks',
  'mortar',
  'mortars',
  'defense',
  'defence',
])

const lower = (ts: TriggerSentence, k: number): string => ts.view.words[k]!.toLowerCase()
const lemmaOf = (ts: TriggerSentence, k: number): string => (ts.view.syntax?.[k]?.lemma || ts.view.lemmas[k] || '').toLowerCase()

/**
 * Whether `demonstrate` has what it shows as its object or clause ("demonstrates its resolve",
 * "demonstrated that it can"), or is passive ("as demonstrated by his departure", "the risks were
 * demonstrated"): no protest, since no one is demonstrated in the protest sense.
 */
export function isShowing(ts: TriggerSentence, d: { readonly index: number; readonly type: string }): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'PROTEST' || !syn || syn[d.index]!.upos !== 'VERB' || lemmaOf(ts, d.index) !== 'demonstrate') return false
  return (ts.kids?.[d.index] ?? []).some((k) => /^(obj|ccomp|nsubj:pass|aux:pass|obl:agent)$/.test(syn[k]!.deprel))
}

/** The type (and anchor) the shape of the trigger phrase `index..last` settles, or null. */
export function settledType(ts: TriggerSentence, d: { readonly index: number; readonly last: number }): SettledType | null {
  const syn = ts.view.syntax
  if (!syn) return null
  for (let i = d.index; i <= d.last; i++) {
    const t = syn[i]!
    // ("an appeal for deploying troops" names a sending asked for, not one done.)
    if (t.upos === 'VERB' && DISPATCH.has(lemmaOf(ts, i)) && t.deprel !== 'acl') {
      const objects = (ts.kids?.[i] ?? []).filter((k) => /^(obj|nsubj:pass)$/.test(syn[k]!.deprel))
      if (objects.length > 0 && objects.every((k) => FORCE_UNITS.has(lower(ts, k)))) return { type: 'MOBILIZE', index: i }
    }
  }
  // The phrase's head noun: the token of it whose head lies outside it.
  // Only a phrase that starts at a modifier of the noun: the noun itself ("military aid") keeps the
  // classifier's type and confidence, which weigh whether it is given at all ("a cut in military aid").
  const head = headOf(ts, d.index, d.last)
  if (head <= d.index || syn[head]!.upos !== 'NOUN' || !GIVING.has(lower(ts, head))) return null
  const material = (ts.kids?.[head] ?? []).some(
    (k) => /^(compound|amod)$/.test(syn[k]!.deprel) && (MATERIAL.has(lower(ts, k)) || (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'compound' && MATERIAL.has(lower(ts, m)))),
  )
  return material ? { type: 'AID', index: head } : null
}

// The token of `first..last` whose head lies outside the span, or -1 (several, or no parse); from
// a noun that only modifies a noun after it ("artillery" in "artillery shell support"), that noun.
function headOf(ts: TriggerSentence, first: number, last: number): number {
  const syn = ts.view.syntax!
  const heads: number[] = []
  for (let k = first; k <= last; k++) if (syn[k]!.head < first || syn[k]!.head > last) heads.push(k)
  if (heads.length !== 1) return -1
  let h = heads[0]!
  for (let step = 0; step < 3 && /^(compound|amod)$/.test(syn[h]!.deprel) && syn[h]!.head > h && syn[syn[h]!.head]!.upos === 'NOUN'; step++) h = syn[h]!.head
  return h
}

/**
 * The type a PLOVER lexicon phrase of two or more words names ("accepted demands" CONCEDE, "ended
 * mediation" SANCTION, "blew up" COERCE, "signed an agreement" SUPPORT, "held a meeting"
 * CONSULT), or null: the phrase was written from the PLOVER manual's own definitions and examples,
 * and out of fold the type classifier read its head word alone ("demands" REQUEST, "mediation"
 * CONSULT). Only a verb's phrase: a noun's ("protests against") keeps the classifier's type, and
 * a control phrase ("agree to", "call for") is left to the control rules.
 */
export function lexiconPhraseType(ts: TriggerSentence, i: number): string | null {
  if ((ts.lexiconEnd[i] ?? -1) <= i) return null
  const types = ts.lexicon[i]!
  if (types.length !== 1 || types[0]!.endsWith('!')) return null
  const syn = ts.view.syntax
  if (!syn || syn[i]!.upos !== 'VERB') return null
  // The phrase must name what is acted on ("demands", "mediation", "settlements") or the act it
  // prepares ("prepared to resume"): a verb and its particle alone ("arrested for", "participate
  // in", "protest against", "hand over") keep the classifier's reading of the verb.
  return /^(NOUN|VERB|PROPN|ADJ)$/.test(syn[ts.lexiconEnd[i]!]!.upos) ? types[0]! : null
}
