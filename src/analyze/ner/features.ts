/**
 * Feature extraction for the sequence model. Each token gets string features from its own form
 * (word, case, shape, affixes), its neighbours (±2 words and shapes), gazetteer matches, word
 * clusters and how the document writes the same word elsewhere; `historyFeature` adds what the
 * tagger predicted for the same word earlier in the document.
 */
import type { NerLexicon } from './lexicon.js'

/** Document-wide facts about words, gathered before tagging. */
export interface DocumentWords {
  /** Lowercased word to a bit set: 1 seen capitalized mid-sentence, 2 seen in lower case. */
  readonly caseSeen: ReadonlyMap<string, number>
}

const UPPER = /^\p{Lu}/u
const HAS_LOWER = /\p{Ll}/u

/** Collapsed character-class shape: "Jong-un" -> "Xx-x", "1996-08-22" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = ''
  let last = ''
  for (const ch of word) {
    let c: string
    if (ch >= 'a' && ch <= 'z') c = 'x'
    else if (ch >= 'A' && ch <= 'Z') c = 'X'
    else if (ch >= '0' && ch <= '9') c = 'd'
    else if (/\p{Ll}/u.test(ch)) c = 'x'
    else if (/\p{Lu}/u.test(ch)) c = 'X'
    else if (/\p{N}/u.test(ch)) c = 'd'
    else c = ch
    if (c !== last) out += c
    last = c
  }
  return out
}

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
      const kinds = lex.phrases.get(exact) ?? (folded !== exact ? lex.phrases.get(folded) : undefined)
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

function clusterCodes(word: string, lex: NerLexicon): readonly string[] | undefined {
  return lex.clusters.get(word) ?? lex.clusters.get(word.toLowerCase())
}

/** Static features of every token of one sentence. */
export function sentenceFeatures(words: readonly string[], lex: NerLexicon, doc: DocumentWords): string[][] {
  const n = words.length
  const lower = words.map((w) => w.toLowerCase())
  const shapes = words.map(wordShape)
  const capsSentence = isCapsSentence(words)
  const caps = words.map((w) => capsSentence || (w.length > 1 && !HAS_LOWER.test(w)))
  const gaz = gazetteerFeatures(words, caps, lex)
  const codes = words.map((w) => clusterCodes(w, lex))
  const at = (a: readonly string[], i: number, edge: string): string => (i < 0 || i >= n ? edge : a[i]!)
  const out: string[][] = []
  for (let i = 0; i < n; i++) {
    const w = words[i]!
    const lw = lower[i]!
    const s = shapes[i]!
    const f: string[] = ['b', `w=${w}`, `l=${lw}`, `s=${s}`]
    const len = lw.length
    for (let k = 1; k <= 4 && k < len; k++) f.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(len - k)}`)
    const l1 = at(lower, i - 1, '<s>')
    const r1 = at(lower, i + 1, '</s>')
    const sl = at(shapes, i - 1, '<s>')
    const sr = at(shapes, i + 1, '</s>')
    f.push(`l-1=${l1}`, `l+1=${r1}`, `l-2=${at(lower, i - 2, '<s>')}`, `l+2=${at(lower, i + 2, '</s>')}`)
    f.push(`s-1=${sl}`, `s+1=${sr}`, `ss=${sl}|${s}|${sr}`)
    f.push(`l-1|l=${l1}|${lw}`, `l|l+1=${lw}|${r1}`)
    if (capsSentence) f.push(`cs|s=${s}`, `cs|l=${lw}`)
    if (i === 0) f.push(`first|s=${s}`)
    for (const g of gaz[i]!) f.push(g)
    if (i > 0) for (const g of gaz[i - 1]!) f.push(`-1${g}`)
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push(`+1${g}`)
    const c = codes[i]
    if (c) for (const code of c) f.push(`c=${code}`)
    else f.push('c=none')
    const cl = i > 0 ? codes[i - 1] : undefined
    const cr = i + 1 < n ? codes[i + 1] : undefined
    if (cl) for (const code of cl) f.push(`c-1=${code}`)
    if (cr) for (const code of cr) f.push(`c+1=${code}`)
    if (UPPER.test(w) && (i === 0 || caps[i])) {
      const seen = doc.caseSeen.get(lw) ?? 0
      f.push(`dc=${seen}`, `dc|s=${seen}|${s}`)
    }
    out.push(f)
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
