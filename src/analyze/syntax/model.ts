/**
 * The loaded syntax model (tagger, lemmatizer, parser and the word clusters their features read)
 * and `SyntaxParser`, which runs all three over the words of one sentence. The model file
 * `models/parser/syntax.bin.gz` is self-contained: it carries the clusters it was trained with,
 * so retraining another model's clusters never shifts this one's features.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeBundle, encodeBundle } from './bundle.js'
import { hashString } from './hash.js'
import { loadLemmatizer, type Lemmatizer } from './lemmatizer.js'
import { WordIdCache, type ClusterTable, type WordIds } from './lexical.js'
import { parseLoaded, ParserWorkspace, type ParserModel } from './parser.js'
import { decodeShortcuts, encodeShortcuts, type SyntaxShortcuts } from './shortcuts.js'
import { SparseModel } from './sparse-model.js'
import { decodeTagDictionary, encodeTagDictionary, type TagDictionary } from './tag-dictionary.js'
import { tagWords, taggerBuffers, type RunnerUp, type TagClass, type TaggerBuffers, type TaggerModel } from './tagger.js'

/** File name of the model inside its folder. */
export const SYNTAX_MODEL_FILE = 'syntax.bin.gz'
const FORMAT = 'newsgraph.syntax/1'

/** Everything the syntax layer needs, loaded once per process. */
export interface SyntaxModel {
  readonly tagger: TaggerModel
  readonly parser: ParserModel
  readonly lemmatizer: Lemmatizer
  readonly clusters: ClusterTable
  /** Size of the model file in bytes (0 when built in memory). */
  readonly bytes: number
}

/** The analysis of one word of a sentence. */
export interface ParsedWord {
  readonly form: string
  readonly lemma: string
  /** Universal part of speech (UD UPOS), e.g. `VERB`. */
  readonly upos: string
  /** Penn Treebank tag, e.g. `VBD`. */
  readonly xpos: string
  /** Index of the head word in the sentence, -1 for the root. */
  readonly head: number
  /** UD relation to the head, with its subtype (`nsubj:pass`, `obl:tmod`); `root` for the root. */
  readonly deprel: string
}

// Ids the parser reads for the artificial root word and for the tag ids of real words.
const ROOT_WORD = hashString('<ROOT>')
const ROOT_TAG = 1 << 20

/** Options of `SyntaxParser`. */
export interface SyntaxParserOptions {
  /** Most word forms whose tagger scores are kept per pass (`TaggerBufferOptions.cachedWords`); 0 keeps none. */
  readonly cachedWords?: number | undefined
}

/** Runs the tagger, lemmatizer and parser over sentences; keeps caches, so reuse one per thread. */
export class SyntaxParser {
  readonly model: SyntaxModel
  private readonly cache: WordIdCache
  private workspace: ParserWorkspace
  private readonly buffers: TaggerBuffers
  private readonly xposId: Int32Array
  private readonly uposId: Int32Array
  // Lemmas per tag class and form: news repeats its words, and rule lookup builds strings.
  private readonly lemmas: Array<Map<string, string>>

  /** Creates a parser over a loaded model. */
  constructor(model: SyntaxModel, options: SyntaxParserOptions = {}) {
    this.model = model
    this.cache = new WordIdCache(model.clusters)
    this.workspace = new ParserWorkspace(128, model.parser.labelNames.length)
    this.buffers = taggerBuffers(model.tagger.classes.length, { cachedWords: options.cachedWords })
    const ids = classTagIds(model.tagger.classes)
    this.xposId = ids.xpos
    this.uposId = ids.upos
    this.lemmas = model.tagger.classes.map(() => new Map<string, string>())
  }

  /** The lemma of `form` tagged with class `c` (memoized). */
  lemmaOf(form: string, c: number): string {
    const cache = this.lemmas[c]!
    let lemma = cache.get(form)
    if (lemma === undefined) {
      if (cache.size >= 50_000) cache.clear()
      lemma = this.model.lemmatizer.lemma(form, this.model.tagger.classes[c]!.xpos)
      cache.set(form, lemma)
    }
    return lemma
  }

