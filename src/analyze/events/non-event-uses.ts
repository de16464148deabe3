/**
 * Trigger words used in a way that reports no act of their type, found by reading the false
 * events on WikiEvents dev, the PLOVER training folds and real pages: a past participle that only
 * describes a noun ("the occupied West Bank", "critically injured Palestinians", "the alleged
 * customers"), a refusal to comment ("declines to say how many"), an insistence that something is
 * so ("insisted the unrest reflected old tensions") and an agreement named as what is left or
 * broken ("the withdrawal from the treaty"), a right to act ("the right to defend itself") and a
 * document consulted or a phone named ("consulting court papers", "dispose of cell phones").
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  /** The type after the coding conventions. */
  readonly type: string
}

/** Whether the trigger at `d` is used in a way that reports no act of its type (see the file comment). */
export function isNonEventUse(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[] = []): boolean {
  return (
    isContentOf(ts, d, detected) ||
    isPurposeOfProtest(ts, d, detected) ||
    isDescriptiveParticiple(ts, d) ||
    isDeclinedComment(ts, d) ||
    isClaim(ts, d) ||
    isAgreementLeft(ts, d) ||
    isThreatOfPhenomenon(ts, d) ||
    isEntitlement(ts, d) ||
    isConsultedThing(ts, d) ||
    isChargedOffence(ts, d) ||
    isConfession(ts, d)
  )
}

/**
 * "He also said: 'I am guilty'", "We all know I'm guilty": a speaker calling themself guilty
 * confesses; nobody convicts, charges or coerces anyone. A verdict keeps its verb ("the jury found
 * him guilty", "pleaded guilty"), and calling someone else guilty ("he was guilty of copying it")
 * stays the judgment it is.
 */
function isConfession(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const t = syn?.[d.index]
  if (!t || !(t.upos === 'ADJ' || t.upos === 'NOUN') || ts.view.words[d.index]!.toLowerCase() !== 'guilty') return false
  const kids = ts.kids?.[d.index] ?? []
  if (!kids.some((k) => syn![k]!.deprel === 'cop')) return false
  return kids.some((k) => syn![k]!.deprel === 'nsubj' && FIRST_PERSON.has(ts.view.words[k]!.toLowerCase()))
}
const FIRST_PERSON = new Set(['i', 'we'])

/**
 * "accused of attempted murder against law enforcement", "charged with assault on an officer",
 * "arrested on suspicion of kidnapping": the offence a charge names is what the accusation says,
 * not an act the sentence reports; the charge (ACCUSE) or the arrest is the event.
 */
function isChargedOffence(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const t = syn?.[d.index]
  if (!t || !(t.upos === 'NOUN' || t.xpos === 'VBG') || d.type === 'ACCUSE') return false
  // A known act named by its charge stays one ("arrested for the attack on the embassy").
  const kids = ts.kids?.[d.index] ?? []
  if (kids.some((k) => /^(the|this|that|these|those)$/i.test(ts.view.words[k]!) || syn![k]!.deprel === 'nmod:poss')) return false
  // "charged 46 people with extortion, smuggling and arson": a later offence of a list stands
  // where the first does.
  let o = d.index
  // (The parser may hang a middle item off the verb: "with extortion, smuggling and arson".)
  for (let steps = 0; steps < 8; steps++) {
    if (syn![o]!.deprel.startsWith('conj') && syn![o]!.head >= 0 && syn![syn![o]!.head]!.upos === 'NOUN') o = syn![o]!.head
    else if (ts.view.words[o - 1] === ',' && syn![o - 2]?.upos === 'NOUN' && syn![o]!.upos === 'NOUN' && !(ts.kids?.[o] ?? []).some((k) => syn![k]!.deprel === 'case')) o -= 2
    else break
  }
  // The offence's phrase: the trigger noun, or the noun whose modifier it is ("murder charges").
  const prep = (ts.kids?.[o] ?? []).map((k) => ts.view.words[k]!.toLowerCase()).find((w) => OFFENCE_PREPOSITIONS.has(w))
  if (prep !== undefined && syn![o]!.head >= 0) {
    // Up through "suspicion of", "charges of", "counts of" to the word that charges.
    let h = syn![o]!.head
    for (let steps = 0; steps < 3 && h >= 0; steps++) {
      if (lemmaIn(ts, h, CHARGING)) return true
      if (!/^(NOUN|ADJ)$/.test(syn![h]!.upos)) return false
      h = syn![h]!.head
    }
    return false
  }
  // "faces murder charges", "an assault charge".
  if (t.deprel === 'compound' && t.head > d.index && lemmaIn(ts, t.head, CHARGES)) return true
  return isListedCharge(ts, d.index)
}

