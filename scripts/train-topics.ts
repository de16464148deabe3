/**
 * Trains the topic model (models/topics/topics.json.gz): one-vs-rest logistic regressions over
 * the IPTC top-level topics that the public sets label (BBC News, HuffPost News Category,
 * Wikipedia Current Events Portal; scripts/data/README.md), settings chosen, probabilities
 * calibrated and thresholds set on the dev split. Test figures come from `npm run eval:topics` only.
 * Usage: npm run train:topics [-- DATA_DIR]   (default .data)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { assignTopics, TOPIC_LEAD_CHARS, topicModelFrom, type TopicModel } from '../src/analyze/topics/index.js'
import { TOPIC_CLASSES } from '../src/model/topic-taxonomy.js'
import { toTopicModelFile, trainMultiLabel, type MultiLabelOptions } from './train/multilabel-trainer.js'
import { multiLabelScores } from './train/topic-scores.js'
import { encodeTopicSources, longExamples, readTopicSources } from './train/topic-sets.js'

const dataDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../.data'))
const outDir = resolve(import.meta.dirname, '../models/topics')
const BITS = 18
const SCALE = 0.02
// Characters of body text read (the model file records it; the step reads as many).
const LEAD = Number(process.env['TOPICS_LEAD'] ?? TOPIC_LEAD_CHARS)
const short = readTopicSources(dataDir)
const long = ['train', 'dev'].flatMap((split) =>
  longExamples(
    short.filter((s) => s.name !== 'bbc'),
    split as 'train' | 'dev',
    20,
  ),
)
const sources = [...short, ...long]
const all = encodeTopicSources(sources, TOPIC_CLASSES, 2 ** BITS - 1, LEAD)
const names = [...new Set(sources.map((s) => s.name))]
const train = all.filter((x) => x.split === 'train')
const dev = all.filter((x) => x.split === 'dev')
for (const name of names) console.log(`${name}: ${['train', 'dev', 'test'].map((split) => `${split} ${all.filter((x) => x.source === name && x.split === split).length}`).join(', ')}`)

const base: MultiLabelOptions = { classes: TOPIC_CLASSES, bits: BITS, epochs: 6, learningRate: 0.1, l2: 1e-6, minCount: 2, sourceWeight: { bbc: 3 }, seed: 20 }
const grid: Array<Partial<MultiLabelOptions>> = (process.env['TOPICS_GRID'] ? JSON.parse(process.env['TOPICS_GRID']) : [{}]) as Array<Partial<MultiLabelOptions>>

// Settings are chosen on the mean over sources of dev macro F1 (thresholds also set on dev).
let best: { file: ReturnType<typeof toTopicModelFile>; settings: Partial<MultiLabelOptions>; f1: number } | null = null
for (const settings of grid) {
  const o = { ...base, ...settings }
  const file = toTopicModelFile(trainMultiLabel(train, o), dev, o, LEAD, SCALE, {})
  const model = topicModelFrom(file)
  const bySource = names.map((name) => {
    const items = dev.filter((x) => x.source === name)
    const predicted = items.map((x) => predict(model, x.buckets, 1))
    return multiLabelScores(
      items.map((x) => x.targets),
      predicted,
      TOPIC_CLASSES.length,
    )
  })
  const f1 = bySource.reduce((a, s) => a + s.macroF1, 0) / bySource.length
  console.log(
    `dev ${JSON.stringify(settings)}: ${names.map((name, i) => `${name} macro ${bySource[i]!.macroF1.toFixed(3)} micro ${bySource[i]!.microF1.toFixed(3)}`).join('; ')}; mean macro ${f1.toFixed(3)}`,
  )
  if (!best || f1 > best.f1) best = { file, settings, f1 }
}
if (!best) throw new Error('empty grid')

// How far below its threshold the best topic is still kept: chosen on the article-length dev items.
const chosen = topicModelFrom(best.file)
const articleSources = names.filter((n) => n === 'bbc' || n.endsWith('-long'))
let bestShare = { share: 1, f1: -1 }
for (let share = 0.1; share <= 1.0001; share += 0.05) {
  const f1 =
    articleSources.reduce((sum, name) => {
      const items = dev.filter((x) => x.source === name)
      return (
        sum +
        multiLabelScores(
          items.map((x) => x.targets),
          items.map((x) => predict(chosen, x.buckets, share)),
          TOPIC_CLASSES.length,
        ).macroF1
      )
    }, 0) / articleSources.length
  console.log(`bestShare ${share.toFixed(2)}: article-length dev mean macro-F1 ${f1.toFixed(3)}`)
  if (f1 > bestShare.f1) bestShare = { share: Math.round(share * 100) / 100, f1 }
}
const meta = {
  data: short.map((s) => `${s.name}: ${s.description}`),
  trainItems: train.length,
  devItems: dev.length,
  devMeanMacroF1: Number(best.f1.toFixed(4)),
  bestShare: bestShare.share,
  articleDevMacroF1: Number(bestShare.f1.toFixed(4)),
  leadChars: LEAD,
  settings: { ...base, ...best.settings, classes: undefined },
  seed: 20,
}
mkdirSync(outDir, { recursive: true })
const bytes = gzipSync(JSON.stringify({ ...best.file, bestShare: bestShare.share, meta }), { level: 9 })
writeFileSync(join(outDir, 'topics.json.gz'), bytes)
console.log(`wrote models/topics/topics.json.gz (${bytes.byteLength} bytes, ${best.file.buckets.length} buckets), thresholds ${best.file.thresholds.join(' ')}`)

function predict(model: TopicModel, buckets: Int32Array, bestShare: number): boolean[] {
  const picked = new Set(assignTopics(model, model.probabilities(buckets), 0, bestShare))
  return TOPIC_CLASSES.map((_, c) => picked.has(c))
}
