/**
 * `npm run train:parser`: trains the syntax model (tagger, lemmatizer, parser) on UD English EWT
 * and writes `models/parser/syntax.bin.gz` and `models/parser/training.json`.
 *
 * 1. Tagger: greedy averaged perceptron over joint UPOS+XPOS classes, trained on train; the epoch
 *    with the best dev accuracy is kept.
 * 2. Jackknifing: the train split is cut into folds, each tagged by a tagger trained on the other
 *    folds, so the parser trains on tags as wrong as the ones it will see.
 * 3. Parser: arc-eager with a dynamic oracle and exploration (Goldberg & Nivre 2012), plus the
 *    labeler; the epoch with the best dev LAS (on predicted tags) is kept.
 * 4. Lemmatizer: suffix rules and exceptions from train.
 * 5. Shortcuts: the decisions the final model makes the same way nearly always on train, taken
 *    without scoring at run time (`src/analyze/syntax/shortcuts.ts`; the same step alone on a
 *    trained model: `npm run train:parser-shortcuts`).
 *
 * Every random choice comes from one seeded generator, so a rerun writes identical bytes.
 *
 *   npm run train:parser -- [--ud DIR] [--clusters FILE] [--out DIR] [--seed N]
 *                           [--tagger-epochs N] [--parser-epochs N] [--folds N]
 *                           [--explore-from EPOCH] [--explore-p P] [--min-weight W]
 *                           [--tagger-min-weight W] [--ship-min-weight W] [--jackknife-epochs N]
 *                           [--limit N]
 *                           [--skip-jackknife] [--second-pass] [--tagger-only]
 *                           [--tags-cache FILE] [--cache-only] [--tagger-from DIR]
 *                           [--alt-margin M] [--parser-seed N]
 *
 * Defaults (the shipped model's): seed 13, 12 tagger and 15 parser epochs (the best on dev is
 * kept), 10 folds of jackknife taggers trained for the main tagger's best epoch count,
 * exploration from epoch 2 with p 0.9, tagger and parser weights under 1.0 pruned (every epoch is
 * scored as it would ship). `--limit N` trains on the first N train sentences, for
 * quick trials only (tag classes and labels are still counted on the whole split). Parser-only
 * trials: `--tags-cache FILE` keeps the tagger half of a run (tagger, jackknifed train tags, the
 * generator's state) and reuses it when FILE exists, so a rerun trains the same parser bytes without
 * the jackknife, most of the run's time; `--tagger-from DIR` takes the tagger of the model in DIR
 * instead of training it. The model is written at every new best parser epoch, so a run stopped early
 * leaves its best model so far. About an hour of wall time on the shared 2-core machine under load.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { LEFT, ParseState, RIGHT, TRANSITIONS, transitionCost } from '../src/analyze/syntax/arc-eager.js'
import { readConllu, type ConlluSentence } from '../src/analyze/syntax/conllu.js'
import { trainLemmatizer } from '../src/analyze/syntax/lemmatizer.js'
import { parseClusterTable, WordIdCache, type WordIds } from '../src/analyze/syntax/lexical.js'
import {
  classTagIds,
  altId,
  decodeSyntaxModel,
  encodeSyntaxModel,
  loadParserInput,
  loadSyntaxModel,
  runnerUpFor,
  SYNTAX_MODEL_FILE,
  syntaxModelFrom,
  SyntaxParser,
  withShortcutsSection,
} from '../src/analyze/syntax/model.js'
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures } from '../src/analyze/syntax/parser-features.js'
import { ParserWorkspace } from '../src/analyze/syntax/parser.js'
import { Perceptron } from '../src/analyze/syntax/perceptron.js'
import { countShortcutDecisions } from '../src/analyze/syntax/shortcut-counts.js'
import { buildShortcuts, type SyntaxShortcuts } from '../src/analyze/syntax/shortcuts.js'
import { projectivize } from '../src/analyze/syntax/projective.js'
import { SparseModel } from '../src/analyze/syntax/sparse-model.js'
import { lookaheadFeatures, MAX_TAGGER_FEATURES, taggerFeatures } from '../src/analyze/syntax/tagger-features.js'
import { ambiguityClasses, buildTagDictionary, type TagDictionary } from '../src/analyze/syntax/tag-dictionary.js'
import { argmax, tagWords, type RunnerUp, type TagClass, type TaggerModel } from '../src/analyze/syntax/tagger.js'

const { values } = parseArgs({
  options: {
    ud: { type: 'string' },
    clusters: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '13' },
    'tagger-epochs': { type: 'string', default: '12' },
    'parser-epochs': { type: 'string', default: '15' },
    folds: { type: 'string', default: '10' },
    'explore-from': { type: 'string', default: '2' },
    'explore-p': { type: 'string', default: '0.9' },
    'min-weight': { type: 'string', default: '1' },
    'tagger-min-weight': { type: 'string', default: '1' },
    'ship-min-weight': { type: 'string', default: '1' },
    limit: { type: 'string' },
    'jackknife-epochs': { type: 'string', default: '0' },
    'skip-jackknife': { type: 'boolean', default: false },
    'tag-dictionary': { type: 'boolean', default: false },
    'second-pass': { type: 'boolean', default: false },
    'tagger-only': { type: 'boolean', default: false },
    'tagger-out': { type: 'string' },
    'tags-cache': { type: 'string' },
    'tagger-from': { type: 'string' },
    'cache-only': { type: 'boolean', default: false },
    'alt-margin': { type: 'string', default: '0' },
    'parser-seed': { type: 'string' },
  },
})
const shared = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../shared'))
const udDir = resolve(values.ud ?? join(shared, 'data/nlp/ud-ewt'))
const clusterPath = resolve(values.clusters ?? join(import.meta.dirname, '../models/ner/clusters.tsv'))
const outDir = resolve(values.out ?? join(import.meta.dirname, '../models/parser'))
const seed = Number(values.seed)
const taggerEpochs = Number(values['tagger-epochs'])
const parserEpochs = Number(values['parser-epochs'])
const folds = Number(values.folds)
// Epochs of each jackknife tagger (0: the main tagger's best epoch). The jackknife is most of the
// run's time (folds x epochs tagger epochs); 8 saves a third of it for train tags a little
// noisier than the test tags.
const jackknifeEpochs = Number(values['jackknife-epochs'])
const exploreFrom = Number(values['explore-from'])
const exploreP = Number(values['explore-p'])
const minWeight = Number(values['min-weight'])
const taggerMinWeight = Number(values['tagger-min-weight'])
// The parser trains and picks its epoch at `minWeight`; the file keeps only its weights of at
// least `shipMinWeight` (a model trained at 0.5 and shipped at 1.0 lost 0.17 UAS / 0.14 LAS on
// EWT dev for half the transition and label weights).
const shipMinWeight = Math.max(minWeight, Number(values['ship-min-weight']))
// Quick trials train on the first N train sentences only; a shipped model never sets it.
const limit = values.limit === undefined ? Infinity : Number(values.limit)
const useDictionary = values['tag-dictionary']
// A second tagger pass reading the first pass's tags of the next two words; it trains on the
// jackknifed first-pass tags of train, so it learns how far to trust them.
const secondPass = values['second-pass']
// Trains and scores the tagger only (with `--second-pass`, the jackknife too), writes no model.
const taggerOnly = values['tagger-only']
// With `--tagger-out DIR`, the new tagger is written beside the parser of the model now in
// models/parser as soon as it is trained, so its effect on news treebanks can be scored while
// the parser still trains.
const taggerOut = values['tagger-out']
// With `--tags-cache FILE`: the first run writes the tagger, the jackknifed train tags (with each
// word's runner-up class and margin) and the generator's state after them to FILE; a later run
// with the same tagger settings reads them and goes straight to the parser, which then trains
// exactly as in a run without the cache (same tags, same random draws). `--cache-only` stops
// once the file is written.
const tagsCache = values['tags-cache']
const cacheOnly = values['cache-only']
// With `--tagger-from DIR`: the tagger of the model in DIR (and its best epoch from DIR's
// training.json) instead of training one; the generator is advanced as training it would have,
// so with the tagger this run would train (the shipped model's, same settings) nothing changes.
const taggerFrom = values['tagger-from']
// Parser features reading the tagger's runner-up class of a word whose best class won by less
// than this margin (weight units); 0: none (the shipped model's features).
const altMargin = Number(values['alt-margin'])

type Random = (() => number) & { state: () => number }

/** Small seeded generator (mulberry32): the only source of randomness here. `rng(g.state())` continues `g`'s sequence. */
function rng(seedValue: number): Random {
  let a = seedValue >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return Object.assign(next, { state: () => a >>> 0 })
}

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return order
}

