/**
 * Training of the attribution models on PolNeAR texts, as functions `scripts/train-quotes.ts`
 * calls for the shipped model, for a held-out month and for cross-validation folds:
 *
 * 1. the cue lexicon: every phrase annotators marked as a cue at least twice, with how often it
 *    was one and how often it occurs at all;
 * 2. the cue classifier: an averaged perceptron over `src/analyze/quotes/cue-features.ts` (words,
 *    lexicon reliability, surroundings, and with a parse the lemma, tag, relation and frame)
 *    deciding where a cue starts;
 * 3. the cue-end ranker over `cue-end-features.ts` ("said" or "said Friday");
 * 4. the content and source rankers over `span-candidates.ts` / `span-features.ts`, trained on
 *    the candidates of the cues the rules read on the training texts (the rules' own reading is
 *    one candidate).
 *
 * Every pass visits texts in a seeded order, so the same data gives the same weights.
 */
import { tokenize, type Sentence, type Token, type Tokenized } from '../../src/analyze/tokens/tokenize.js'
import { openingDatelineSpan } from '../../src/extract/index.js'
import {
  actFrame,
  contentFeatures,
  createCueLexicon,
  cueEndCandidates,
  cueEndFeatureSets,
  cueFeatures,
  cueKey,
  cueLeftWord,
  cueStarts,
  endeavourFrame,
  findAttributions,
  findQuotedSpans,
  indexDocument,
  rankingSite,
  refineAttributions,
  sourceFeatures,
  trainRanker,
  type Attribution,
  type BoundarySite,
  type CueLexicon,
  type QuoteDoc,
  type QuotedSpan,
  type RankingExample,
  type SpanModel,
} from '../../src/analyze/quotes/index.js'
import { FeatureTable } from '../../src/model/feature-hash.js'
import type { Syntax } from '../../src/analyze/syntax/types.js'
import { trimSpan, type PolnearText, type PredictedAttribution } from './polnear.js'

/** A text ready for training: tokens, quotations, index, parse and where its gold cues start. */
export interface PreparedText {
  readonly text: PolnearText
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly quoted: readonly QuotedSpan[]
  readonly doc: QuoteDoc
  readonly syntax?: Syntax
  /** Token indices where a gold cue's main word is (after the auxiliaries and adverbs the step adds back on its left). */
  readonly anchors: ReadonlySet<number>
}

/** Settings of a training run. */
export interface TrainOptions {
  /** Passes over the texts of every perceptron. Default 8. */
  readonly epochs?: number
  /** Ranker weights smaller than this are dropped (they barely move a decision and bloat the file). Default 0.05. */
  readonly prune?: number
  /**
   * Visiting order of the cue classifier (default 42); the rankers' fixed orders (7, 11) move by
   * `seed - 42`, so the default repeats earlier runs and another seed draws every part anew.
   */
  readonly seed?: number
  /**
   * Acts as negatives: a verb that reports nothing of its own (`actFrame`: an object alone,
   * "signed false certifications", or no complement, "has balked on") is learned as no cue start
   * when PolNeAR marks its lemma in that frame (object / bare) under this share of the time in the
   * training texts, counted as cues / (occurrences + 1) so a lemma seen once is not judged by it.
   * PolNeAR marks many acts ("offered" 36 of 103 with an object alone, "mentioned" 31 of 43),
   * so the cut is a share, not a list. Default 0 (off: every gold cue is a positive).
   */
  readonly actNegatives?: number
  /**
   * Cross-fitted lexicon features: the cue classifier reads each training text's lexicon features
   * (`lex=`, `lexh=`, ...) from a lexicon built on the other months only (months i mod this many
   * folds), as it reads an unseen text's in use. Built on every text, the lexicon has counted the
   * very cue it is read at, so a phrase annotated twice looks reliable there and the classifier
   * leans on it instead of the lemma and frame. Default 0 (off: the one lexicon of all texts).
   */
  readonly lexiconFolds?: number
  /**
   * The source ranker as the mean of this many averaged perceptrons, each visiting the examples in
   * its own order (seeds 11, 1011, 2011, ... moved by `seed - 42`): one order's weights move with
   * the order, and the mean of several moves less. Default 1 (one order, as before).
   */
  readonly sourceOrders?: number
  /** The cue classifier as the mean of this many averaged perceptrons (visiting seeds `seed`, `seed + 1000`, ...). Default 1. */
  readonly cueOrders?: number
}

