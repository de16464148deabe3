/**
 * Tone: target-dependent sentiment on the NewsMTSC test splits (real-world `rw` and
 * multi-target `mt`), three classes, macro F1 and accuracy, for the shipped model and, in the
 * same run, for the GDELT-style lexicon score (AFINN word counts, threshold chosen on train).
 * Usage: npm run eval:tone
 */
import { join } from 'node:path'
import { loadLinearModel } from '../../src/analyze/classify/linear-model.js'
import { lexiconTone, toneFeatures } from '../../src/analyze/tone/index.js'
import { readNewsMtsc, TONE_CLASSES, type TargetItem } from '../train/newsmtsc.js'
import { argmax, classificationScores } from '../train/softmax-trainer.js'
import { checkFloors } from './lib.js'
import { publicSet } from './public-sets.js'

const dir = publicSet('newsmtsc')
const model = loadLinearModel(join(import.meta.dirname, '../../models/tone/tone.json.gz'))
if (!model) throw new Error('models/tone/tone.json.gz is missing: run npm run train:tone')

const lexClass = (score: number, t: number): number => (score > t ? 2 : score < -t ? 0 : 1)
// The lexicon's neutral band is the one that scores best on train: the baseline gets its best shot.
const train = readNewsMtsc(join(dir, 'rw-train.jsonl'))
const trainScores = train.map((x) => lexiconTone(x.sentence))
let threshold = 0
let bestF1 = -1
for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]) {
  const f1 = classificationScores(
    train.map((x) => x.label),
    trainScores.map((s) => lexClass(s, t)),
    3,
  ).macroF1
  if (f1 > bestF1) [bestF1, threshold] = [f1, t]
}

const figures: Record<string, number> = {}
let beatsBaseline = true
for (const [split, file] of [
  ['rw', 'rw-test.jsonl'],
  ['mt', 'mt-test.jsonl'],
] as const) {
  const items: TargetItem[] = readNewsMtsc(join(dir, file))
  const gold = items.map((x) => x.label)
  const ours = classificationScores(
    gold,
    items.map((x) => argmax(model.predict(toneFeatures(x.sentence, x.target)))),
    3,
  )
  const lexicon = classificationScores(
    gold,
    items.map((x) => lexClass(lexiconTone(x.sentence), threshold)),
    3,
  )
  console.log(
    `NewsMTSC ${split} test (${items.length} targets): model macro-F1 ${ours.macroF1.toFixed(3)} accuracy ${ours.accuracy.toFixed(3)} [${ours.perClass.map((f, c) => `${TONE_CLASSES[c]} ${f.toFixed(3)}`).join(', ')}]`,
  )
  console.log(`NewsMTSC ${split} test: lexicon baseline (GDELT-style AFINN tone, neutral band ±${threshold}) macro-F1 ${lexicon.macroF1.toFixed(3)} accuracy ${lexicon.accuracy.toFixed(3)}`)
  figures[`tone.newsmtsc-${split}.f1m`] = ours.macroF1
  figures[`tone.newsmtsc-${split}.lexicon.f1m`] = lexicon.macroF1
  if (ours.macroF1 <= lexicon.macroF1) beatsBaseline = false
}
const ok = checkFloors(figures)
if (!beatsBaseline) console.log('the model does not beat the lexicon baseline')
process.exit(ok && beatsBaseline ? 0 : 1)