/**
 * "The charges included murder, attempted murder and obstruction", "the counts are kidnapping and
 * assault": offences a charge lists, reached from any of the listed nouns through its conjuncts.
 */
function isListedCharge(ts: TriggerSentence, index: number): boolean {
  const syn = ts.view.syntax!
  let i = index
  for (let steps = 0; steps < 8 && syn[i]!.deprel.startsWith('conj') && syn[i]!.head >= 0; steps++) i = syn[i]!.head
  const t = syn[i]!
  // The parser may hang a later listed noun on the listing verb itself ("included arson, murder
  // and ...": "murder" a conjunct of "included"), so the climb can end on the verb.
  const onVerb = i !== index && lemmaIn(ts, i, LISTING)
  // In a copular "the charges are murder ..." the listed noun heads the clause and has the subject.
  const verb = onVerb ? i : t.deprel === 'obj' && lemmaIn(ts, t.head, LISTING) ? t.head : i
  const kids = ts.kids?.[verb] ?? []
  if (kids.some((k) => syn[k]!.deprel.startsWith('nsubj') && lemmaIn(ts, k, CHARGES))) return true
  // The parser may read "The charges included murder" as a reduced relative on "charges".
  const v = syn[verb]!
  return (verb !== i || onVerb) && v.deprel.startsWith('acl') && v.head >= 0 && lemmaIn(ts, v.head, CHARGES)
}
const LISTING = new Set(['include', 'involve', 'comprise'])
// Words that charge someone with an offence, and the nouns of a charge.
const CHARGING = new Set([
  'accuse',
  'charge',
  'convict',
  'indict',
  'suspect',
  'suspicion',
  'guilty',
  'acquit',
  'allegation',
  'accusation',
  'count',
  'prosecute',
  'try',
  'sentence',
  'arrest',
  'jail',
  'imprison',
  'detain',
  'book',
])
const CHARGES = new Set(['charge', 'charges', 'count', 'counts', 'conviction', 'indictment', 'accusation', 'allegation'])
const OFFENCE_PREPOSITIONS = new Set(['of', 'with', 'for', 'on', 'to'])

/**
 * "the occupied West Bank", "dozens of critically injured Palestinians", "the alleged customers":
 * a past participle before its noun says what state the noun is in, not that anyone acted (the act,
 * if reported, has a verb of its own). Only a participle that is neither the head of the trigger's
 * own phrase nor followed by anything of its own.
 */
function isDescriptiveParticiple(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || d.last !== d.index) return false
  const t = syn[d.index]!
  if (t.deprel !== 'amod' || t.head <= d.index) return false
  if (!/^(NOUN|PROPN)$/.test(syn[t.head]!.upos)) return false
  const word = ts.view.words[d.index]!.toLowerCase()
  const participle = DESCRIBING.has(word) && (t.xpos === 'VBN' || t.upos === 'ADJ')
  // Only its own adverb ("critically injured") may hang from it: an object or oblique makes a clause.
  if (!participle || !(ts.kids?.[d.index] ?? []).every((k) => /^(advmod|punct)$/.test(syn[k]!.deprel))) return false
  // A verb the parser misread as a modifier ("the cabinet met and recommended president's rule",
  // "Chaika, the prosecutor, publicly urged agencies") follows a subject, a comma, a conjunction or
  // an auxiliary; a modifier opens its noun phrase ("of the occupied", "15 injured", "his alleged").
  let j = d.index - 1
  while (j >= 0 && syn[j]!.upos === 'ADV') j--
  return j < 0 || NOUN_PHRASE_OPENERS.has(syn[j]!.upos) || syn[j]!.xpos === 'PRP$' || syn[j]!.xpos === 'POS'
}
// Participles that label a noun rather than report an act: injuries (annotated as no PLOVER event
// in every set), accusations and a territory's status. Not arrests and captures ("the arrested
// men", "the imprisoned rival"): the police and RAMS sets annotate those as the act.
const DESCRIBING = new Set(['wounded', 'injured', 'alleged', 'suspected', 'accused', 'occupied', 'charged', 'threatened', 'suspended'])
// Parts of speech a noun phrase's modifier follows: "the", "of", "15", "recent".
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADP', 'NUM', 'ADJ'])

