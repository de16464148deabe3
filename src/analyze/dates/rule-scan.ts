/**
 * Fast, exact matching of one date rule over a text: the same matches, in the same order, as
 * `text.matchAll(rule.pattern)`, at a fraction of the cost.
 *
 * Why: every rule pattern starts with a Unicode lookbehind `(?<![\p{L}\p{N}])`. V8 tests it at
 * every position of the text before anything else, which costs more than the rule itself and
 * keeps the engine from skipping ahead on the rule's first characters. So the rule's body (the
 * pattern with only the ASCII half of its lookbehind, which is cheap) is searched instead, and
 * the full lookbehind is checked here on each body match. A body match that fails the check is not a rule match, and the search resumes one
 * code point after its start, where a rule match may still begin inside it. Positions the body
 * does not match at are not rule matches either, so nothing is skipped.
 *
 * Before that, a rule's `gate` (a cheap test each of its matches passes) rules out the whole
 * text when it fails. Its words are looked up in the lower-cased text, once per text for all
 * rules (`gateWordFinder`). (A rule matching case-insensitively also reads "ſ" as "s"; texts spelling
 * date words with a long s are not worth a slower gate.)
 */
import type { DateRule, RuleGate } from './grammar.js'

/** One rule match: where it starts, its text and its named groups. */
export interface RuleMatch {
  readonly index: number
  readonly text: string
  readonly groups: Readonly<Record<string, string | undefined>>
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u

/** True when the code point before `i` is a letter or a number (what the rule lookbehind rejects). */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false
  const c = text.charCodeAt(i - 1)
  // ASCII first: nearly every text character is.
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
  // A low surrogate ends an astral code point, which the lookbehind reads whole.
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(from)!))
}

/** Whether the lower-cased text contains a gate word. */
export type HasWord = (word: string) => boolean

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Finds, in one pass over a text, which of the rules' gate words it contains, and answers for
 * them. One pass costs less than a substring search per word, since most words are absent and
 * each absent word would read the whole text.
 */
export function gateWordFinder(rules: readonly DateRule[]): (text: string) => HasWord {
  const words = [...new Set(rules.flatMap((r) => r.gate?.words ?? []))]
  // Longest first: at each place the regex reports the longest word starting there, and every
  // shorter word starting there is a prefix of it, so counted through `contained`.
  const long = words.filter((w) => w.length > 1).sort((a, b) => b.length - a.length)
  const contained: ReadonlyMap<string, readonly string[]> = new Map(long.map((w) => [w, long.filter((v) => w.includes(v))]))
  // Zero-width, so overlapping words ("day" inside "today") are all seen.
  const starts = new RegExp(`(?=(${long.map(escapeRegex).join('|')}))`, 'g')
  // Single characters (digits, "-", "/") are cheaper to find with indexOf.
  const single = words.filter((w) => w.length === 1)
  return (text) => {
    const lower = text.toLowerCase()
    const found = new Set<string>()
    for (const m of lower.matchAll(starts)) {
      const word = m[1]!
      if (found.has(word)) continue
      for (const v of contained.get(word) ?? []) found.add(v)
    }
    for (const w of single) if (lower.includes(w)) found.add(w)
    return (word) => found.has(word)
  }
}

/** True when `text` passes the gate (`has` answers for its words). */
export function passesGate(gate: RuleGate, text: string, has: HasWord): boolean {
  if (gate.words && !gate.words.some(has)) return false
  return !gate.re || gate.re.test(text)
}

/** Every non-empty match of `rule` in `text`, as `text.matchAll(rule.pattern)` finds them; `has` answers for `text`. */
export function scanRule(rule: DateRule, text: string, has: HasWord): RuleMatch[] {
  const out: RuleMatch[] = []
  if (rule.gate && !passesGate(rule.gate, text, has)) return out
  const re = rule.body
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const index = m.index
    if (wordCharBefore(text, index)) {
      // Not a rule match here; one may start later inside this body match.
      re.lastIndex = index + (text.codePointAt(index)! > 0xffff ? 2 : 1)
      continue
    }
    if (m[0].length === 0) {
      // The finder drops empty matches; step one code point past it, as matchAll does.
      re.lastIndex = index + (index < text.length && text.codePointAt(index)! > 0xffff ? 2 : 1)
      continue
    }
    out.push({ index, text: m[0], groups: m.groups ?? {} })
  }
  return out
}
