/**
 * Gazetteer names in the text: the longest known name at each word, in title case for words
 * written in capitals, and countries joined by a hyphen into one token ("US-China").
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { Draft } from './draft.js'
import { normalizeToken, type Gazetteer, type GazetteerEntry } from '../kb/gazetteer.js'

/** Longest gazetteer names starting at each word token. */
export function matchGazetteer(tokens: readonly Token[], sentences: readonly Sentence[], gazetteer: Gazetteer): Draft[] {
  const norm = tokens.map((t) => normalizeToken(t.text))
  // Datelines and headlines in capitals ("WASHINGTON (Reuters)") match in title case too.
  const titled = norm.map((w) => (w.length >= 3 && /^[\p{Lu}\p{N}'.-]+$/u.test(w) && /\p{Lu}{2}/u.test(w) ? titleCase(w) : w))
  const out: Draft[] = []
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!/^\p{L}/u.test(norm[i]!)) continue
      // Grow the key one token at a time while it is still the start of some name.
      let best: { n: number; entry: GazetteerEntry } | undefined
      for (const forms of titled[i] === norm[i] ? [norm] : [norm, titled]) {
        let key = ''
        for (let n = 1; n <= gazetteer.maxTokens && i + n <= s.tokenEnd; n++) {
          key = n === 1 ? forms[i]! : `${key} ${forms[i + n - 1]!}`
          if (!gazetteer.prefixes.has(key)) break
          const entry = gazetteer.entries.get(key)
          if (entry && (!best || n > best.n)) best = { n, entry }
        }
        if (best) break
      }
      if (!best) {
        out.push(...compoundParts(tokens[i]!, i, gazetteer))
        continue
      }
      out.push({ tokenStart: i, tokenEnd: i + best.n, source: 'gazetteer', gazetteer: best.entry, hint: best.entry.type })
      i += best.n - 1
    }
  }
  return out
}

/** "NEW" -> "New", "WASHINGTON" -> "Washington", "D.C." stays. */
function titleCase(word: string): string {
  return word.replace(/\p{L}+/gu, (w) => (w.length <= 1 ? w : w[0] + w.slice(1).toLowerCase()))
}

const COMPOUND_KINDS = new Set(['country', 'capital', 'demonym'])

/** Countries and nationalities joined by a hyphen into one token: "US-China", "Russia-Ukraine". */
function compoundParts(token: Token, i: number, gazetteer: Gazetteer): Draft[] {
  const pieces = [...token.text.matchAll(/[^-‐]+/gu)]
  if (pieces.length < 2) return []
  // "U.S.-led", "Moscow-backed": the place is a mention, the participle is not.
  const last = pieces[pieces.length - 1]!
  if (pieces.length === 2 && /^\p{Ll}+$/u.test(last[0])) pieces.pop()
  const parts: Draft[] = []
  for (const m of pieces) {
    const entry = gazetteer.entries.get(normalizeToken(m[0]))
    if (!entry || !COMPOUND_KINDS.has(entry.kind)) return []
    const start = token.start + m.index
    parts.push({ tokenStart: i, tokenEnd: i + 1, part: { start, end: start + m[0].length }, source: 'gazetteer', gazetteer: entry, hint: entry.type })
  }
  return parts
}
