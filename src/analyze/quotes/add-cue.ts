/**
 * The verb "add" as a cue, read after the rankers: it reports what somebody went on to say, but
 * it also sums and contributes, and the rules and rankers (trained on PolNeAR, where every "add"
 * cue reports a clause or a quotation) take both readings for speech.
 *
 * - "“A,” X said, adding, “B.”": what was added is the quotation right after the cue, not the
 *   quotation the sentence opens with (the rankers give both cues that one).
 * - "Gallinari added 25 points": a nominal object with no clause is something added, not words.
 */
import type { Attribution, CharSpan } from './rules/types.js'
import type { QuoteDoc } from './document-index.js'
import type { QuotedSpan } from './quote-marks.js'
import { tokenRange } from './span-candidates.js'
import type { Syntax } from '../syntax/types.js'
import { dependents, dominates } from '../syntax/relations.js'

const ADD = /^(?:add|adds|added|adding)$/

/** The attributions with each "add" cue read as above: the following quotation as content, and summing dropped. */
export function readAddCues(doc: QuoteDoc, quoted: readonly QuotedSpan[], found: readonly Attribution[], syntax?: Syntax): Attribution[] {
  const out: Attribution[] = []
  for (const a of found) {
    const [from, to] = tokenRange(doc, a.cue.start, a.cue.end)
    const verb = to - 1
    if (to <= from || !ADD.test(doc.lower[verb] ?? '')) {
      out.push(a)
      continue
    }
    const next = followingQuotation(doc, quoted, to)
    if (next && takesOver(a, next, found)) {
      out.push({ ...a, content: next, direct: true })
      continue
    }
    if (!a.direct && syntax && addsSomething(doc, syntax, verb, a.content)) continue
    out.push(a)
  }
  return out
}

/**
 * The quotation that opens right after the cue ending before token `at` (past a comma or colon),
 * marks included, through the paragraphs it runs over; null when none opens there.
 */
function followingQuotation(doc: QuoteDoc, quoted: readonly QuotedSpan[], at: number): CharSpan | null {
  let t = at
  if (doc.tokens[t] && /^[,:]$/.test(doc.tokens[t]!.text)) t++
  const q = doc.opens.get(t)
  if (!q || doc.sentenceOf[t] !== doc.sentenceOf[at - 1]) return null
  let k = quoted.indexOf(q)
  while (k + 1 < quoted.length && !quoted[k]!.closed && quoted[k + 1]!.continues) k++
  const last = quoted[k]!
  const end = last.closed ? last.close + (doc.text.startsWith("''", last.close) ? 2 : 1) : last.end
  return { start: q.open, end }
}

/**
 * Whether the following quotation replaces the content read for the cue: when that content
 * leaves it out (it is an earlier quotation) or runs over another attribution's cue ("said,
 * adding"); "“A,” he added, “B.”", one quotation interrupted by its cue, keeps A through B.
 */
function takesOver(a: Attribution, next: CharSpan, found: readonly Attribution[]): boolean {
  const covers = a.content.start <= next.start && next.end <= a.content.end + 1
  if (!covers) return true
  return found.some((b) => b !== a && a.content.start <= b.cue.start && b.cue.end <= a.content.end)
}

/**
 * Whether an "add" cue with an indirect content has a nominal object and no clause: "added 25
 * points in his former home arena" (on PolNeAR train, all 291 "add" cues report a clause or a
 * quotation).
 */
function addsSomething(doc: QuoteDoc, syntax: Syntax, verb: number, content: CharSpan): boolean {
  if (dependents(syntax, verb, 'ccomp', 'parataxis').length > 0) return false
  const [from] = tokenRange(doc, content.start, content.end)
  return dependents(syntax, verb, 'obj').some((o) => dominates(syntax, o, from))
}