const log = (msg: string): void => console.log(`[${(performance.now() / 1000).toFixed(0)}s] ${msg}`)

// ---- data ----
const read = (name: string): ConlluSentence[] => {
  const doc = readConllu(readFileSync(join(udDir, name), 'utf8'))
  if (doc.problems.length > 0) throw new Error(`${name}: ${doc.problems[0]!.message} (line ${doc.problems[0]!.line})`)
  return doc.sentences.filter((s) => s.words.length > 0)
}
const fullTrain = read('en_ewt-ud-train.conllu')
const train = fullTrain.slice(0, limit)
const dev = read('en_ewt-ud-dev.conllu')
const clusters = parseClusterTable(readFileSync(clusterPath, 'utf8'))
const cache = new WordIdCache(clusters, 1 << 30)
log(`train ${train.length} sentences, dev ${dev.length}; ${clusters.size} clustered words`)

// Joint tag classes, most frequent first (ties by name), and relation labels likewise; counted on
// the whole train split even with `--limit`, so a trial's classes are the shipped model's.
const classCounts = new Map<string, number>()
const labelCounts = new Map<string, number>()
for (const s of fullTrain) {
  for (const w of s.words) {
    classCounts.set(`${w.upos}\t${w.xpos}`, (classCounts.get(`${w.upos}\t${w.xpos}`) ?? 0) + 1)
    labelCounts.set(w.deprel, (labelCounts.get(w.deprel) ?? 0) + 1)
  }
}
const byCount = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k)
const classNames = byCount(classCounts)
const classes: TagClass[] = classNames.map((c) => {
  const [upos, xpos] = c.split('\t') as [string, string]
  return { upos, xpos }
})
const classIndex = new Map(classNames.map((c, i) => [c, i]))
const labelNames = byCount(labelCounts)
const labelIndex = new Map(labelNames.map((l, i) => [l, i]))
if (labelNames.length > 64) throw new Error('label sets hold at most 64 labels')
const tagIds = classTagIds(classes)

