/**
 * The CAMEO verb lexicon compiled from the PETRARCH2 dictionaries (`scripts/events/cameo-verbs.ts`):
 * verbs with their CAMEO code and verb-object patterns. The detector reads it as evidence — which
 * event a verb usually codes, and which code the words around it point to — not as rules.
 */

/** `[verb, code, left slots, right slots]`: each slot lists the words that fill it. */
export type CameoPattern = readonly [verb: string, code: string, left: readonly (readonly string[])[], right: readonly (readonly string[])[]]

/** The compiled lexicon as stored. Codes are CAMEO codes ("190", "0874"), "" for "codes nothing". */
export interface CameoLexicon {
  /** Base form to its default code. */
  readonly verbs: Readonly<Record<string, string>>
  /** Irregular and listed inflections to their base form ("slain" -> "slay"). */
  readonly forms: Readonly<Record<string, string>>
  readonly patterns: readonly CameoPattern[]
}

/** How far before and after the verb a pattern's words are looked for. */
const LEFT_REACH = 5
const RIGHT_REACH = 7

/** The lexicon indexed for matching: patterns by verb, most specific first. */
export interface CameoIndex {
  readonly verbs: ReadonlyMap<string, string>
  readonly forms: ReadonlyMap<string, string>
  readonly patterns: ReadonlyMap<string, readonly CameoPattern[]>
}

/** Indexes a compiled lexicon. */
export function indexCameo(lexicon: CameoLexicon): CameoIndex {
  const patterns = new Map<string, CameoPattern[]>()
  for (const p of lexicon.patterns) {
    const list = patterns.get(p[0]) ?? []
    list.push(p)
    patterns.set(p[0], list)
  }
  for (const list of patterns.values()) list.sort((a, b) => b[2].length + b[3].length - (a[2].length + a[3].length))
  return { verbs: new Map(Object.entries(lexicon.verbs)), forms: new Map(Object.entries(lexicon.forms)), patterns }
}

/**
 * The code of the most specific pattern of `lemmas[at]` whose words all occur near it (left words
 * before, right words after), or undefined when none does.
 */
export function matchCameoPattern(index: CameoIndex, words: readonly string[], lemmas: readonly string[], at: number): string | undefined {
  const list = index.patterns.get(lemmas[at]!)
  if (!list) return undefined
  const has = (slot: readonly string[], from: number, to: number): boolean => {
    for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) if (slot.includes(words[k]!) || slot.includes(lemmas[k]!)) return true
    return false
  }
  for (const [, code, left, right] of list) {
    if (left.every((s) => has(s, at - LEFT_REACH, at)) && right.every((s) => has(s, at + 1, at + 1 + RIGHT_REACH))) return code
  }
  return undefined
}
