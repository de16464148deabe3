/**
 * Acts a page asks of its reader or imagines the reader doing, read on lifestyle and technology
 * pages (issue 15): "establishments you visit", "every website you visit", "Demand a
 * climate-friendly diet". Outside a quotation "you" is the reader, and an imperative that opens
 * a sentence is advice to the reader: neither reports what an actor did.
 */
import { relAt as rel, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
}

// Quotation marks: a sentence with one may be someone's words, where "you" is a person spoken to.
const QUOTE_MARKS = /^["“”«»„]$/

/** Whether the trigger at `d` is the reader's imagined act or advice to the reader (see the file comment). */
export function isReaderAddressed(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'VERB') return false
  const words = ts.view.words
  if (words.some((w, k) => QUOTE_MARKS.test(w) || ts.view.inQuote[k])) return false
  const kids = ts.kids?.[d.index] ?? []
  const subjects = kids.filter((k) => /^nsubj/.test(rel(ts, k)))
  // "every website you visit": the reader's own act, whatever clause it is in. Of two parsed
  // subjects the nearest is the verb's own ("guides and establishments you visit").
  const own = subjects.filter((k) => k < d.index).pop() ?? subjects[0]
  if (own !== undefined && words[own]!.toLowerCase() === 'you') return true
  // "Demand a climate-friendly diet": a bare verb that opens the sentence as its root, with no
  // subject or auxiliary, tells the reader what to do.
  const t = syn[d.index]!
  const first = words.findIndex((w) => /\p{L}/u.test(w))
  return t.head < 0 && t.xpos === 'VB' && d.index === first && subjects.length === 0 && !kids.some((k) => /^(aux|mark)/.test(rel(ts, k)))
}
