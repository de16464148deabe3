/**
 * Happenings of illness, medicine and weather that read like political acts on real news pages
 * (issue 15, read on 25 pages): a death nobody caused in a story of illness or medicine ("the
 * week before her death", "her cause of death as Zopaclone toxicity"), an inquest or a health
 * inquiry ("a coroner is investigating the death", "epidemiological investigations"), a safety
 * advisory in bad weather ("Brits are being advised to postpone their travel plans", "heeding the
 * warnings issued by authorities ... severe weather events"), what a hazard "meets" or "asks"
 * ("heavy rain has met with sodden ground"), and a war named only as a matter talked about
 * ("lacked empathy on the conflict", "the war is an issue", "the war's collateral impact").
 * None is done by a political actor to another, which is what PLOVER codes; the kept-back
 * disaster set counts any event coded on such a sentence false.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'
import { subjectsOf } from '../syntax/relations.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

/** Whether the trigger at `d` is a happening of illness, medicine or weather, or a war only talked about. */
export function isNaturalCause(ts: TriggerSentence, d: Trigger): boolean {
  return isNaturalDeath(ts, d) || isForceKilling(ts, d) || isMedicalInquiry(ts, d) || isWeatherAdvisory(ts, d) || isDoneByForce(ts, d) || isWarAsTopic(ts, d)
}

// Words of death that name no killer ("kill" does: "killed by cancer" is read in `non-event-senses.ts`).
const DEATHS = new Set(['death', 'deaths', 'die', 'died', 'dead'])
// Illness, its care and the offices that establish a cause of death. Not hospitals, doctors or
// patients: "shelled the hospital", "shot a doctor" are attacks (see `detect.ts`). Read only by
// these rules, so the detector's trained topic features stay as they were trained.
const MEDICAL = new Set(
  (
    'cough fever toxicity overdose medication medications medicine medicines treatment treatments therapy post-mortem postmortem ' +
    'autopsy coroner coroners inquest pathologist illness illnesses sickness diagnosis diagnosed symptom symptoms ailing infected ' +
    'epidemiological epidemiologist epidemiologists non-suspicious cancer tumour tumor stroke seizure dementia pneumonia sepsis'
  ).split(' '),
)

const medical = (ts: TriggerSentence, k: number): boolean => MEDICAL.has(word(ts, k)) || MEDICAL.has(lemma(ts, k)) || ts.topics[k] === 'HEALTH'

/**
 * A word of the sentence that tells of violence: a lexicon trigger word of an attack or a crime
 * word ("attacker", "gunman"), other than a word of death itself.
 */
function hasViolence(ts: TriggerSentence, except: number): boolean {
  return ts.view.words.some((_, k) => k !== except && !DEATHS.has(word(ts, k)) && (ts.topics[k] === 'CRIME' || ts.lexicon[k]!.some((t) => t.replace('!', '') === 'ASSAULT')))
}

/**
 * "She was suffering from a bad cough in the week before her death", "her cause of death as
 * Zopaclone toxicity", "is believed to have died in non-suspicious circumstances": a death with
 * no one named as causing it (no by-phrase), in a sentence of illness or medicine that tells of
 * no violence, is a happening.
 */
function isNaturalDeath(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'ASSAULT' || !ts.view.syntax || !DEATHS.has(lemma(ts, d.index))) return false
  if (kidsOf(ts, d.index).some((k) => rel(ts, k) === 'obl:agent')) return false
  return ts.view.words.some((_, k) => medical(ts, k)) && !hasViolence(ts, d.index)
}

// What a study or a safety inquiry is named after: it looks into how things work or failed.
const SCIENCE = new Set(['science', 'scientific', 'research', 'detection', 'safety', 'accident', 'crash', 'engineering', 'technical'])
// Accidents and failures an inquiry looks into. Not the detector's whole accident class: a
// "leak" or a "collapse" may be of secrets or of talks.
const MISHAPS = new Set(['crash', 'crashes', 'collision', 'accident', 'accidents', 'derailment', 'wreck', 'anomaly', 'malfunction', 'outage', 'outages'])
const INQUIRIES = new Set(['investigate', 'investigation', 'investigations', 'inquiry', 'enquiry', 'probe'])

/**
 * "A coroner is continuing to investigate the death", "investigated by senior coroner Joanne
 * Kearsley", "conducted epidemiological investigations", "plague cases need to be investigated":
 * an inquiry by a medical office or into an illness establishes a cause, it accuses no one
 * (PLOVER's ACCUSE is CAMEO's investigation of a crime or an abuse); so does a study or a safety
 * inquiry ("conduct science investigations", "an investigation into the crash"). A police
 * investigation of a death stays.
 */
