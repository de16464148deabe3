/** Attributions a line label makes: "PENCE: Well, look, ..." in transcripts and headlines. */
import type { QuoteDoc as Doc } from '../document-index.js'
import { contentSpan, span } from './spans.js'
import type { Attribution } from './types.js'
import { LABEL_WORDS } from './words.js'

/**
 * Transcripts and headlines name the speaker before a colon at the start of a line:
 * "PENCE: Well, look, ..." or "Pat Caddell: Democrat voters worried ...".
 */
export function speakerLabels(doc: Doc): Attribution[] {
  const out: Attribution[] = []
  const { tokens, text } = doc
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) continue
    let from = i
    if (doc.opens.has(from) || /^["“]$/.test(tokens[from]!.text)) from++
    let colon = from
    while (colon < tokens.length && colon - from < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[colon]!.text)) colon++
    if (colon === from || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) continue
    const label = tokens.slice(from, colon).map((t) => t.text).join(' ')
    // Names are short ("Pat Caddell", "PENCE"); a longer title-case run is a headline kicker.
    if (LABEL_WORDS.test(label) || colon - from > 2) continue
    let end = colon + 1
    while (end + 1 < tokens.length && !text.slice(tokens[end]!.end, tokens[end + 1]!.start).includes('\n')) end++
    const content = contentSpan(doc, colon + 1, end + 1)
    if (!content) continue
    out.push({
      cue: { start: tokens[colon]!.start, end: tokens[colon]!.end },
      source: span(doc, from, colon),
      content,
      direct: false,
      confidence: 0.5,
    })
  }
  return out
}
