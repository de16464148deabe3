/**
 * Trigger words read in an everyday sense that news uses far more often than the political one:
 * a plan "met with dismay" (a reception, not a meeting), demands "met" (fulfilled), poll numbers that "shot up" and a commercial
 * "shot" on set (a rise and filming, not shooting), a "cancer battle" (an illness, not a fight).
 * And a candidate who "attacked Biden for being soft on Iran" criticised him: PLOVER's ACCUSE,
 * not ASSAULT.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'
import { subjectsOf } from '../syntax/relations.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
  /** The type the detector read, before the clause's mood recoded it. */
  readonly detected?: string
}

/** Whether the trigger at `d` reports no act in this reading (see the file comment). */
export function isNonActReading(ts: TriggerSentence, d: Trigger): boolean {
  return (
    isReception(ts, d) ||
    isFulfilment(ts, d) ||
    isRiseOrFilming(ts, d) ||
    isIllnessFight(ts, d) ||
    isHazardWarning(ts, d) ||
    isAccidentDeath(ts, d) ||
    isPlainWarning(ts, d) ||
    isNamedTopic(ts, d) ||
    isQuestion(ts, d) ||
    isPermission(ts, d) ||
    isFundKind(ts, d) ||
    isFundingSought(ts, d) ||
    isMistypedWarning(ts, d) ||
    isNamingCall(ts, d) ||
    isSeizedChance(ts, d) ||
    isTakenDecision(ts, d) ||
    isBurning(ts, d)
  )
}

// Nouns of money or help given.
const GIFTS = new Set(['fund', 'funds', 'funding', 'grant', 'grants', 'money', 'financing', 'aid', 'assistance'])
// What money is looked for, hoped for or lacked through: no one gave it.
const SEEKING = new Set('look seek hope find need want lack search apply lobby push await source shortage hunt prospect odds odd'.split(' '))

/**
 * "The council is looking into funding for other repairs", "they hope for state funding", "the
 * largest source of funding for treatment": money sought, hoped for or described as a source is
 * no aid given (asking for it is the REQUEST, coded on its own verb).
 */
function isFundingSought(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'AID' || !syn || syn[d.index]!.upos !== 'NOUN' || !GIFTS.has(word(ts, d.index))) return false
  const t = syn[d.index]!
  if (t.head < 0 || !/^(obj|obl|nmod)/.test(t.deprel)) return false
  // "the odds of getting full funding": the getting is what is sought.
  const head = t.head
  const via = rel(ts, head) === 'acl' || rel(ts, head) === 'advcl' ? syn[head]!.head : -1
  return SEEKING.has(lemma(ts, head)) || (via >= 0 && SEEKING.has(lemma(ts, via)) && lemma(ts, head) === 'get')
}

/**
 * "Criticized what he called “experiments”", "what you would call a mess": calling a thing a name
 * asks nothing of anyone (the relative clause of "what" names the thing).
 */
function isNamingCall(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'REQUEST' || !syn || lemma(ts, d.index) !== 'call') return false
  const t = syn[d.index]!
  return t.deprel === 'acl:relcl' && t.head >= 0 && word(ts, t.head) === 'what'
}

/**
 * "The U.S. has seized on demonstrations to try to effect regime change": seizing on something
 * makes use of it; nothing is confiscated.
 */
function isSeizedChance(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax || !/^(seize|pounce)$/.test(lemma(ts, d.index))) return false
  // What is seized is its object ("seized the town on Monday").
  if (kidsOf(ts, d.index).some((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)))) return false
  return (
    /^(on|upon)$/.test(word(ts, d.index + 1) ?? '') || kidsOf(ts, d.index).some((k) => /^obl/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && /^(on|upon)$/.test(word(ts, c))))
  )
}

/**
 * "Has been taken for granted by the party", "the decision to drop the inquiry had been taken":
 * a thing taken for granted or a decision taken is no seizure of anyone.
 */
function isTakenDecision(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax || lemma(ts, d.index) !== 'take') return false
  if (word(ts, d.index + 1) === 'for' && word(ts, d.index + 2) === 'granted') return true
  if (kidsOf(ts, d.index).some((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)) && /^decisions?$/.test(word(ts, k)))) return true
  // The parser often hangs a long passive subject elsewhere ("told reporters the decision to drop
  // the inquiry had been taken"): a passive "taken" with no subject of its own after "decision".
  const kids = kidsOf(ts, d.index)
  return kids.some((k) => rel(ts, k) === 'aux:pass') && !kids.some((k) => /^nsubj/.test(rel(ts, k))) && ts.view.words.slice(0, d.index).some((w) => /^decisions?$/i.test(w))
}