// Verbs of declining and what is declined when nothing is refused but information: CAMEO codes
// "declined to comment" as a statement (011), not a rejection of anyone's demand.
const DECLINING = new Set(['decline', 'refuse'])
const TELLING = new Set(['say', 'comment', 'discuss', 'elaborate', 'confirm', 'specify', 'disclose', 'reveal', 'speculate', 'identify', 'name', 'answer', 'detail', 'estimate'])
const COMMENT_REACH = 3

/**
 * "A senior adviser declines to say how many civilians were killed", "declined to comment": a
 * refusal to tell is no REJECT. Read from the words: the parser often takes "declines" for a noun.
 */
function isDeclinedComment(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'REJECT' || !lemmaIn(ts, d.index, DECLINING)) return false
  const words = ts.view.words
  for (let j = d.index + 1; j <= Math.min(words.length - 1, d.index + COMMENT_REACH); j++) {
    if (words[j]!.toLowerCase() !== 'to') continue
    return j + 1 < words.length && lemmaIn(ts, j + 1, TELLING)
  }
  return false
}

// Verbs that demand in one reading ("insisted that he resign") and assert in the other ("insisted
// the unrest reflected old tensions"). Not "suggest": RAMS annotates its claims as suggestions.
const ASSERTING = new Set(['insist'])
// What makes a that-clause a statement of fact: a finite verb, an auxiliary of tense or a modal of
// prediction. A demand's clause is bare ("that he resign", "that he be released") or has "should".
const FINITE_WORDS = new Set(['is', 'are', 'was', 'were', "'s", 'has', 'have', 'had', 'will', 'would', "'ll", 'could', 'can', 'may', 'might', 'did', 'does'])
const CLAIM_REACH = 15

/**
 * "The United States insisted the unrest there reflected ethnic tensions": an insistence on a
 * fact states it; only an insistence that someone do something ("insisted that he resign", "insisted
 * on talks") is a REQUEST. Read from the words, as the parser often misreads the that-clause.
 */