interface Prepared {
  readonly forms: string[]
  readonly ids: WordIds[]
  readonly goldClass: Int32Array
  /** Gold heads, projectivized, with the root as `n`. */
  readonly goldHead: Int32Array
  readonly goldLabel: Int32Array
  /** Original gold heads (-1 root) and labels for scoring. */
  readonly heads: Int32Array
  readonly deprels: string[]
}
let lifted = 0
const prepare = (s: ConlluSentence): Prepared => {
  const n = s.words.length
  const forms = s.words.map((w) => w.form)
  const goldHead = Int32Array.from(s.words, (w) => (w.head === 0 ? n : w.head - 1))
  lifted += projectivize(goldHead)
  return {
    forms,
    ids: forms.map((f) => cache.get(f)),
    goldClass: Int32Array.from(s.words, (w) => classIndex.get(`${w.upos}\t${w.xpos}`) ?? 0),
    goldHead,
    goldLabel: Int32Array.from(s.words, (w) => labelIndex.get(w.deprel) ?? 0),
    heads: Int32Array.from(s.words, (w) => w.head - 1),
    deprels: s.words.map((w) => w.deprel),
  }
}
const trainSet = train.map(prepare)
const trainLifted = lifted
const devSet = dev.map(prepare)
log(`${classes.length} tag classes, ${labelNames.length} labels; ${trainLifted} non-projective train arcs lifted`)

// ---- tagger ----
const tagKeys = new Int32Array(MAX_TAGGER_FEATURES)
const tagScores = new Float64Array(classes.length)