/**
 * "In spite of these warnings": a warning is said, never done; read as anything but a threat
 * (an ASSAULT on "warnings"), it reports no act.
 */
function isMistypedWarning(ts: TriggerSentence, d: Trigger): boolean {
  return d.type !== 'THREATEN' && /^warning/.test(word(ts, d.last))
}

// What is granted as a permission or a power, not given as aid ("granted asylum" is aid: CAMEO 075).
const PERMISSIONS = new Set(
  (
    'right rights permission permissions licence license licences licenses access power powers order orders approval leave status ' +
    'exemption exemptions waiver waivers extension extensions patent patents consent authority authorisation authorization warrant ' +
    'visa visas injunction application applications request requests appeal planning'
  ).split(' '),
)

/**
 * "The dispersal order has been granted", "Officers have been granted more powers", "All rights
 * granted under this License", "I was somehow granted access to it": what is granted is a
 * permission or a power, no aid given.
 */
function isPermission(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'AID' || !syn || syn[d.index]!.upos !== 'VERB' || lemma(ts, d.index) !== 'grant') return false
  const t = syn[d.index]!
  const kids = kidsOf(ts, d.index)
  // The granted thing: the object, or the passive subject unless a person who is given it ("Officers have been granted more powers" names both).
  const objects = kids.filter((k) => rel(ts, k) === 'obj')
  const passives = kids.filter((k) => rel(ts, k) === 'nsubj:pass')
  // A participle describing the granted thing ("rights granted under this License").
  const described = /^acl/.test(t.deprel) && t.head >= 0 ? [t.head] : []
  const things = objects.length > 0 ? objects : [...passives, ...described]
  return things.length > 0 && things.every((k) => PERMISSIONS.has(word(ts, k)) || PERMISSIONS.has(lemma(ts, k)))
}

// Kinds of investment fund: a fund of these is a product or an institution, not money given.
const FUND_KINDS = new Set(['index', 'pension', 'mutual', 'hedge', 'investment', 'equity', 'wealth', 'money-market', 'bond', 'exchange-traded', 'trust', 'retirement'])

/** "low-cost index funds", "support to pension funds": a kind of fund names a fund, no aid. */
function isFundKind(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'AID' || !syn || syn[d.index]!.upos !== 'NOUN' || lemma(ts, d.index) !== 'fund') return false
  return kidsOf(ts, d.index).some((k) => /^(compound|amod)$/.test(rel(ts, k)) && FUND_KINDS.has(word(ts, k)))
}

// Verbs that set a fire on someone or something: "set on fire", "put to fire".
const SETTING = new Set(['set', 'put', 'light'])
const SET_REACH = 6

/**
 * "Their helicopter was shot down and caught fire", "The craft beer boom was really on fire": a
 * fire something catches or is on burns; nobody fires at anyone (a man "set on fire" stays).
 */
function isBurning(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || syn[d.index]!.upos !== 'NOUN' || lemma(ts, d.index) !== 'fire') return false
  const t = syn[d.index]!
  // "caught fire", also where the parser hangs the noun on the verb before ("shot down and caught fire").
  if (d.index > 0 && lemma(ts, d.index - 1) === 'catch') return true
  if (t.deprel === 'obj') return t.head >= 0 && lemma(ts, t.head) === 'catch'
  const on = kidsOf(ts, d.index).some((k) => rel(ts, k) === 'case' && word(ts, k) === 'on')
  // "on fire" as a predicate ("was on fire"), not after a verb that sets it: the parser often
  // hangs "on fire" on the thing set ("set all the vehicles on fire") or tags "set" an adjective.
  const set = ts.view.words.some((_, k) => k < d.index && k >= d.index - SET_REACH && (SETTING.has(lemma(ts, k)) || SETTING.has(word(ts, k))))
  return on && !set
}

const QUESTION_MARKS = new Set(['if', 'whether'])
const WH_WORDS = new Set(['what', 'how', 'why', 'who', 'whom', 'when', 'where', 'which'])

/**
 * "Asked if he believed ...", "The opposition asked whether the government had misled
 * parliament", "asked him about the deal": asking a question is no REQUEST, which PLOVER keeps
 * for asking for something ("asked residents to stay indoors", "asked the US for air defence").
 */