function isClaim(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'REQUEST' || !syn || !lemmaIn(ts, d.index, ASSERTING)) return false
  const words = ts.view.words.map((w) => w.toLowerCase())
  // "insisted on talks", "insisted to", "insisted, ...": no that-clause.
  const next = words[d.last + 1]
  if (next === undefined || next === 'on' || next === 'to' || next === 'upon' || syn[d.last + 1]!.upos === 'PUNCT') return false
  // The clause's first verb decides: a demand's is bare or "should" ("that he resign", "that
  // sanctions be imposed"); a claim's is finite ("was spending", "reflected", "will worsen").
  for (let j = d.last + 1; j < Math.min(words.length, d.last + 1 + CLAIM_REACH); j++) {
    const w = words[j]!
    if (/^[.;:!?"“”]$/.test(w)) break
    if (FINITE_WORDS.has(w)) return true
    const tag = syn[j]!.xpos
    if (!/^(VB|MD)/.test(tag)) continue
    // A past participle not after a form of "be" ("reflected", misparsed) is a finite past.
    return tag === 'VBD' || tag === 'VBZ' || (tag === 'VBN' && !/^(be|been|being)$/.test(words[j - 1] ?? ''))
  }
  return false
}

// Nouns of agreements, and what is done to an agreement that undoes it.
const AGREEMENTS = new Set(['treaty', 'agreement', 'accord', 'pact', 'deal', 'ceasefire', 'truce', 'convention', 'accords'])
const UNDOING = new Set([
  ...['withdraw', 'withdrawal', 'exit', 'quit', 'leave', 'abandon', 'abandonment', 'pullout', 'suspend', 'suspension'],
  ...['violate', 'violation', 'breach', 'break', 'scrap', 'terminate', 'termination', 'renounce', 'denounce', 'annul', 'revoke', 'repeal', 'de-ratification', 'deratification', 'de-ratify'],
])

/**
 * "the country's withdrawal from the treaty", "the de-ratification of the treaty", "violated the
 * ceasefire": an agreement named as what is left or broken is no event of its own, of whatever type
 * the detector reads on the noun (AGREE, or the SUPPORT of a treaty signed); the leaving or
 * breaking is its own event when the detector finds it.
 */
function isAgreementLeft(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'NOUN' || !lemmaIn(ts, d.index, AGREEMENTS)) return false
  let t = syn[d.index]!
  let at = d.index
  // "the treaty limits": the noun the agreement qualifies stands in its place.
  if (t.deprel === 'compound' && t.head > at) {
    at = t.head
    t = syn[at]!
  }
  if (t.head < 0 || !/^(obj|nmod|obl|nsubj:pass)$/.test(t.deprel)) return false
  if (!lemmaIn(ts, t.head, UNDOING)) return false
  // The object of the undoing verb, or its "from" / "of" phrase ("withdrawal from", "breach of").
  if (t.deprel === 'obj' || t.deprel === 'nsubj:pass') return true
  return (ts.kids?.[at] ?? []).some((k) => syn[k]!.deprel === 'case' && /^(from|of)$/.test(ts.view.words[k]!.toLowerCase()))
}

// Nouns of a phenomenon rather than of someone's act: "terrorism", "extremism", "violence".
const PHENOMENON = /^(\w+ism|violence|crime|instability|unrest|insecurity|extremism)$/

/**
 * "the threat of terrorism that plagues the region": a threat named by a phenomenon, with no one
 * who makes it (no possessor, no actor word, no "from"/"by" phrase), is a danger, not a THREATEN.
 */
function isThreatOfPhenomenon(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'THREATEN' || !syn || syn[d.index]!.upos !== 'NOUN' || !/^threats?$/.test(ts.view.words[d.index]!.toLowerCase())) return false
  const kids = ts.kids?.[d.index] ?? []
  const words = ts.view.words
  const caseOf = (k: number): string => (ts.kids?.[k] ?? []).map((m) => (syn[m]!.deprel === 'case' ? words[m]!.toLowerCase() : '')).join('')
  if (kids.some((k) => syn[k]!.deprel === 'nmod:poss' || ts.actorKinds[k] != null || ts.view.entityType[k] != null || (syn[k]!.deprel === 'nmod' && /^(from|by)$/.test(caseOf(k))))) return false
  const of = kids.filter((k) => syn[k]!.deprel === 'nmod' && caseOf(k) === 'of')
  return of.length > 0 && of.every((k) => PHENOMENON.test(ts.view.words[k]!.toLowerCase()) && ts.actorKinds[k] == null)
}
// Verbs of demanding that a protest is staged for.
const DEMANDING = new Set(['demand', 'press', 'seek', 'call', 'urge', 'insist'])

// Demands, whose object is what is asked for; refusals, whose object is an offer turned down.
const DEMAND_VERBS = new Set(['demand', 'request'])
const REFUSAL_VERBS = new Set(['reject', 'refuse', 'decline', 'rebuff', 'spurn'])
// What a refusal turns down without undoing anything done ("defying the crackdown" leaves it real).
const PROPOSALS = new Set(['offer', 'proposal', 'plan', 'ultimatum', 'demand', 'demands', 'request', 'call', 'calls', 'invitation', 'initiative', 'bid', 'appeal'])

