/**
 * Trigger detection: every candidate of a sentence scored by the detector, its likeliest PLOVER
 * type kept with a calibrated confidence, then coded the PLOVER way: a complement of a control
 * verb ("agreed to withdraw", "threatened to attack", "offered to negotiate") is the control
 * verb's event, not one of its own; an intended, threatened or refused act takes the category
 * PLOVER gives it (`plover-rules.ts`); a multi-word trigger ("air strike") is one event.
 */
import { isInMarkupHeading } from './heading-lines.js'
import type { EventModel } from './event-model.js'
import { keyScores, softmax } from './linear-model.js'
import { PieceKeys } from '../../model/feature-hash.js'
import type { ClauseModality } from './modality.js'
import { clauseModality } from './clause-modality.js'
import { CONTROL_TYPES, ploverType } from './plover-rules.js'
import { triggerCandidates, triggerFeatures, type TriggerSentence } from './trigger-features.js'
import { subjectsOf } from '../syntax/relations.js'
import { isNonEventSense } from './non-event-senses.js'
import { isNonEventUse, strikeType } from './non-event-uses.js'
import { isAccidentalBlast, isAccidentalBlastAt } from './accidental-blast.js'
import { isAgentNoun } from './agent-nouns.js'
import { inquiryType, isNonActReading, verbalAttackType } from './non-act-readings.js'
import { isShowing, lexiconPhraseType, settledType } from './settled-types.js'
import { isDescriptiveModifier, isNounModifier, isThingNoun } from './modifier-uses.js'
import { isBackgroundIncident } from './background-incidents.js'
import { isNaturalCause } from './natural-causes.js'
import { isReaderAddressed } from './reader-address.js'
import { isAssessment } from './assessment-senses.js'
import { isFigurativeReading, seizureType } from './figurative-readings.js'
import { askedMood, isQuestionAsked, isRiskedAct } from './asked-acts.js'
import { isResultOfAct } from './same-act-words.js'
import { reportedDemand } from './reported-demands.js'
import { isUnrealAct } from './unreal-acts.js'
import { isConjecturedAct } from './conjectured-acts.js'
import { isHabitualAct } from './habitual-acts.js'
import { isMoneyThing } from './money-things.js'
import { isAccidentNoun } from './accident-nouns.js'
import { isPublishedRelease } from './published-releases.js'
import { isUnrealizedClauseAct } from './unrealized-clauses.js'
import { isPurposeAct } from './purpose-clauses.js'
import { isBackdropWar } from './backdrop-wars.js'
import { askingType, destructionType, releaseType } from './sense-types.js'
import { isSupportVerb } from './support-verbs.js'
import { isTeamSportsAct } from './sports-teams.js'
import { isGrammarPhrase } from './grammar-phrases.js'
import { isGoingSomewhere } from './going-places.js'
import { isActionTaken } from './action-taking.js'
import { isInformationGiven } from './information-giving.js'
import { isFictionPlot } from './fiction-plots.js'
import { isDisagreementNoun } from './disagreement-nouns.js'
import { isDiseaseNoun } from './disease-nouns.js'

/** One detected trigger (local token indices). */
export interface Detection {
  readonly index: number
  /** Last token of the trigger phrase. */
  readonly last: number
  /** The PLOVER type, after the coding conventions. */
  readonly type: string
  /** The type the detector chose before them. */
  readonly detected: string
  /** The detector's probability of its type. */
  readonly p: number
  /** The calibrated confidence that this is a real event of that type. */
  readonly confidence: number
  readonly mood: ClauseModality
  /** The trigger noun of the same incident this verb stands for ("a [stabbing] that killed"): no participant. */
  readonly incident?: number
}

const COMPLEMENT_REACH = 8

/** Calibrated confidence of a probability: a logistic curve over its log-odds. */
export function calibrate(p: number, [a, b]: readonly [number, number]): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p))
  return 1 / (1 + Math.exp(-(a * Math.log(q / (1 - q)) + b)))
}

interface Scored {
  readonly index: number
  readonly last: number
  readonly type: string
  readonly p: number
  readonly confidence: number
  /** The detector's probability that the candidate is an event of any type. */
  readonly event: number
  /** P(type | event) for every label of the type classifier, in its order. */
  readonly types: Float64Array
  /** The classifier's best type, where a typing rule changed `type`. */
  readonly detected?: string
}

/**
 * Scores every candidate of a sentence with its likeliest type (never NONE). With `floor`, a
 * candidate whose event probability alone calibrates under it is left out unscored by the type
 * classifier: its confidence, which the type's probability can only lower, cannot reach the floor.
 */
