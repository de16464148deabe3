/**
 * The analysis that holds in any language, for articles the English-only steps skip: dates
 * written in digits, quantities led by digits, quoted passages (content between quote marks, no
 * speaker), and names the gazetteer knows. Each is a step function over the same context.
 */
import type { AttributionClass, DateExpression, Entity, Quantity, Quote } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { findEntities } from '../entities/index.js'
import { findQuantities } from '../quantities/index.js'
import { findQuotedSpans, isTitleCase } from '../quotes/index.js'

/** Words a quoted passage needs to count as a quote rather than a quoted term ("the so-called „Wende“"). */
const MIN_QUOTE_WORDS = 3

/** Entities from the gazetteer, model codes and defined acronyms only. */
export function gazetteerEntities(ctx: AnalysisContext): Entity[] {
  return findEntities(ctx, { gazetteerOnly: true })
}

/**
 * Calendar dates written in digits: ISO (2025-03-04), year first (2025/03/04, 2025.03.04,
 * 2025年3月4日), and day first (04.03.2025, 4/3/2025, 4-3-2025), the order of every language
 * newsgraph does not read as English. Impossible days are skipped.
 */
export function numericDates(ctx: AnalysisContext): DateExpression[] {
  const out: DateExpression[] = []
  const pattern =
    /(?<![\p{N}./-])(?:(?<y1>\d{4})[-/.](?<m1>\d{1,2})[-/.](?<d1>\d{1,2})|(?<y2>\d{4})年(?<m2>\d{1,2})月(?<d2>\d{1,2})日|(?<d3>\d{1,2})[./-](?<m3>\d{1,2})[./-](?<y3>\d{4}))(?![\p{N}]|[./-]\p{N})/gu
  for (const m of ctx.text.matchAll(pattern)) {
    const g = m.groups ?? {}
    const y = Number(g['y1'] ?? g['y2'] ?? g['y3'])
    const mo = Number(g['m1'] ?? g['m2'] ?? g['m3'])
    const d = Number(g['d1'] ?? g['d2'] ?? g['d3'])
    const day = new Date(Date.UTC(y, mo - 1, d))
    if (mo < 1 || mo > 12 || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) continue
    const start = m.index
    out.push({ text: m[0], start, end: start + m[0].length, value: day.toISOString().slice(0, 10), type: 'DATE' })
  }
  return out
}

/**
 * Quantities whose number is written in digits (number words are English). What they count is
 * read by English rules, so only currencies and percentages keep their unit; a bare year
 * (2023) is a date in a language whose month names are not read.
 */
export function digitQuantities(ctx: AnalysisContext): Quantity[] {
  return findQuantities(ctx)
    .filter((q) => /\p{N}/u.test(q.text) && !(q.qualifier === undefined && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && /^\d{4}$/.test(q.text.trim())))
    .map((q) => ({
      ...q,
      // Most of these languages group thousands with points (1.400 = 1400).
      ...(/^\d{1,3}(?:\.\d{3})+$/.test(q.text.trim()) ? { value: Number(q.text.trim().replace(/\./g, '')) } : {}),
      unit: q.qualifier === 'money' || q.qualifier === 'percent' ? q.unit : null,
    }))
}

/** Scripts written without spaces between words (Han, kana). */
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/**
 * Whether the words between a pair of marks read as something said rather than a name, a title
 * or a term, which the same marks also enclose («Кондитерская Олега Ильина», 「Ctrl＋Alt＋K」):
 * a few words, not all capitalized nor in title case (a shop's or a book's name), or, in a script written
 * without spaces, a sentence (a final mark inside) or words a quotative particle or a colon
 * sets off as said (「…」と言った, 说：「…」).
 */
export function readsAsQuote(text: string, start: number, end: number): boolean {
  const inner = text.slice(start, end)
  const words = inner.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []
  // Chinese and Japanese are written without spaces between words; a Latin name inside
  // (「中小企業のためのSecurity by Design WG 活動紹介（仮）」, a talk title) brings spaces, not a sentence.
  if (SPACELESS_SCRIPT.test(inner) || !/[\p{L}\p{N}][\s\u00a0\u2060]+[\p{L}\p{N}]/u.test(inner)) {
    const before = text.slice(Math.max(0, start - 3), start)
    const after = text.slice(end, end + 3)
    return /[。！？!?]/u.test(inner) || /^[」』”"』]?\s*(?:と|って)/u.test(after) || /[:：]\s*[「『“"]?\s*$/u.test(before)
  }
  if (words.length < MIN_QUOTE_WORDS) return false
  const lettered = words.filter((w) => /^\p{L}/u.test(w))
  // A title keeps its small words in lower case ("God of War", "I Cavalieri dello Zodiaco").
  return !lettered.every((w) => /^\p{Lu}/u.test(w)) && !isTitleCase(inner)
}

// After a quotative particle (「…」と思った, 「…」と書いた): the verb of thinking or writing that follows it.
const THOUGHT_AFTER = /^[」』”"]?\s*(?:と|って)\s*(?:\p{Script=Hiragana}{0,3})?(?:思|考|感じ)/u
const WRITTEN_AFTER = /^[」』”"]?\s*(?:と|って)\s*(?:\p{Script=Hiragana}{0,3})?(?:書|記|綴|ツイート|投稿)/u

/**
 * The class of a quoted passage with no cue the step reads: `thought` or `writing` where a
 * quotative particle hands it to a verb of thinking or writing (「…」と思った, 「…」と書いた), else
 * `speech`. Quotation marks around words that read as said (`readsAsQuote`) are the only evidence
 * of a speaker, and what they support is someone's words; quote lists already show a passage of
 * no class as speech (`quoteClass`), so the class names what was shown.
 */
export function bareQuotationClass(text: string, end: number): AttributionClass {
  const after = text.slice(end, end + 12)
  return THOUGHT_AFTER.test(after) ? 'thought' : WRITTEN_AFTER.test(after) ? 'writing' : 'speech'
}

/** Passages between quote marks that read as something said (`readsAsQuote`), with no speaker (that needs the cue model). */
export function quotedPassages(ctx: AnalysisContext): Quote[] {
  // French sets its guillemets off with a space (« Son action ... marge »), which the mark pairing
  // reads as a stray mark: the spaces inside are masked with a joiner of the same length first.
  const masked = ctx.text.replace(/«[\s\u00a0\u202f]/g, '«\u2060').replace(/[\s\u00a0\u202f]»/g, '\u2060»')
  return findQuotedSpans(masked)
    .filter((s) => s.closed && readsAsQuote(masked, s.start, s.end))
    .map((s) => {
      let { start, end } = s
      while (end > start && /[\s,;:\u2060]/.test(masked[end - 1]!)) end--
      while (start < end && /[\s\u2060]/.test(masked[start]!)) start++
      return {
        text: ctx.text.slice(start, end),
        start,
        end,
        kind: 'direct' as const,
        class: bareQuotationClass(masked, s.end),
        speaker: null,
        speakerName: null,
        speakerMention: null,
        cue: null,
        cueSpan: null,
      }
    })
}