function isMedicalInquiry(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (d.type !== 'ACCUSE' || !syn || !article || !INQUIRIES.has(lemma(ts, d.index))) return false
  // A phrase holds a medical word: its head or a word qualifying it ("senior coroner X", "plague cases").
  const phrase = (k: number): boolean => medical(ts, k) || kidsOf(ts, k).some((m) => /^(compound|amod|appos|flat|nmod)$/.test(rel(ts, m)) && medical(ts, m))
  const kids = kidsOf(ts, d.index)
  if (kids.some((k) => /^(amod|compound)$/.test(rel(ts, k)) && (medical(ts, k) || SCIENCE.has(word(ts, k))))) return true
  const from = ts.view.sentence.tokenStart
  const subjects = syn[d.index]!.upos === 'VERB' ? subjectsOf(article, from + d.index).map((s) => s.token - from) : []
  const agents = kids.filter((k) => rel(ts, k) === 'obl:agent')
  const matters = kids.filter((k) => rel(ts, k) === 'obj' || (/^(nmod|obl)$/.test(rel(ts, k)) && kidsOf(ts, k).some((m) => rel(ts, m) === 'case' && /^(into|on|of)$/.test(word(ts, m)))))
  // "opened an investigation into the crash": the parser may hang the matter on the light verb.
  const t = syn[d.index]!
  if (t.deprel === 'obj' && t.head >= 0) matters.push(...kidsOf(ts, t.head).filter((k) => rel(ts, k) === 'obl' && kidsOf(ts, k).some((m) => rel(ts, m) === 'case' && word(ts, m) === 'into')))
  const passives =
    syn[d.index]!.upos === 'VERB'
      ? subjectsOf(article, from + d.index)
          .filter((s) => s.passive)
          .map((s) => s.token - from)
      : []
  const investigators = [...subjects.filter((k) => !passives.includes(k)), ...agents]
  // The matter an illness, an accident or the weather ("an investigation into the crash").
  const mishap = (k: number): boolean => ts.topics[k] === 'HEALTH' || MISHAPS.has(word(ts, k)) || WEATHER.has(word(ts, k))
  return (
    investigators.some((k) => k >= 0 && k < syn.length && phrase(k)) ||
    [...matters, ...passives].some((k) => k >= 0 && k < syn.length && mishap(k)) ||
    passives.some((k) => k >= 0 && k < syn.length && phrase(k))
  )
}

// Hazards, accidents and illnesses: what kills without anyone acting.
const KILLERS = new Set(['HAZARD', 'ACCIDENT', 'HEALTH'])

/**
 * "After an outbreak of bubonic plague killed a couple", "two crashes of its 737 Max jet in five
 * months that killed 346 people", "the Black Death spread across Europe, killing up to 60
 * percent": a killing the parse leaves without a doer of its own (no subject, no by-phrase: a
 * participle, a relative clause hung on the wrong noun, a subject read into another clause), in a
 * sentence that names a hazard, an accident or an illness and tells of no violence, is what that
 * did. `detect.ts` reads the same when the parse does give the force as the subject.
 */
function isForceKilling(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (d.type !== 'ASSAULT' || !syn || !article || lemma(ts, d.index) !== 'kill' || syn[d.index]!.upos !== 'VERB') return false
  const from = ts.view.sentence.tokenStart
  const kids = kidsOf(ts, d.index)
  if (kids.some((k) => rel(ts, k) === 'obl:agent')) return false
  // A relative pronoun as subject stands for a noun the parse may have got wrong ("months that
  // killed"), so it names no doer; any other subject, its own or one a participle takes from its
  // clause ("Gunmen stormed the village, killing 12"), does.
  const own = kids.filter((k) => rel(ts, k) === 'nsubj')
  if (own.some((k) => !/^(that|which)$/.test(word(ts, k)))) return false
  if (own.length === 0 && subjectsOf(article, from + d.index).some((s) => !s.passive)) return false
  // The force named by a noun ("the cold way in which he was killed" names no cold).
  return ts.view.words.some((_, k) => k !== d.index && KILLERS.has(ts.topics[k] ?? '') && /^(NOUN|PROPN)$/.test(syn[k]!.upos)) && !hasViolence(ts, d.index)
}

// Weather and the hazards a forecast names; "fire" is left out ("rocket fire", "opened fire").
const WEATHER = new Set(
  (
    'storm storms hurricane typhoon cyclone tornado flood floods flooding floodwater floodwaters rain rainfall downpour snow snowfall ' +
    'blizzard wind winds gust gusts gale gales weather heatwave drought earthquake quake tsunami landslide mudslide avalanche wildfire ' +
    'wildfires bushfire monsoon hail frost fog'
  ).split(' '),
)
const ADVISING = new Set(['REQUEST', 'THREATEN'])

/**
 * "Brits are being advised to postpone their travel plans ... the extreme weather", "heeding the
 * warnings issued by authorities ... severe weather events": advice or a warning in a sentence of
 * weather or a natural hazard, given by no one named (a passive without a by-phrase, or an
 * authority word: "authorities", "officials", "police"), is a safety advisory, no request or
 * threat between actors. A named requester ("The UN called for aid to flood victims") stays.
 */
