/**
 * Trigger words read in a sense that reports no act: a word that only modifies the trigger noun
 * next to it ("mass arrests"), a fixed phrase ("a conflict of interest", "the federal funds rate"),
 * a figurative attack on an idea ("his attacks on political correctness", "to combat this",
 * "crushing the establishment", "overwhelmed by a challenge"), a happening nobody did ("cooking
 * fires", "deaths stemming from air pollution") and a warning that threatens nobody ("a warning
 * that their push is a loser", "warned everyone to heed the orders") and the place aid is given in
 * ("fallout shelters", "shelters built under the mansion"), people who leave or take cover ("those
 * who choose to evacuate", "families sheltering in schools"), goods moved to no one ("use
 * ambulances to transfer weapons"), premises kept watch over ("police guarded the building") and an act only imagined or depicted ("in the event of a nuclear
 * attack", "air raid drills").
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly detected: string
  /** The type after the coding conventions. */
  readonly type: string
}

/** Whether the trigger at `d` names no act in this sentence (see the file comment). */
export function isNonEventSense(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[]): boolean {
  return (
    modifiesTrigger(ts, d, detected) ||
    inFixedPhrase(ts, d.index) ||
    isFigurative(ts, d) ||
    isFigurativeWar(ts, d) ||
    isHappening(ts, d) ||
    isHarmlessWarning(ts, d) ||
    isPlaceOfAid(ts, d) ||
    isLeaving(ts, d) ||
    isCarrying(ts, d) ||
    isGuarding(ts, d) ||
    isImagined(ts, d)
  )
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
  // An era, not an act.
  ['cold', 'war'],
  ['attack', 'ad'],
  ['attack', 'ads'],
  // One attends a meeting; one attends to an incident, a patient, a task.
  ['attend', 'to'],
  ['attends', 'to'],
  ['attended', 'to'],
  ['attending', 'to'],
  // A count and a figure: "the death toll rose", "a death spiral".
  ['death', 'toll'],
  ['death', 'tolls'],
  ['death', 'spiral'],
  // A statement, and a term of a sentence: no one is released.
  ['press', 'release'],
  ['news', 'release'],
  ['supervised', 'release'],
  // A heart that stops, and something no one values: no arrest, nothing granted.
  ['cardiac', 'arrest'],
  ['respiratory', 'arrest'],
  ['for', 'granted'],
  // A place named by what happens there.
  ...['war', 'battle', 'combat', 'conflict'].flatMap((w) => [
    [w, 'zone'],
    [w, 'zones'],
  ]),
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
const ABSTRACT_WORDS = new Set([
  ...['democracy', 'truth', 'science', 'speech', 'right', 'rights', 'value', 'values', 'idea', 'ideas', 'policy', 'policies', 'culture', 'norm', 'norms'],
  // What an election, a market or a career is won or lost on: crushed or destroyed only in a figure.
  ...[
    'establishment',
    'machine',
    'career',
    'reputation',
    'chance',
    'chances',
    'hope',
    'hopes',
    'dream',
    'dreams',
    'legacy',
    'brand',
    'narrative',
    'agenda',
    'argument',
    'myth',
    'theory',
    'expectation',
    'expectations',
    'competition',
    'record',
    'economy',
  ],
  // What overwhelms a person without any force: a task, a feeling.
  ...['challenge', 'problem', 'task', 'work', 'workload', 'demand', 'grief', 'emotion', 'fear', 'anxiety', 'stress', 'pressure', 'sadness', 'guilt'],
  // What a campaign "counters" or "battles" without fighting anyone: a danger, a crisis.
  ...['threat', 'threats', 'crisis', 'crises', 'scourge'],
])
// A demonstrative pronoun as the object of "combat" stands for a problem just described.
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those'])
const FIGHT_WORDS = new Set(['attack', 'assault', 'war', 'fight', 'battle', 'combat', 'crusade', 'offensive', 'tackle', 'counter'])
// Verbs of force that politics and sport borrow: "crushing the establishment", "overwhelmed by a
// challenge". Only their abstract patients (or agents) make a figure; a demonstrative does not.
const FORCE_VERBS = new Set(['crush', 'destroy', 'overwhelm', 'demolish', 'annihilate', 'obliterate', 'smash', 'trounce', 'clobber', 'flatten'])

const isAbstract = (lemma: string): boolean => ABSTRACT_WORDS.has(lemma) || (lemma.length > 6 && ABSTRACT_SUFFIX.test(lemma) && !VIOLENT_ISMS.has(lemma))

/**
 * "attacks on political correctness", "a war on science", "to combat this": a fight whose only
 * patient is an idea or a problem just described is a figure of speech.
 */
function isFigurative(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const lemma = ts.view.lemmas[d.index] ?? ''
  const force = FORCE_VERBS.has(lemma)
  if (!syn || !(FIGHT_WORDS.has(lemma) || force)) return false
  // A passive's agent is who uses the force ("overwhelmed by a big challenge").
  const patients = (ts.kids?.[d.index] ?? []).filter((k) => /^(obj|nmod|obl|obl:agent)$/.test(syn[k]!.deprel) && k > d.index)
  if (patients.length === 0) return false
  // The nearest patient: a misparse may hang a later noun on the trigger too.
  const p = Math.min(...patients)
  const word = ts.view.words[p]!.toLowerCase()
  if (!force && syn[p]!.deprel === 'obj' && DEMONSTRATIVES.has(word)) return true
  return ts.actorKinds[p] == null && ts.view.entityType[p] == null && isAbstract(ts.view.lemmas[p] ?? word)
}

/**
 * "a trade war", "the war on drugs", "since the war": a war of prices or of policy is a figure, and
 * a bare "the war" in a time phrase only dates another clause; neither reports fighting. (A war
 * with its own participants or place stays: "during the war in Ukraine", "Russia's war".)
 */
function isFigurativeWar(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const word = (k: number): string => ts.view.words[k]!.toLowerCase()
  if (!syn || d.last !== d.index || !/^wars?$/.test(word(d.index))) return false
  const kids = ts.kids?.[d.index] ?? []
  if (kids.some((k) => k < d.index && /^(compound|amod)$/.test(syn[k]!.deprel) && WAR_FIGURES.has(word(k)))) return true
  // "the war on drugs", "a war against poverty".
  const on = kids.filter((k) => k > d.index && /^(nmod|obl)/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((c) => /^(on|against)$/.test(word(c))))
  if (on.some((k) => WAR_TARGETS.has(word(k)))) return true
  // "since the war": a time phrase whose war has no modifier of its own.
  const t = syn[d.index]!
  const preps = kids.filter((k) => syn[k]!.deprel === 'case').map(word)
  const own = kids.filter((k) => !/^(case|det|punct)$/.test(syn[k]!.deprel))
  return /^obl/.test(t.deprel) && preps.length === 1 && TIME_PREPS.has(preps[0]!) && own.length === 0 && kids.some((k) => word(k) === 'the')
}
// Wars of trade, prices and words, and the problems a "war on" names.
const WAR_FIGURES = new Set([
  'trade',
  'tariff',
  'price',
  'pricing',
  'currency',
  'culture',
  'cultural',
  'bidding',
  'flame',
  'word',
  'words',
  'class',
  'turf',
  'talent',
  'streaming',
  'console',
  'format',
  'patent',
  'ratings',
  'pr',
  'propaganda',
])
const WAR_TARGETS = new Set([
  'drugs',
  'drug',
  'poverty',
  'crime',
  'christmas',
  'women',
  'cancer',
  'obesity',
  'science',
  'coal',
  'cars',
  'inflation',
  'waste',
  'fraud',
  'corruption',
  'smoking',
  'piracy',
  'spam',
  'fat',
  'sugar',
])
const TIME_PREPS = new Set(['since', 'after', 'before', 'during', 'until', 'following', 'throughout'])

// A modal or future auxiliary: what a threat says someone will do ("warned that it would retaliate").
const THREAT_MODALS = new Set(['will', 'would', "'ll", 'could', 'might', 'may', 'shall', 'must', 'wo'])
// Who receives a public advisory, not a threat.
const THE_PUBLIC = new Set(
  'everyone everybody anyone anybody people public residents citizens travellers travelers tourists visitors motorists drivers parents consumers users customers shoppers locals households patients smokers swimmers hikers fans viewers readers'.split(
    ' ',
  ),
)
const WARNING_REACH = 20

/**
 * PLOVER's THREATEN is a forceful warning with repercussions. A warning whose content is a claim
 * ("a warning that their push for socialism is a political loser": no will, would or could up to
 * the clause's end) or advice to the public ("warning everyone to heed the stay-at-home orders")
 * threatens nobody. Read from the words as well as the parse: the parser often takes the "that"
 * of "a warning that ..." for a relative pronoun.
 */
function isHarmlessWarning(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'THREATEN' || !/^warn(ing)?$/.test(ts.view.lemmas[d.index] ?? '')) return false
  const words = ts.view.words.map((w) => w.toLowerCase())
  if (words[d.last + 1] === 'that') {
    for (let j = d.last + 2; j < Math.min(words.length, d.last + 2 + WARNING_REACH); j++) {
      if (/^[.;:!?]$/.test(words[j]!)) break
      if (THREAT_MODALS.has(words[j]!)) return false
    }
    return true
  }
  const syn = ts.view.syntax
  if (!syn) return false
  const kids = ts.kids?.[d.index] ?? []
  const publicObject = kids.some((k) => syn[k]!.deprel === 'obj' && THE_PUBLIC.has(words[k]!))
  const advice = kids.some((k) => /^(xcomp|advcl|ccomp)$/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'mark' && words[m] === 'to'))
  return publicObject && advice
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

