/**
 * Features of a trigger candidate for the event detector: the word and its base form, the
 * lexicons' opinions (the PLOVER trigger lexicon and the CAMEO verb dictionary with its
 * verb-object patterns), the words around it, the modality of its clause, the control verb it
 * may complement, the topic of the sentence (hazard, game, market) and the actors near it.
 * Training and run time call the same functions, so the model sees the same strings.
 */
import type { Token } from '../tokens/tokenize.js'
import { matchCameoPattern, type CameoIndex } from './cameo-lexicon.js'
import { matchTriggers } from './match-triggers.js'
import { eventModality } from './modality.js'
import type { LemmaResources, SentenceView } from './sentence-view.js'
import { functionClass, REPORTING_VERBS, topicClass } from './word-classes.js'
import { baseRelation, childrenOf, syntaxFeatures } from './syntax-features.js'
import type { TriggerSentence } from './trigger-sentence.js'
import type { PieceSink } from '../../model/feature-hash.js'
import { ENGLISH_MONTH_NAMES } from '../../model/dates/calendar-names.js'

/** What the features read besides the sentence. */
export interface TriggerResources extends LemmaResources {
  readonly cameo: CameoIndex
  /** CAMEO code (2-4 digits) to PLOVER type, or to STATEMENT / APPEAL for the roots PLOVER drops. */
  readonly plover: ReadonlyMap<string, string>
  /** Base forms that may be triggers: every other token is never a candidate. */
  readonly vocab: ReadonlySet<string>
  /** Sector codes of agent nouns ("police" COP, "officials" GOV), from the actor dictionary. */
  readonly agents?: ReadonlyMap<string, string>
}

export type { TriggerSentence } from './trigger-sentence.js'

/** Prepares the sentence-wide facts. `allTokens` are the article's tokens (the view's are a slice). */
export function triggerSentence(view: SentenceView, allTokens: readonly Token[], agents?: ReadonlyMap<string, string>): TriggerSentence {
  const n = view.tokens.length
  const lexicon: string[][] = Array.from({ length: n }, () => [])
  const lexiconEnd = new Array<number>(n).fill(-1)
  const from = view.sentence.tokenStart
  for (const m of matchTriggers(allTokens, from, view.sentence.tokenEnd)) {
    lexicon[m.first - from]!.push(`${m.pattern.type}${m.pattern.control ? '!' : ''}`)
    lexiconEnd[m.first - from] = m.last - from
  }
  const actorKinds = view.words.map((w, i) => {
    const t = view.entityType[i]
    if (t === 'GPE' || t === 'NORP') return 'STATE'
    if (t === 'ORG') return 'ORG'
    if (t === 'PERSON') return 'PER'
    return agents?.get(w)
  })
  // The parse's relations without their subtype ("obl" for "obl:tmod"), once per sentence rather than per candidate.
  const relations = view.syntax ? view.syntax.map((t) => baseRelation(t.deprel)) : null
  // "Kim praised the troops; moreover, Pyongyang has never sent soldiers abroad": each clause is
  // read as its own sentence by the sentence-wide features.
  let clause = 0
  const clauses = view.words.map((w) => (w === ';' ? clause++ : clause))
  const partial = { view, actorKinds, lexicon, lexiconEnd, topics: view.lemmas.map((l) => topicClass(l)), kids: null, relations, clauses }
  return { ...partial, kids: view.syntax ? childrenOf(partial) : null }
}

/** Local indices of the sentence's trigger candidates. */
export function triggerCandidates(ts: TriggerSentence, res: TriggerResources): number[] {
  const { view } = ts
  const out: number[] = []
  for (let i = 0; i < view.tokens.length; i++) {
    // A predicate is a verb, a noun or an adjectival participle, never a function word or a name
    // (tested first: it rules out most tokens at the least cost).
    if (view.syntax && !PREDICATE_TAGS.has(view.syntax[i]!.upos)) continue
    const w = view.words[i]!
    if (w.length < 2 || !/\p{L}/u.test(w)) continue
    // A date ("March 3") or a name ("Strike Force Ltd") is never the trigger of an event.
    if (view.inDate[i] || view.inName[i] || isMonthOfDate(view.words, i)) continue
    if (!res.vocab.has(view.lemmas[i]!) && ts.lexicon[i]!.length === 0) continue
    out.push(i)
  }
  return out
}

