/** Attributions a dash makes: a quotation credited after it ("“...” ― Sonya Herridge"). */
import type { QuoteDoc as Doc } from '../document-index.js'
import { quotation, span } from './spans.js'
import type { Attribution } from './types.js'
import { DASHES } from './words.js'

/**
 * Quotations credited after a dash, as in reader comments and embedded posts:
 * "“He represents our greatest shame.” ― Sonya Herridge" or "“...” — Paul Ryan (@SpeakerRyan)".
 * The dash is the cue, the name up to the line end (or a date) the source.
 */
export function dashCredits(doc: Doc): Attribution[] {
  const out: Attribution[] = []
  const { tokens, text } = doc
  for (const [c, closing] of doc.closes) {
    let d = c + 1
    if (d < tokens.length && /^[.,]$/.test(tokens[d]!.text) && tokens[d]!.start === tokens[c]!.end) d++
    if (d + 1 >= tokens.length || !DASHES.has(tokens[d]!.text) || text.slice(tokens[c]!.end, tokens[d]!.start).includes('\n')) continue
    let e = d + 1
    while (e < tokens.length && e - d <= 5 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[e]!.text) && !text.slice(tokens[e - 1]!.end, tokens[e]!.start).includes('\n')) e++
    if (e === d + 1 || e - d > 5) continue
    // "(@sahilkapur)": a handle in parentheses belongs to the name.
    if (tokens[e]?.text === '(' && /^@/.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ')') e += 3
    // What follows the name must end the line or the sentence: "― Karen Bobadilla." or a date.
    const after = text.slice(tokens[e - 1]!.end, tokens[e]?.start ?? text.length)
    if (
      e < tokens.length &&
      !after.includes('\n') &&
      !/^[.)]$/.test(tokens[e]!.text) &&
      !/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(tokens[e]!.text)
    )
      continue
    out.push({
      cue: { start: tokens[d]!.start, end: tokens[d]!.end },
      source: span(doc, d + 1, e),
      content: quotation(doc, closing),
      direct: true,
      confidence: 0.8,
    })
  }
  return out
}