const DEFAULT_SEED = 42
/** A ranker's seed under `options.seed`: its fixed `base` at the default, moved by `seed - 42` (kept a positive LCG state). */
const rankerSeed = (base: number, options: TrainOptions): number => {
  const m = 2147483647
  return (((base + (options.seed ?? DEFAULT_SEED) - DEFAULT_SEED) % m) + m) % m || 1
}

/** What a training run produces: the two files of `models/quotes/`. */
export interface QuoteModelFiles {
  /** `cues.json.gz`: lexicon, cue classifier and cue-end ranker. */
  readonly cues: { cues: Record<string, [number, number]>; weights: Record<string, number>; cueEnd: Record<string, number> }
  /** `spans.json.gz`: content and source rankers. */
  readonly spans: { content: Record<string, number>; source: Record<string, number> }
}

const MAX_WORDS = 4
const MIN_COUNT = 2
const WORD = /[\p{L}\p{N}]/u

/**
 * Tokens and sentences of a training text as `analyze` reads an article: the wire dateline that
 * opens it, when there is one, ends the first sentence.
 */
export function tokenizeText(text: string): Tokenized {
  return tokenize(text, { dateline: openingDatelineSpan(text) })
}

/** Tokenizes and indexes a text and finds where its gold cues start. */
export function prepareText(text: PolnearText, syntax?: Syntax): PreparedText {
  const { tokens, sentences } = tokenizeText(text.text)
  const quoted = findQuotedSpans(text.text)
  const doc = indexDocument(text.text, tokens, sentences, quoted)
  const anchors = new Set<number>()
  for (const [s, e] of text.rawCues) {
    const anchor = cueAnchor(tokens, s, e, syntax)
    if (anchor >= 0) anchors.add(anchor)
  }
  return { text, tokens, sentences, quoted, doc, ...(syntax ? { syntax } : {}), anchors }
}

/**
 * Where the classifier must say "cue" for the step to rebuild gold cue `[s, e)`: its first word
 * that the step would not add back on the cue's left (`cueLeftWord`: auxiliaries, "to", negations
 * and an "-ly" adverb, as `rules/cue-matching.ts` extends a cue). So "publicly criticized" is
 * anchored at "criticized", where the step scores it; anchored at the adverb, the verb after an
 * adverb was learned as no cue start. A cue of left words only is anchored at its last word; -1
 * when no word of the text lies inside the span.
 */
export function cueAnchor(tokens: readonly Token[], s: number, e: number, syntax?: Syntax): number {
  let last = -1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.start < s || t.end > e) continue
    if (!WORD.test(t.text)) continue
    if (!cueLeftWord(t.text, syntax?.[i]!.upos)) return i
    last = i
  }
  return last
}

/** The cue lexicon rows: phrase -> [times annotated as a cue, times it occurs]. */
export function buildLexicon(texts: readonly PreparedText[]): Record<string, [number, number]> {
  const annotated = new Map<string, number>()
  for (const p of texts) {
    for (const [s, e] of p.text.rawCues) {
      const words = p.tokens.filter((t) => t.start >= s && t.end <= e).map((t) => t.text)
      if (words.length && words.length <= MAX_WORDS) {
        const key = cueKey(words)
        annotated.set(key, (annotated.get(key) ?? 0) + 1)
      }
    }
  }
  const kept = new Set([...annotated].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k))
  const occurrences = new Map<string, number>()
  for (const p of texts) {
    const words = p.tokens.map((t) => t.text)
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        const key = cueKey(words.slice(i, i + n))
        if (kept.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1)
      }
    }
  }
  const rows: Record<string, [number, number]> = {}
  for (const key of [...kept].sort()) rows[key] = [annotated.get(key) ?? 0, occurrences.get(key) ?? 0]
  return rows
}

/** A seeded shuffle of `0..n-1` (a linear congruential generator, so runs repeat exactly). */
function shuffled(n: number, state: { seed: number }): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    state.seed = (state.seed * 1103515245 + 12345) % 2147483648
    const j = Math.floor((state.seed / 2147483648) * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return order
}

/** Rounds averaged weights to two decimals and drops those under `prune`, in key order. */
function finish(w: Map<string, number>, u: Map<string, number>, c: number, prune: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const avg = Math.round((v - (u.get(f) ?? 0) / c) * 100) / 100
    if (Math.abs(avg) >= prune) out[f] = avg
  }
  return out
}