export function scoreCandidates(ts: TriggerSentence, model: EventModel, floor = -Infinity): Scored[] {
  const out: Scored[] = []
  const feats = new PieceKeys()
  const labels = model.typer.labels
  const eventScores = new Float64Array(model.detector.labels.length)
  const typeScores = new Float64Array(labels.length)
  // The bound needs a confidence that grows with the probability (a positive slope); the margin
  // keeps rounding in log and exp from deciding a candidate at the floor itself.
  const bounded = model.calibration[0] > 0 && floor > -Infinity
  for (const i of triggerCandidates(ts, model.resources)) {
    feats.clear()
    triggerFeatures(ts, i, model.resources, feats)
    // P(type) = P(event) x P(type | event).
    const event = softmax(keyScores(model.detector, feats, eventScores))[1]!
    if (bounded && calibrate(event, model.calibration) < floor - 1e-9) continue
    const types = softmax(keyScores(model.typer, feats, typeScores))
    let best = 0
    for (let k = 1; k < labels.length; k++) if (types[k]! > types[best]!) best = k
    const p = event * types[best]!
    const last = Math.max(i, ts.lexiconEnd[i] ?? i)
    out.push({ index: i, last, type: labels[best]!, p, confidence: calibrate(p, model.calibration), event, types: Float64Array.from(types) })
  }
  return out
}

