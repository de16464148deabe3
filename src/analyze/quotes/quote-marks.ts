/**
 * Quoted stretches of text in every quotation style news pages use: curly and straight double
 * marks (“ ” " "), low-high („ “ „ ”), guillemets both ways with or without the French inner
 * spaces (« » » « ‹ ›), typewriter and AP-style doubled marks ('' … '' and `` … ''), curly and
 * straight single marks (‘ ’ ' ') and corner brackets (「 」 『 』). Pairing is forgiving: a quote
 * left open closes at the end of its paragraph, and when the next paragraph opens with a fresh
 * mark the quotation goes on there (`continues`), as news prints a quote that runs over
 * paragraphs; a wrong-way closing mark (`tanks. “.`) still closes.
 */

/** One quoted stretch: the marks and the content between them. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  readonly open: number
  /** Index of the closing mark, or the paragraph end when the quote was left open. */
  readonly close: number
  /** Content without the marks (and without the inner spaces of French guillemets). */
  readonly start: number
  readonly end: number
  /** Whether a closing mark was found. */
  readonly closed: boolean
  /**
   * The quotation goes on from the previous span: that one was left open at the end of its
   * paragraph and this one opens the next paragraph.
   */
  readonly continues: boolean
}

/** How far a straight single quote looks for its closing mark (characters). */
const MAX_SINGLE = 300

