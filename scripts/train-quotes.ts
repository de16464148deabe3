/**
 * `tsx scripts/train-quotes.ts [--epochs=8] [--out=PATH]`: rebuilds `models/quotes/cues.json` from the PolNeAR training
 * split in `../shared` (never copied into the repository): the attribution cue lexicon and the
 * weights of the cue classifier.
 *
 * Lexicon: for every cue phrase the annotators marked at least twice, how often it was a cue and
 * how often the same token sequence occurs at all, so "said" (almost always a cue) weighs more
 * than "called" (often not). Classifier: an averaged perceptron over the features of
 * `src/analyze/quotes/cue-features.ts` that decides where a cue starts, so context ("he said",
 * "the so-called") counts, not just the word. Cue-end ranker: a ranking averaged perceptron over
 * `src/analyze/quotes/cue-end-features.ts` that decides how far a cue runs ("said in an
 * interview", "accused her of"). Deterministic: the same data gives the same file.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tokenize } from '../src/analyze/tokens/tokenize.js'
import { createCueLexicon, cueKey } from '../src/analyze/quotes/cue-lexicon.js'
import { cueFeatures } from '../src/analyze/quotes/cue-features.js'
import { indexDocument, type QuoteDoc } from '../src/analyze/quotes/document-index.js'
import { findQuotedSpans } from '../src/analyze/quotes/quote-marks.js'
import { AUXILIARIES } from '../src/analyze/quotes/word-classes.js'
import { findAttributions, type BoundarySite } from '../src/analyze/quotes/attribution-rules.js'
import { cueEndCandidates, cueEndFeatureSets } from '../src/analyze/quotes/cue-end-features.js'
import { trainRanker, type RankingExample } from '../src/analyze/quotes/span-ranker.js'
import { sharedPath } from './eval/lib.js'

const TRAIN = sharedPath('data/nlp/quotes/polnear/data/train')
const OUT = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(import.meta.dirname, '../models/quotes/cues.json'))
const MAX_WORDS = 4
const MIN_COUNT = 2
const EPOCHS = Number(process.argv.find((a) => a.startsWith('--epochs='))?.slice(9) ?? 8)
// Ranker weights smaller than this are dropped: they barely move a decision and would triple the file.
const END_PRUNE = Number(process.argv.find((a) => a.startsWith('--end-prune='))?.slice(12) ?? 0.05)
const WORD = /[\p{L}\p{N}]/u

/** Gold spans of one role in one text, from the first annotator's brat file (as the scorer reads it). */
function goldSpans(annPath: string, role = 'Cue'): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const line of readFileSync(annPath, 'utf8').split('\n')) {
    const cols = line.split('\t')
    const head = cols[1]?.split(' ')
    if (!/^T\d+$/.test(cols[0] ?? '') || head?.[0] !== role) continue
    const nums = head.slice(1).join(' ').split(/[ ;]/).map(Number)
    spans.push([Math.min(...nums), Math.max(...nums)])
  }
  return spans
}

interface Example {
  readonly doc: QuoteDoc
  /** Token indices where a gold cue starts (after its auxiliaries). */
  readonly anchors: ReadonlySet<number>
  /** Gold cue spans, trimmed as the scorer trims them. */
  readonly cues: ReadonlyArray<[number, number]>
}