function taggerEpoch(p: Perceptron, set: readonly Prepared[], amb: ReadonlyArray<Int32Array | null>, order: readonly number[], first?: readonly Int32Array[]): void {
  for (const si of order) {
    const s = set[si]!
    const a = amb[si]!
    const f = first ? first[si]! : null
    let prev1 = -1
    let prev2 = -1
    for (let i = 0; i < s.ids.length; i++) {
      let n = taggerFeatures(s.ids, i, prev1, prev2, tagKeys, a)
      if (f) n = lookaheadFeatures(s.ids, i, f, prev1, tagKeys, n)
      p.score(tagKeys, n, tagScores)
      const guess = argmax(tagScores)
      const gold = s.goldClass[i]!
      if (guess !== gold) p.update(tagKeys, n, gold, guess)
      p.tick()
      prev2 = prev1
      prev1 = guess
    }
  }
}

/** UPOS accuracy of a tagger on a set (with `xpos`, Penn tag accuracy). */
const tagAccuracy = (model: TaggerModel, set: readonly Prepared[], xpos = false): number => {
  let right = 0
  let total = 0
  for (const s of set) {
    const out = tagWords(model, s.ids)
    for (let i = 0; i < out.length; i++) {
      const t = classes[out[i]!]!
      const g = classes[s.goldClass[i]!]!
      if (xpos ? t.xpos === g.xpos : t.upos === g.upos) right++
    }
    total += out.length
  }
  return right / total
}

/**
 * Trains a tagger on `set` for `epochs`; with `evalSet`, keeps the epoch scoring best on it. With
 * `second`, trains the second pass over `base`, reading `second.first` (first-pass tags of `set`).
 */
function trainTagger(
  set: readonly Prepared[],
  epochs: number,
  random: () => number,
  evalSet?: readonly Prepared[],
  second?: { base: SparseModel; first: readonly Int32Array[] },
): { weights: SparseModel; dictionary: TagDictionary | undefined; history: number[]; best: number } {
  const p = new Perceptron(classes.length)
  // The dictionary comes from the tagger's own training sentences, so a jackknife fold never
  // sees the classes of the words it tags.
  const dictionary = useDictionary ? buildTagDictionary(set) : undefined
  const amb = set.map((s) => (dictionary ? ambiguityClasses(dictionary, s.ids) : null))
  const history: number[] = []
  let best: SparseModel | null = null
  let bestAcc = -1
  let bestEpoch = epochs
  for (let e = 1; e <= epochs; e++) {
    taggerEpoch(p, set, amb, shuffled(set.length, random), second?.first)
    if (!evalSet) continue
    const frozen = p.freeze(taggerMinWeight)
    const acc = tagAccuracy(second ? { classes, weights: second.base, dictionary, second: frozen } : { classes, weights: frozen, dictionary }, evalSet)
    history.push(acc)
    log(`tagger${second ? ' second pass' : ''} epoch ${e}: dev UPOS ${(acc * 100).toFixed(2)} (${frozen.features} features)`)
    if (acc > bestAcc) {
      bestAcc = acc
      best = frozen
      bestEpoch = e
    }
  }
  return { weights: best ?? p.freeze(taggerMinWeight), dictionary, history, best: bestEpoch }
}

/** What `--tags-cache` keeps: everything the tagger half of a run hands to the parser half. */
interface TagsCache {
  settings: Record<string, unknown>
  tagger: { weights: string; history: number[]; best: number }
  tags: string
  alt: string
  margin: string
  rngState: number
}
const cacheSettings = { seed, taggerEpochs, folds, jackknifeEpochs, taggerMinWeight, trainSentences: train.length, skipJackknife: values['skip-jackknife'] }
if (tagsCache !== undefined && (useDictionary || secondPass)) throw new Error('--tags-cache does not keep a tag dictionary or a second pass')
const cached: TagsCache | null = tagsCache !== undefined && existsSync(tagsCache) ? (JSON.parse(readFileSync(tagsCache, 'utf8')) as TagsCache) : null
if (cached && JSON.stringify(cached.settings) !== JSON.stringify(cacheSettings)) {
  throw new Error(`--tags-cache ${tagsCache} was written with other settings: ${JSON.stringify(cached.settings)}`)
}
const int32s = (b64: string): Int32Array => {
  const b = Buffer.from(b64, 'base64')
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4).slice()
}
const float64s = (b64: string): Float64Array => {
  const b = Buffer.from(b64, 'base64')
  return new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))
}
const concat = (arrays: ReadonlyArray<Int32Array | Float64Array>): string => Buffer.concat(arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))).toString('base64')

