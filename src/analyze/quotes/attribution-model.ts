/**
 * The learned part of attribution: for every cue the rules read, rankers trained on PolNeAR
 * choose the content and the source among candidates (the rules' reading is one of them, marked
 * so the ranker learns where the rules are right), reading the parse when there is one.
 */
import { readModelJson } from './model-file.js'
import { contentSpan } from './rules/spans.js'
import type { Attribution, CharSpan } from './rules/types.js'
import type { QuoteDoc } from './document-index.js'
import { contentCandidates, medialFrame, sourceCandidates, tokenRange, type CueSite, type MedialFrame, type SpanCandidate } from './span-candidates.js'
import { passiveAgentTokens } from './passive-agent.js'
import { reportedSubjectStart } from './passive-subject.js'
import { cueHead, writeContentFeatures, writeSourceFeatures } from './span-features.js'
import { FeatureTable, type FeatureSink } from '../../model/feature-hash.js'
import { invertedReporter, nameAfterCue, tellerBeforeTold } from './inverted-reporter.js'
import { bestOf, type RankerWeights } from './span-ranker.js'
import type { Syntax } from '../syntax/types.js'

/** Ranker weights of the span model (absent ones leave the rules' reading). */
export interface SpanModel {
  readonly content?: RankerWeights
  readonly source?: RankerWeights
}

const PUNCT = /^[^\p{L}\p{N}]+$/u

/** Reads `models/quotes/spans.json.gz` (as written by `scripts/train-quotes.ts`). */
export function loadSpanModel(path: string): SpanModel {
  const raw = readModelJson(path) as { content?: Record<string, number>; source?: Record<string, number> }
  return {
    ...(raw.content ? { content: new FeatureTable(Object.entries(raw.content)) } : {}),
    ...(raw.source ? { source: new FeatureTable(Object.entries(raw.source)) } : {}),
  }
}

/** One attribution's cue site and candidates, as the rankers and their training see them. */
export interface RankingSite {
  readonly cue: CueSite
  readonly head: string
  readonly contents: readonly SpanCandidate[]
  readonly sources: readonly SpanCandidate[]
  /** How the cue sits inside its clause (`medialFrame`), read once for every content candidate's features. */
  readonly frame: MedialFrame | null
}

/** First tokens of the cues of `found`, in text order (what `rankingSite` reads as the other cues). */
export function cueStarts(doc: QuoteDoc, found: readonly Attribution[]): number[] {
  return found.map((a) => tokenRange(doc, a.cue.start, a.cue.end)[0]).sort((x, y) => x - y)
}

/**
 * The cue site and candidates of an attribution the rules found, or null for a cue that is not a
 * word (":", "—"); `cues` are the first tokens of every cue found in the text (`cueStarts`).
 */
export function rankingSite(doc: QuoteDoc, a: Attribution, syntax?: Syntax, cues: readonly number[] = [], medial = true, parsed = true, runs = true): RankingSite | null {
  const [from, to] = tokenRange(doc, a.cue.start, a.cue.end)
  if (to <= from || PUNCT.test(doc.tokens[from]!.text)) return null
  const s = doc.sentences[doc.sentenceOf[from]!]!
  const cue: CueSite = { from, to, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd, otherCues: cues.filter((t) => t < from || t >= to) }
  const content = tokenRange(doc, a.content.start, a.content.end)
  const source = a.source ? tokenRange(doc, a.source.start, a.source.end) : null
  return {
    cue,
    head: cueHead(doc, cue, syntax),
    contents: contentCandidates(doc, cue, content, syntax, medial, parsed, runs),
    sources: sourceCandidates(doc, cue, source, syntax),
    frame: medialFrame(doc, cue),
  }
}

const charSpan = (doc: QuoteDoc, c: SpanCandidate): CharSpan => ({ start: doc.tokens[c.from]!.start, end: doc.tokens[c.to - 1]!.end })

