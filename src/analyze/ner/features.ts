/**
 * Feature extraction for the sequence model. Each token gets string features from its own form
 * (word, case, shape, affixes), its neighbours (±2 words and shapes), gazetteer matches, word
 * clusters and how the document writes the same word elsewhere; `historyFeature` adds what the
 * tagger predicted for the same word earlier in the document.
 */
import type { NerLexicon } from './lexicon.js'
import { wordShape } from '../tokens/word-shape.js'

/** Document-wide facts about words, gathered before tagging. */
export interface DocumentWords {
  /** Lowercased word to a bit set: 1 seen capitalized mid-sentence, 2 seen in lower case. */
  readonly caseSeen: ReadonlyMap<string, number>
}

const UPPER = /^\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u

/** Whether most letters of a sentence are capitals (headlines such as "SOCCER - JAPAN GET LUCKY WIN"). */
function isCapsSentence(words: readonly string[]): boolean {
  let caps = 0
  let letters = 0
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue
    letters++
    if (!HAS_LOWER.test(w)) caps++
  }
  return letters >= 2 && caps / letters > 0.8
}

/** Gathers the document-wide case facts from every sentence of a document. */
export function documentWords(sentences: readonly (readonly string[])[]): DocumentWords {
  const caseSeen = new Map<string, number>()
  for (const words of sentences) {
    if (isCapsSentence(words)) continue
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!
      if (!/^\p{L}/u.test(w)) continue
      const lw = w.toLowerCase()
      const bit = UPPER.test(w) ? 1 : 2
      caseSeen.set(lw, (caseSeen.get(lw) ?? 0) | bit)
    }
  }
  return { caseSeen }
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase()

// Gazetteer matches of a sentence: per token, features naming the list kind and the token's
// place in the matched phrase. All-caps words are also looked up in title case.
function gazetteerFeatures(words: readonly string[], caps: readonly boolean[], lex: NerLexicon): string[][] {
  const out: string[][] = words.map(() => [])
  if (lex.phrases.size === 0) return out
  const n = words.length
  for (let i = 0; i < n; i++) {
    if (!/^\p{L}/u.test(words[i]!)) continue
    let exact = ''
    let folded = ''
    for (let len = 1; len <= lex.maxPhraseTokens && i + len <= n; len++) {
      const w = words[i + len - 1]!
      exact = len === 1 ? w : `${exact} ${w}`
      const f = caps[i + len - 1] ? titleCase(w) : w
      folded = len === 1 ? f : `${folded} ${f}`
      const exactOn = lex.prefixes.has(exact)
      const foldedOn = folded !== exact && lex.prefixes.has(folded)
      if (!exactOn && !foldedOn) break
      const kinds = (exactOn ? lex.phrases.get(exact) : undefined) ?? (foldedOn ? lex.phrases.get(folded) : undefined)
      if (!kinds) continue
      for (const kind of kinds) {
        if (len === 1) out[i]!.push(`g=${kind}:U`)
        else {
          out[i]!.push(`g=${kind}:B`)
          for (let k = i + 1; k < i + len - 1; k++) out[k]!.push(`g=${kind}:I`)
          out[i + len - 1]!.push(`g=${kind}:L`)
        }
      }
    }
  }
  return out
}

// Exact form first; all-caps words ("JAPAN") fall back to title case, then lower case.
function clusterCodes(word: string, lex: NerLexicon): readonly string[] | undefined {
  const exact = lex.clusters.get(word)
  if (exact) return exact
  if (word.length > 1 && !HAS_LOWER.test(word)) {
    const title = lex.clusters.get(titleCase(word))
    if (title) return title
  }
  return lex.clusters.get(word.toLowerCase())
}

/** Features that depend on one word only, as the word itself and as each neighbour sees it. */
export interface WordFeatureSets {
  readonly self: readonly string[]
  /** Seen from the next word ("l-1=..."), from two words on, from the previous word, from two back. */
  readonly asPrev: readonly string[]
  readonly asPrev2: readonly string[]
  readonly asNext: readonly string[]
  readonly asNext2: readonly string[]
}

