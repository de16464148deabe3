/**
 * Topics on the held-out test splits of the public sets the model trains on (BBC News,
 * HuffPost News Category, Wikipedia Current Events Portal; staged by scripts/data/*.sh): per
 * source, multi-label micro and macro F1 of the shipped model and, in the same run, of keyword
 * rules (TOPIC_KEYWORDS, a topic when its words occur at least N times, N per topic chosen on
 * the dev split). Only the topics each source labels are counted. Not in CI: the sets are not in
 * ../shared (CI runs `eval:topic-check` instead).
 * Usage: npm run eval:topics [-- DATA_DIR] [--verbose]
 */
import { dirname, join } from 'node:path'
import { assignTopics, loadTopicModel } from '../../src/analyze/topics/index.js'
import { IPTC_TOP_LEVEL } from '../../src/model/topic-taxonomy.js'
import { multiLabelScores } from '../train/topic-scores.js'
import { encodeTopicSources, readTopicSources } from '../train/topic-sets.js'
import { checkFloors } from './lib.js'
import { publicSet } from './public-sets.js'
import { keywordHits } from './topic-keywords.js'

const verbose = process.argv.includes('--verbose')
// The sets sit side by side, in ../shared/data/nlp when the lead stages them there, else in .data.
const dataDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? dirname(publicSet('huffpost'))
const model = loadTopicModel(join(import.meta.dirname, '../../models/topics/topics.json.gz'))
if (!model) throw new Error('models/topics/topics.json.gz is missing: run npm run train:topics')
const classes = model.classes
const sources = readTopicSources(dataDir)
const all = encodeTopicSources(sources, classes, model.mask, model.leadChars)

// The baseline gets its own held-out tuning: the hit count per topic that is best on dev.
const dev = all.filter((x) => x.split === 'dev')
const devHits = dev.map((x) => keywordHits(classes, x.title, x.text))
const minHits = classes.map((_, c) => {
  let best = { n: 1, f1: -1 }
  for (let n = 1; n <= 4; n++) {
    const f = multiLabelScores(
      dev.map((x) => Int8Array.of(x.targets[c]!)),
      devHits.map((h) => [h[c]! >= n]),
      1,
    ).microF1
    if (f > best.f1) best = { n, f1: f }
  }
  return best.n
})

const figures: Record<string, number> = {}
let beatsAll = true
for (const s of sources) {
  const test = all.filter((x) => x.source === s.name && x.split === 'test')
  const targets = test.map((x) => x.targets)
  const ours = multiLabelScores(
    targets,
    test.map((x) => {
      const picked = new Set(assignTopics(model, model.probabilities(x.buckets)))
      return classes.map((_, c) => picked.has(c))
    }),
    classes.length,
  )
  const rules = multiLabelScores(
    targets,
    test.map((x) => keywordHits(classes, x.title, x.text).map((h, c) => h >= minHits[c]!)),
    classes.length,
  )
  console.log(`${s.name} test (${test.length} items; ${s.description})`)
  console.log(`  model:    micro-F1 ${ours.microF1.toFixed(3)} macro-F1 ${ours.macroF1.toFixed(3)} (no topic on ${(ours.none * 100).toFixed(1)}%)`)
  console.log(`  keywords: micro-F1 ${rules.microF1.toFixed(3)} macro-F1 ${rules.macroF1.toFixed(3)} (no topic on ${(rules.none * 100).toFixed(1)}%)`)
  if (verbose) ours.perClass.forEach((f, c) => Number.isNaN(f) || console.log(`    ${IPTC_TOP_LEVEL[classes[c]!]}: ${f.toFixed(3)} (keywords ${rules.perClass[c]!.toFixed(3)})`))
  figures[`topics.${s.name}.f1m`] = ours.macroF1
  figures[`topics.${s.name}.f1u`] = ours.microF1
  figures[`topics.${s.name}.keywords.f1m`] = rules.macroF1
  if (!(ours.macroF1 > rules.macroF1 && ours.microF1 > rules.microF1)) {
    beatsAll = false
    console.log(`  the model does not beat the keyword rules on ${s.name}`)
  }
}
const ok = checkFloors(figures)
process.exit(ok && beatsAll ? 0 : 1)