const EDGE = /[\s"'“”‘’«»,.;:!?()[\]—–-]/u
function trim(text: string, [s, e]: [number, number]): [number, number] {
  while (s < e && EDGE.test(text[s]!)) s++
  while (e > s && EDGE.test(text[e - 1]!)) e--
  return [s, e]
}

const annotated = new Map<string, number>()
const anns = readdirSync(join(TRAIN, 'attributions')).filter((f) => f.endsWith('.ann')).sort()
const examples: Example[] = []
for (const name of readdirSync(join(TRAIN, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const ann = anns.find((f) => f.startsWith(`${name.slice(0, -4)}_`))
  if (!ann) continue
  const text = readFileSync(join(TRAIN, 'text', name), 'utf8')
  const { tokens, sentences } = tokenize(text)
  const anchors = new Set<number>()
  const annPath = join(TRAIN, 'attributions', ann)
  for (const [s, e] of goldSpans(annPath)) {
    const inside = tokens.flatMap((t, i) => (t.start >= s && t.end <= e ? [i] : []))
    const words = inside.map((i) => tokens[i]!.text)
    if (words.length && words.length <= MAX_WORDS) {
      const key = cueKey(words)
      annotated.set(key, (annotated.get(key) ?? 0) + 1)
    }
    const anchor = inside.find((i) => !AUXILIARIES.has(tokens[i]!.text.toLowerCase()) && WORD.test(tokens[i]!.text))
    if (anchor !== undefined) anchors.add(anchor)
  }
  examples.push({
    doc: indexDocument(text, tokens, sentences, findQuotedSpans(text)),
    anchors,
    cues: goldSpans(annPath).map((g) => trim(text, g)),
  })
}

// Lexicon: annotated phrases and how often each occurs anywhere.
const kept = new Set([...annotated].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k))
const occurrences = new Map<string, number>()
for (const { doc } of examples) {
  const words = doc.tokens.map((t) => t.text)
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const key = cueKey(words.slice(i, i + n))
      if (kept.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1)
    }
  }
}
const cues: Record<string, [number, number]> = {}
for (const key of [...kept].sort()) cues[key] = [annotated.get(key) ?? 0, occurrences.get(key) ?? 0]
const lexicon = createCueLexicon(Object.entries(cues).map(([k, [h, t]]) => [k, h, t] as const))

// Classifier: averaged perceptron, documents visited in a fixed pseudo-random order per epoch.
const w = new Map<string, number>()
const u = new Map<string, number>()
let c = 1
let seed = 42
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = examples.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  let mistakes = 0
  for (const k of order) {
    const { doc, anchors } = examples[k]!
    for (let i = 0; i < doc.tokens.length; i++) {
      if (doc.quoteOf[i] || !WORD.test(doc.tokens[i]!.text)) continue
      const features = cueFeatures(doc, lexicon, i)
      let score = 0
      for (const f of features) score += w.get(f) ?? 0
      const y = anchors.has(i) ? 1 : -1
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
  console.log(`epoch ${epoch + 1}: ${mistakes} mistakes`)
}
const weights: Record<string, number> = {}
for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const avg = Math.round((v - (u.get(f) ?? 0) / c) * 100) / 100
  if (Math.abs(avg) >= 0.05) weights[f] = avg
}

// Cue-end ranker: run the rules with the classifier on every training text, and where a cue the
// rules found holds the main word of a gold cue, learn which candidate end is the annotators'
// ("said" or "said Friday", "accused" or "accused her of").
const classifier = createCueLexicon(Object.entries(cues).map(([k, [h, t]]) => [k, h, t] as const), new Map(Object.entries(weights)))
const cueEnds: RankingExample[] = []
/** Token index after the last token that ends inside `end` (the gold end in token terms). */
const tokenEnd = (site: BoundarySite, from: number, end: number): number => {
  let e = from
  while (e < site.doc.tokens.length && site.doc.tokens[e]!.end <= end) e++
  return e
}
for (const { doc, cues: goldCue } of examples) {
  const { tokens, sentences } = doc
  findAttributions(doc.text, tokens, sentences, findQuotedSpans(doc.text), classifier, undefined, { observe: (site) => {
    const start = tokens[site.anchor]!.start
    const gold = goldCue.find(([s, e]) => s <= start && e > start)
    if (!gold) return
    const candidates = cueEndCandidates(doc, site.anchor, site.limit)
    const at = candidates.indexOf(tokenEnd(site, site.anchor, gold[1]))
    if (at >= 0) cueEnds.push({ candidates: cueEndFeatureSets(doc, site.anchor, candidates, site.lexWords, site.sentenceEnd), gold: at })
  })
}
const cueEnd = trainRanker(cueEnds, EPOCHS, 7, END_PRUNE)
console.log(`cue ends: ${cueEnds.length} examples, ${Object.keys(cueEnd).length} weights`)

mkdirSync(resolve(OUT, '..'), { recursive: true })
writeFileSync(
  OUT,
  `${JSON.stringify({
    about: 'Attribution cues learned from PolNeAR train. cues: phrase -> [times annotated as a cue, times the phrase occurs]; weights: averaged-perceptron cue-start classifier over src/analyze/quotes/cue-features.ts; cueEnd: cue-end ranker over src/analyze/quotes/cue-end-features.ts. Rebuild: tsx scripts/train-quotes.ts',
    cues,
    weights,
    cueEnd,
  })}\n`,
)
console.log(`${kept.size} cue phrases, ${Object.keys(weights).length} weights -> ${OUT}`)