// The control verb whose complement the trigger at `i` is ("agreed to [withdraw]"): a lexicon
// control match before it with "to" in between and no clause boundary.
function controlOf(ts: TriggerSentence, i: number): { index: number; type: string } | null {
  const words = ts.view.words
  let sawTo = false
  for (let j = i - 1; j >= Math.max(0, i - COMPLEMENT_REACH); j--) {
    const w = words[j]!
    if (/^[.;:!?"“”]$/.test(w) || w === 'and' || w === 'but' || w === 'that' || w === 'who' || w === 'which') return threatControlOf(ts, i)
    if (w === 'to') sawTo = true
    const control = ts.lexicon[j]!.find((t) => t.endsWith('!'))
    if (control && sawTo) {
      const type = control.slice(0, -1)
      return CONTROL_TYPES.has(type) ? { index: j, type } : null
    }
  }
  return threatControlOf(ts, i)
}

// Relations that open a clause of its own: a threat's infinitive does not reach through them.
const OWN_CLAUSE = /^(ccomp|parataxis|acl:relcl|csubj|advcl|root)/
const HEAD_REACH = 8
const SUBORDINATORS = new Set(['as', 'while', 'because', 'after', 'before', 'when', 'since', 'although', 'though', 'until', 'unless', 'if', 'whereas'])

/**
 * "The sender vowed to detonate bombs ..., release nerve gas and launch assaults": every act in
 * a threat's infinitive is the threat's, also a conjunct after "and" or past the word reach, which
 * the parser often hangs on a noun of the first ("launch" as a noun beside "lunchtime"). Read off
 * the parse: a THREATEN control verb followed by "to" that governs the trigger, through no clause
 * of its own.
 */
function threatControlOf(ts: TriggerSentence, i: number): { index: number; type: string } | null {
  const syn = ts.view.syntax
  if (!syn) return null
  let n = i
  for (let step = 0; step < HEAD_REACH; step++) {
    if (OWN_CLAUSE.test(syn[n]!.deprel) || syn[n]!.head < 0) return null
    // "as the latest round of protests escalates", hung on the infinitive: a clause of its own.
    if ((ts.kids?.[n] ?? []).some((k) => /^(mark|case)$/.test(syn[k]!.deprel) && SUBORDINATORS.has(ts.view.words[k]!.toLowerCase()))) return null
    const under = n
    n = syn[n]!.head
    if (n > i) return null
    // The "to" after the threat verb opens the branch the trigger is in: the infinitive, or the
    // phrase the parser made of it ("vowed [to plant] bombs" read as "to bombs").
    if (ts.view.words[n + 1]?.toLowerCase() === 'to' && syn[n + 1]!.head === under && ts.lexicon[n]!.includes('THREATEN!')) return { index: n, type: 'THREATEN' }
  }
  return null
}

// The typing rules read off the sentence: a strike carried out is an ASSAULT, one of workers a
// PROTEST; an attack on a person for a stance is ACCUSE; an inquiry is ACCUSE, not COERCE;
// asking for something or to act is a REQUEST; destroying is an ASSAULT; a duty laid on another
// party in what a speaker says is the speaker's REQUEST, whatever act it demands.
// (`demanded`: the candidate is a demand of another party, read once per candidate, whatever its type.)
function ruleType(ts: TriggerSentence, d: { readonly index: number; readonly last: number; readonly type: string }, demanded: boolean): string {
  if (demanded) return 'REQUEST'
  return releaseType(ts, d, destructionType(ts, d, askingType(ts, d, inquiryType(ts, d, verbalAttackType(ts, d, strikeType(ts, d))))))
}

// "Russia said Sudan must return the helicopter": the demand `reportedDemand` reads, by a speaker
// who can demand (a named actor or a pronoun; "no law says that employees must" is no one's).
function demandOfAnother(ts: TriggerSentence, i: number): ReturnType<typeof reportedDemand> {
  const demand = reportedDemand(ts.view, i)
  return demand && (ts.actorKinds[demand.speaker] != null || ts.view.syntax?.[demand.speaker]?.upos === 'PRON') ? demand : null
}

/**
 * The candidate typed by the rules before any threshold: the rules map each classifier type to a
 * final one, so a final type's probability is P(event) x the sum of P(type | event) over the types
 * mapped to it. "Russia carried out strikes": P(event) 0.999 split between ASSAULT and PROTEST
 * 0.35 each is an ASSAULT at 0.7, not a best single type under the threshold.
 */
function ruled(ts: TriggerSentence, scored: Scored, labels: readonly string[], calibration: readonly [number, number]): Scored {
  const mass = new Map<string, number>()
  const demanded = demandOfAnother(ts, scored.index) !== null
  for (let k = 0; k < labels.length; k++) {
    const t = ruleType(ts, { index: scored.index, last: scored.last, type: labels[k]! }, demanded)
    mass.set(t, (mass.get(t) ?? 0) + scored.types[k]!)
  }
  let type = scored.type
  let m = -1
  for (const [t, v] of mass) if (v > m) [type, m] = [t, v]
  if (type === scored.type && mass.size === labels.length) return scored
  const p = scored.event * m
  return { ...scored, type, p, confidence: calibrate(p, calibration), ...(type !== scored.type ? { detected: scored.type } : {}) }
}

/** The sentence's events: candidates at or over `minConfidence`, coded the PLOVER way. */
export function detectTriggers(ts: TriggerSentence, model: EventModel, minConfidence: number): Detection[] {
  const kept: Scored[] = []
  const settled = new Set<Scored>()
  const phrased = new Set<Scored>()
  for (const candidate of scoreCandidates(ts, model, minConfidence)) {
    const scored = ruled(ts, candidate, model.typer.labels, model.calibration)
    // A shape that settles the type leaves only whether it is an event at all to doubt.
    const phrase = lexiconPhraseType(ts, scored.index)
    const shape = settledType(ts, scored) ?? (phrase ? { type: phrase, index: scored.index } : null)
    const d = shape ? { ...scored, type: shape.type, index: shape.index, last: Math.max(scored.last, shape.index), confidence: calibrate(scored.event, model.calibration) } : scored
    if (shape) settled.add(d)
    if (phrase && shape?.type === phrase) phrased.add(d)
    if (d.confidence < minConfidence) continue
    // A trigger inside the phrase of the previous one ("air strike", "hold talks"); a word of a
    // lexicon phrase does not retype it ("demands" in "accepted demands").
    const prev = kept[kept.length - 1]
    if (prev && d.index <= prev.last) {
      if (d.confidence > prev.confidence && d.type !== prev.type && !phrased.has(prev)) {
        // A settled phrase keeps the noun it is anchored on.
        kept[kept.length - 1] = { ...d, index: settled.has(d) ? d.index : prev.index, last: Math.max(prev.last, d.last) }
        if (settled.has(d)) settled.add(kept[kept.length - 1]!)
      }
      continue
    }
    kept.push(d)
  }
  const out: Detection[] = []
  for (const found of kept) {
    const d = ownPredicate(ts, found)
    if (!d) continue
    const control = controlOf(ts, d.index)
    if (control) {
      // The control verb's event, anchored on it; once only, if the control was detected itself.
      if (out.some((o) => o.index === control.index) || kept.some((k) => k.index === control.index)) continue
      // A control matched on an auxiliary or copula ("must allocate", "were not willing to") is
      // its predicate's: the trigger reaches it. An adjective's group gives the mood ("not
      // willing" refuses); a demand put with "must" is made whatever it demands ("must not be
      // forced"), so its mood is its own.
      const at = predicateOf(ts, control.index)
      const mood = askedMood(ts, control.index, clauseModality(ts.view.words, ts.view.syntax, ts.kids, ts.view.syntax?.[control.index]?.deprel === 'cop' ? at : control.index))
      out.push({ index: control.index, last: Math.max(control.index, at), ...coded(control.type, mood), detected: d.detected ?? d.type, p: d.p, confidence: d.confidence })
      continue
    }
    // "Russia said Sudan must return the helicopter": a duty laid on another party in what the
    // speaker says is the speaker's demand (CAMEO 10), made whatever it demands and however the
    // detector read the demanded act; the saying verb's clause gives its mood.
    // (Only a speaker who can demand: "no law says that employees must support a party" is no one's demand.)
    const demand = demandOfAnother(ts, d.index)
    if (demand) {
      out.push({ ...d, detected: d.detected ?? d.type, type: 'REQUEST', mood: askedMood(ts, demand.verb, clauseModality(ts.view.words, ts.view.syntax, ts.kids, demand.verb)) })
      continue
    }
    const mood = askedMood(ts, d.index, clauseModality(ts.view.words, ts.view.syntax, ts.kids, d.index))
    const type = settled.has(d) ? d.type : seizureType(ts, d, inquiryType(ts, d, verbalAttackType(ts, d, strikeType(ts, d))))
    out.push({ ...d, detected: d.detected ?? d.type, ...(isTopicDiscussion(ts, d.index, type) ? { type, mood } : coded(type, mood)) })
  }
  out.sort((a, b) => a.index - b.index)
  const acts = out.filter(
    (d) =>
      // "the two were prepared to fight": the control reached from "were" spans "prepared", which
      // the detector also found; one act, reported once, with the subject as its actor.
      !out.some((o) => o !== d && o.type === d.type && o.index < d.index && d.index <= o.last) &&
      isDeliberateAct(ts, d) &&
      !isAgentNoun(ts, d) &&
      !isNounModifier(ts, d) &&
      !isThingNoun(ts, d) &&
      !isDescriptiveModifier(ts, d) &&
      !isDismissal(ts, d) &&
      hasOwnClause(ts, d) &&
      hasPoliticalPatient(ts, d) &&
      !isLabel(ts, d) &&
      !isNaturalThreat(ts, d) &&
      !isShowing(ts, d) &&
      !isAccidentalBlast(ts, d) &&
      !isNonEventSense(ts, d, out) &&
      !isNonEventUse(ts, d, out) &&
      !isNonActReading(ts, d) &&
      !isNaturalCause(ts, d) &&
      !isReaderAddressed(ts, d) &&
      !isAssessment(ts, d) &&
      !isFigurativeReading(ts, d) &&
      !isRiskedAct(ts, d) &&
      !isQuestionAsked(ts, d) &&
      !isResultOfAct(ts, d, out) &&
      !isUnrealAct(ts, d) &&
      !isConjecturedAct(ts, d) &&
      !isHabitualAct(ts, d) &&
      !isMoneyThing(ts, d) &&
      !isPublishedRelease(ts, d) &&
      !isAccidentNoun(ts, d) &&
      !isSupportVerb(ts, d) &&
      !isTeamSportsAct(ts, d) &&
      !isGrammarPhrase(ts, d) &&
      !isGoingSomewhere(ts, d) &&
      !isActionTaken(ts, d) &&
      !isInformationGiven(ts, d) &&
      !isFictionPlot(ts, d) &&
      !isDisagreementNoun(ts, d) &&
      !isDiseaseNoun(ts, d) &&
      !isBackgroundIncident(ts, d, out),
  )
  // What the sentence's coded acts are told under: a condition, a purpose or a war as setting is
  // no act of its own beside them (read against the acts kept, not every candidate).
  const told = acts.filter((d) => !isUnrealizedClauseAct(ts, d, acts) && !isPurposeAct(ts, d, acts) && !isBackdropWar(ts, d, acts))
  return sameIncident(ts, told)
}

/**
 * Auxiliaries and copulas are never triggers: "must" in "the refugees must not be forced" is no
 * act of anyone. A trigger the detector found on one is dropped, unless it is the copula of an
 * adjective ("police were not willing to ..."), whose event it then is.
 */
function ownPredicate<T extends { readonly index: number; readonly last: number }>(ts: TriggerSentence, d: T): T | null {
  const at = predicateOf(ts, d.index)
  if (at === d.index) return d
  const syn = ts.view.syntax!
  return syn[d.index]!.deprel === 'cop' && syn[at]!.upos === 'ADJ' ? { ...d, index: at, last: Math.max(at, d.last) } : null
}

// The predicate an auxiliary or copula at `i` belongs to; `i` itself for any other word.
function predicateOf(ts: TriggerSentence, i: number): number {
  const s = ts.view.syntax?.[i]
  if (!s || s.head < 0 || (s.upos !== 'AUX' && !/^(aux|aux:pass|cop)$/.test(s.deprel))) return i
  return s.head
}

/**
 * The PLOVER type of an event put as `mood`, and the mood it is reported with: a refusal coded
 * REJECT from a negated promise ("will not accept", "were not willing to") is itself a fact; a
 * counterfactual ("concessions they might not have agreed to") stays negated.
 */
function coded(type: string, mood: ClauseModality): { type: string; mood: ClauseModality } {
  const plover = ploverType(type, mood)
  const refusal = mood.negated && plover === 'REJECT' && type !== 'REJECT' && mood.modality !== 'hypothetical'
  return { type: plover, mood: refusal ? { ...mood, negated: false } : mood }
}

// Verbs of talking a matter over.
const DISCUSSING = new Set(['debate', 'discuss', 'deliberate', 'consider', 'review', 'weigh', 'examine'])

/**
 * "The two senators will debate the bill": a discussion of a matter (an object that is no actor,
 * no partner in a with-phrase) stays a CONSULT when it is to come; it promises nothing to anyone,
 * so it is not the AGREE PLOVER makes of an intended meeting ("will meet the premier").
 */
function isTopicDiscussion(ts: TriggerSentence, i: number, type: string): boolean {
  const syn = ts.view.syntax
  if (type !== 'CONSULT' || !syn || syn[i]!.upos !== 'VERB') return false
  const lemma = (syn[i]!.lemma || ts.view.lemmas[i] || '').toLowerCase()
  if (!DISCUSSING.has(lemma) && !DISCUSSING.has(ts.view.lemmas[i] ?? '')) return false
  const kids = ts.kids?.[i] ?? []
  const objects = kids.filter((k) => syn[k]!.deprel === 'obj')
  const partner = kids.some((k) => /^obl/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && ts.view.words[m]!.toLowerCase() === 'with'))
  return objects.length > 0 && !partner && objects.every((k) => ts.actorKinds[k] == null)
}

/**
 * An infinitive that only modifies a noun and has no argument of its own ("another place to
 * investigate", "a chance to attack") names what the noun is for, not something anyone did.
 */
function hasOwnClause(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.deprel !== 'acl') return true
  const kids = ts.kids?.[d.index] ?? []
  const infinitive = kids.some((k) => syn[k]!.deprel === 'mark' && ts.view.words[k] === 'to')
  return !infinitive || kids.some((k) => /^(nsubj|obj|iobj|obl|ccomp|xcomp)/.test(syn[k]!.deprel))
}