const MONTHS = new Set(ENGLISH_MONTH_NAMES)
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^(?:1[89]|20)\d\d$/

/**
 * A month name before a day or a year ("on march 15", "the march 15 ceremony", "march 2002") is
 * a date even where the date step, which reads capitals, found none: lower-cased stories
 * (IndiaPoliceEvents) gave "march" COERCE in 87 of 244 held-out stories.
 */
function isMonthOfDate(words: readonly string[], i: number): boolean {
  return MONTHS.has(words[i]!) && DAY_OR_YEAR.test(words[i + 1] ?? '')
}

// Actors whose acts are political events: states, governments, armed forces, police, rebels,
// parties, international bodies.
const POLITICAL = new Set(['STATE', 'GOV', 'MIL', 'COP', 'REB', 'OPP', 'INS', 'SEP', 'JUD', 'LEG', 'SPY', 'IGO', 'UAF', 'PTY', 'ELI', 'IMG', 'NGO', 'NGM', 'PKO', 'CRM', 'MED'])
const CONTROL_REACH = 8
const PREDICATE_TAGS = new Set(['VERB', 'NOUN', 'ADJ'])

/** Adds the features of candidate `i` to `out` (names as in the model files: see `model/feature-hash.ts`). */
export function triggerFeatures(ts: TriggerSentence, i: number, res: TriggerResources, out: PieceSink): void {
  const { view } = ts
  const { words, lemmas } = view
  const n = words.length
  const w = words[i]!
  const l = lemmas[i]!
  const lex = ts.lexicon[i]!
  const p1 = i > 0 ? words[i - 1]! : '<s>'
  const p2 = i > 1 ? words[i - 2]! : '<s>'
  const n1 = i + 1 < n ? words[i + 1]! : '</s>'
  const p1c = functionClass(p1) ?? (i > 0 && /^\p{Lu}/u.test(view.tokens[i - 1]!.text) && view.casing === 'mixed' ? 'CAP' : /^\p{P}+$/u.test(p1) ? 'PUNCT' : /\d/.test(p1) ? 'NUM' : 'W')
  const n1c = functionClass(n1) ?? (/^\p{P}+$/u.test(n1) ? 'PUNCT' : /\d/.test(n1) ? 'NUM' : 'W')
  out.add('bias')
  out.add('w=', w)
  out.add('l=', l)
  out.add('p1=', p1)
  out.add('n1=', n1)
  out.add('p1c=', p1c)
  out.add('n1c=', n1c)
  out.add('l|n1=', l, '|', n1)
  out.add('p1|l=', p1, '|', l)
  out.add('l|n1c=', l, '|', n1c)
  out.add('p1c|l=', p1c, '|', l)
  out.add('p2|p1c=', p2, '|', p1c)
  const suffix = /(ing|ed|ion|ment|s)$/.exec(w)?.[1]
  if (suffix) {
    out.add('suf=', suffix)
    out.add('l|suf=', l, '|', suffix)
  }
  if (w !== l) out.add('inflected')
  if (view.casing === 'mixed' && /^\p{Lu}/u.test(view.tokens[i]!.text) && i > 0) out.add('cap')
  if (view.casing !== 'mixed') out.add('case=', view.casing)
  if (view.inQuote[i]) out.add('quoted')
  const ownEntity = view.entityType[i]
  if (ownEntity) out.add('inent=', ownEntity)
  if (i < 3) out.add('early')

  // What the lexicons say.
  for (const t of lex) {
    out.add('lex=', t)
    out.add('lex|p1c=', t, '|', p1c)
    out.add('lex|n1c=', t, '|', n1c)
    if (ts.lexiconEnd[i]! > i) out.add('lexlong=', t)
  }
  if (lex.length === 0) {
    // Inside a longer lexicon phrase that started earlier ("hold talks" at "talks").
    for (let j = Math.max(0, i - 4); j < i; j++) if (ts.lexiconEnd[j]! >= i) out.add('lexin=', ts.lexicon[j]![0]!)
  }
  const cameoCode = res.cameo.verbs.get(l)
  const cameoType = cameoCode === undefined ? undefined : ploverOf(res.plover, cameoCode)
  if (cameoType !== undefined) {
    out.add('cv=', cameoType)
    out.add('cv|p1c=', cameoType, '|', p1c)
  }
  const patternCode = matchCameoPattern(res.cameo, words, lemmas, i)
  if (patternCode !== undefined) {
    const type = ploverOf(res.plover, patternCode)
    out.add('cvp=', type)
    if (cameoType !== undefined && patternCode !== cameoCode) out.add('cvp|cv=', type, '|', cameoType)
  }

  // The clause: negation, expectation, conditions; a control verb this one complements.
  const { negated, modality, intended } = eventModality(words, i)
  if (intended) {
    out.add('intended')
    for (const t of lex) out.add('intended|lex=', t)
  }
  if (negated) {
    out.add('neg')
    for (const t of lex) out.add('neg|lex=', t)
  }
  if (modality !== 'asserted') {
    out.add('mod=', modality)
    for (const t of lex) out.add('mod|lex=', modality, '|', t)
  }
  for (let j = i - 1; j >= Math.max(0, i - CONTROL_REACH); j--) {
    const wj = words[j]!
    if (/^[.;:!?]$/.test(wj) || wj === 'that' || wj === 'who' || wj === 'which') break
    const control = ts.lexicon[j]!.find((t) => t.endsWith('!'))
    if (control && words.slice(j + 1, i).includes('to')) {
      out.add('ctrl=', control)
      out.add('ctrl|l=', control, '|', l)
      break
    }
    if (REPORTING_VERBS.has(lemmas[j]!)) {
      out.add('reported')
      break
    }
  }

  // The candidate's own semicolon-joined clause, [lo, hi).
  const own = ts.clauses[i]!
  let lo = i
  while (lo > 0 && ts.clauses[lo - 1] === own) lo--
  let hi = i + 1
  while (hi < n && ts.clauses[hi] === own) hi++
  const topics = new Set<string>()
  for (let k = lo; k < hi; k++) {
    const t = ts.topics[k]
    if (t === undefined || k === i) continue
    topics.add(t)
    if (Math.abs(k - i) <= 6) topics.add(`${t}~`)
  }
  for (const t of topics) {
    out.add('topic=', t)
    // A game, market or weather report: what the lexicons' words mean there.
    if (!t.endsWith('~')) for (const x of lex) out.add('lex|topic=', x, '|', t)
  }
  const ownTopic = ts.topics[i]
  if (ownTopic) out.add('own=', ownTopic)

  if (ts.kids) syntaxFeatures(ts, i, ts.kids, out)

  // Who is around: named actors before and after, and the kinds the sentence names at all.
  const kinds = new Set<string>()
  let left: string | null = null
  let right: string | null = null
  for (let k = lo; k < hi; k++) {
    const t = view.entityType[k]
    if (!t) continue
    kinds.add(t)
    if (k < i && i - k <= 8) left = t
    if (k > i && right === null && k - i <= 8) right = t
  }
  for (const t of kinds) out.add('ent=', t)
  // Political actors near it: "the coach praised" is a game report, "a U.S. official praised" is not.
  let actorLeft: string | undefined
  let actorRight: string | undefined
  let political = false
  for (let k = lo; k < hi; k++) {
    const a = ts.actorKinds[k]
    if (!a) continue
    if (POLITICAL.has(a)) political = true
    if (k < i && i - k <= 10) actorLeft = a
    if (k > i && actorRight === undefined && k - i <= 10) actorRight = a
  }
  if (actorLeft) out.add('aL=', actorLeft)
  if (actorRight) out.add('aR=', actorRight)
  const pol = political ? 'true' : 'false'
  out.add('pol=', pol)
  for (const t of lex) out.add('lex|pol=', t, '|', pol)
  if (cameoType !== undefined) out.add('cv|pol=', cameoType, '|', pol)
  if (left) out.add('eL=', left)
  if (right) out.add('eR=', right)
  const previousEntity = i > 0 ? view.entityType[i - 1] : null
  if (previousEntity) out.add('eP=', previousEntity)
}

/** PLOVER type of a CAMEO code, by its most specific listed prefix; `NONE` for an empty code. */
export function ploverOf(table: ReadonlyMap<string, string>, code: string): string {
  if (code === '') return 'NONE'
  for (let len = code.length; len >= 2; len--) {
    const t = table.get(code.slice(0, len))
    if (t !== undefined) return t
  }
  return `C${code.slice(0, 2)}`
}