// Nouns of aid that also name a building: an act of aid only when someone gives or finds them.
const AID_PLACES = new Set(['shelter'])
const GIVING = new Set(['provide', 'offer', 'give', 'grant', 'find', 'seek', 'receive', 'get', 'extend', 'deliver', 'need', 'take'])

/**
 * "Fallout shelters", "had shelters built under the mansion", "identifying and certifying
 * shelters": a shelter is a place unless it is what someone provides, offers or seeks ("provided
 * shelter to the refugees"), which is AID.
 */
function isPlaceOfAid(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || d.type !== 'AID' || syn[d.index]!.upos !== 'NOUN' || !AID_PLACES.has(ts.view.lemmas[d.index] ?? '')) return false
  const t = syn[d.index]!
  const given = t.deprel === 'obj' && t.head >= 0 && GIVING.has(ts.view.lemmas[t.head] ?? '')
  return !given
}

// Verbs of aid that also say people move or take cover themselves ("residents evacuated",
// "families are sheltering in schools"): AID only when someone moves or shelters others.
const SELF_MOVING = new Set(['evacuate', 'shelter'])
// Verbs that tell people to do something: the told are the ones who leave.
const TELLING = new Set(['order', 'tell', 'urge', 'instruct', 'force', 'advise', 'ask', 'warn', 'call', 'direct', 'compel'])
// What one leaves rather than who is moved ("to evacuate the city").
const PLACE_WORDS = new Set(
  'city town village area region home homes house houses building buildings camp camps neighborhood neighbourhood district districts zone north south east west coast border premises site hospital hospitals school schools'.split(
    ' ',
  ),
)
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])