/**
 * One incident, one event: a verb in a relative clause of a trigger noun of the same type ("a
 * stabbing that killed a passenger") tells the noun's incident again; the verb, which carries the
 * arguments, stands for both.
 */
function sameIncident(ts: TriggerSentence, ds: Detection[]): Detection[] {
  const syn = ts.view.syntax
  if (!syn) return ds
  const merged = new Set<number>()
  const out = ds.map((d) => {
    const t = syn[d.index]!
    if (t.deprel !== 'acl:relcl' || t.head < 0) return d
    if (syn[t.head]!.upos !== 'NOUN') return d
    const head = ds.find((o) => o.index === t.head && o.type === d.type)
    // The noun names the same kind of act even when it was not reported on its own.
    if (!head && !ts.lexicon[t.head]!.some((x) => x.replace('!', '') === d.detected)) return d
    if (head) merged.add(head.index)
    return { ...d, incident: t.head }
  })
  return out.filter((d) => !merged.has(d.index))
}

// What is fired at someone; a person who is fired without any of these lost a job.
const PROJECTILES = new Set([
  'shot',
  'shots',
  'round',
  'rounds',
  'bullet',
  'bullets',
  'rocket',
  'rockets',
  'missile',
  'missiles',
  'shell',
  'shells',
  'mortar',
  'mortars',
  'gas',
  'cannon',
  'weapon',
  'weapons',
  'gun',
  'guns',
  'salvo',
  'volley',
  'warning',
  'pellets',
  'grenade',
  'grenades',
  'torpedo',
  'torpedoes',
  'artillery',
  'fire',
])
const AT_PREPOSITIONS = new Set(['at', 'on', 'upon', 'into', 'toward', 'towards', 'in'])
const PERSON_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'i', 'he', 'she', 'they', 'we', 'who', 'whom'])