function isQuestion(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'REQUEST' || !ts.view.syntax || !/^(ask|inquire|enquire)$/.test(lemma(ts, d.index))) return false
  const kids = kidsOf(ts, d.index)
  // Asked to do something, or for something: a request.
  if (kids.some((k) => rel(ts, k) === 'xcomp' || (/^obl/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => word(ts, c) === 'for')))) return false
  return kids.some((k) => {
    const r = rel(ts, k)
    if (r === 'ccomp' || r === 'advcl') return kidsOf(ts, k).some((c) => (rel(ts, c) === 'mark' && QUESTION_MARKS.has(word(ts, c))) || (c < k && WH_WORDS.has(word(ts, c))))
    return /^obl/.test(r) && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && word(ts, c) === 'about')
  })
}

// What a plan, a proposal or a show is met with: a reception, not a partner.
const RECEPTIONS = new Set(
  (
    'dismay response responses reaction reactions criticism skepticism scepticism resistance approval disapproval applause silence ' +
    'opposition backlash outrage anger enthusiasm success derision ridicule scorn suspicion hostility indifference acclaim praise ' +
    'fury alarm concern concerns protests protest cheers boos laughter disbelief interest'
  ).split(' '),
)

/**
 * "The plan has been met with dismay", "the symposium has met with an enormous response": a
 * passive "met with", or one whose partner is a reaction, is how something was received;
 * PLOVER's CONSULT is a meeting between actors.
 */
function isReception(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'CONSULT' || !syn || lemma(ts, d.index) !== 'meet') return false
  const kids = kidsOf(ts, d.index)
  const withs = kids.filter((k) => /^(obl|nmod)/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => word(ts, c) === 'with'))
  if (withs.length === 0) return false
  if (kids.some((k) => rel(ts, k) === 'aux:pass' || rel(ts, k) === 'nsubj:pass')) return true
  return withs.some((k) => RECEPTIONS.has(word(ts, k)))
}

// What is met by fulfilling it, not by talking with it.
const REQUIREMENTS = new Set(
  (
    'demand demands condition conditions need needs requirement requirements deadline deadlines target targets goal goals ' +
    'standard standards criteria criterion expectation expectations obligation obligations quota quotas threshold request requests ' +
    'terms test cost costs commitment commitments challenge challenges'
  ).split(' '),
)

/**
 * "until their political demands are met", "failed to meet the deadline": a demand, a condition
 * or a target is met by fulfilling it; PLOVER's CONSULT is a meeting between actors. (Meeting
 * demands by yielding to them is a CONCEDE the detector reads on its own.)
 */
function isFulfilment(ts: TriggerSentence, d: Trigger): boolean {
  // (Read as a meeting, whatever type the clause's mood then gives it: "until demands are met" is no refusal.)
  if ((d.detected ?? d.type) !== 'CONSULT' || !ts.view.syntax || lemma(ts, d.index) !== 'meet') return false
  return kidsOf(ts, d.index).some((k) => (rel(ts, k) === 'obj' || rel(ts, k) === 'nsubj:pass') && REQUIREMENTS.has(word(ts, k)))
}

// What one shoots with a camera.
const FILMED = new Set(
  'film films movie movies scene scenes video videos footage commercial commercials episode episodes series documentary photo photos picture pictures season show shows music clip clips advert ad ads pilot'.split(
    ' ',
  ),
)

/**
 * "his poll numbers shot up" is a rise; "a commercial that I had just shot", "movies will restart
 * shooting" are filming: no one was shot.
 */
function isRiseOrFilming(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || lemma(ts, d.index) !== 'shoot') return false
  const kids = kidsOf(ts, d.index)
  const objects = kids.filter((k) => rel(ts, k) === 'obj')
  if (objects.length === 0 && kids.some((k) => rel(ts, k) === 'compound:prt' && /^(up|upward|upwards)$/.test(word(ts, k)))) return true
  if (objects.some((k) => FILMED.has(word(ts, k)))) return true
  const t = syn[d.index]!
  // The filmed thing the clause describes ("a commercial that I had just shot"; the parser may
  // hang the clause as a complement of the noun).
  if (/^(acl|ccomp)/.test(t.deprel) && t.head >= 0 && t.head < d.index && FILMED.has(word(ts, t.head))) return true
  // "Other movies and shows will restart shooting": the subject of the verb it completes.
  if (t.head >= 0 && /^(obj|xcomp)$/.test(t.deprel)) {
    const subjects = kidsOf(ts, t.head).filter((k) => /^nsubj/.test(rel(ts, k)))
    return subjects.length > 0 && subjects.every((k) => FILMED.has(word(ts, k)))
  }
  return false
}

const FIGHTS = new Set(['battle', 'fight', 'struggle', 'war', 'combat'])