let random = rng(seed)
/** The tagger of the model in `dir` and its training figures, the generator advanced past its training. */
function taggerOf(dir: string): ReturnType<typeof trainTagger> {
  const model = loadSyntaxModel(resolve(dir))
  if (!model) throw new Error(`--tagger-from: no model in ${dir}`)
  if (JSON.stringify(model.tagger.classes) !== JSON.stringify(classes)) throw new Error(`--tagger-from: ${dir} has other tag classes`)
  const about = JSON.parse(readFileSync(join(resolve(dir), 'training.json'), 'utf8')) as { tagger: { devUpos: number[]; bestEpoch: number } }
  for (let e = 0; e < taggerEpochs; e++) shuffled(trainSet.length, random)
  return { weights: model.tagger.weights, dictionary: undefined, history: about.tagger.devUpos.map((a) => a / 100), best: about.tagger.bestEpoch }
}
const tagger = cached
  ? { weights: SparseModel.fromBytes(Buffer.from(cached.tagger.weights, 'base64')), dictionary: undefined, history: cached.tagger.history, best: cached.tagger.best }
  : taggerFrom !== undefined
    ? taggerOf(taggerFrom)
    : trainTagger(trainSet, taggerEpochs, random, devSet)
log(`tagger${cached ? ' (from the tags cache)' : ''}: best epoch ${tagger.best}`)
const reportTagger = (model: TaggerModel, what: string): void => log(`${what}: dev UPOS ${(tagAccuracy(model, devSet) * 100).toFixed(2)} XPOS ${(tagAccuracy(model, devSet, true) * 100).toFixed(2)}`)
/** Writes the tagger with the parser of models/parser to `--tagger-out`, if given; ends a `--tagger-only` run. */
function taggerDone(model: TaggerModel): void {
  if (taggerOut !== undefined) {
    const base = loadSyntaxModel(join(import.meta.dirname, '../models/parser'))
    if (!base) throw new Error('--tagger-out needs a model in models/parser')
    const lemmaRules = trainLemmatizer(train.flatMap((s) => s.words.map((w) => [w.form, w.xpos, w.lemma] as const)))
    const parts = { classes, labelNames, clusters, lemmas: lemmaRules, tagger: model.weights, tagger2: model.second, dictionary: model.dictionary }
    mkdirSync(resolve(taggerOut), { recursive: true })
    writeFileSync(join(resolve(taggerOut), SYNTAX_MODEL_FILE), encodeSyntaxModel({ ...parts, transitions: base.parser.transitions, labels: base.parser.labels }))
    log(`wrote the tagger with the parser of models/parser to ${taggerOut}`)
  }
  if (taggerOnly) process.exit(0)
}
if (!secondPass) {
  const model = { classes, weights: tagger.weights, dictionary: tagger.dictionary }
  if (taggerOnly) reportTagger(model, 'tagger')
  taggerDone(model)
}