/** `lemma|frame` of token `i` when it is an act (`actFrame`), else null. */
function actKey(p: PreparedText, i: number): string | null {
  const frame = p.syntax ? actFrame(p.doc, p.syntax, i) : null
  return frame ? `${p.syntax![i]!.lemma.toLowerCase()}|${frame}` : null
}

/** The `lemma|frame` acts the training texts mark as a cue under `share` of the time (cues / (occurrences + 1)). */
export function rareActs(texts: readonly PreparedText[], share: number): ReadonlySet<string> {
  const counts = new Map<string, [number, number]>()
  for (const p of texts) {
    for (let i = 0; i < p.tokens.length; i++) {
      if (p.doc.quoteOf[i]) continue
      const key = actKey(p, i)
      if (!key) continue
      const row = counts.get(key) ?? [0, 0]
      if (p.anchors.has(i)) row[0]++
      row[1]++
      counts.set(key, row)
    }
  }
  return new Set([...counts].filter(([, [cues, n]]) => cues > 0 && cues / (n + 1) < share).map(([k]) => k))
}

/**
 * The lexicon each text's cue features are read with under `folds` (`TrainOptions.lexiconFolds`):
 * one built on the texts of the other months (months in time order, i mod `folds`).
 */
export function crossFitLexicons(texts: readonly PreparedText[], folds: number): ReadonlyMap<PreparedText, CueLexicon> {
  const months = [...new Set(texts.map((p) => p.text.month))].sort()
  const foldOf = (p: PreparedText): number => months.indexOf(p.text.month) % folds
  const out = new Map<PreparedText, CueLexicon>()
  for (let k = 0; k < folds; k++) {
    const rows = buildLexicon(texts.filter((p) => foldOf(p) !== k))
    const lexicon = createCueLexicon(Object.entries(rows).map(([key, [h, t]]) => [key, h, t] as const))
    for (const p of texts) if (foldOf(p) === k) out.set(p, lexicon)
  }
  return out
}

/** One token the cue classifier learns from: its features and whether a gold cue's main word is there. */
export interface CueRow {
  readonly features: string[]
  readonly y: number
}

/**
 * The cue classifier's training rows, one list per text (features do not change between passes or
 * seeds, so `--cue-folds` computes them once per fold and trains every seed on them).
 */
export function cueTrainingRows(texts: readonly PreparedText[], lexicon: CueLexicon, options: TrainOptions = {}): CueRow[][] {
  const acts = options.actNegatives ? rareActs(texts, options.actNegatives) : undefined
  const lexicons = options.lexiconFolds && options.lexiconFolds > 1 ? crossFitLexicons(texts, options.lexiconFolds) : undefined
  return texts.map((p) => {
    const read = lexicons?.get(p) ?? lexicon
    const rows: CueRow[] = []
    for (let i = 0; i < p.tokens.length; i++) {
      if (p.doc.quoteOf[i] || !WORD.test(p.tokens[i]!.text)) continue
      // Intentions ("not willing to", "strives to") are learned as negatives even where PolNeAR
      // marks one: as attributions they read false on news pages.
      const cue = p.anchors.has(i) && !(p.syntax && (endeavourFrame(p.doc, p.syntax, i) || acts?.has(actKey(p, i) ?? '')))
      rows.push({ features: cueFeatures(p.doc, read, i, p.syntax), y: cue ? 1 : -1 })
    }
    return rows
  })
}

/** The averaged-perceptron weights of the cue classifier on prepared rows, texts visited in `options.seed`'s orders. */
export function fitCueWeights(rows: readonly (readonly CueRow[])[], options: TrainOptions = {}, log: (line: string) => void = () => {}): Record<string, number> {
  const orders = options.cueOrders ?? 1
  const seed = options.seed ?? DEFAULT_SEED
  if (orders <= 1) return fitCueOrder(rows, options.epochs ?? 8, seed, 0.05, log)
  return meanWeights(orders, (k) => fitCueOrder(rows, options.epochs ?? 8, seed + 1000 * k, 0, log), 0.05)
}

