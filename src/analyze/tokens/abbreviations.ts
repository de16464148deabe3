/**
 * Which words own the period after them ("Mr.", "Jan.", "Corp.") and which of those never end
 * a sentence, shared by the tokenizer and the sentence splitter.
 */

// Titles and name parts: the next word is part of the same name, so no sentence ends here.
// "Asst. Chief Earl Paysinger", "Assoc. Professor", "Atty. Gen.": rank words before a title.
const TITLES = new Set(('mr mrs ms messrs dr prof sr jr st mt ft gen lt col maj capt cpt sgt adm cmdr gov sen rep rev ' + 'hon pres supt insp det cpl pvt no nos vol fig asst assoc atty').split(' '))

// Months and days ("Jan. 5"), company forms and the like: these may end a sentence.
const OTHERS = new Set(
  ('jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' + 'inc corp co ltd llc plc bros dept univ assn est ave blvd rd vs etc approx ca cf al eds').split(
    ' ',
  ),
)

// Abbreviations also written in lower case; the rest count only when capitalized, so that
// "he sat." or "said no." keep their full stop.
const LOWERCASE = new Set(['vs', 'etc', 'al', 'approx', 'cf', 'ca'])

/** Whether a word (without its period) is an abbreviation that keeps the period after it. */
export function ownsPeriod(word: string): boolean {
  const lower = word.toLowerCase()
  if (LOWERCASE.has(lower)) return true
  return (TITLES.has(lower) || OTHERS.has(lower)) && /^\p{Lu}/u.test(word)
}

/** Whether a token is an abbreviation with its period ("U.S.", "Jan.", "J.", "Corp."). */
export function isAbbreviation(token: string): boolean {
  if (!token.endsWith('.') || token.length < 2) return false
  const body = token.slice(0, -1)
  return ownsPeriod(body) || /^(?:\p{L}\.)*\p{L}$/u.test(body)
}

/** Whether a token is a title or an initial, after which a sentence never ends ("Mr.", "J."). */
export function isTitleOrInitial(token: string): boolean {
  if (!token.endsWith('.')) return false
  const body = token.slice(0, -1)
  return /^\p{Lu}$/u.test(body) || (TITLES.has(body.toLowerCase()) && /^\p{Lu}/u.test(body))
}
