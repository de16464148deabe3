/**
 * Numbers written as English words ("thirteen", "twenty-six", "two hundred thousand", "a
 * dozen", "seventieth"): the immutable lexicon, a regular expression that finds such phrases,
 * and a parser that turns one into its value. Shared by the quantities and dates steps.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
])

const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
])

const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
])

const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['sixtieth', 60],
  ['seventieth', 70],
  ['eightieth', 80],
  ['ninetieth', 90],
  ['hundredth', 100],
  ['thousandth', 1000],
])

/** Multipliers for "a dozen", "two dozen", "a score". */
const GROUPS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['dozens', 12],
])

const alt = (keys: Iterable<string>): string => [...keys].sort((a, b) => b.length - a.length).join('|')

const CARDINAL_WORD = `(?:${alt([...UNITS.keys(), ...TENS.keys()])})(?:-(?:${alt(UNITS.keys())}))?`
const ORDINAL_WORD = `(?:(?:${alt(TENS.keys())})-(?:${alt(ORDINAL_UNITS.keys())})|${alt([...ORDINAL_UNITS.keys(), ...ORDINAL_TENS.keys()])})`
const SCALE_WORD = alt(SCALES.keys())

/** Regex source (no groups) of a cardinal in words: "two", "twenty-six", "two hundred thousand", "a dozen". */
export const CARDINAL_WORDS_SOURCE = `(?:(?:a|an)[\\s-]+(?:${SCALE_WORD}|dozen)|${CARDINAL_WORD})(?:[\\s-]+(?:${CARDINAL_WORD}|${SCALE_WORD}|dozen))*`

/** Regex source (no groups) of an ordinal in words: "third", "twenty-first", "seventieth". */
export const ORDINAL_WORDS_SOURCE = ORDINAL_WORD

/** Regex source (no groups) of any single cardinal word, e.g. for "nineteen ninety-six" years. */
export const CARDINAL_WORD_SOURCE = CARDINAL_WORD

/** Value of a cardinal in words ("two hundred thousand" -> 200000, "a dozen" -> 12); null if not one. */
export function parseCardinalWords(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== '')
  if (words.length === 0) return null
  let total = 0
  let current = 0
  let seen = false
  for (const [i, w] of words.entries()) {
    const unit = UNITS.get(w) ?? TENS.get(w)
    if (unit !== undefined) {
      current += unit
      seen = true
    } else if ((w === 'a' || w === 'an') && i === 0) {
      current = 1
      seen = true
    } else if (SCALES.has(w)) {
      const scale = SCALES.get(w)!
      if (!seen) current = 1
      if (scale === 100) current *= 100
      else {
        total += current * scale
        current = 0
      }
      seen = true
    } else if (GROUPS.has(w)) {
      current = (seen ? current : 1) * GROUPS.get(w)!
      seen = true
    } else {
      return null
    }
  }
  return seen ? total + current : null
}

/** Value of an ordinal in words ("third" -> 3, "twenty-first" -> 21, "seventieth" -> 70); null if not one. */
export function parseOrdinalWords(word: string): number | null {
  const w = word.toLowerCase()
  const direct = ORDINAL_UNITS.get(w) ?? ORDINAL_TENS.get(w)
  if (direct !== undefined) return direct
  const [tens, unit] = w.split('-')
  const t = tens !== undefined ? TENS.get(tens) : undefined
  const u = unit !== undefined ? ORDINAL_UNITS.get(unit) : undefined
  return t !== undefined && u !== undefined && u < 10 ? t + u : null
}

/** Value of a digit ordinal or word ordinal ("70th", "3rd", "third"); null if not one. */
export function parseOrdinal(token: string): number | null {
  const m = /^(\d+)(?:st|nd|rd|th)$/i.exec(token)
  return m ? Number(m[1]) : parseOrdinalWords(token)
}