/**
 * "demand political reforms", "demanded the release of the prisoners", "rejected a US offer to
 * host a summit", "rejected an ultimatum": a trigger noun that is the object of a demand, or an
 * offer that is the object of a refusal, is its content; the demand or refusal is the event
 * (PLOVER codes one).
 */
function isContentOf(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[]): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'NOUN' || d.type === 'REQUEST' || d.type === 'REJECT') return false
  return [d.index, d.last].some((i) => {
    const t = syn[i]!
    if (t.deprel !== 'obj' || t.head < 0) return false
    const head = detected.find((o) => o.index === t.head)
    if (head?.type === 'REQUEST' || lemmaIn(ts, t.head, DEMAND_VERBS)) return true
    return (head?.type === 'REJECT' || lemmaIn(ts, t.head, REFUSAL_VERBS)) && lemmaIn(ts, i, PROPOSALS)
  })
}

/**
 * "staged demonstrations to demand reforms", "continued their hunger strike to demand the
 * resignation": a demand that is the purpose of a protest is what the protest is for; PLOVER codes
 * the protest.
 */
function isPurposeOfProtest(ts: TriggerSentence, d: Trigger, detected: readonly Trigger[]): boolean {
  const syn = ts.view.syntax
  // The detector may type the demand as the protest itself, or as a threat after "would".
  if (!syn || !/^(REQUEST|PROTEST|THREATEN)$/.test(d.type) || syn[d.index]!.upos !== 'VERB' || !lemmaIn(ts, d.index, DEMANDING)) return false
  const t = syn[d.index]!
  if (!/^(advcl|xcomp)$/.test(t.deprel) || t.head < 0) return false
  if (!(ts.kids?.[d.index] ?? []).some((k) => syn[k]!.deprel === 'mark' && ts.view.words[k]!.toLowerCase() === 'to')) return false
  // The protest is the head verb or its object ("staged demonstrations", "continued their strike").
  const around = [t.head, ...(ts.kids?.[t.head] ?? []).filter((k) => syn[k]!.deprel === 'obj')]
  return detected.some((o) => o !== d && /^(PROTEST|THREATEN)$/.test(o.type) && around.some((a) => a >= o.index && a <= o.last))
}

// Who strikes by stopping work, and what a labour dispute is about.
const LABOR_WORDS = new Set(
  'worker workers employee employees staff union unions nurse nurses teacher teachers driver drivers miner miners doctors dockers pilots walkout walkouts picket pickets wage wages pay salary salaries contract contracts labor labour uaw'.split(
    ' ',
  ),
)
// What makes a strike military even among workers: "air strikes", "drone strike".
const MILITARY_WORDS = new Set('air drone missile military army troops bomb bombs airstrike airstrikes rocket rockets artillery forces jets'.split(' '))

// Verbs whose object strike is carried out on a target, never a work stoppage: "carried out
// strikes", "launched strikes" (unions "call", "stage" or "hold" theirs).
const STRIKE_LAUNCHERS = new Set(['carry', 'launch', 'conduct', 'mount', 'unleash'])
// What "on" names after a strike that is no target: "a one-day strike on Monday".
const WHEN_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekends|day|days|morning|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|\d.*)$/

/**
 * "stood with nurses as they have been engaged in strikes over pay": a strike of workers is a
 * PROTEST (a work stoppage), not an ASSAULT; "Russia carried out strikes on power stations": a
 * strike carried out, or made on a target, where the sentence speaks of no work is an ASSAULT,
 * not a PROTEST. The type of a detected "strike" after these readings, else the detected type.
 */
export function strikeType(ts: TriggerSentence, d: Trigger): string {
  if (d.last !== d.index || !/^strik(e|es|ing)$/.test(ts.view.words[d.index]!.toLowerCase())) return d.type
  const words = ts.view.words.map((w) => w.toLowerCase())
  const military = words.some((w) => MILITARY_WORDS.has(w))
  const labor = words[d.index - 1] === 'on' || words.some((w) => LABOR_WORDS.has(w))
  if (d.type === 'ASSAULT') return !military && labor ? 'PROTEST' : d.type
  if (d.type !== 'PROTEST' || labor) return d.type
  return military || isStrikeOnTarget(ts, d.index) ? 'ASSAULT' : d.type
}

