/**
 * Trigger words read in a sense that reports no act: a word that only modifies the trigger noun
 * next to it ("mass arrests"), a fixed phrase ("a conflict of interest", "the federal funds rate"),
 * a figurative attack on an idea ("his attacks on political correctness", "to combat this"), and
 * a happening nobody did ("cooking fires", "deaths stemming from air pollution").
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly detected: string
}

/** Whether the trigger at `d` names no act in this sentence (see the file comment). */
export function isNonEventSense(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[]): boolean {
  return modifiesTrigger(ts, d, detected) || inFixedPhrase(ts, d.index) || isFigurative(ts, d) || isHappening(ts, d)
}

/**
 * "mass arrests": an adjective whose head noun is itself a detected trigger adds nothing to the
 * head's event. (Refusing every modifier noun was measured in `detect.ts` and cost RAMS recall; a
 * noun modifier, "bomb attack", stays: MUC-4 annotates the event on it, and dropping it cost
 * MUC-4 source recall.)
 */
function modifiesTrigger(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[]): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const t = syn[d.index]!
  // Inside its own phrase the head is the trigger itself ("air strikes", "hunger strike").
  if (t.deprel !== 'amod' || t.head <= d.last) return false
  return detected.some((o) => o.index === t.head)
}

// Fixed phrases whose trigger word means no act; lower-case word sequences.
const FIXED_PHRASES: readonly (readonly string[])[] = [
  ['conflict', 'of', 'interest'],
  ['conflicts', 'of', 'interest'],
  ['funds', 'rate'],
  ['federal', 'funds'],
  ['charm', 'offensive'],
  ['attack', 'ad'],
  ['attack', 'ads'],
  // One attends a meeting; one attends to an incident, a patient, a task.
  ['attend', 'to'],
  ['attends', 'to'],
  ['attended', 'to'],
  ['attending', 'to'],
]

function inFixedPhrase(ts: TriggerSentence, i: number): boolean {
  const words = ts.view.words
  return FIXED_PHRASES.some((phrase) =>
    phrase.some((_, at) => {
      const from = i - at
      return from >= 0 && phrase.every((w, k) => words[from + k]?.toLowerCase() === w)
    }),
  )
}

// Nouns of ideas, values and conduct: what a war of words is waged on.
// Not -ity ("community", "authority") nor -dom ("kingdom"): those name who is attacked. A
// violent -ism is fought by force, and MUC-4 annotates "battle terrorism" as an event.
const ABSTRACT_SUFFIX = /(ism|ness)$/
const VIOLENT_ISMS = new Set(['terrorism', 'extremism', 'militarism', 'banditry', 'jihadism', 'separatism', 'radicalism'])
const ABSTRACT_WORDS = new Set(['democracy', 'truth', 'science', 'speech', 'right', 'rights', 'value', 'values', 'idea', 'ideas', 'policy', 'policies', 'culture', 'norm', 'norms'])
// A demonstrative pronoun as the object of "combat" stands for a problem just described.
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])
const FIGHT_WORDS = new Set(['attack', 'assault', 'war', 'fight', 'battle', 'combat', 'crusade', 'offensive', 'tackle', 'counter'])

const isAbstract = (lemma: string): boolean => ABSTRACT_WORDS.has(lemma) || (lemma.length > 6 && ABSTRACT_SUFFIX.test(lemma) && !VIOLENT_ISMS.has(lemma))

/**
 * "attacks on political correctness", "a war on science", "to combat this": a fight whose only
 * patient is an idea or a problem just described is a figure of speech.
 */
function isFigurative(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || !FIGHT_WORDS.has(ts.view.lemmas[d.index] ?? '')) return false
  const patients = (ts.kids?.[d.index] ?? []).filter((k) => /^(obj|nmod|obl)$/.test(syn[k]!.deprel) && k > d.index)
  if (patients.length === 0) return false
  // The nearest patient: a misparse may hang a later noun on the trigger too.
  const p = Math.min(...patients)
  const word = ts.view.words[p]!.toLowerCase()
  if (syn[p]!.deprel === 'obj' && DEMONSTRATIVES.has(word)) return true
  return ts.actorKinds[p] == null && ts.view.entityType[p] == null && isAbstract(ts.view.lemmas[p] ?? word)
}

// What burns, blows up or kills with no one acting: a household or farm fire, a pollutant.
const FORCE_WORDS = new Set(['pollution', 'smog', 'smoke', 'haze', 'contamination', 'fumes', 'fume', 'heat', 'cold', 'disease', 'illness', 'virus', 'infection', 'outbreak'])
const CAUSE_VERBS = new Set(['stem', 'result', 'come', 'arise'])

/**
 * A fire with no actor beside it and no verb that sets it ("cooking fires", "forest fires"), or a
 * death caused by a pollutant or illness ("deaths stemming from air pollution"): a happening,
 * not a deliberate act of anyone.
 */
function isHappening(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const kids = ts.kids?.[d.index] ?? []
  // A verb of death whose cause is a pollutant or illness ("died of the disease", "killed by fumes").
  if (syn[d.index]!.upos === 'VERB') return kids.some((k) => /^obl/.test(syn[k]!.deprel) && isForce(ts, k))
  if (syn[d.index]!.upos !== 'NOUN') return false
  const actorNear = kids.some((k) => ts.actorKinds[k] != null || ts.view.entityType[k] != null || syn[k]!.deprel === 'nmod:poss')
  // A fire someone sets or opens is theirs ("set fire to the station"): only a fire that is
  // no verb's object or oblique is a happening.
  const t = syn[d.index]!
  const doneBySomeone = /^(obj|obl)/.test(t.deprel) && t.head >= 0 && syn[t.head]!.upos === 'VERB'
  // Only a fire named by what it is for or where it burns ("cooking fires", "forest fires"): a
  // bare "the fire" in a report of an attack is usually arson (MUC-4).
  const kind = kids.some((k) => syn[k]!.deprel === 'compound' && ts.lexicon[k]!.length === 0)
  if (ts.topics[d.index] === 'HAZARD') return kind && !actorNear && !doneBySomeone
  // The cause, directly ("deaths from smog") or through a verb ("deaths stemming from smog"),
  // which the parser may hang on the noun the trigger qualifies ("a rise in deaths stemming").
  const qualified = t.deprel === 'nmod' && t.head >= 0 ? (ts.kids?.[t.head] ?? []).filter((k) => syn[k]!.deprel === 'acl') : []
  const causes = [...kids, ...qualified].flatMap((k) =>
    syn[k]!.deprel === 'acl' && CAUSE_VERBS.has(ts.view.lemmas[k] ?? '') ? (ts.kids?.[k] ?? []).filter((m) => syn[m]!.deprel === 'obl') : syn[k]!.deprel === 'nmod' ? [k] : [],
  )
  return causes.some((c) => isForce(ts, c))
}

// A pollutant or illness introduced as a cause ("from smog", "of the disease", "by fumes").
function isForce(ts: TriggerSentence, c: number): boolean {
  const syn = ts.view.syntax!
  return FORCE_WORDS.has(ts.view.lemmas[c] ?? '') && (ts.kids?.[c] ?? []).some((m) => syn[m]!.deprel === 'case' && /^(from|of|by)$/.test(ts.view.words[m]!.toLowerCase()))
}