/** Whether the candidate is one quotation, marks and all or just its words. */
function isQuotation(doc: QuoteDoc, c: SpanCandidate): boolean {
  const open = doc.opens.get(c.from) ?? doc.opens.get(c.from - 1)
  if (!open) return false
  const whole = doc.quotationOf.get(open) ?? open
  const end = doc.tokens[c.to - 1]!
  return end.end >= whole.end && end.start <= whole.end + 1
}

// "The message is," / "His answer was:" — the framing of a quotation that opens its sentence.
const FRAME = /^[^“”"«»]*\b(?:is|was|are|were)\s*[,:]\s*$/iu

/**
 * "The government’s message is, “Egypt is open for business,” Sisi has said.": a postposed cue
 * whose content is a quotation that the sentence frames ("... is,") reports the whole sentence
 * up to it, a mixed content; the ranker, trained where a quotation is mostly the content, takes
 * the quotation alone.
 */
function framedQuotation(doc: QuoteDoc, cue: CueSite, content: CharSpan): CharSpan | null {
  const open = tokenRange(doc, content.start, content.end)[0]
  const q = doc.opens.get(open) ?? doc.opens.get(open - 1)
  if (!q || open <= cue.sentenceStart + 1 || content.end > doc.tokens[cue.from]!.start) return null
  const start = doc.tokens[cue.sentenceStart]!.start
  return FRAME.test(doc.text.slice(start, q.open)) ? { start, end: content.end } : null
}

/**
 * “disgusting” and “a con”: quotations joined by "and" or "or" are one list the cue reports (PolNeAR
 * annotates the whole list); the ranker, scoring one stretch at a time, often stops at the first.
 */
function quotedList(doc: QuoteDoc, cue: CueSite, content: CharSpan): CharSpan {
  let end = content.end
  for (;;) {
    const [, to] = tokenRange(doc, content.start, end)
    let t = to
    if (!doc.closes.has(t - 1) && !doc.closes.has(t - 2)) return { start: content.start, end }
    if (doc.tokens[t]?.text === ',') t++
    const q = doc.opens.get(t + 1)
    if (!q || !/^(?:and|or)$/.test(doc.lower[t] ?? '') || t + 1 >= cue.sentenceEnd || !q.closed) return { start: content.start, end }
    end = q.close + 1
  }
}

/**
 * "The report, which said the plant was unsafe, was released Friday": a cue in a relative clause
 * set off by commas reports up to the comma that closes the clause, not the main clause after it.
 */
function relativeClauseEnd(doc: QuoteDoc, cue: CueSite, content: CharSpan): CharSpan {
  const pronoun = cue.from - 1
  if (pronoun <= cue.sentenceStart || !/^(?:which|who)$/.test(doc.lower[pronoun]!) || doc.tokens[pronoun - 1]!.text !== ',') return content
  const [from, to] = tokenRange(doc, content.start, content.end)
  if (from < cue.to) return content
  for (let t = from + 1; t < to; t++) {
    if (doc.tokens[t]!.text === ',' && !doc.quoteOf[t]) return { start: content.start, end: doc.tokens[t - 1]!.end }
  }
  return content
}

/**
 * "Here's what Stankey said yesterday in response to concerns about zero rating:⏎“I don't know
 * why ...”", "Legere responded to BingeOn criticism:⏎“...”": a cue whose sentence ends its paragraph
 * with a colon, the next paragraph opening with a quotation, reports that quotation; the words
 * between the cue and the colon are its setting. The rankers, which read one sentence, take the
 * setting (or the clause that holds the cue) as the content. A content with a verb of its own
 * besides the cue ("said the deal was bad, adding:"), or a verb between the cue and the colon,
 * leaves the reading as it is. Null when the cue is no such one.
 */
function quotationAfterColon(doc: QuoteDoc, cue: CueSite, content: CharSpan, syntax?: Syntax): CharSpan | null {
  const colon = cue.sentenceEnd - 1
  const open = cue.sentenceEnd
  if (!syntax || colon < cue.to || doc.tokens[colon]!.text !== ':' || !doc.opens.has(open)) return null
  if (!doc.text.slice(doc.tokens[colon]!.end, doc.tokens[open]!.start).includes('\n')) return null
  // Another cue between this one and the colon owns what the colon introduces ("X said, adding:").
  if (cue.otherCues?.some((t) => t >= cue.to && t < colon)) return null
  const [from, to] = tokenRange(doc, content.start, content.end)
  if (from < cue.sentenceStart || to > open) return null
  const verb = (t: number): boolean => /^(?:VERB|AUX)$/.test(syntax[t]!.upos)
  for (let t = from; t < to; t++) if ((t < cue.from || t >= cue.to) && verb(t)) return null
  // "shared the hashtag and the website, which contains the following statement:": a verb after
  // the cue is whose words the colon introduces.
  for (let t = cue.to; t < colon; t++) if (verb(t)) return null
  // The quotation, marks and all, as PolNeAR marks it (the quote list drops them).
  const q = doc.opens.get(open)!
  if (q.closed && !doc.quotationOf.has(q)) return { start: q.open, end: q.close + 1 }
  // One left open runs to the end of that line, as the rules read "The governor added:⏎“...”" (`preposed`).
  let end = open + 1
  while (end + 1 < doc.tokens.length && !doc.text.slice(doc.tokens[end]!.end, doc.tokens[end + 1]!.start).includes('\n')) end++
  return contentSpan(doc, open, end + 1)
}

/** How many tokens a postposed source may take between a closing mark and its cue ("” the state's top health official said"). */
const SOURCE_REACH = 8

/**
 * "“… But again, what do I know?” Trump said which, given his history, triggered …": "which"
 * right after a postposed cue opens a relative clause about the whole quoting sentence (only
 * "which" takes a sentence as antecedent: "learned who wrote it" is a question), not what was said; the content is the quotation that closes just before the source. Null when the
 * content is no such clause or no quotation closes there.
 */
function quotationBeforeRelative(doc: QuoteDoc, cue: CueSite, content: CharSpan): CharSpan | null {
  let next = cue.to
  while (next < cue.sentenceEnd && doc.tokens[next]!.text === ',') next++
  if (tokenRange(doc, content.start, content.end)[0] !== next || doc.lower[next] !== 'which') return null
  for (let t = cue.from - 1; t >= Math.max(0, cue.from - SOURCE_REACH); t--) {
    const q = doc.closes.get(t)
    // A source stands between the quotation and its cue ("” Trump said which"); "“….” Asked which
    // county …" opens a new sentence with a question.
    if (q) return q.closed && t < cue.from - 1 ? { start: q.open, end: q.close + 1 } : null
    if (doc.quoteOf[t] || /^[.!?;]$/.test(doc.tokens[t]!.text)) return null
  }
  return null
}

/**
 * Whether the content ranker was trained with the candidates across a medial cue (it has weights
 * for their frame feature): a ranker trained before them picks them on their other features
 * alone, which costs it (PolNeAR dev, shipped spans: 1,189 -> 1,187 contents matched).
 */
export function knowsMedial(model: SpanModel): boolean {
  const content = model.content
  // Any of the frame's weights (training prunes the small ones).
  return !!content && ['mf=none|A', 'mf=none|B', 'mf=none|X', 'mf=comma|A', 'mf=comma|X', 'mf=relative|X'].some((name) => content.has(name))
}

/**
 * Whether the content ranker was trained with the candidates the parse bounds around the cue's
 * objects, adjuncts and subject (`contentCandidates`' `parsed`): a ranker trained before them
 * keeps its own output. A retrain with them (session 15) raised held-out content but broke five
 * behaviour tests, so the shipped file predates them.
 */
export function knowsParsedSpans(model: SpanModel): boolean {
  const content = model.content
  return !!content && ['t=x:subj>send', 't=a:next>colon', 't=a:next>adj-obl', 't=a:after-obj>send'].some((name) => content.has(name))
}

/**
 * Whether the content ranker was trained with the quotation runs from the sentence start
 * (`contentCandidates`' `runs`): a ranker trained before them keeps its own output.
 */
export function knowsRunStarts(model: SpanModel): boolean {
  const content = model.content
  return !!content && ['t=run-s', 't|xs=run-s|true', 't|xs=run-s|false'].some((name) => content.has(name))
}

/** Whether a source span starts on a quotation's opening mark or inside its words. */
function insideQuotation(doc: QuoteDoc, span: CharSpan): boolean {
  const [from] = tokenRange(doc, span.start, span.end)
  return doc.opens.has(from) || doc.quoteOf[from] !== undefined
}

/**
 * Whether a content candidate opens inside the source the source ranker picked before the cue and
 * runs on over the cue ("Trump has admitted | using the tax code" read as "Trump has admitted
 * using the tax code"): the speaker and the cue are then read as part of what was said. A
 * quotation run or a medial cue ("“A,” X said. “B.”", "the air, Mr. Obama noted, that ...")
 * starts before the source, so it stays.
 */
function opensWithSource(cue: CueSite, c: SpanCandidate, source: SpanCandidate): boolean {
  return source.from >= 0 && source.to <= cue.from && c.from >= source.from && c.from < source.to && c.to > cue.from
}

/**
 * Whether a content candidate ends inside the source picked before the cue, or with it ("..., Jim
 * Cantrell, chief executive of Vector, told NBC News" read as "chief executive of Vector" or as
 * the clause with the name): what was said ends before who said it.
 */
function endsInSource(doc: QuoteDoc, cue: CueSite, c: SpanCandidate, source: SpanCandidate): boolean {
  if (source.from < 0 || source.to > cue.from) return false
  // Its first word: a closing mark before the name is the quotation's.
  let first = source.from
  while (first < source.to && PUNCT.test(doc.tokens[first]!.text)) first++
  // Ending inside the source or with it; a passive subject between the source and the cue stays.
  if (c.to <= first || c.to > source.to) return false
  // A passive subject read as both ("The nominee has been endorsed": no mark before the cue), or
  // a source read inside a quotation, is settled after the pick (the source goes).
  const passive = sameWords(doc, c, source) && !doc.tokens.slice(c.to, cue.from).some((t) => PUNCT.test(t.text))
  return !passive && !insideQuotation(doc, charSpan(doc, source))
}

/**
 * Whether a content candidate ends inside the source picked after the cue, or with it ("Ms. Haley
 * has been criticized by Citizens for Responsibility and Ethics in Washington, a liberal
 * watchdog group" read whole as what was said): the critic is who spoke, not part of it. A
 * quotation run that goes on past the source ("“A,” said X. “B.”") ends after it and stays.
 */
function endsInSourceAfter(doc: QuoteDoc, cue: CueSite, c: SpanCandidate, source: SpanCandidate): boolean {
  if (source.from < cue.to) return false
  let first = source.from
  while (first < source.to && PUNCT.test(doc.tokens[first]!.text)) first++
  if (c.to <= first || c.to > source.to || c.from >= first) return false
  return !insideQuotation(doc, charSpan(doc, source))
}

/**
 * Whether a content candidate takes in the agent of a passive cue: running from before the cue
 * over it, or ending inside or with it, its words from the agent on holding no verb ("The mayor
 * has been criticized by Parents for Safe Streets in Ohio, a local advocacy group" read whole, or
 * as its appositive "a local advocacy group"): the agent is who criticized, never what was said.
 * "... by X | for raising fees" stays. `b` is the first word of the cue's agent phrase (`passiveAgentTokens`), found once per cue.
 */
function endsInAgent(cue: CueSite, c: SpanCandidate, b: number, syntax?: Syntax): boolean {
  if (!syntax || b < 0 || c.to <= b) return false
  // Across the cue and on over its agent: the critic is inside what was said whatever follows.
  if (c.from < cue.from) return true
  for (let t = Math.max(b, c.from); t < c.to; t++) if (/^(?:VERB|AUX)$/.test(syntax[t]!.upos)) return false
  return true
}

/**
 * Whether a content candidate after the cue starts past another cue found after it ("Flynn said
 * Trump was “absolutely right” when he said Wednesday night | that ...", "Mook said as much ...,
 * arguing | that ..."): the words there are what that cue reports. In PolNeAR train a content
 * after its cue in the same sentence starts past another annotated cue almost never (158 of
 * 13,776, nearly all a headline's empty cue); retrained rankers take these starts, and the
 * repeat rules then drop one of the two attributions of one content.
 */
function startsPastCue(cue: CueSite, c: SpanCandidate): boolean {
  return c.from >= cue.to && (cue.otherCues ?? []).some((t) => t >= cue.to && t < c.from)
}

/** How far into another cue its verb may lie ("also said", "then told"). */
const CUE_VERB_REACH = 3

/**
 * Whether a content candidate after the cue runs over another cue whose verb the parse
 * coordinates with this one ("Clinton stressed her support of the raid ... and | said she has
 * ..."): the same speaker's next attribution, not part of what this cue reports (PolNeAR gives
 * each verb its own content); the shorter reading of the same content then drops that quote.
 */
function overConjunctCue(cue: CueSite, c: SpanCandidate, syntax?: Syntax): boolean {
  if (!syntax || c.from < cue.to) return false
  return (cue.otherCues ?? []).some((t) => {
    if (t <= c.from || t >= c.to) return false
    for (let u = t; u < Math.min(c.to, t + CUE_VERB_REACH); u++) {
      const x = syntax[u]!
      if (x.deprel === 'conj' && x.head >= cue.from && x.head < cue.to) return true
    }
    return false
  })
}

/** Whether two candidates cover the same words, punctuation at their edges aside. */
function sameWords(doc: QuoteDoc, a: SpanCandidate, b: SpanCandidate): boolean {
  const trim = (c: SpanCandidate): [number, number] => {
    let { from, to } = c
    while (from < to && PUNCT.test(doc.tokens[from]!.text)) from++
    while (to > from && PUNCT.test(doc.tokens[to - 1]!.text)) to--
    return [from, to]
  }
  const [x, y] = [trim(a), trim(b)]
  return x[0] === y[0] && x[1] === y[1]
}

/** Prepositions whose object, after a noun, belongs to that noun's phrase ("economists in a poll", "officials at the agency"). */
const MODIFYING_PREPOSITION = /^(?:in|at|of|from|for|with|on|inside|within)$/

/**
 * Whether a source candidate before the cue is the object of a preposition right after a noun
 * ("economists in | a recent Reuters poll"): the phrase modifies that noun, which is who spoke.
 */
function modifierObject(doc: QuoteDoc, c: SpanCandidate, syntax?: Syntax): boolean {
  if (!syntax || c.from < 2 || !MODIFYING_PREPOSITION.test(doc.lower[c.from - 1]!)) return false
  return /^(?:NOUN|PROPN|NUM)$/.test(syntax[c.from - 2]!.upos) && doc.sentenceOf[c.from - 2] === doc.sentenceOf[c.from]
}

/** Whether a candidate holds a verb or an auxiliary: a clause ("Mrs. Clinton has been frank in her"), not a noun phrase. */
function holdsVerb(syntax: Syntax, c: SpanCandidate): boolean {
  for (let t = c.from; t < c.to; t++) if (/^(?:VERB|AUX)$/.test(syntax[t]!.upos)) return true
  return false
}

/** Re-reads the content and source of each attribution with the rankers; the rules' reading stands where a ranker is absent. */
export function refineAttributions(doc: QuoteDoc, found: readonly Attribution[], model: SpanModel, syntax?: Syntax): Attribution[] {
  if (!model.content && !model.source) return [...found]
  const cues = cueStarts(doc, found)
  const medial = knowsMedial(model)
  const parsed = knowsParsedSpans(model)
  const runs = knowsRunStarts(model)
  return found.map((a) => {
    const site = rankingSite(doc, a, syntax, cues, medial, parsed, runs)
    if (!site) return a
    let { content, source, direct } = a
    const writeSource = (sink: FeatureSink, c: SpanCandidate): void => writeSourceFeatures(sink, doc, site.cue, site.head, c, syntax)
    let sourcePick = model.source ? bestOf(model.source, site.sources, writeSource) : undefined
    // "All 120 economists in a recent Reuters poll had expected": the noun the phrase hangs from speaks.
    if (model.source && sourcePick && modifierObject(doc, sourcePick, syntax)) {
      const pick = sourcePick
      const wider = site.sources.filter((c) => c.from >= site.cue.sentenceStart && c.from < pick.from - 1 && c.to === pick.to && !holdsVerb(syntax!, c))
      sourcePick = bestOf(model.source, wider, writeSource) ?? pick
    }
    if (model.content) {
      const writeContent = (sink: FeatureSink, c: SpanCandidate): void => writeContentFeatures(sink, doc, site.cue, site.head, c, syntax, site.frame)
      // Candidates that read the speaker (and the cue) into what was said are left out (`opensWithSource`, `endsInSource`).
      // So are those that start past another cue, run over the cue's conjunct or end in a passive's agent.
      const agent = syntax ? (passiveAgentTokens(doc.tokens, syntax, site.cue.from, site.cue.to)?.phraseStart ?? -1) : -1
      const own = site.contents.filter((c) => !startsPastCue(site.cue, c) && !overConjunctCue(site.cue, c, syntax) && !endsInAgent(site.cue, c, agent, syntax))
      const apart = sourcePick ? own.filter((c) => !opensWithSource(site.cue, c, sourcePick) && !endsInSource(doc, site.cue, c, sourcePick) && !endsInSourceAfter(doc, site.cue, c, sourcePick)) : own
      const best = bestOf(model.content, apart.length ? apart : own.length ? own : site.contents, writeContent)
      if (best && !best.tags.includes('rule')) {
        content = charSpan(doc, best)
        direct = isQuotation(doc, best)
      }
      // "He was charged with | assault": a passive or raising cue reports on its subject (`reportedSubjectStart`),
      // unless a source stands before the cue or the pick is a quotation (the quoted words stay what is shown).
      const subject =
        syntax && best && best.from >= site.cue.to && !isQuotation(doc, best) && !(sourcePick && sourcePick.from >= 0 && sourcePick.from < site.cue.from)
          ? reportedSubjectStart(doc, site.cue, syntax)
          : -1
      if (subject >= 0 && best) {
        content = charSpan(doc, { from: subject, to: best.to, tags: [] })
        direct = false
      }
      const framed = framedQuotation(doc, site.cue, content)
      if (framed) {
        content = framed
        direct = false
      }
      content = relativeClauseEnd(doc, site.cue, quotedList(doc, site.cue, content))
      const said = quotationBeforeRelative(doc, site.cue, content)
      if (said) {
        content = said
        direct = true
      }
      const introduced = quotationAfterColon(doc, site.cue, content, syntax)
      if (introduced) {
        content = introduced
        direct = true
      }
    }
    if (sourcePick && !sourcePick.tags.includes('rule')) source = sourcePick.from < 0 ? null : charSpan(doc, sourcePick)
    // "“Three in four ...,” wrote sociologist Matthew Desmond": words of a quotation are never who said it.
    if (source && insideQuotation(doc, source)) {
      source = a.source && !insideQuotation(doc, a.source) ? a.source : nameAfterCue(doc, site.cue)
    }
    const told = tellerBeforeTold(doc, site.cue, content, source)
    if (told) ({ source, content } = told)
    const inverted = invertedReporter(doc, site.cue)
    if (inverted && source?.start !== inverted.source.start) {
      source = inverted.source
      // A content the ranker read before the comma stands; one after the cue was the name.
      if (content.end > doc.tokens[site.cue.from]!.start) content = inverted.content
      direct = false
    }
    return { ...a, content, source, direct }
  })
}