/**
 * "Those who choose to evacuate", "residents evacuated", "displaced people are sheltering in
 * schools": people who leave or take cover do it themselves; AID is someone evacuating or
 * sheltering them ("the army evacuated civilians", "were evacuated", "the church sheltered
 * refugees"). Told to evacuate a place ("ordered residents to evacuate the city"), the told leave:
 * the order is a demand, not aid.
 */
function isLeaving(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || d.type !== 'AID' || syn[d.index]!.upos !== 'VERB' || !SELF_MOVING.has(ts.view.lemmas[d.index] ?? '')) return false
  const kids = ts.kids?.[d.index] ?? []
  if (kids.some((k) => /^(nsubj:pass|aux:pass)$/.test(syn[k]!.deprel))) return false
  const objects = kids.filter((k) => syn[k]!.deprel === 'obj')
  if (objects.length === 0) return true
  const t = syn[d.index]!
  const told = t.deprel === 'xcomp' && t.head >= 0 && TELLING.has(ts.view.lemmas[t.head] ?? '')
  return told && objects.every((k) => PLACE_TYPES.has(ts.view.entityType[k] ?? '') || PLACE_WORDS.has(ts.view.lemmas[k] ?? ''))
}

// Verbs of carrying that are AID only when they hand something to someone ("transferred weapons
// to Ukraine"): PLOVER's AID requires a recipient, and moving one's own men or arms has none.
const CARRYING = new Set(['transfer', 'transport', 'move', 'ship', 'carry', 'smuggle', 'ferry'])

/**
 * "Militants use ambulances to transfer operatives and weapons": a transfer with no one it goes to
 * (no "to" phrase, no indirect object) moves the actor's own goods, which is no aid.
 */
function isCarrying(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || d.type !== 'AID' || syn[d.index]!.upos !== 'VERB' || !CARRYING.has(ts.view.lemmas[d.index] ?? '')) return false
  const words = ts.view.words
  const kids = ts.kids?.[d.index] ?? []
  const toSomeone = kids.some((k) => syn[k]!.deprel === 'iobj' || (/^obl/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && words[m]!.toLowerCase() === 'to')))
  return !toSomeone
}

// Verbs of keeping watch, which the CAMEO lexicon codes as military protection (AID).
const GUARDING = new Set(['guard'])