/**
 * "Fire" with a person as its object or passive subject and nothing fired or fired at ("they'd
 * fire me", "they'll be fired") is a dismissal, not an assault. (A noun that only modifies
 * another noun is refused in `modifier-uses.ts`, except under heads that name the act undertaken,
 * ordered or its time: RAMS annotates "a robbery attempt", "arrest warrants", "the sanctions years".)
 */
function isDismissal(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const t = syn[d.index]!
  if (d.detected === 'ASSAULT' && ts.view.lemmas[d.index] === 'fire' && t.upos === 'VERB') {
    const kids = ts.kids?.[d.index] ?? []
    const words = ts.view.words
    const personLike = (k: number): boolean => PERSON_PRONOUNS.has(words[k]!) || ts.view.entityType[k] === 'PERSON' || ts.actorKinds[k] === 'PER'
    const fired = kids.filter((k) => /^(obj|nsubj:pass)$/.test(syn[k]!.deprel))
    const aimed = kids.some((k) => /^obl/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && AT_PREPOSITIONS.has(words[m]!)))
    return !aimed && fired.length > 0 && fired.every((k) => personLike(k) && !PROJECTILES.has(words[k]!))
  }
  return false
}

/**
 * A nominal trigger in a sentence without any verb ("* 2007 Bagram Airfield bombing", "Car
 * bombs", a section heading or a related-link title), or any trigger of a bracketed link title,
 * names a topic; it reports nothing.
 */