/** Whether the strike noun at `i` is carried out or launched, or made on something other than a day. */
function isStrikeOnTarget(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[i]!.upos !== 'NOUN') return false
  const t = syn[i]!
  if (t.deprel === 'obj' && t.head >= 0 && lemmaIn(ts, t.head, STRIKE_LAUNCHERS)) return true
  return (ts.kids?.[i] ?? []).some(
    (k) =>
      syn[k]!.deprel.startsWith('nmod') && !WHEN_WORDS.test(ts.view.words[k]!.toLowerCase()) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && ts.view.words[m]!.toLowerCase() === 'on'),
  )
}

// Nouns of what one may do: an act named as a right is claimed, not done.
const ENTITLEMENTS = new Set(['right', 'rights', 'freedom', 'power', 'powers', 'authority', 'ability', 'capability', 'capacity', 'licence', 'license', 'permission', 'prerogative'])

/**
 * "Israel has the right to defend itself", "defended the right of the troops to fire": an
 * infinitive completing a noun of entitlement names what someone may do, not what anyone did.
 */
function isEntitlement(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const t = syn[d.index]!
  if (t.deprel !== 'acl' || t.head < 0 || !ENTITLEMENTS.has(ts.view.words[t.head]!.toLowerCase())) return false
  return (ts.kids?.[d.index] ?? []).some((k) => syn[k]!.deprel === 'mark' && ts.view.words[k]!.toLowerCase() === 'to')
}

// What one consults without meeting anyone: documents and devices.
const DOCUMENTS = new Set('paper papers document documents record records file files note notes map maps manual book books list lists data database chart charts website'.split(' '))
const CALLS = new Set(['call', 'calls', 'conversation', 'conversations', 'communication', 'communications', 'talks', 'contact', 'contacts', 'exchange', 'exchanges'])
const CONSULTING = new Set(['consult', 'check', 'review', 'study'])
const PHONES = new Set(['phone', 'phones', 'telephone', 'telephones', 'cellphone', 'cellphones'])

/**
 * PLOVER's CONSULT is a meeting or a call between actors: "consulting court papers" consults a
 * document, and "phones" as a noun ("tried to dispose of cell phones") names a device, not a call.
 */
function isConsultedThing(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'CONSULT' || !syn) return false
  const t = syn[d.index]!
  // "telephone conversations between officers" names calls; "cell phones", "phone records" do not.
  if (t.upos === 'NOUN' && PHONES.has(ts.view.words[d.last]!.toLowerCase())) {
    const s = syn[d.last]!
    return !(s.deprel === 'compound' && s.head > d.last && CALLS.has(ts.view.words[s.head]!.toLowerCase()))
  }
  if (t.upos !== 'VERB' || !lemmaIn(ts, d.index, CONSULTING)) return false
  const objects = (ts.kids?.[d.index] ?? []).filter((k) => syn[k]!.deprel === 'obj')
  return objects.length > 0 && objects.every((k) => DOCUMENTS.has(ts.view.words[k]!.toLowerCase()) && ts.view.entityType[k] == null)
}

// Whether the word at `i` has a base form in `set`: the event step's lemma, the parser's, or the
// word less a regular ending (the parser's lemma can be a stem: "declined" -> "declin").
function lemmaIn(ts: TriggerSentence, i: number, set: ReadonlySet<string>): boolean {
  const word = (ts.view.words[i] ?? '').toLowerCase()
  const stem = word.replace(/(ing|ed|es|s|d)$/, '')
  const forms = [ts.view.lemmas[i], ts.view.syntax?.[i]?.lemma, word, stem, `${stem}e`]
  return forms.some((f) => f != null && set.has(f.toLowerCase()))
}