/**
 * "Police guarded the building all week": keeping watch over a place or premises is security
 * work, not protection given to anyone (the AID the CAMEO lexicon reads in "guard" is protection
 * or peacekeeping for a party: "troops guarded the refugees" stays).
 */
function isGuarding(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || d.type !== 'AID' || syn[d.index]!.upos !== 'VERB' || !GUARDING.has(ts.view.lemmas[d.index] ?? '')) return false
  const guarded = (ts.kids?.[d.index] ?? []).filter((k) => /^(obj|nsubj:pass)$/.test(syn[k]!.deprel))
  const place = (k: number): boolean => PLACE_WORDS.has(ts.view.lemmas[k] ?? '') || PLACE_WORDS.has(ts.view.words[k]!.toLowerCase()) || PLACE_TYPES.has(ts.view.entityType[k] ?? '')
  return guarded.length > 0 && guarded.every(place)
}

// Nouns that name a kind, a case or a risk of an act rather than an act: "in the event of a
// nuclear attack", "three tiers of nuclear attacks", "the threat of a war". Not what a real act
// also has ("the target of an attack", "the effects of a blast").
const IMAGINED_HEADS = new Set('event case kind sort type tier form variety category risk danger possibility likelihood prospect scenario simulation threat fear'.split(' '))
// Verbs whose object is an act imagined or rehearsed, not done: "simulating a nuclear strike".
// Not "prevent" or "withstand": one fails to prevent, or withstands, a real attack.
const IMAGINED_VERBS = new Set(['simulate', 'rehearse', 'imagine'])
// Nouns of depictions and rehearsals: an act named inside one ("air raid drills", "explosion
// models", "the Russia hacking conspiracy theory") is their topic, not a report.
const DEPICTIONS = new Set('theory conspiracy hoax model drill exercise simulation game movie film documentary novel museum insurance'.split(' '))
// Determiners of a specific act: "the attack", "this attack", "its attack".
const INDEFINITE = new Set(['a', 'an', 'some', 'any'])
const QUOTES = /^["'“”‘’»«]+$/
const FRAME_REACH = 3

/**
 * An act named only as a kind or a possibility ("in the event of some sort of nuclear attack",
 * "three tiers of nuclear attacks", "simulating a nuclear strike") or as the topic of a depiction
 * ("air raid drills", "explosion models") reports nothing that happened. Only an indefinite or
 * bare noun with no participant of its own: "in case of the attack" or "a Russian attack" names one.
 */
function isImagined(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const t = syn[d.last]!
  const lemma = (k: number): string => (ts.view.lemmas[k] ?? '').toLowerCase()
  // A modifier of a depiction noun: "hacking" may be tagged a verb there.
  if (/^(compound|amod)$/.test(t.deprel) && t.head > d.last && syn[t.head]!.upos === 'NOUN') {
    let h = t.head
    // "air raid drills": the head may itself modify the depiction ("conspiracy theory").
    while (syn[h]!.deprel === 'compound' && syn[h]!.head > h && !DEPICTIONS.has(lemma(h))) h = syn[h]!.head
    if (DEPICTIONS.has(lemma(h))) return true
  }
  // Read from the words too: a quoted modifier ("the “Russia hacking” conspiracy theory") is
  // often misparsed as a clause of its own.
  let j = d.last + 1
  while (QUOTES.test(ts.view.words[j] ?? '')) j++
  const nounAt = (k: number): boolean => syn[k]?.upos === 'NOUN'
  if (j > d.last + 1 && nounAt(j)) {
    while (nounAt(j + 1)) j++
    if (DEPICTIONS.has(lemma(j))) return true
  }
  if (t.upos !== 'NOUN') return false
  const kids = ts.kids?.[d.last] ?? []
  const words = ts.view.words
  const specific = kids.some((k) => {
    const rel = syn[k]!.deprel
    if (ts.actorKinds[k] != null || ts.view.entityType[k] != null) return true
    if (rel === 'det') return !INDEFINITE.has(words[k]!.toLowerCase())
    return /^(nmod|nmod:poss|nummod|acl|acl:relcl|det:poss)$/.test(rel)
  })
  if (specific) return false
  let k = d.last
  for (let step = 0; step < FRAME_REACH; step++) {
    const s = syn[k]!
    if (s.head < 0 || !/^(nmod|obl|obj)$/.test(s.deprel)) return false
    const h = s.head
    if (syn[h]!.upos === 'VERB') return IMAGINED_VERBS.has(lemma(h))
    if (IMAGINED_HEADS.has(lemma(h))) return true
    k = h
  }
  return false
}
