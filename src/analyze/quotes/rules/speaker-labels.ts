/** Attributions a line label makes: "PENCE: Well, look, ..." in transcripts and headlines. */
import type { QuoteDoc as Doc } from '../document-index.js'
import { contentSpan, span } from './spans.js'
import type { Attribution } from './types.js'
import { LABEL_WORDS } from './words.js'
import { parseWireDateline } from '../../../extract/index.js'

// A section heading in capitals on a line of its own ("TIP-INS", "UP NEXT", "INJURY REPORT").
const HEADING = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}.!?:\n]*$/u
// A line opening with a short label and a colon ("Thunder: Host the Lakers on Friday.").
const LABEL_LINE = /^\s*\p{Lu}[\p{L}.'’ -]{0,40}:/u

/**
 * Whether the line starting at `at` belongs to a notes section: the lines above it, up to a blank
 * or prose line, are other "Team: ..." lines under a heading in capitals (AP's sports notes,
 * "TIP-INS⏎⏎Thunder: F Hamidou Diallo missed ...⏎⏎Lakers: ..."). Such a label names what the
 * note is about, not who speaks.
 */
function underHeading(text: string, at: number): boolean {
  const lines = text
    .slice(Math.max(0, at - 2000), at)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!
    if (LABEL_LINE.test(line)) continue
    return line.length <= 40 && HEADING.test(line)
  }
  return false
}

/**
 * Transcripts and headlines name the speaker before a colon at the start of a line:
 * "PENCE: Well, look, ..." or "Pat Caddell: Democrat voters worried ...".
 */
export function speakerLabels(doc: Doc): Attribution[] {
  const out: Attribution[] = []
  const labels: string[] = []
  const headings = new Set<number>()
  const { tokens, text } = doc
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue
    let from = i
    if (doc.opens.has(from) || /^["“]$/.test(tokens[from]!.text)) from++
    let colon = from
    // The label is on one line: "TIP-INS⏎⏎Thunder:" is a heading, then a label.
    const sameLine = (t: number): boolean => t === from || !text.slice(tokens[t - 1]!.end, tokens[t]!.start).includes('\n')
    while (colon < tokens.length && colon - from < 4 && sameLine(colon) && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[colon]!.text)) colon++
    if (colon === from || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) continue
    const label = tokens
      .slice(from, colon)
      .map((t) => t.text)
      .join(' ')
    // Names are short ("Pat Caddell", "PENCE"); a longer title-case run is a headline kicker.
    if (LABEL_WORDS.test(label) || colon - from > 2 || underHeading(text, tokens[from]!.start)) continue
    // A known place in capitals before a colon is a wire dateline ("NEW DELHI: The government
    // ..."), where the story was filed, not who speaks; a highlights box above the lede keeps it
    // from being the text's opening dateline.
    if (parseWireDateline(text.slice(tokens[from]!.start, tokens[colon]!.end), null)?.place) continue
    let end = colon + 1
    while (end + 1 < tokens.length && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes('\n')) end++
    const content = contentSpan(doc, colon + 1, end + 1)
    if (!content) continue
    // A heading still counts as a label line of a fact box around it; it is dropped after.
    if (isHeading(text.slice(content.start, content.end))) headings.add(out.length)
    out.push({
      cue: { start: tokens[colon]!.start, end: tokens[colon]!.end },
      source: span(doc, from, colon),
      content,
      direct: false,
      confidence: 0.5,
    })
    labels.push(label.toLowerCase())
  }
  return withoutFactBoxes(text, out, labels).filter((a) => !headings.has(out.indexOf(a)))
}

// Parts of a menu or a title after a label ("Specs // First Look // Full Review", "Line Outline").
const MENU = /\s(?:\/\/|\||·|•)\s/
const TITLE_WORD = /^(?:\p{Lu}|\p{N})/u
const SMALL_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|vs\.?)$/

/**
 * Whether what follows a label is a heading rather than words said: a menu of parts, or two or
 * more words in title case with no sentence end ("Deep Dive: Line Outline", "Review Navigation:
 * Specs // First Look"). "WALLACE: Why not?" is a question said.
 */
function isHeading(content: string): boolean {
  if (MENU.test(content)) return true
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
  return words.length >= 2 && !/[.!?…]["”’]?\s*$/.test(content) && words.every((w) => TITLE_WORD.test(w) || SMALL_WORD.test(w))
}

/** Label lines in one block make a fact box when at least this many name each a different field. */
const FACT_BOX_MIN_LINES = 3

/**
 * Drops the label lines of fact boxes: a block of "Field: value" lines ("Available Lengths: 178, 186
 * cm", "Stated Dimensions: ...", a product's specs, an event's facts) where every label differs.
 * In a transcript the speakers take turns, so labels come back; a box names each field once.
 */
function withoutFactBoxes(text: string, found: readonly Attribution[], labels: readonly string[]): Attribution[] {
  const keep = found.map(() => true)
  // Lines between two label lines that are themselves label lines keep the block going.
  const continuesBlock = (k: number): boolean =>
    text
      .slice(found[k - 1]!.content.end, found[k]!.source!.start)
      .split('\n')
      .map((l) => l.trim().replace(/^["“]/, ''))
      .filter(Boolean)
      .every((l) => LABEL_LINE.test(l))
  let start = 0
  for (let k = 1; k <= found.length; k++) {
    if (k < found.length && continuesBlock(k)) continue
    const block = labels.slice(start, k)
    if (block.length >= FACT_BOX_MIN_LINES && new Set(block).size === block.length) keep.fill(false, start, k)
    start = k
  }
  return found.filter((_, k) => keep[k])
}