function isLabel(ts: TriggerSentence, d: Detection): boolean {
  if (isBracketed(ts.view.words) || isInMarkupHeading(ts.view.words, d.index)) return true
  const syn = ts.view.syntax
  if (!syn) return false
  if (isCredit(ts, d) || isProhibition(ts, d)) return true
  if (syn[d.index]!.upos === 'VERB') return false
  return !syn.some((t) => t.upos === 'VERB' || t.upos === 'AUX')
}

/**
 * "Donated by the Rossi family", "Photo provided by the ministry": a participle that opens a line
 * and has only its by-phrase (no auxiliary, no object, no subject but the picture it credits) is a
 * caption's credit, not an act reported.
 */
function isCredit(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax!
  const t = syn[d.index]!
  if (t.upos !== 'VERB' || t.xpos !== 'VBN' || t.head >= 0) return false
  const kids = ts.kids?.[d.index] ?? []
  if (!kids.some((k) => syn[k]!.deprel === 'obl:agent')) return false
  if (kids.some((k) => /^(aux|obj|iobj|ccomp|xcomp)/.test(syn[k]!.deprel))) return false
  const subjects = kids.filter((k) => syn[k]!.deprel.startsWith('nsubj'))
  return subjects.every((k) => ts.topics[k] === 'MEDIA') && syn.every((x, k) => k === d.index || (x.upos !== 'VERB' && x.upos !== 'AUX'))
}

/**
 * "Keep it civil: no personal attacks, no spam": an act a "no" rules out in a list or a fragment
 * (no verb takes it as its subject or object) is a rule, not an act denied.
 */
function isProhibition(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax!
  let h = d.index
  for (let steps = 0; steps < 3 && syn[h]!.deprel === 'compound' && syn[h]!.head > h; steps++) h = syn[h]!.head
  if (syn[h]!.upos !== 'NOUN') return false
  const kids = ts.kids?.[h] ?? []
  if (!kids.some((k) => syn[k]!.deprel === 'det' && ts.view.words[k] === 'no')) return false
  if (kids.some((k) => syn[k]!.deprel === 'case')) return false
  // (A later conjunct stands where the first does: "there were no attacks or killings" denies both.)
  const r = syn[h]!.deprel === 'conj' && syn[h]!.head >= 0 ? syn[syn[h]!.head]!.deprel : syn[h]!.deprel
  return /^(root|appos|parataxis|list|dep|obl|nmod)$/.test(r)
}

/**
 * "[How a new kind of protest movement has arisen]", "[Stuck in a death spiral, the country
 * borrows]": a sentence wholly in square brackets is a related-link title, verb or not.
 */
function isBracketed(words: readonly string[]): boolean {
  if (words[0] !== '[') return false
  let end = words.length - 1
  while (end > 0 && /^[.!?]$/.test(words[end]!)) end--
  if (words[end] !== ']') return false
  // One pair: "[a] ... [b]" is two marks in running text.
  return words.slice(1, end).every((w) => w !== '[' && w !== ']')
}

// What a metaphoric or non-political act is done to: a disease, a hazard, an animal, a web page.
const NON_POLITICAL_PATIENTS: Readonly<Record<string, ReadonlySet<string>>> = {
  ASSAULT: new Set(['HAZARD', 'HEALTH', 'ANIMAL']),
  COERCE: new Set(['HAZARD', 'HEALTH', 'ANIMAL']),
  CONSULT: new Set(['MEDIA']),
}

/**
 * "Combat addiction", "killed a wild rabbit", "visited my profile": an attack on an illness or
 * an animal, or a visit to a web page, is a metaphor or a private act, not a political event.
 * Only an active verb whose every direct object is of such a kind is dropped.
 */
function hasPoliticalPatient(ts: TriggerSentence, d: Detection): boolean {
  const kinds = NON_POLITICAL_PATIENTS[d.type]
  const syn = ts.view.syntax
  if (!kinds || !syn || syn[d.index]!.upos !== 'VERB') return true
  // The trigger's own words are no patient ("opened fire").
  const objects = (ts.kids?.[d.index] ?? []).filter((k) => syn[k]!.deprel === 'obj' && (k < d.index || k > d.last))
  return objects.length === 0 || !objects.every((k) => kinds.has(ts.topics[k] ?? ''))
}

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT', 'COOPERATE'])
const FORCES = new Set(['HAZARD', 'ACCIDENT', 'HEALTH'])

/**
 * PLOVER codes deliberate acts of political actors. A storm that "toppled a crane, killing one
 * person", a crash or a virus that kills, is no actor; a "fired back that it built the hospital"
 * is a reply, not shooting: a material act does not take a that-clause.
 */