/** "her cancer battle", "his fight against leukaemia": an illness fought, no one attacked. */
function isIllnessFight(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || syn[d.index]!.upos !== 'NOUN' || !FIGHTS.has(lemma(ts, d.index))) return false
  return kidsOf(ts, d.index).some((k) => ts.topics[k] === 'HEALTH' && (rel(ts, k) === 'compound' || (/^nmod/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => /^(with|against)$/.test(word(ts, c))))))
}

const WARNINGS = new Set(['warning', 'warnings', 'alert', 'alerts', 'advisory', 'advisories', 'watch'])
// What a public warning is about, besides hazards: weather services and councils warn, no one threatens.
const ADVISORY_WORDS = new Set(['evacuation', 'weather', 'travel', 'amber', 'yellow', 'red', 'tsunami', 'frost', 'fog', 'health', 'air', 'boil', 'water', 'surf', 'fire'])

/**
 * "Flood warnings were issued", "evacuation warnings for two counties": a warning named after a
 * hazard is a forecast or advice; PLOVER's THREATEN needs repercussions someone will impose.
 */
function isHazardWarning(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'THREATEN' || !ts.view.syntax || !WARNINGS.has(word(ts, d.last))) return false
  const head = d.last
  return kidsOf(ts, head).some((k) => k < head && /^(compound|amod)$/.test(rel(ts, k)) && (ts.topics[k] === 'HAZARD' || ADVISORY_WORDS.has(word(ts, k))))
}

/**
 * "the scenario advocates have been warning us about", "warned voters about the risks": a warning
 * about something tells of a danger; a threat says what the warner will do ("warned that it would
 * retaliate"), so only a warning with no "about" stays THREATEN.
 */
function isPlainWarning(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'THREATEN' || !ts.view.syntax || !/^warn/.test(lemma(ts, d.index))) return false
  return kidsOf(ts, d.index).some((k) => word(ts, k) === 'about' || (/^(obl|nmod)/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && word(ts, c) === 'about')))
}

// Subjects that only name a topic, a cause or an aim.
const TOPICS = new Set('issue problem question answer priority goal aim focus concern key point topic reason solution matter challenge'.split(' '))

/**
 * "The issue is funding", "the problem is the war": an event word a copula predicates of a topic
 * word names what a matter is about; nobody does anything in that clause. The parser often reads
 * "is funding" as a progressive verb: a topic word as the subject of a verb without an object
 * is read the same way.
 */
function isNamedTopic(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || !/^(NOUN|VERB)$/.test(syn[d.index]!.upos)) return false
  const kids = kidsOf(ts, d.index)
  if (!kids.some((k) => rel(ts, k) === 'cop' || (rel(ts, k) === 'aux' && lemma(ts, k) === 'be'))) return false
  if (kids.some((k) => /^(obj|iobj|ccomp|xcomp)$/.test(rel(ts, k)))) return false
  return kids.some((k) => /^nsubj/.test(rel(ts, k)) && TOPICS.has(lemma(ts, k)))
}

const HARMS = new Set(['kill', 'injure', 'wound', 'hurt', 'die', 'death', 'dead'])

/**
 * "Two soldiers were killed in a helicopter crash", "died in the blaze": people killed in an
 * accident or a disaster, with no one named as doing it, are no ASSAULT.
 */
function isAccidentDeath(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || !HARMS.has(lemma(ts, d.index))) return false
  const kids = kidsOf(ts, d.index)
  // A named doer ("killed by militants") or a direct object ("killed two guards") is someone's act.
  if (kids.some((k) => rel(ts, k) === 'obl:agent' || rel(ts, k) === 'obj' || (/^nsubj$/.test(rel(ts, k)) && ts.actorKinds[k] != null))) return false
  const accident = (k: number): boolean =>
    ts.topics[k] === 'ACCIDENT' || ts.topics[k] === 'HAZARD' || kidsOf(ts, k).some((m) => rel(ts, m) === 'compound' && (ts.topics[m] === 'ACCIDENT' || ts.topics[m] === 'HAZARD'))
  return kids.some((k) => /^obl/.test(rel(ts, k)) && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && /^(in|during)$/.test(word(ts, c))) && accident(k) && !isCrashCaused(ts, k))
}

// "a crash caused by a missile": an accident someone brought about.
function isCrashCaused(ts: TriggerSentence, k: number): boolean {
  return kidsOf(ts, k).some((m) => /^acl/.test(rel(ts, m)) && kidsOf(ts, m).some((a) => rel(ts, a) === 'obl:agent'))
}