  /** Word ids of the given forms (cached per form). */
  wordIds(forms: readonly string[]): WordIds[] {
    return forms.map((f) => this.cache.get(f))
  }

  /** Tags, lemmatizes and parses one sentence given as its words. */
  parse(forms: readonly string[]): ParsedWord[] {
    return this.parseAll([forms])[0]!
  }

  /**
   * Tags, lemmatizes and parses sentences (an article's): every sentence is tagged before any is
   * parsed. Each is analysed on its own, so the result is what `parse` gives for each, but the
   * tagger's weights and then the parser's stay in the processor's cache instead of evicting each
   * other at every sentence (about a fifth less time on EWT dev).
   */
  parseAll(sentences: ReadonlyArray<readonly string[]>): ParsedWord[][] {
    return this.analyzeAll(sentences).map((a) => a.words())
  }

  /**
   * As `parseAll`, but each sentence's result stays as arrays of class, head and label ids, read
   * word by word through `SentenceParse`: `parseTokens` builds one record per token from it
   * without first building one per word.
   */
  analyzeAll(sentences: ReadonlyArray<readonly string[]>): SentenceParse[] {
    const ids = sentences.map((forms) => this.wordIds(forms))
    const alt = this.model.parser.altMargin ? ids.map((words) => runnerUpFor(words.length)) : null
    const classes = ids.map((words, s) => tagWords(this.model.tagger, words, this.buffers, alt?.[s]))
    return sentences.map((forms, s) => {
      const n = forms.length
      const heads = new Int32Array(n)
      const labels = new Int32Array(n)
      if (n > 0) this.parseTagged(ids[s]!, classes[s]!, heads, labels, alt?.[s])
      return new SentenceParse(this, forms, classes[s]!, heads, labels)
    })
  }

  /**
   * Parses words whose tagger classes are known; fills `heads` and `labels`. A model trained with
   * runner-up features needs the tagger's `runnerUp` too (without it, every class reads as sure).
   */
  parseTagged(ids: readonly WordIds[], classes: Int32Array, heads: Int32Array, labels: Int32Array, runnerUp?: RunnerUp): void {
    const n = ids.length
    if (n > this.workspace.state.capacity) this.workspace = new ParserWorkspace(Math.max(n, this.workspace.state.capacity * 2), this.model.parser.labelNames.length)
    const margin = this.model.parser.altMargin
    loadParserInput(
      this.workspace,
      ids,
      (i) => this.xposId[classes[i]!]!,
      (i) => this.uposId[classes[i]!]!,
      margin ? (i) => altId(runnerUp, i, margin) : undefined,
    )
    parseLoaded(this.model.parser, this.workspace, heads, labels)
  }
}

/** One parsed sentence as id arrays, read word by word (index `w` into its words). */
export class SentenceParse {
  /** Creates the view; `heads` holds -1 for the root. */
  constructor(
    private readonly parser: SyntaxParser,
    readonly forms: readonly string[],
    readonly classes: Int32Array,
    readonly heads: Int32Array,
    readonly labels: Int32Array,
  ) {}

  /** Universal part of speech of word `w`. */
  upos(w: number): string {
    return this.parser.model.tagger.classes[this.classes[w]!]!.upos
  }

  /** Penn Treebank tag of word `w`. */
  xpos(w: number): string {
    return this.parser.model.tagger.classes[this.classes[w]!]!.xpos
  }

  /** Lemma of word `w`. */
  lemma(w: number): string {
    return this.parser.lemmaOf(this.forms[w]!, this.classes[w]!)
  }

  /** UD relation of word `w` to its head. */
  deprel(w: number): string {
    return this.parser.model.parser.labelNames[this.labels[w]!] ?? 'dep'
  }

  /** One record per word. */
  words(): ParsedWord[] {
    const out: ParsedWord[] = []
    for (let i = 0; i < this.forms.length; i++) {
      out.push({ form: this.forms[i]!, lemma: this.lemma(i), upos: this.upos(i), xpos: this.xpos(i), head: this.heads[i]!, deprel: this.deprel(i) })
    }
    return out
  }
}

