/**
 * Which single line breaks end a sentence. Extracted and plain texts keep their line structure:
 * a heading, a label ("Related:"), a caption or a list item stands on a line of its own with no
 * final punctuation, and without this rule it would be read as the start of the sentence below it
 * ("Combat lessons\nWhile the scale of the attack …"). Text wrapped by hand breaks lines inside
 * sentences, so a paragraph that shows it anywhere keeps its lines together except at labels.
 */
import type { Token } from './token.js'
import { isTitleOrInitial } from './abbreviations.js'

// Words and marks a line of running text can stop on but a sentence cannot end with (a semicolon
// joins clauses, also a headline to its deck: "…ahead of debate;\nTalk compared to …"): the text
// after the break goes on ("met with the\nPresident", "Smith, a spokesman for\nAcme").
const CONTINUING = new Set(
  (
    'the a an of to in on at for with by from into onto about over under between after before than ' +
    'and or but nor as that which who whom whose is are was were be been being has have had do does did ' +
    'will would can could should may might must shall his her its their our my your this these those ' +
    'said says told according per via including such not no very more most'
  ).split(' '),
)
const CONTINUING_MARK = /^[,;([{&/+]$/u

// What a line of its own opens with: a capital, a digit, an opening quote or bracket, a bullet, a
// wiki or Markdown heading mark ("==Aftermath==", "## Reaction").
const LINE_OPENER = /^(?:[\p{Lu}\p{N}=#"“‘'«‹„‚([{•*·▪►–—-]|``)/u
const OPEN_QUOTE = /^[“‘«‹„‚]$/u
const CLOSE_QUOTE = /^[”’»›]$/u

/** Lines shorter than this share of their paragraph's longest line read as labels even in wrapped text. */
const LABEL_SHARE = 0.5

/**
 * For each token, whether a sentence ends at the line break after it: 2 where a blank line follows
 * (always an end), 1 where a single line break closes a line of its own, 0 otherwise.
 */
export function lineBreakEnds(text: string, tokens: readonly Token[]): Uint8Array {
  const ends = new Uint8Array(tokens.length)
  const breakAfter = new Uint8Array(tokens.length) // 1: single line break, 2: blank line
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Most gaps are one space: count the newlines in the gap without slicing it.
    let newlines = 0
    for (let k = tokens[i]!.end; k < tokens[i + 1]!.start; k++) if (text.charCodeAt(k) === 10) newlines++
    if (newlines > 0) breakAfter[i] = newlines > 1 ? 2 : 1
  }
  // Paragraph by paragraph: where a line runs on into the next (a lower-case start, or a line
  // stopping on "the" or a comma), the paragraph is wrapped by hand.
  let first = 0
  for (let i = 0; i < tokens.length; i++) {
    if (breakAfter[i] !== 2 && i + 1 < tokens.length) continue
    judgeParagraph(tokens, breakAfter, first, i + 1, ends)
    if (breakAfter[i] === 2) ends[i] = 2
    first = i + 1
  }
  return ends
}

function judgeParagraph(tokens: readonly Token[], breakAfter: Uint8Array, from: number, to: number, ends: Uint8Array): void {
  let wrapped = false
  let longest = 0
  let lineStart = from
  for (let i = from; i < to; i++) {
    if (breakAfter[i] !== 1 && i + 1 < to) continue
    longest = Math.max(longest, tokens[i]!.end - tokens[lineStart]!.start)
    if (i + 1 < to && runsOn(tokens[i]!, tokens[i + 1]!)) wrapped = true
    lineStart = i + 1
  }
  lineStart = from
  let open = 0
  for (let i = from; i + 1 < to; i++) {
    const t = tokens[i]!
    if (OPEN_QUOTE.test(t.text)) open++
    else if (CLOSE_QUOTE.test(t.text) && open > 0) open--
    if (breakAfter[i] !== 1) continue
    const length = t.end - tokens[lineStart]!.start
    lineStart = i + 1
    const next = tokens[i + 1]!
    // A quotation still open goes on in the next line ("“We need\nSupport …").
    const quoting = open > 0
    open = 0
    if (quoting || runsOn(t, next) || !LINE_OPENER.test(next.text)) continue
    const label = t.text === ':' || length < longest * LABEL_SHARE
    if (!wrapped || label) ends[i] = 1
  }
}

// Whether the line ending with `last` runs on into the line starting with `next`.
function runsOn(last: Token, next: Token): boolean {
  return /^\p{Ll}/u.test(next.text) || CONTINUING_MARK.test(last.text) || (/^\p{Ll}/u.test(last.text) && CONTINUING.has(last.text)) || isTitleOrInitial(last.text)
}
