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

/**
 * One verb's patterns compiled for matching, most specific first. Every slot (a set of words of
 * which one must occur on its side) has an id; each side maps a word to the slots it fills.
 */
export interface VerbPatterns {
  readonly codes: readonly string[]
  /** Number of slots of each pattern. */
  readonly slots: Uint16Array
  /** The pattern of each slot id. */
  readonly patternOf: Uint16Array
  readonly left: ReadonlyMap<string, readonly number[]>
  readonly right: ReadonlyMap<string, readonly number[]>
}

/** The lexicon indexed for matching: patterns by verb. */
export interface CameoIndex {
  readonly verbs: ReadonlyMap<string, string>
  readonly forms: ReadonlyMap<string, string>
  readonly patterns: ReadonlyMap<string, VerbPatterns>
}

/** Indexes a compiled lexicon. */
export function indexCameo(lexicon: CameoLexicon): CameoIndex {
  const byVerb = new Map<string, CameoPattern[]>()
  for (const p of lexicon.patterns) {
    const list = byVerb.get(p[0]) ?? []
    list.push(p)
    byVerb.set(p[0], list)
  }
  const patterns = new Map<string, VerbPatterns>()
  for (const [verb, list] of byVerb) {
    list.sort((a, b) => b[2].length + b[3].length - (a[2].length + a[3].length))
    patterns.set(verb, compileVerb(list))
  }
  return { verbs: new Map(Object.entries(lexicon.verbs)), forms: new Map(Object.entries(lexicon.forms)), patterns }
}

// Word-to-slot postings: a verb may have hundreds of patterns (534 for the busiest), and testing
// each slot against the window one by one was a fifth of the events step's time.
function compileVerb(list: readonly CameoPattern[]): VerbPatterns {
  const left = new Map<string, number[]>()
  const right = new Map<string, number[]>()
  const patternOf: number[] = []
  const post = (side: Map<string, number[]>, slot: readonly string[]): void => {
    const id = patternOf.length - 1
    for (const w of slot) {
      const ids = side.get(w) ?? []
      if (ids[ids.length - 1] !== id) ids.push(id)
      side.set(w, ids)
    }
  }
  list.forEach(([, , l, r], p) => {
    for (const slot of l) {
      patternOf.push(p)
      post(left, slot)
    }
    for (const slot of r) {
      patternOf.push(p)
      post(right, slot)
    }
  })
  return { codes: list.map((p) => p[1]), slots: Uint16Array.from(list, (p) => p[2].length + p[3].length), patternOf: Uint16Array.from(patternOf), left, right }
}

/**
 * The code of the most specific pattern of `lemmas[at]` whose words all occur near it (left words
 * before, right words after), or undefined when none does.
 */
export function matchCameoPattern(index: CameoIndex, words: readonly string[], lemmas: readonly string[], at: number): string | undefined {
  const verb = index.patterns.get(lemmas[at]!)
  if (!verb) return undefined
  const filled = new Uint16Array(verb.codes.length)
  const hit = new Uint8Array(verb.patternOf.length)
  const mark = (ids: readonly number[] | undefined): void => {
    for (const id of ids ?? []) {
      if (hit[id]) continue
      hit[id] = 1
      filled[verb.patternOf[id]!]!++
    }
  }
  const fill = (side: ReadonlyMap<string, readonly number[]>, from: number, to: number): void => {
    for (let k = Math.max(0, from); k < Math.min(words.length, to); k++) {
      mark(side.get(words[k]!))
      if (lemmas[k] !== words[k]) mark(side.get(lemmas[k]!))
    }
  }
  fill(verb.left, at - LEFT_REACH, at)
  fill(verb.right, at + 1, at + 1 + RIGHT_REACH)
  for (let p = 0; p < verb.codes.length; p++) if (filled[p] === verb.slots[p]) return verb.codes[p]
  return undefined
}