function isDeliberateAct(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (!syn || !article || !MATERIAL.has(d.type)) return true
  const from = ts.view.sentence.tokenStart
  const subjects = subjectsOf(article, from + d.index).filter((s) => !s.passive)
  // "an outbreak of bubonic plague killed a couple": the subject or what it is made of.
  // "An explosion at the chemical plant killed four workers": an accidental blast is such a force too.
  const force = (k: number): boolean => FORCES.has(ts.topics[k] ?? '') || (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'nmod' && FORCES.has(ts.topics[m] ?? '')) || isAccidentalBlastAt(ts, k)
  if (subjects.length > 0 && subjects.every((s) => force(s.token - from))) return false
  // "The fire destroyed dozens of homes": the trigger noun itself a hazard that acts, in a sentence
  // that names no one who could have set it ("Rebels set fire to the hall, and the fire destroyed
  // the archives", "fire from the militia's positions" stay attacks).
  const t0 = syn[d.index]!
  const doer = (k: number): boolean =>
    k !== d.index && /^(nsubj|obl:agent)/.test(syn[k]!.deprel) && (ts.actorKinds[k] != null || ts.view.entityType[k] != null || PERSONAL_PRONOUNS.has(ts.view.words[k]!.toLowerCase()))
  const ownerless = !(ts.kids?.[d.index] ?? []).some((k) => /^(nmod|nmod:poss)$/.test(syn[k]!.deprel)) && !syn.some((_, k) => doer(k) || ts.topics[k] === 'CRIME')
  if (t0.upos === 'NOUN' && /^nsubj/.test(t0.deprel) && FORCES.has(ts.topics[d.index] ?? '') && ownerless) return false
  // "Two trains collided, killing five": a participle clause with no subject of its own tells
  // what the accident or hazard of its head verb did.
  // A head verb someone does on purpose is no hazard, whatever its word ("Police stormed the
  // building, arresting two gunmen"): only one with no deliberate subject of its own counts.
  const t = syn[d.index]!
  // So does one hanging from a verb a force is the subject of ("Lightning struck a school, injuring").
  const forceVerb = (v: number): boolean => (FORCES.has(ts.topics[v] ?? '') || forceSubjects(ts, v, force)) && !hasDeliberateSubject(ts, v)
  if (t.deprel === 'advcl' && t.head >= 0 && forceVerb(t.head) && !(ts.kids?.[d.index] ?? []).some((k) => /^nsubj/.test(syn[k]!.deprel))) return false
  // "A tanker truck overturned and exploded": a verb coordinated with an accident shares its cause.
  if (t.deprel === 'conj' && t.head >= 0 && syn[t.head]!.upos === 'VERB' && FORCES.has(ts.topics[t.head] ?? '') && !hasDeliberateSubject(ts, t.head)) return false
  const own0 = ts.kids?.[d.index] ?? []
  // "Two climbers were killed by an avalanche": a passive whose doer, its by-phrase, is a force.
  const agents = own0.filter((k) => syn[k]!.deprel === 'obl:agent')
  if (agents.length > 0 && agents.every((k) => force(k))) return false
  // "Twelve people were killed when a bus plunged into a ravine": an act with no doer of its own
  // whose time clause tells an accident or a hazard (its verb, or its subject a force) is what that did.
  if (agents.length === 0 && !hasDeliberateSubject(ts, d.index) && own0.some((k) => syn[k]!.deprel === 'advcl' && syn[k]!.upos === 'VERB' && k > d.index && forceVerb(k))) return false
  // "the great storm of 1987, in which 22 people died": a relative clause of a hazard or an
  // accident tells what it did too.
  // Only the noun itself, unqualified by another kind of noun ("a tweet storm in which he assailed").
  const antecedent = relativeAntecedent(ts, d.index)
  const hazard = (k: number): boolean => FORCES.has(ts.topics[k] ?? '') && !(ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'compound' && !FORCES.has(ts.topics[m] ?? ''))
  if (antecedent >= 0 && hazard(antecedent)) return false
  // "An explosion at the fertilizer plant shattered windows", the verb misparsed as a modifier of
  // its object: a verb with no subject of its own under an accidental blast is what the blast did.
  if (t.upos === 'VERB' && !own0.some((k) => /^nsubj/.test(syn[k]!.deprel)) && underAccidentalBlast(ts, d.index)) return false
  // The clause may hang from the particle ("fired back that ...").
  const own = ts.kids?.[d.index] ?? []
  const kids = [...own, ...own.filter((k) => /^(advmod|compound:prt)$/.test(syn[k]!.deprel)).flatMap((k) => ts.kids?.[k] ?? [])]
  if (kids.some((k) => syn[k]!.deprel === 'ccomp' && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'mark' && ts.view.words[m] === 'that'))) return false
  return true
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you'])
const BLAST_REACH = 4

// Whether a head above `i`, a few steps up, is an explosion nobody set off (`accidental-blast.ts`).
function underAccidentalBlast(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax!
  for (let n = syn[i]!.head, step = 0; n >= 0 && step < BLAST_REACH; n = syn[n]!.head, step++) if (isAccidentalBlastAt(ts, n)) return true
  return false
}