// Jackknifed train tags: fold f is tagged by a tagger trained on the other folds.
const trainTags: Int32Array[] = new Array<Int32Array>(trainSet.length)
// The jackknife taggers' runner-up class and margin of each train word (gold tags: none).
const trainRunnerUp: RunnerUp[] = trainSet.map((s) => ({ alt: new Int32Array(s.ids.length), margin: new Float64Array(s.ids.length).fill(Infinity) }))
if (cached) {
  const tags = int32s(cached.tags)
  const alt = int32s(cached.alt)
  const margin = float64s(cached.margin)
  let at = 0
  trainSet.forEach((s, i) => {
    const n = s.ids.length
    trainTags[i] = tags.slice(at, at + n)
    trainRunnerUp[i] = { alt: alt.slice(at, at + n), margin: margin.slice(at, at + n) }
    at += n
  })
  random = rng(cached.rngState)
} else if (values['skip-jackknife']) {
  for (let i = 0; i < trainSet.length; i++) trainTags[i] = trainSet[i]!.goldClass
} else {
  for (let f = 0; f < folds; f++) {
    const rest = trainSet.filter((_, i) => i % folds !== f)
    const { weights, dictionary } = trainTagger(rest, jackknifeEpochs > 0 ? jackknifeEpochs : tagger.best, random)
    for (let i = f; i < trainSet.length; i += folds) trainTags[i] = tagWords({ classes, weights, dictionary }, trainSet[i]!.ids, undefined, trainRunnerUp[i])
    log(`jackknife fold ${f + 1}/${folds}`)
  }
}
if (tagsCache !== undefined && !cached) {
  const cache: TagsCache = {
    settings: cacheSettings,
    tagger: { weights: tagger.weights.toBytes().toString('base64'), history: tagger.history, best: tagger.best },
    tags: concat(trainTags),
    alt: concat(trainRunnerUp.map((r) => r.alt)),
    margin: concat(trainRunnerUp.map((r) => r.margin)),
    rngState: random.state(),
  }
  writeFileSync(tagsCache, JSON.stringify(cache))
  log(`wrote the tagger and jackknifed train tags to ${tagsCache}`)
}
if (cacheOnly) process.exit(0)
// `--parser-seed N`: the parser half draws from its own generator (trials of run-to-run spread
// on one jackknife; a shipped model never sets it).
if (values['parser-seed'] !== undefined) random = rng(Number(values['parser-seed']))
let jackRight = 0
let jackTotal = 0
trainSet.forEach((s, i) => {
  for (let k = 0; k < s.ids.length; k++) if (trainTags[i]![k] === s.goldClass[k]) jackRight++
  jackTotal += s.ids.length
})
const jackknifeAccuracy = jackRight / jackTotal
log(`jackknifed train tag accuracy (joint) ${(jackknifeAccuracy * 100).toFixed(2)}`)
// The parser keeps training on the jackknifed first-pass tags (jackknifing the second pass too
// would double the jackknife; tags a little noisier than the test tags cost little) and keeps
// choosing its epoch on first-pass dev tags; the second pass draws from its own generator. So
// the parser half of a run is the one-pass run's, bit for bit, and adding the pass changes
// nothing but the tags.
const tagger2 = secondPass ? trainTagger(trainSet, taggerEpochs, rng(seed + 1), devSet, { base: tagger.weights, first: trainTags }) : null
if (tagger2) log(`tagger second pass: best epoch ${tagger2.best}`)
const taggerModel: TaggerModel = { classes, weights: tagger.weights, dictionary: tagger.dictionary, second: tagger2?.weights }
if (secondPass) {
  reportTagger({ classes, weights: tagger.weights, dictionary: tagger.dictionary }, 'tagger first pass')
  reportTagger(taggerModel, 'tagger with second pass')
  taggerDone(taggerModel)
}
const devRunnerUp = devSet.map((s) => runnerUpFor(s.ids.length))
const devTags = devSet.map((s, i) => tagWords({ classes, weights: tagger.weights, dictionary: tagger.dictionary }, s.ids, undefined, devRunnerUp[i]))
if (altMargin > 0) {
  const share = (r: readonly RunnerUp[]): string => {
    let on = 0
    let total = 0
    for (const x of r) {
      for (const m of x.margin) if (m < altMargin) on++
      total += x.margin.length
    }
    return ((100 * on) / total).toFixed(1)
  }
  log(`runner-up classes read for ${share(trainRunnerUp)}% of train words, ${share(devRunnerUp)}% of dev words (margin ${altMargin})`)
}

// ---- parser ----
const lemmas = trainLemmatizer(train.flatMap((s) => s.words.map((w) => [w.form, w.xpos, w.lemma] as const)))

const transitions = new Perceptron(TRANSITIONS)
const labeler = new Perceptron(labelNames.length)
const rootLabel = labelIndex.get('root')!
let ws = new ParserWorkspace(256, labelNames.length)
const pKeys = new Int32Array(MAX_PARSER_FEATURES)
const lKeys = new Int32Array(MAX_LABEL_FEATURES)
const tScores = new Float64Array(TRANSITIONS)
const lScores = new Float64Array(labelNames.length)
const costs = new Int32Array(TRANSITIONS)