const INQUIRIES = new Set(['investigate', 'investigation', 'inquiry', 'enquiry', 'probe'])

/**
 * An investigation is PLOVER's ACCUSE (CAMEO's "investigate"; the news sets' Justice.Investigate),
 * never the COERCE of the arrests it may lead to: "early stages of the investigation".
 */
export function inquiryType(ts: TriggerSentence, d: Trigger, type: string): string {
  return type === 'COERCE' && INQUIRIES.has(lemma(ts, d.index)) ? 'ACCUSE' : type
}

// Words of physical harm besides the lexicon's attack words: what an attacker hits or hurts with.
const WEAPONS = new Set(
  'knife knives gun guns pistol rifle weapon weapons bat hammer machete axe bomb bombs grenade stone stones rock rocks brick bricks fist fists punch punched kicked stabbed shot beat beaten hospital injured injuries wounded wounds bleeding'.split(
    ' ',
  ),
)

/** A word of the sentence other than the trigger that tells of physical violence or a crime. */
function hasViolence(ts: TriggerSentence, except: number): boolean {
  return ts.view.words.some(
    (_, k) => k !== except && (ts.topics[k] === 'CRIME' || WEAPONS.has(word(ts, k)) || (lemma(ts, k) !== 'attack' && ts.lexicon[k]!.some((x) => x.replace('!', '') === 'ASSAULT'))),
  )
}

// Times an "over" phrase may name: "attacked over the weekend" is no reason.
const TIMES = /^(weekend|night|nights|day|days|week|weeks|month|months|year|years|hours|period|summer|winter|holiday|holidays|decade|decades)$/

/**
 * "attacked Biden for being soft on Iran", "attacked Ms. Haley over her support for funding": an
 * attack on a person for a stance is criticism (ACCUSE); "trading attacks", "personal attacks" are
 * words too. An attack with no such reason keeps its type.
 */
export function verbalAttackType(ts: TriggerSentence, d: Trigger, type: string): string {
  const syn = ts.view.syntax
  if (type !== 'ASSAULT' || !syn || lemma(ts, d.index) !== 'attack') return type
  const t = syn[d.index]!
  const kids = kidsOf(ts, d.index)
  if (t.upos === 'NOUN') {
    const personal = kids.some((k) => rel(ts, k) === 'amod' && /^(personal|verbal|political|partisan|rhetorical)$/.test(word(ts, k)))
    // "trading attacks", also where the parser reads "trading" as a modifier of the noun.
    const traded = (t.head >= 0 && /^obj/.test(t.deprel) && lemma(ts, t.head) === 'trade') || kids.some((k) => k === d.index - 1 && word(ts, k) === 'trading')
    return personal || traded ? 'ACCUSE' : type
  }
  if (t.upos !== 'VERB' || !kids.some((k) => rel(ts, k) === 'obj' && (ts.view.entityType[k] === 'PERSON' || /^(him|her|them)$/.test(word(ts, k))))) return type
  // "Mr. Ramaswamy and Mr. DeSantis took turns attacking Ms. Haley": one named person attacking
  // another in a sentence that tells of no weapon, wound or crime is criticism.
  // The attackers: the subjects of the clause the verb completes ("took turns attacking": the
  // parser's object control would make "turns" the attacker) and their conjuncts.
  let v = d.index
  while (rel(ts, v) === 'xcomp' && syn[v]!.head >= 0) v = syn[v]!.head
  const from = ts.view.sentence.tokenStart
  const article = ts.view.articleSyntax
  const own = kidsOf(ts, v).filter((k) => rel(ts, k) === 'nsubj')
  const attackers =
    v !== d.index
      ? [...own, ...own.flatMap((k) => kidsOf(ts, k).filter((m) => rel(ts, m) === 'conj'))]
      : article
        ? subjectsOf(article, from + d.index)
            .filter((s) => !s.passive)
            .map((s) => s.token - from)
        : []
  if (attackers.length > 0 && attackers.every((k) => ts.view.entityType[k] === 'PERSON') && !hasViolence(ts, d.index)) return 'ACCUSE'
  const reason = kids.some((k) => {
    if (!/^(obl|advcl)/.test(rel(ts, k))) return false
    const marks = kidsOf(ts, k)
      .filter((c) => /^(case|mark)$/.test(rel(ts, c)))
      .map((c) => word(ts, c))
    return (marks.includes('for') || marks.includes('over')) && !TIMES.test(word(ts, k)) && !/^times?$/.test(word(ts, k))
  })
  return reason ? 'ACCUSE' : type
}