/** The parser's Penn and universal tag ids of each tagger class (numbered by first appearance). */
export function classTagIds(classes: readonly TagClass[]): { xpos: Int32Array; upos: Int32Array } {
  const idOf = (ids: Map<string, number>, name: string): number => {
    let id = ids.get(name)
    if (id === undefined) {
      id = ids.size + 1
      ids.set(name, id)
    }
    return id
  }
  const xpos = new Map<string, number>()
  const upos = new Map<string, number>()
  return { xpos: Int32Array.from(classes, (c) => idOf(xpos, c.xpos)), upos: Int32Array.from(classes, (c) => idOf(upos, c.upos)) }
}

/** Empty runner-up arrays for `n` words. */
export function runnerUpFor(n: number): RunnerUp {
  return { alt: new Int32Array(n), margin: new Float64Array(n) }
}

/** The parser's runner-up id of word `i`: its runner-up class + 1 where the best won by less than `margin`, else 0. */
export function altId(runnerUp: RunnerUp | undefined, i: number, margin: number): number {
  return runnerUp && runnerUp.margin[i]! < margin ? runnerUp.alt[i]! + 1 : 0
}

/**
 * Fills a workspace's parser input from word ids and tag ids (the root goes at index n); `alt`
 * (runner-up ids, see `altId`) only for a model trained with them.
 */
export function loadParserInput(ws: ParserWorkspace, ids: readonly WordIds[], xpos: (i: number) => number, upos: (i: number) => number, alt?: (i: number) => number): void {
  const inp = ws.input
  const n = ids.length
  inp.n = n
  for (let i = 0; i < n; i++) {
    inp.word[i] = ids[i]!.lower
    inp.tag[i] = xpos(i)
    inp.utag[i] = upos(i)
    inp.cluster[i] = ids[i]!.c512
    inp.alt[i] = alt ? alt(i) : 0
  }
  inp.word[n] = ROOT_WORD
  inp.tag[n] = ROOT_TAG
  inp.utag[n] = ROOT_TAG
  inp.cluster[n] = ROOT_TAG
  inp.alt[n] = 0
  inp.altOn = alt !== undefined
}

/** Parts of a model file. */
export interface SyntaxModelParts {
  readonly classes: readonly TagClass[]
  readonly labelNames: readonly string[]
  readonly clusters: ClusterTable
  readonly lemmas: string
  readonly tagger: SparseModel
  /** The tagger's second pass (models trained with `--second-pass`). */
  readonly tagger2?: SparseModel | undefined
  /** The tagger's ambiguity classes (models trained with `--tag-dictionary`). */
  readonly dictionary?: TagDictionary | undefined
  /** Decisions taken without scoring (`npm run train:parser-shortcuts`); absent: every decision is scored. */
  readonly shortcuts?: SyntaxShortcuts | undefined
  readonly transitions: SparseModel
  readonly labels: SparseModel
  /** Free-form facts about the training run, kept in the file's header. */
  readonly about?: Record<string, unknown>
  /** The parser's runner-up margin (`ParserModel.altMargin`); absent: no runner-up features. */
  readonly altMargin?: number | undefined
}

/** Builds a model from its parts (as training does, before writing it). */
export function syntaxModelFrom(parts: SyntaxModelParts, bytes = 0): SyntaxModel {
  const rootLabel = parts.labelNames.indexOf('root')
  if (rootLabel < 0) throw new Error('a parser model needs a `root` label')
  return {
    tagger: { classes: parts.classes, weights: parts.tagger, dictionary: parts.dictionary, second: parts.tagger2, fixed: parts.shortcuts?.tags },
    parser: {
      transitions: parts.transitions,
      labels: parts.labels,
      labelNames: parts.labelNames,
      rootLabel,
      fixedLabels: parts.shortcuts?.labels,
      fixedTransitions: parts.shortcuts?.transitions,
      altMargin: parts.altMargin,
    },
    lemmatizer: loadLemmatizer(parts.lemmas),
    clusters: parts.clusters,
    bytes,
  }
}