function isWeatherAdvisory(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (!ADVISING.has(d.type) || !syn || !article) return false
  if (!ts.view.words.some((_, k) => WEATHER.has(word(ts, k)) || WEATHER.has(lemma(ts, k)))) return false
  if (hasViolence(ts, d.index)) return false
  const from = ts.view.sentence.tokenStart
  const kids = kidsOf(ts, d.index)
  // Who advises: the verb's active subjects, its by-phrase, a noun's owner or the by-phrase of the participle describing it.
  const givers = [
    ...(syn[d.index]!.upos === 'VERB'
      ? subjectsOf(article, from + d.index)
          .filter((s) => !s.passive)
          .map((s) => s.token - from)
      : []),
    ...kids.filter((k) => /^(obl:agent|nmod:poss)$/.test(rel(ts, k))),
    ...kids.filter((k) => rel(ts, k) === 'acl').flatMap((k) => kidsOf(ts, k).filter((m) => rel(ts, m) === 'obl:agent')),
  ]
  return givers.every((k) => k < 0 || k >= syn.length || !isNamed(ts, k))
}

// A state, an organisation or a person by name; agent words ("authorities", "police") are no name.
function isNamed(ts: TriggerSentence, k: number): boolean {
  const kind = ts.actorKinds[k]
  return kind === 'STATE' || kind === 'ORG' || kind === 'PER' || ts.view.entityType[k] != null || ts.view.syntax?.[k]?.upos === 'PROPN'
}

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'AID', 'RETREAT', 'COOPERATE'])
const FORCES = new Set(['HAZARD', 'ACCIDENT', 'HEALTH'])

/**
 * "Heavy rain has met with sodden ground and already swollen rivers": a verbal act (a meeting, a
 * request, an agreement) whose every active subject is a hazard, an accident or an illness is
 * no one's act. (Material acts are read the same way in `detect.ts`, threats as forecasts.)
 */
function isDoneByForce(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  const article = ts.view.articleSyntax
  if (MATERIAL.has(d.type) || !syn || !article || syn[d.index]!.upos !== 'VERB') return false
  const from = ts.view.sentence.tokenStart
  const subjects = subjectsOf(article, from + d.index)
    .filter((s) => !s.passive)
    .map((s) => s.token - from)
  return subjects.length > 0 && subjects.every((k) => k >= 0 && k < syn.length && FORCES.has(ts.topics[k] ?? '') && ts.actorKinds[k] == null)
}

// Names of a state of war, not of one act in it.
const WARS = new Set(['war', 'conflict'])
// Modifiers that name no side, place or time of their own.
const BARE = new Set(['det', 'case', 'punct', 'cc'])
const WHEN = new Set(['during', 'at', 'after', 'before', 'since', 'until'])
// Verbs that start, wage or end a war: its phrase under one of them is that act's.
const WAGING = new Set(['launch', 'wage', 'start', 'begin', 'fight', 'declare', 'end', 'win', 'lose', 'escalate', 'enter', 'join'])
// Adjectives of a war's time, which name no side: "the ongoing conflict".
const AGES = new Set(['ongoing', 'current', 'continuing', 'present', 'recent', 'latest', 'whole', 'entire'])

/**
 * "Starmer has lacked empathy on the conflict", "his early remarks about the conflict", "the war
 * is an issue that so many people recoil from", "call attention to the war's collateral impact":
 * a bare war (no side, place, owner or kind named: "the war", "the ongoing conflict") that is
 * only the matter of a remark or a feeling, the war a phrase places something in ("pauses in
 * the conflict", "since the war"), the subject of a description or the owner of its effects
 * reports no act; the war's acts are coded where the story tells them. "The war between Israel
 * and Hamas rages", "Russia's war", "the war killed thousands" (an argument of a verb) stay.
 */
function isWarAsTopic(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || d.last !== d.index || syn[d.index]!.upos !== 'NOUN' || !WARS.has(lemma(ts, d.index))) return false
  const kids = kidsOf(ts, d.index)
  // A time phrase the parser hangs on the noun is the remark's time ("on the conflict during a private discussion").
  const when = (k: number): boolean => rel(ts, k) === 'nmod' && kidsOf(ts, k).some((m) => rel(ts, m) === 'case' && WHEN.has(word(ts, m)))
  if (!kids.every((k) => BARE.has(rel(ts, k)) || when(k) || (rel(ts, k) === 'amod' && AGES.has(word(ts, k))))) return false
  if (!kids.some((k) => rel(ts, k) === 'det' && /^(the|this|that)$/.test(word(ts, k)))) return false
  const t = syn[d.index]!
  const r = t.deprel
  // The matter of a remark, a feeling or a stance, or the war a phrase places something in ("a
  // series of pauses in the conflict", "this phase of the conflict", "due to the ongoing conflict").
  // Not one a verb wages ("in the war the regime has launched on Yemen", misparsed as its oblique).
  if (/^(nmod|obl)$/.test(r)) return kids.some((k) => rel(ts, k) === 'case') && !(t.head >= 0 && WAGING.has(lemma(ts, t.head)))
  // The owner of what it brought ("the war's collateral impact"), no act of the owned word.
  if (r === 'nmod:poss') return t.head >= 0 && ts.lexicon[t.head]!.length === 0
  // The subject a copula describes ("the war is an issue").
  if (/^nsubj/.test(r) && t.head >= 0) return kidsOf(ts, t.head).some((k) => rel(ts, k) === 'cop') && /^(NOUN|ADJ)$/.test(syn[t.head]!.upos)
  return false
}