/** The mean of `orders` unpruned weight sets (`fit(k)` for k = 0..orders-1), rounded to two decimals and pruned as one, keys sorted. */
function meanWeights(orders: number, fit: (k: number) => Record<string, number>, prune: number): Record<string, number> {
  const sum = new Map<string, number>()
  for (let k = 0; k < orders; k++) for (const [f, v] of Object.entries(fit(k))) sum.set(f, (sum.get(f) ?? 0) + v)
  const out: Record<string, number> = {}
  for (const [f, v] of [...sum].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const avg = Math.round((v / orders) * 100) / 100
    if (Math.abs(avg) >= prune) out[f] = avg
  }
  return out
}

/** One averaged perceptron of the cue classifier, texts visited in `seed`'s orders; weights under `prune` dropped. */
function fitCueOrder(rows: readonly (readonly CueRow[])[], epochs: number, seed: number, prune: number, log: (line: string) => void): Record<string, number> {
  const w = new Map<string, number>()
  const u = new Map<string, number>()
  let c = 1
  const state = { seed }
  for (let epoch = 0; epoch < epochs; epoch++) {
    let mistakes = 0
    for (const k of shuffled(rows.length, state)) {
      for (const { features, y } of rows[k]!) {
        let score = 0
        for (const f of features) score += w.get(f) ?? 0
        if (score * y <= 0) {
          mistakes++
          for (const f of features) {
            w.set(f, (w.get(f) ?? 0) + y)
            u.set(f, (u.get(f) ?? 0) + c * y)
          }
        }
        c++
      }
    }
    log(`cue classifier epoch ${epoch + 1}: ${mistakes} mistakes`)
  }
  return finish(w, u, c, prune)
}

/** Trains the cue classifier: is a gold cue's main word at this token? */
export function trainCueClassifier(texts: readonly PreparedText[], lexicon: CueLexicon, options: TrainOptions = {}, log: (line: string) => void = () => {}): Record<string, number> {
  return fitCueWeights(cueTrainingRows(texts, lexicon, options), options, log)
}

/** Trains the cue-end ranker on the cue-end decisions the rules meet with the trained classifier. */
export function trainCueEnd(texts: readonly PreparedText[], classifier: CueLexicon, options: TrainOptions = {}): Record<string, number> {
  const examples: RankingExample[] = []
  for (const p of texts) {
    const goldCues = p.text.gold.flatMap((g) => (g.cue ? [g.cue] : []))
    const tokenEnd = (site: BoundarySite, end: number): number => {
      let e = site.anchor
      while (e < p.tokens.length && p.tokens[e]!.end <= end) e++
      return e
    }
    findAttributions(p.text.text, p.tokens, p.sentences, p.quoted, classifier, undefined, {
      doc: p.doc,
      ...(p.syntax ? { syntax: p.syntax } : {}),
      observe: (site) => {
        const start = p.tokens[site.anchor]!.start
        const gold = goldCues.find(([s, e]) => s <= start && e > start)
        if (!gold) return
        const candidates = cueEndCandidates(p.doc, site.anchor, site.limit)
        const at = candidates.indexOf(tokenEnd(site, gold[1]))
        if (at >= 0) examples.push({ candidates: cueEndFeatureSets(p.doc, site.anchor, candidates, site.lexWords, site.sentenceEnd, p.syntax), gold: at })
      },
    })
  }
  return trainRanker(examples, options.epochs ?? 8, rankerSeed(7, options), options.prune ?? 0.05)
}

/** Whether tokens `[from, to)` trim to the gold span. */
function sameSpan(p: PreparedText, from: number, to: number, gold: readonly [number, number]): boolean {
  const [s, e] = trimSpan(p.text.text, p.tokens[from]!.start, p.tokens[to - 1]!.end)
  return s === gold[0] && e === gold[1]
}

/** Indices of the items that pass `test`, in order. */
function matching<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, i) => (test(item) ? [i] : []))
}

/**
 * Trains the content and source rankers on the cues the rules read in the training texts: where a
 * cue overlaps a gold cue and the gold span is among the candidates, the ranker learns to prefer it.
 */