function parserEpoch(epoch: number, order: readonly number[], random: () => number): void {
  const explore = epoch >= exploreFrom
  for (const si of order) {
    const s = trainSet[si]!
    const tags = trainTags[si]!
    const n = s.ids.length
    if (n > ws.state.capacity) ws = new ParserWorkspace(n * 2, labelNames.length)
    loadParserInput(
      ws,
      s.ids,
      (i) => tagIds.xpos[tags[i]!]!,
      (i) => tagIds.upos[tags[i]!]!,
      altMargin > 0 ? (i) => altId(trainRunnerUp[si], i, altMargin) : undefined,
    )
    const st: ParseState = ws.state
    st.reset(n)
    while (!st.terminal()) {
      const k = parserFeatures(st, ws.input, pKeys)
      transitions.score(pKeys, k, tScores)
      let pred = -1
      let oracle = -1
      for (let t = 0; t < TRANSITIONS; t++) {
        if (!st.legal(t)) continue
        costs[t] = transitionCost(st, t, s.goldHead)
        if (pred < 0 || tScores[t]! > tScores[pred]!) pred = t
        if (costs[t] === 0 && (oracle < 0 || tScores[t]! > tScores[oracle]!)) oracle = t
      }
      if (oracle < 0) throw new Error('no zero-cost transition (the gold tree must be projective)')
      if (costs[pred]! > 0) transitions.update(pKeys, k, oracle, pred)
      transitions.tick()
      const next = costs[pred] === 0 || (explore && random() < exploreP) ? pred : oracle
      let label = -1
      if (next === LEFT || next === RIGHT) {
        const h = next === LEFT ? st.b : st.s0()
        const d = next === LEFT ? st.s0() : st.b
        if (h === n) label = rootLabel
        else {
          const lk = labelFeatures(st, ws.input, h, d, lKeys)
          labeler.score(lKeys, lk, lScores)
          let guess = -1
          for (let c = 0; c < lScores.length; c++) if (c !== rootLabel && (guess < 0 || lScores[c]! > lScores[guess]!)) guess = c
          if (s.goldHead[d] === h) {
            const gold = s.goldLabel[d]!
            if (guess !== gold) labeler.update(lKeys, lk, gold, guess)
            labeler.tick()
            label = explore ? guess : gold
          } else label = guess
        }
      }
      st.apply(next, label)
    }
  }
}

interface Scores {
  upos: number
  xpos: number
  uas: number
  las: number
}

/** UPOS, XPOS, UAS and LAS (relation without subtype) as `score-ud.mjs` counts them. */
function score(parser: SyntaxParser, set: readonly Prepared[], tagsOf: (i: number) => Int32Array, runnerUpOf: (i: number) => RunnerUp): Scores {
  const c = { upos: 0, xpos: 0, uas: 0, las: 0 }
  let total = 0
  set.forEach((s, si) => {
    const tags = tagsOf(si)
    const heads = new Int32Array(s.ids.length)
    const labels = new Int32Array(s.ids.length)
    parser.parseTagged(s.ids, tags, heads, labels, runnerUpOf(si))
    for (let i = 0; i < s.ids.length; i++) {
      const t = classes[tags[i]!]!
      const g = classes[s.goldClass[i]!]!
      if (t.upos === g.upos) c.upos++
      if (t.xpos === g.xpos) c.xpos++
      if (heads[i] === s.heads[i]) {
        c.uas++
        if (labelNames[labels[i]!]!.split(':')[0] === s.deprels[i]!.split(':')[0]) c.las++
      }
    }
    total += s.ids.length
  })
  return { upos: (100 * c.upos) / total, xpos: (100 * c.xpos) / total, uas: (100 * c.uas) / total, las: (100 * c.las) / total }
}

const parserHistory: Array<Scores & { epoch: number }> = []
type Best = { transitions: SparseModel; labels: SparseModel; epoch: number; las: number }
let bestParser: Best | null = null

/**
 * Writes the model with the parser of `best` and the figures so far. Called on every new best
 * epoch, so a run stopped early leaves its best model so far on disk; the last call (the whole
 * run's best, with every epoch's figures) writes the same bytes whatever came before.
 */
