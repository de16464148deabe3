/**
 * Quoted stretches of text in every quotation style news pages use (“ ” " " « » „ “ ‘ ’), paired
 * forgivingly: a quote left open closes at the end of its paragraph (news continues a quote in the
 * next paragraph with a fresh opening mark), and a wrong-way closing mark (`tanks. “.`) still closes.
 */

/** One quoted stretch: the marks and the content between them. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  readonly open: number
  /** Index of the closing mark, or the paragraph end when the quote was left open. */
  readonly close: number
  /** Content without the marks. */
  readonly start: number
  readonly end: number
  /** Whether a closing mark was found. */
  readonly closed: boolean
}

const DOUBLE_OPEN = new Set(['“', '"', '«', '„', '»'])
const CLOSERS: Readonly<Record<string, string>> = { '“': '”"“', '"': '"”“', '«': '»', '„': '“”"', '»': '«', '‘': '’' }

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c)
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/** Finds quoted spans in text order; nested single quotes inside double quotes are not reported. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  let open = -1
  let mark = ''
  const closeAt = (close: number, closed: boolean): void => {
    const start = open + mark.length
    if (close > start) spans.push({ open, close, start, end: close, closed })
    open = -1
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    // Typewriter-style doubled marks ('' and ``), as in older wire and newspaper text.
    const pair = text.slice(i, i + 2)
    if ((pair === "''" || pair === '``') && !(open >= 0 && mark !== "''")) {
      if (open < 0 && !isSpace(text[i + 2])) {
        open = i
        mark = "''"
        i++
      } else if (open >= 0 && pair === "''") {
        closeAt(i, true)
        i++
      }
      continue
    }
    if (c === '\n' && open >= 0 && /\n[^\S\n]*\n/.test(text.slice(i, i + 4))) {
      // A quote never runs past its paragraph: the next paragraph reopens it if it goes on.
      let end = i
      while (end > open + mark.length && isSpace(text[end - 1])) end--
      closeAt(end, false)
      continue
    }
    if (open < 0) {
      const opensDouble = DOUBLE_OPEN.has(c) && !(c === '"' && isWordChar(text[i - 1]) && isSpace(text[i + 1]))
      // A single quote opens only where it cannot be an apostrophe: after a space, before a letter.
      const opensSingle = c === '‘' && (isSpace(text[i - 1]) || /[([—–-]/.test(text[i - 1] ?? '')) && !isSpace(text[i + 1])
      if ((opensDouble && !isSpace(text[i + 1])) || opensSingle) {
        open = i
        mark = c
      }
      continue
    }
    if (mark === "''") continue
    const closers = CLOSERS[mark] ?? ''
    if (!closers.includes(c)) continue
    // The same mark that opened (“ or ") closes only when it does not start a word: `tanks. “.`
    if ((c === '“' || c === '"') && c === mark && isWordChar(text[i + 1]) && isSpace(text[i - 1])) {
      // Looks like a new opening: the previous quote was never closed; restart here.
      let end = i
      while (end > open + 1 && isSpace(text[end - 1])) end--
      closeAt(end, false)
      open = i
      continue
    }
    if (mark === '‘' && isWordChar(text[i + 1])) continue
    closeAt(i, true)
  }
  if (open >= 0) {
    let end = text.length
    while (end > open + mark.length && isSpace(text[end - 1])) end--
    closeAt(end, false)
  }
  return spans
}