// Whether every active subject of `verb` (one at least) is a force by `force`.
function forceSubjects(ts: TriggerSentence, verb: number, force: (k: number) => boolean): boolean {
  const article = ts.view.articleSyntax
  if (!article) return false
  const from = ts.view.sentence.tokenStart
  const subjects = subjectsOf(article, from + verb).filter((s) => !s.passive)
  return subjects.length > 0 && subjects.every((s) => force(s.token - from))
}

/**
 * Whether a verb has an active subject that acts on purpose: a person, a group, an
 * organisation or a state (a name, an agent word such as "police", a personal pronoun), not a
 * force of nature or an accident.
 */
function hasDeliberateSubject(ts: TriggerSentence, verb: number): boolean {
  const article = ts.view.articleSyntax
  if (!article) return false
  const from = ts.view.sentence.tokenStart
  return subjectsOf(article, from + verb).some((s) => {
    const k = s.token - from
    return !s.passive && !FORCES.has(ts.topics[k] ?? '') && (ts.actorKinds[k] != null || PERSONAL_PRONOUNS.has(ts.view.words[k]!))
  })
}

const RELATIVES = new Set(['which', 'whom', 'where', 'that'])
const ANTECEDENT_REACH = 4

/**
 * The noun a relative clause headed by `i` belongs to, or -1: its head when parsed as one,
 * else the noun before its relative pronoun ("the storm of 1987, in which ... died", often
 * parsed as a conjunct), climbing from a qualifier ("of 1987") to the noun it qualifies.
 */
function relativeAntecedent(ts: TriggerSentence, i: number): number {
  const syn = ts.view.syntax!
  const t = syn[i]!
  if (t.deprel === 'acl:relcl') return t.head
  const words = ts.view.words
  const pronoun = (ts.kids?.[i] ?? []).find((k) => k < i && RELATIVES.has(words[k]!.toLowerCase()) && syn[k]!.upos === 'PRON')
  if (pronoun === undefined) return -1
  let start = pronoun
  for (const k of ts.kids?.[pronoun] ?? []) if (syn[k]!.deprel === 'case' && k < start) start = k
  let j = start - 1
  while (j >= 0 && syn[j]!.upos === 'PUNCT') j--
  for (let step = 0; j >= 0 && step < ANTECEDENT_REACH; step++) {
    const s = syn[j]!
    if (/^(NOUN|PROPN)$/.test(s.upos) && !/^(nmod|compound|flat)$/.test(s.deprel)) return j
    if (!/^(nmod|compound|flat|nummod)$/.test(s.deprel) || s.head < 0 || s.head >= j || j - s.head > ANTECEDENT_REACH) return /^(NOUN|PROPN)$/.test(s.upos) ? j : -1
    j = s.head
  }
  return -1
}

// Seasons and states of the weather: with the hazard, disease and accident classes, what a
// forecast warns of. No actor does them, so no actor can threaten with them.
const CLIMATE = new Set(['summer', 'winter', 'autumn', 'season', 'spell', 'climate', 'temperature', 'weather', 'dry', 'wet', 'hot', 'rainy', 'stormy', 'freezing'])
const WARNED_OF = new Set(['of', 'about'])

/**
 * A threat is an actor's warning of what it, or someone, will do ("warned of retaliation"). A
 * warning of a hazard ("an earlier warning of dry summers", "warned of heavy rain and flooding")
 * or a hazard that threatens ("the drought threatens the harvest") is a forecast, not a threat.
 */
function isNaturalThreat(ts: TriggerSentence, d: Detection): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (d.type !== 'THREATEN' || !syn || !article) return false
  const natural = (k: number): boolean => FORCES.has(ts.topics[k] ?? '') || CLIMATE.has(ts.view.lemmas[k] ?? '')
  // The nominal or a word qualifying it ("dry summers", "fire danger"); coordinated ones are checked too.
  const naturalPhrase = (k: number): boolean => natural(k) || (ts.kids?.[k] ?? []).some((m) => /^(amod|compound)$/.test(syn[m]!.deprel) && natural(m))
  const from = ts.view.sentence.tokenStart
  const subjects = subjectsOf(article, from + d.index).filter((s) => !s.passive)
  if (subjects.length > 0 && subjects.every((s) => naturalPhrase(s.token - from))) return true
  const warnedOf = (ts.kids?.[d.index] ?? []).filter((k) => /^(nmod|obl)/.test(syn[k]!.deprel) && (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && WARNED_OF.has(ts.view.words[m]!)))
  return warnedOf.length > 0 && warnedOf.every((k) => naturalPhrase(k) && (ts.kids?.[k] ?? []).every((m) => syn[m]!.deprel !== 'conj' || naturalPhrase(m)))
}
