/**
 * Trains the tone model (models/tone/tone.json.gz) on NewsMTSC train, choosing the settings on
 * NewsMTSC dev, and prints dev figures. Test figures come from `npm run eval:tone` only.
 * Usage: npm run train:tone [-- DATA_DIR]   (default .data/newsmtsc, see scripts/data/README.md)
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { toneFeatures } from '../src/analyze/tone/index.js'
import { argmax, classificationScores, trainBest, writeModelFile, type Example } from './train/softmax-trainer.js'
import { readNewsMtsc, TONE_CLASSES, type TargetItem } from './train/newsmtsc.js'

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../.data/newsmtsc'))
const outDir = resolve(import.meta.dirname, '../models/tone')
const train = readNewsMtsc(join(dataDir, 'rw-train.jsonl'))
const dev = readNewsMtsc(join(dataDir, 'rw-dev.jsonl'))

// Classes are weighted to balance them, so macro F1 is not bought with the frequent ones.
const freq = TONE_CLASSES.map((_, c) => train.filter((x) => x.label === c).length)
const classWeight = freq.map((n) => train.length / (TONE_CLASSES.length * n))

function examples(items: readonly TargetItem[], sentenceWeight: number): Example[] {
  const out: Example[] = []
  for (const item of items) {
    out.push({ features: toneFeatures(item.sentence, item.target), label: item.label, weight: classWeight[item.label]! })
    // The same sentence without its target teaches the sentence-level form (articles, quotes).
    if (sentenceWeight > 0) out.push({ features: toneFeatures(item.sentence), label: item.label, weight: classWeight[item.label]! * sentenceWeight })
  }
  return out
}

const trainExamples = examples(train, 0.5)
const grid = [
  { epochs: 8, l2: 1e-5, learningRate: 0.1 },
  { epochs: 8, l2: 1e-4, learningRate: 0.1 },
  { epochs: 8, l2: 3e-4, learningRate: 0.1 },
  { epochs: 15, l2: 3e-4, learningRate: 0.1 },
]
const best = trainBest('tone', trainExamples, {
  classes: TONE_CLASSES,
  minCount: 3,
  scale: 0.01,
  grid,
  evaluate: (model) =>
    classificationScores(
      dev.map((x) => x.label),
      dev.map((x) => argmax(model.predict(toneFeatures(x.sentence, x.target)))),
      TONE_CLASSES.length,
    ).macroF1,
})
mkdirSync(outDir, { recursive: true })
const meta = {
  data: 'NewsMTSC rw train (github fhamborg/NewsMTSC@b9d9b79, MIT)',
  trainTargets: train.length,
  devMacroF1: Number(best.f1.toFixed(4)),
  settings: best.settings,
  seed: 20,
  scale: 'score = P(positive) - P(negative), in [-1, 1]',
}
const { bytes } = writeModelFile(join(outDir, 'tone.json.gz'), { ...best.file, meta })
console.log(`wrote models/tone/tone.json.gz (${bytes} bytes), settings ${JSON.stringify(best.settings)}, dev macro-F1 ${best.f1.toFixed(3)}`)