function writeModel(best: Best, final = false): void {
  const transitions = shipMinWeight > minWeight ? best.transitions.pruned(shipMinWeight) : best.transitions
  const labels = shipMinWeight > minWeight ? best.labels.pruned(shipMinWeight) : best.labels
  const parts = { classes, labelNames, clusters, lemmas, tagger: tagger.weights, tagger2: tagger2?.weights, dictionary: tagger.dictionary, transitions, labels, altMargin: altMargin || undefined }
  let bytes = encodeSyntaxModel(parts)
  // The shortcuts of the final model only (they take a pass over train).
  let shortcuts: SyntaxShortcuts | undefined
  if (final) {
    shortcuts = buildShortcuts(
      countShortcutDecisions(
        decodeSyntaxModel(bytes),
        train.map((s) => s.words.map((w) => w.form)),
      ),
    )
    bytes = withShortcutsSection(bytes, shortcuts)
  }
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, SYNTAX_MODEL_FILE), bytes)
  const training = {
    data: { train: 'en_ewt-ud-train.conllu', dev: 'en_ewt-ud-dev.conllu', trainSentences: train.length, devSentences: dev.length, liftedArcs: trainLifted },
    settings: {
      seed,
      taggerEpochs,
      parserEpochs,
      folds,
      exploreFrom,
      exploreP,
      minWeight,
      shipMinWeight,
      taggerMinWeight,
      jackknifeEpochs,
      ...(useDictionary ? { tagDictionary: true } : {}),
      ...(secondPass ? { secondPass: true } : {}),
      ...(altMargin > 0 ? { altMargin } : {}),
      ...(Number.isFinite(limit) ? { limit } : {}),
    },
    tagger: {
      devUpos: tagger.history.map((a) => Number((a * 100).toFixed(2))),
      bestEpoch: tagger.best,
      features: tagger.weights.features,
      ...(tagger.dictionary ? { dictionaryWords: tagger.dictionary.size } : {}),
      jackknifeJointAccuracy: Number((jackknifeAccuracy * 100).toFixed(2)),
      ...(tagger2 ? { secondPass: { devUpos: tagger2.history.map((a) => Number((a * 100).toFixed(2))), bestEpoch: tagger2.best, features: tagger2.weights.features } } : {}),
    },
    parser: {
      dev: parserHistory.map((h) => ({ epoch: h.epoch, uas: Number(h.uas.toFixed(2)), las: Number(h.las.toFixed(2)) })),
      bestEpoch: best.epoch,
      transitionFeatures: transitions.features,
      labelFeatures: labels.features,
    },
    ...(shortcuts ? { shortcuts: { tags: shortcuts.tags.size, labels: shortcuts.labels.size, transitions: shortcuts.transitions.size } } : {}),
    bytes: bytes.length,
  }
  writeFileSync(join(outDir, 'training.json'), `${JSON.stringify(training, null, 2)}\n`)
  log(`wrote ${join(outDir, SYNTAX_MODEL_FILE)} (${(bytes.length / 1e6).toFixed(2)} MB, parser epoch ${best.epoch})`)
}

for (let e = 1; e <= parserEpochs; e++) {
  parserEpoch(e, shuffled(trainSet.length, random), random)
  const frozen = { transitions: transitions.freeze(minWeight), labels: labeler.freeze(minWeight) }
  const model = syntaxModelFrom({
    classes,
    labelNames,
    clusters,
    lemmas,
    tagger: tagger.weights,
    tagger2: tagger2?.weights,
    dictionary: tagger.dictionary,
    ...frozen,
    altMargin: altMargin || undefined,
  })
  const parser = new SyntaxParser(model)
  const s = score(
    parser,
    devSet,
    (i) => devTags[i]!,
    (i) => devRunnerUp[i]!,
  )
  parserHistory.push({ epoch: e, ...s })
  log(`parser epoch ${e}: dev UAS ${s.uas.toFixed(2)} LAS ${s.las.toFixed(2)} (${frozen.transitions.features} + ${frozen.labels.features} features)`)
  if (!bestParser || s.las > bestParser.las) {
    bestParser = { ...frozen, epoch: e, las: s.las }
    if (e < parserEpochs) writeModel(bestParser)
  }
}
log(`parser: best epoch ${bestParser!.epoch}`)
writeModel(bestParser!, true)
