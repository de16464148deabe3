/**
 * Trains the topic model (models/topics/topics.json.gz) on the BBC News train split, choosing
 * settings on its validation split. Test figures come from `npm run eval:topics` only.
 * Usage: npm run train:topics [-- DATA_DIR]   (default .data/bbc-news, see scripts/data/README.md)
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { topicFeatures } from '../src/analyze/topics/features.js'
import { argmax, classificationScores, trainBest, writeModelFile } from './train/softmax-trainer.js'
import { readBbcNews, TOPIC_CLASSES } from './train/bbc-news.js'

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../.data/bbc-news'))
const outDir = resolve(import.meta.dirname, '../models/topics')
const train = readBbcNews(join(dataDir, 'train.csv'))
const val = readBbcNews(join(dataDir, 'val.csv'))
const trainExamples = train.map((x) => ({ features: topicFeatures(null, x.text), label: x.label }))

const grid = [
  { epochs: 10, l2: 1e-4, learningRate: 0.2 },
  { epochs: 10, l2: 1e-3, learningRate: 0.2 },
  { epochs: 20, l2: 3e-4, learningRate: 0.1 },
]
const best = trainBest('topics', trainExamples, {
  classes: TOPIC_CLASSES,
  minCount: 3,
  scale: 0.01,
  grid,
  evaluate: (model) => classificationScores(val.map((x) => x.label), val.map((x) => argmax(model.predict(topicFeatures(null, x.text)))), TOPIC_CLASSES.length).macroF1,
})
mkdirSync(outDir, { recursive: true })
const meta = {
  data: 'BBC News (Greene & Cunningham 2006), split of github LTSACH/AILearningHub@38c4dfa; research use',
  taxonomy: 'IPTC Media Topics top level, subset: 01000000, 04000000, 11000000, 13000000, 15000000',
  trainArticles: train.length,
  valMacroF1: Number(best.f1.toFixed(4)),
  settings: best.settings,
  seed: 20,
}
const { bytes } = writeModelFile(join(outDir, 'topics.json.gz'), { ...best.file, meta })
console.log(`wrote models/topics/topics.json.gz (${bytes} bytes), settings ${JSON.stringify(best.settings)}, val macro-F1 ${best.f1.toFixed(3)}`)