export function trainSpanRankers(texts: readonly PreparedText[], lexicon: CueLexicon, options: TrainOptions = {}): QuoteModelFiles['spans'] {
  const content: RankingExample[] = []
  const source: RankingExample[] = []
  for (const p of texts) {
    const found = findAttributions(p.text.text, p.tokens, p.sentences, p.quoted, lexicon, undefined, { doc: p.doc, ...(p.syntax ? { syntax: p.syntax } : {}) })
    const cues = cueStarts(p.doc, found)
    for (const a of found) {
      const gold = p.text.gold.find((g) => g.cue && g.cue[0] < a.cue.end && a.cue.start < g.cue[1])
      if (!gold) continue
      const site = rankingSite(p.doc, a, p.syntax, cues)
      if (!site) continue
      // A source may have several candidates that trim to the gold span ("Trump" / "Trump,"): all
      // count as right, so the ranker is not trained to tell them apart (held-out months from
      // 2016-08, seeds 42 / 1: source 0.687 / 0.688 -> 0.696 / 0.694). The content ranker keeps the
      // first right candidate: with all of them content went 0.542 / 0.541 -> 0.535 / 0.541.
      if (gold.content) {
        const golds = matching(site.contents, (c) => sameSpan(p, c.from, c.to, gold.content!))
        if (golds.length) content.push({ candidates: site.contents.map((c) => contentFeatures(p.doc, site.cue, site.head, c, p.syntax, site.frame)), gold: golds[0]! })
      }
      const golds = gold.source ? matching(site.sources, (c) => c.from >= 0 && sameSpan(p, c.from, c.to, gold.source!)) : [0]
      if (golds.length) source.push({ candidates: site.sources.map((c) => sourceFeatures(p.doc, site.cue, site.head, c, p.syntax)), gold: golds[0]!, golds })
    }
  }
  const epochs = options.epochs ?? 8
  const prune = options.prune ?? 0.05
  const orders = options.sourceOrders ?? 1
  return {
    content: trainRanker(content, epochs, rankerSeed(7, options), prune),
    // The mean of several visiting orders' rankers (unpruned), pruned as one.
    source: orders > 1 ? meanWeights(orders, (k) => trainRanker(source, epochs, rankerSeed(11 + 1000 * k, options), 0), prune) : trainRanker(source, epochs, rankerSeed(11, options), prune),
  }
}

/** Loads the lexicon and classifier parts of a trained `cues.json` object. */
export function lexiconFrom(cues: QuoteModelFiles['cues']): CueLexicon {
  const lexicon = createCueLexicon(
    Object.entries(cues.cues).map(([k, [h, t]]) => [k, h, t] as const),
    new Map(Object.entries(cues.weights)),
  )
  return Object.freeze({ ...lexicon, cueEnd: new FeatureTable(Object.entries(cues.cueEnd)) })
}

/** The span model of a trained `spans.json` object. */
export function spanModelFrom(spans: QuoteModelFiles['spans']): SpanModel {
  return { content: new FeatureTable(Object.entries(spans.content)), source: new FeatureTable(Object.entries(spans.source)) }
}

/** Trains every part on the texts. */
export function trainQuoteModels(texts: readonly PreparedText[], options: TrainOptions = {}, log: (line: string) => void = () => {}): QuoteModelFiles {
  const cues = buildLexicon(texts)
  const plain = createCueLexicon(Object.entries(cues).map(([k, [h, t]]) => [k, h, t] as const))
  const weights = trainCueClassifier(texts, plain, options, log)
  const classifier = createCueLexicon(
    Object.entries(cues).map(([k, [h, t]]) => [k, h, t] as const),
    new Map(Object.entries(weights)),
  )
  const cueEnd = trainCueEnd(texts, classifier, options)
  log(`cue lexicon ${Object.keys(cues).length} phrases, classifier ${Object.keys(weights).length} weights, cue-end ${Object.keys(cueEnd).length} weights`)
  const lexicon = lexiconFrom({ cues, weights, cueEnd })
  const spans = trainSpanRankers(texts, lexicon, options)
  log(`span rankers: content ${Object.keys(spans.content).length} weights, source ${Object.keys(spans.source).length} weights`)
  return { cues: { cues, weights, cueEnd }, spans }
}

/** Settings of the attribution rules (`RuleOptions`, read through the step's index). */
type RuleOptions = Parameters<typeof findAttributions>[5]

/** The attributions the trained models read in a text (rules, then the span rankers; `rules` defaults to the step's). */
export function predictText(p: PreparedText, lexicon: CueLexicon, spans: SpanModel, rules?: RuleOptions): PredictedAttribution[] {
  const found: Attribution[] = findAttributions(p.text.text, p.tokens, p.sentences, p.quoted, lexicon, rules, { doc: p.doc, ...(p.syntax ? { syntax: p.syntax } : {}) })
  return refineAttributions(p.doc, found, spans, p.syntax).map((a) => ({ source: a.source, cue: a.cue, content: a.content }))
}