/** The word-only features of a word (cacheable per word form). */
export function wordFeatureSets(word: string, lex: NerLexicon): WordFeatureSets {
  const lw = word.toLowerCase()
  const s = wordShape(word)
  const self: string[] = ['b', `w=${word}`, `l=${lw}`, `s=${s}`]
  const len = lw.length
  for (let k = 1; k <= 4 && k < len; k++) self.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(len - k)}`)
  const codes = clusterCodes(word, lex)
  const asPrev = [`l-1=${lw}`, `s-1=${s}`]
  const asNext = [`l+1=${lw}`, `s+1=${s}`]
  if (codes) {
    for (const code of codes) {
      self.push(`c=${code}`)
      asPrev.push(`c-1=${code}`)
      asNext.push(`c+1=${code}`)
    }
  } else self.push('c=none')
  return { self, asPrev, asNext, asPrev2: [`l-2=${lw}`], asNext2: [`l+2=${lw}`] }
}

/** Word-only features of the positions before the first and after the last word. */
export const EDGE_FEATURES = {
  prev: ['l-1=<s>', 's-1=<s>'],
  prev2: ['l-2=<s>'],
  next: ['l+1=</s>', 's+1=</s>'],
  next2: ['l+2=</s>'],
} as const

/** Per-sentence facts the context features read. */
export interface SentenceView {
  readonly words: readonly string[]
  readonly lower: readonly string[]
  readonly shapes: readonly string[]
  readonly capsSentence: boolean
  readonly caps: readonly boolean[]
  readonly gazetteer: readonly (readonly string[])[]
}

/** Computes the per-sentence facts once. */
export function sentenceView(words: readonly string[], lex: NerLexicon): SentenceView {
  const capsSentence = isCapsSentence(words)
  const caps = words.map((w) => capsSentence || (w.length > 1 && !HAS_LOWER.test(w)))
  return {
    words,
    lower: words.map((w) => w.toLowerCase()),
    shapes: words.map((w) => wordShape(w)),
    capsSentence,
    caps,
    gazetteer: gazetteerFeatures(words, caps, lex),
  }
}

/** Features of token i that combine it with its context (shape trigram, bigrams, gazetteer, document). */
export function contextFeatures(v: SentenceView, i: number, doc: DocumentWords): string[] {
  const n = v.words.length
  const lw = v.lower[i]!
  const s = v.shapes[i]!
  const sl = i > 0 ? v.shapes[i - 1]! : '<s>'
  const sr = i + 1 < n ? v.shapes[i + 1]! : '</s>'
  const f: string[] = [`ss=${sl}|${s}|${sr}`, `l-1|l=${i > 0 ? v.lower[i - 1]! : '<s>'}|${lw}`, `l|l+1=${lw}|${i + 1 < n ? v.lower[i + 1]! : '</s>'}`]
  if (v.capsSentence) f.push(`cs|s=${s}`, `cs|l=${lw}`)
  if (i === 0) f.push(`first|s=${s}`)
  for (const g of v.gazetteer[i]!) f.push(g)
  if (i > 0) for (const g of v.gazetteer[i - 1]!) f.push(`-1${g}`)
  if (i + 1 < n) for (const g of v.gazetteer[i + 1]!) f.push(`+1${g}`)
  if (UPPER.test(v.words[i]!) && (i === 0 || v.caps[i])) {
    const seen = doc.caseSeen.get(lw) ?? 0
    f.push(`dc=${seen}`, `dc|s=${seen}|${s}`)
  }
  return f
}

/** Static features of every token of one sentence (word-only sets of the token and its neighbours, plus context). */
export function sentenceFeatures(words: readonly string[], lex: NerLexicon, doc: DocumentWords): string[][] {
  const n = words.length
  const sets = words.map((w) => wordFeatureSets(w, lex))
  const v = sentenceView(words, lex)
  const out: string[][] = []
  for (let i = 0; i < n; i++) {
    out.push([
      ...sets[i]!.self,
      ...(i > 0 ? sets[i - 1]!.asPrev : EDGE_FEATURES.prev),
      ...(i > 1 ? sets[i - 2]!.asPrev2 : EDGE_FEATURES.prev2),
      ...(i + 1 < n ? sets[i + 1]!.asNext : EDGE_FEATURES.next),
      ...(i + 2 < n ? sets[i + 2]!.asNext2 : EDGE_FEATURES.next2),
      ...contextFeatures(v, i, doc),
    ])
  }
  return out
}

/** Label counts of earlier mentions of each capitalized word in the document, keyed by lower case. */
export type History = Map<string, Int32Array>

/** The history feature of a word: the type most often predicted for it earlier in the document. */
export function historyFeature(word: string, history: History, typeNames: readonly string[]): string | null {
  if (!UPPER.test(word)) return null
  const counts = history.get(word.toLowerCase())
  if (!counts) return null
  let best = 0
  for (let t = 1; t < counts.length; t++) if (counts[t]! > counts[best]!) best = t
  return `h=${typeNames[best]}`
}

/** Records predicted types (0 = none, 1.. = entity type index + 1) of a sentence's capitalized words. */
export function recordHistory(words: readonly string[], types: ArrayLike<number>, history: History, typeCount: number): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!UPPER.test(w)) continue
    const key = w.toLowerCase()
    let counts = history.get(key)
    if (!counts) {
      counts = new Int32Array(typeCount + 1)
      history.set(key, counts)
    }
    const k = types[i]!
    counts[k] = (counts[k] ?? 0) + 1
  }
}

/**
 * Features from the first pass over the whole document: the type most often predicted for the
 * same word at its other mentions, before or after this one. `own` is this mention's first-pass
 * type, left out of the count; `exposed` marks a mention whose case says little (sentence start,
 * all caps), where the other mentions matter most.
 */
export function aggregateFeatures(word: string, own: number, exposed: boolean, aggregate: History, typeNames: readonly string[]): string[] {
  if (!UPPER.test(word)) return []
  const counts = aggregate.get(word.toLowerCase())
  if (!counts) return []
  let best = -1
  let bestCount = 0
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t]! - (t === own ? 1 : 0)
    if (c > bestCount) {
      best = t
      bestCount = c
    }
  }
  if (best < 0) return []
  const type = typeNames[best]!
  return exposed ? [`a=${type}`, `ax=${type}`] : [`a=${type}`]
}

/** Whether a token's case is uninformative: first in its sentence, or in capitals. */
export function isExposed(view: SentenceView, i: number): boolean {
  return i === 0 || view.caps[i] === true
}