/** Serializes a model's parts into the bytes of `syntax.bin.gz`. */
export function encodeSyntaxModel(parts: SyntaxModelParts): Buffer {
  // The margin is written only when set, so a model without it keeps its bytes.
  const meta = { classes: parts.classes.map((c) => [c.upos, c.xpos]), labels: parts.labelNames, about: parts.about ?? {}, ...(parts.altMargin ? { altMargin: parts.altMargin } : {}) }
  const clusterLines: string[] = []
  for (const [word, c] of parts.clusters) clusterLines.push(`${word}\t${c[0]}\t${c[1]}\t${c[2]}`)
  return encodeBundle(FORMAT, [
    ['meta', Buffer.from(JSON.stringify(meta))],
    ['clusters', Buffer.from(clusterLines.join('\n'))],
    ['lemmas', Buffer.from(parts.lemmas)],
    ['tagger', parts.tagger.toBytes()],
    ['transitions', parts.transitions.toBytes()],
    ['labels', parts.labels.toBytes()],
    // Written only when there is one, so a model without it keeps its bytes.
    ...(parts.dictionary ? [['dictionary', encodeTagDictionary(parts.dictionary)] as const] : []),
    ...(parts.tagger2 ? [['tagger2', parts.tagger2.toBytes()] as const] : []),
    ...(parts.shortcuts ? [['shortcuts', encodeShortcuts(parts.shortcuts)] as const] : []),
  ])
}

/**
 * The bytes of `syntax.bin.gz` with its shortcuts section replaced (none: removed), every other
 * section as it was: the bytes `encodeSyntaxModel` writes for the same parts with these shortcuts.
 */
export function withShortcutsSection(gz: Buffer, shortcuts: SyntaxShortcuts | undefined): Buffer {
  const sections = [...decodeBundle(gz, FORMAT)].filter(([name]) => name !== 'shortcuts')
  if (shortcuts) sections.push(['shortcuts', encodeShortcuts(shortcuts)])
  return encodeBundle(FORMAT, sections)
}

/** Reads `syntax.bin.gz` bytes into a model; throws on a file of another format. */
export function decodeSyntaxModel(gz: Buffer): SyntaxModel {
  const sections = decodeBundle(gz, FORMAT)
  const part = (name: string): Buffer => {
    const b = sections.get(name)
    if (!b) throw new Error(`syntax model file lacks its \`${name}\` section`)
    return b
  }
  const meta = JSON.parse(part('meta').toString('utf8')) as { classes: Array<[string, string]>; labels: string[]; altMargin?: number }
  const clusters = new Map<string, [number, number, number]>()
  for (const line of part('clusters').toString('utf8').split('\n')) {
    const [word, a, b, c] = line.split('\t')
    if (word === undefined || c === undefined) continue
    clusters.set(word, [Number(a), Number(b), Number(c)])
  }
  return syntaxModelFrom(
    {
      classes: meta.classes.map(([upos, xpos]) => ({ upos, xpos })),
      labelNames: meta.labels,
      clusters,
      lemmas: part('lemmas').toString('utf8'),
      tagger: SparseModel.fromBytes(part('tagger')),
      transitions: SparseModel.fromBytes(part('transitions')),
      labels: SparseModel.fromBytes(part('labels')),
      dictionary: sections.has('dictionary') ? decodeTagDictionary(part('dictionary')) : undefined,
      tagger2: sections.has('tagger2') ? SparseModel.fromBytes(part('tagger2')) : undefined,
      shortcuts: sections.has('shortcuts') ? decodeShortcuts(part('shortcuts')) : undefined,
      altMargin: meta.altMargin,
    },
    gz.length,
  )
}

/** Loads the model in `dir`, or returns null when its file is absent. */
export function loadSyntaxModel(dir: string): SyntaxModel | null {
  const path = join(dir, SYNTAX_MODEL_FILE)
  if (!existsSync(path)) return null
  return decodeSyntaxModel(readFileSync(path))
}
