/**
 * `tsx scripts/train-quotes.ts [--epochs=8] [--out=PATH]`: rebuilds `models/quotes/cues.json` from the PolNeAR training
 * split in `../shared` (never copied into the repository): the attribution cue lexicon and the
 * weights of the cue classifier.
 *
 * Lexicon: for every cue phrase the annotators marked at least twice, how often it was a cue and
 * how often the same token sequence occurs at all, so "said" (almost always a cue) weighs more
 * than "called" (often not). Classifier: an averaged perceptron over the features of
 * `src/analyze/quotes/cue-features.ts` that decides where a cue starts, so context ("he said",
 * "the so-called") counts, not just the word. Deterministic: the same data gives the same file.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tokenize } from '../src/analyze/tokens/tokenize.js'
import { createCueLexicon, cueKey } from '../src/analyze/quotes/cue-lexicon.js'
import { cueFeatures } from '../src/analyze/quotes/cue-features.js'
import { indexDocument, type QuoteDoc } from '../src/analyze/quotes/document-index.js'
import { findQuotedSpans } from '../src/analyze/quotes/quote-marks.js'
import { AUXILIARIES } from '../src/analyze/quotes/word-classes.js'
import { sharedPath } from './eval/lib.js'

const TRAIN = sharedPath('data/nlp/quotes/polnear/data/train')
const OUT = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? join(import.meta.dirname, '../models/quotes/cues.json'))
const MAX_WORDS = 4
const MIN_COUNT = 2
const EPOCHS = Number(process.argv.find((a) => a.startsWith('--epochs='))?.slice(9) ?? 8)
const WORD = /[\p{L}\p{N}]/u

/** Gold cue spans of one text, from the first annotator's brat file (as the scorer reads it). */
function goldCues(annPath: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const line of readFileSync(annPath, 'utf8').split('\n')) {
    const cols = line.split('\t')
    const head = cols[1]?.split(' ')
    if (!/^T\d+$/.test(cols[0] ?? '') || head?.[0] !== 'Cue') continue
    const nums = head.slice(1).join(' ').split(/[ ;]/).map(Number)
    spans.push([Math.min(...nums), Math.max(...nums)])
  }
  return spans
}

interface Example {
  readonly doc: QuoteDoc
  /** Token indices where a gold cue starts (after its auxiliaries). */
  readonly anchors: ReadonlySet<number>
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
  for (const [s, e] of goldCues(join(TRAIN, 'attributions', ann))) {
    const inside = tokens.flatMap((t, i) => (t.start >= s && t.end <= e ? [i] : []))
    const words = inside.map((i) => tokens[i]!.text)
    if (words.length && words.length <= MAX_WORDS) {
      const key = cueKey(words)
      annotated.set(key, (annotated.get(key) ?? 0) + 1)
    }
    const anchor = inside.find((i) => !AUXILIARIES.has(tokens[i]!.text.toLowerCase()) && WORD.test(tokens[i]!.text))
    if (anchor !== undefined) anchors.add(anchor)
  }
  examples.push({ doc: indexDocument(text, tokens, sentences, findQuotedSpans(text)), anchors })
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

mkdirSync(resolve(OUT, '..'), { recursive: true })
writeFileSync(
  OUT,
  `${JSON.stringify({
    about: 'Attribution cues learned from PolNeAR train. cues: phrase -> [times annotated as a cue, times the phrase occurs]; weights: averaged-perceptron cue-start classifier over src/analyze/quotes/cue-features.ts. Rebuild: tsx scripts/train-quotes.ts',
    cues,
    weights,
  })}\n`,
)
console.log(`${kept.size} cue phrases, ${Object.keys(weights).length} weights -> ${OUT}`)
