/**
 * `tsx scripts/train-quotes.ts`: rebuilds `models/quotes/cues.json`, the attribution cue lexicon,
 * from the PolNeAR training split in `../shared` (never copied into the repository).
 *
 * For every cue phrase the annotators marked at least twice, the lexicon keeps how often it was a
 * cue and how often the same token sequence occurs in the training texts at all, so the quotes
 * step can weigh "said" (almost always a cue) against "called" (often not). Deterministic: the
 * same data gives the same file.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tokenize } from '../src/analyze/tokens/tokenize.js'
import { cueKey } from '../src/analyze/quotes/cue-lexicon.js'
import { sharedPath } from './eval/lib.js'

const TRAIN = sharedPath('data/nlp/quotes/polnear/data/train')
const OUT = resolve(import.meta.dirname, '../models/quotes/cues.json')
const MAX_WORDS = 4
const MIN_COUNT = 2

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

const annotated = new Map<string, number>()
const occurrences = new Map<string, number>()
const anns = readdirSync(join(TRAIN, 'attributions')).filter((f) => f.endsWith('.ann')).sort()
const texts: string[] = []
for (const name of readdirSync(join(TRAIN, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
  const ann = anns.find((f) => f.startsWith(`${name.slice(0, -4)}_`))
  if (!ann) continue
  const text = readFileSync(join(TRAIN, 'text', name), 'utf8')
  texts.push(text)
  const { tokens } = tokenize(text)
  for (const [s, e] of goldCues(join(TRAIN, 'attributions', ann))) {
    const words = tokens.filter((t) => t.start >= s && t.end <= e).map((t) => t.text)
    if (!words.length || words.length > MAX_WORDS) continue
    const key = cueKey(words)
    annotated.set(key, (annotated.get(key) ?? 0) + 1)
  }
}
const kept = new Set([...annotated].filter(([, n]) => n >= MIN_COUNT).map(([k]) => k))
for (const text of texts) {
  const words = tokenize(text).tokens.map((t) => t.text)
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const key = cueKey(words.slice(i, i + n))
      if (kept.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1)
    }
  }
}
const cues: Record<string, [number, number]> = {}
for (const key of [...kept].sort()) cues[key] = [annotated.get(key) ?? 0, occurrences.get(key) ?? 0]
mkdirSync(resolve(OUT, '..'), { recursive: true })
writeFileSync(
  OUT,
  `${JSON.stringify({
    about: 'Attribution cue lexicon: phrase -> [times annotated as a cue, times the phrase occurs] in PolNeAR train. Rebuild: tsx scripts/train-quotes.ts',
    cues,
  })}\n`,
)
console.log(`${kept.size} cue phrases -> ${OUT}`)