const SPACE = /\s/
const WORD = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
/** Characters after which a mark opens rather than closes: brackets, dashes, slashes, other marks. */
const OPEN_CONTEXT = /[([{—–\-/“"‘'«»‹›„‚「『]/
/** Characters before which a mark closes rather than opens: punctuation, brackets, dashes, other marks. */
const CLOSE_CONTEXT = /[.,;:!?…)\]}—–\-/”"’'«»‹›“」』]/

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c)

/** Which marks close a quotation opened by each mark. */
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"', '“'],
  '”': ['”', '"'],
  '"': ['"', '”', '“'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '»': ['«', '»'],
  '‹': ['›'],
  '›': ['‹'],
  '‘': ['’'],
  '‚': ['‘', '’'],
  '「': ['」'],
  '『': ['』'],
  "''": ["''"],
  '``': ["''"],
  "'": ["'"],
}
const DOUBLE_OPENERS = new Set(['“', '"', '„', '«', '»', '”', "''", '``'])
const SINGLE_OPENERS = new Set(['‘', '‚', '‹', '›', "'", '「', '『'])

/** The mark at `i` (one or two characters), or '' when there is none. */
function markAt(text: string, i: number): string {
  const pair = text.slice(i, i + 2)
  if (pair === "''" || pair === '``') return pair
  const c = text[i]!
  return CLOSERS[c] !== undefined || c === '’' || c === '」' || c === '』' ? c : ''
}

/** Whether the mark `[i, i+len)` stands where a quotation opens: after a space or bracket, before text. */
function opensHere(text: string, i: number, len: number): boolean {
  const before = text[i - 1]
  if (!(isSpace(before) || OPEN_CONTEXT.test(before!))) return false
  let next = i + len
  // French guillemets keep a space inside: « Nous ne céderons pas ».
  if (text[i] === '«' || text[i] === '‹') while (next < text.length && /[ \u00a0\u202f]/.test(text[next]!)) next++
  return !isSpace(text[next])
}

/** Whether the mark at `i` stands where a quotation closes: after text, before a space or punctuation. */
function closesHere(text: string, i: number, len: number): boolean {
  let prev = i - 1
  if (text[i] === '»' || text[i] === '›') while (prev >= 0 && /[ \u00a0\u202f]/.test(text[prev]!)) prev--
  const after = text[i + len]
  return !isSpace(text[prev]) && (isSpace(after) || CLOSE_CONTEXT.test(after!))
}

/** Whether a paragraph break (a blank line) starts at index `i`. */
function paragraphBreakAt(text: string, i: number): boolean {
  return text[i] === '\n' && /^\n[^\S\n]*\n/.test(text.slice(i, i + 8))
}

/**
 * Whether a straight single quote at `i` opens a quotation: it stands before a letter and a
 * matching mark closes it later in the line ('Mocking'), so "'90s", "rock 'n' roll" and a
 * plural possessive ("the boys' toys") are left alone.
 */
function straightSingleOpens(text: string, i: number): boolean {
  if (!opensHere(text, i, 1) || !LETTER.test(text[i + 1] ?? '')) return false
  for (let j = i + 2; j < Math.min(text.length, i + MAX_SINGLE); j++) {
    const c = text[j]!
    if (c === '\n') return false
    if (c !== "'" || !closesHere(text, j, 1) || (!LETTER.test(text[j - 1] ?? '.') && !/[.,!?]/.test(text[j - 1]!))) continue
    // "rock 'n' roll": a quotation holds more than a letter.
    return (text.slice(i + 1, j).match(/\p{L}/gu)?.length ?? 0) >= 2
  }
  return false
}

/** Finds quoted spans in text order; single quotes nested inside double quotes are not reported. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  let open = -1
  let mark = ''
  let continues = false
  // The previous paragraph ended inside a quotation: an opening mark that starts this one goes on with it.
  let pendingContinuation = false
  // The mark that opened the quotation left open, which the next paragraph must repeat.
  let pendingMark = ''
  const contentStart = (): number => {
    let s = open + mark.length
    while (s < text.length && /[ \u00a0\u202f]/.test(text[s]!)) s++
    return s
  }
  const closeAt = (close: number, closed: boolean): void => {
    const start = contentStart()
    let end = close
    if (closed && (text[close] === '»' || text[close] === '›')) while (end > start && /[ \u00a0\u202f]/.test(text[end - 1]!)) end--
    if (end > start) spans.push({ open, close, start, end, closed, continues })
    open = -1
    continues = false
  }
  const closeUnclosed = (at: number): void => {
    let end = at
    while (end > open + mark.length && isSpace(text[end - 1])) end--
    closeAt(end, false)
  }
  let paragraphStart = 0
  for (let i = 0; i < text.length; i++) {
    if (paragraphBreakAt(text, i)) {
      if (open >= 0) {
        pendingMark = mark
        closeUnclosed(i)
        pendingContinuation = true
      } else {
        pendingContinuation = false
      }
      while (i + 1 < text.length && isSpace(text[i + 1])) i++
      paragraphStart = i + 1
      continue
    }
    const m = markAt(text, i)
    if (!m) continue
    const len = m.length
    if (open < 0) {
      let opens = false
      if (m === '”' || m === '»' || m === '›') {
        // Closing-looking marks open only where nothing else can be meant: after a space, before text.
        opens = opensHere(text, i, len)
      } else if (m === "'") {
        opens = straightSingleOpens(text, i)
      } else if (m === '‘' || m === '‚') {
        opens = opensHere(text, i, len)
      } else if (DOUBLE_OPENERS.has(m) || SINGLE_OPENERS.has(m)) {
        let next = i + len
        if (m === '«' || m === '‹') while (next < text.length && /[ \u00a0\u202f]/.test(text[next]!)) next++
        opens = !isSpace(text[next])
      }
      if (opens) {
        open = i
        mark = m
        continues = pendingContinuation && m === pendingMark && text.slice(paragraphStart, i).trim() === ''
        pendingContinuation = false
        i += len - 1
      } else if (!SPACE.test(text[i]!)) {
        pendingContinuation = pendingContinuation && text.slice(paragraphStart, i).trim() === ''
      }
      continue
    }
    const closers = CLOSERS[mark] ?? []
    // Inside a double quotation, single marks and apostrophes are its words.
    if (!closers.includes(m)) continue
    if (mark === '‘' || mark === "'") {
      // An apostrophe inside a single quotation ("‘Russia’s army’") is a letter, not the end.
      if (WORD.test(text[i + 1] ?? '')) continue
    }
    // The same mark that opened (“ or ") closes only when it does not start a word: `tanks. “.`
    if ((m === '“' || m === '"' || m === '«') && m === mark && WORD.test(text[i + 1] ?? '') && isSpace(text[i - 1])) {
      // Looks like a new opening: the previous quote was never closed; restart here.
      closeUnclosed(i)
      open = i
      mark = m
      continue
    }
    closeAt(i, true)
    i += len - 1
  }
  if (open >= 0) closeUnclosed(text.length)
  return spans
}

/**
 * The last span of the quotation that starts with `spans[i]`: the spans that go on from it over
 * the following paragraphs (each `continues` the one before).
 */
export function lastOfQuotation(spans: readonly QuotedSpan[], i: number): QuotedSpan {
  let k = i
  while (k + 1 < spans.length && spans[k + 1]!.continues && !spans[k]!.closed) k++
  return spans[k]!
}
