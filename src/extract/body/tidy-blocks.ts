/**
 * Edges of the collected text: the headline, byline and time stamp that story containers often
 * start with, and the section headings left dangling at the end once the link lists under them
 * were dropped ("Related stories", "Mehr zum Thema"). None of them is article text.
 */
import type { Block, RemovedSink } from './collect-blocks.js'
import { endMarkerReason, leakReason, SIGN_OFF, tailLeakReason } from './leak-lines.js'
import { BYLINE_TEXT, STAMP_TEXT } from './patterns.js'
import { sameHeadline, squash } from './same-headline.js'

/** Leading blocks this short may be bylines or time stamps. */
const EDGE_MAX = 100
/** Time stamps are still looked for among this many first kept blocks. */
const NEAR_HEAD = 3
/** A line of only a dateline: a place in capitals (and an agency), then a dash. */
const DATELINE_ONLY = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L} .]{1,30})?(?:\s*\([^)]{1,20}\))?\s*[-–—]$/u
/** Most words of a label ending in a colon ("Weitere Informationen:"); longer lines are sentences. */
const LABEL_WORDS = 4
/** A publication or update stamp with its date, anywhere in the text ("First Published: Tuesday, November 19, 2019 08:38 AM"). */
const DATED_STAMP =
  /^(?:.{0,60}\|\s*)?(?:first |last )?(?:updated|published|posted|modified|aktualisiert|ver[oö]ffentlicht|publi[eé]|mis [aà] jour|actualizado|publicado|pubblicato|aggiornato)\s*(?:on|am|le|el|il)?\s*:?\s*(?:\p{L}+,?\s+)?(?:\d{1,2}[./ ]|\p{L}+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}).{0,50}$/iu
/** Blocks shorter than this without closing punctuation are fragments (labels, kickers, stamps); kept short so a terse first line of the story survives. */
const FRAGMENT_MAX = 30
/** The sign-up pitch that follows many stories ("Sign up for our newsletter...", "Abonnieren Sie..."). */
const TAIL_PROMO = /\b(?:sign(?:ing)? up|subscribe (?:to|now|here|for|today)|newsletters?|to your inbox|abonnieren sie|melden sie sich|inscrivez-vous|iscriviti|suscr[ií]bete)\b/i
/** A short last line that credits a source (agency, wires, initials in parentheses). */
const CREDIT_LIKE = /\b(?:ap|afp|reuters|dpa|pti|ani|ians|apa|sda|kna|epd|ddp|efe|ansa|upi|wires?|agenc\w*|agentur\w*|press|presse|contributed|source|quelle|fonte|fuente)\b|^\(.*\)$|^[-–—]/i
const TEASER_END = /\s(?:\.\.\.|…)$/
const CLOSING = /[.!?…"”»“'’:;)\]。！？」』]$/

/** A short piece that does not end like a sentence: at the edges of a story it is never prose. */
function isFragment(block: Block): boolean {
  // Table rows and list items are short by nature: a spec table, an ingredient list.
  return block.kind !== 'pre' && block.kind !== 'cell' && block.kind !== 'item' && block.text.length < FRAGMENT_MAX && !CLOSING.test(block.text)
}

/** Letters and digits only, lowercased: compares headlines across punctuation and case. */
/** Drops the headline, byline and stamp at the start and dangling headings at the end. */
export function tidyBlocks(input: readonly Block[], title: string | null, onRemoved: RemovedSink): Block[] {
  const blocks = cutAtEndMarker(input, onRemoved)
  const out: Block[] = []
  let head = true
  let previous = ''
  let pendingDateline: string | null = null
  const squashedTitle = title ? squash(title) : ''
  for (const input of blocks) {
    const block = withoutLeakLines(input, onRemoved)
    if (!block) continue
    // A widget's lines may mark the story's end (a sign-up box before the site's footer), so they are cut only after that.
    if (block.widget) {
      onRemoved(block.text, 'chrome')
      continue
    }
    if (block.text === previous) continue
    previous = block.text
    const leak = leakReason(block.text)
    if (leak) {
      onRemoved(block.text, leak)
      continue
    }
    if (head) {
      const headline = block.kind === 'heading' ? block.tag === 'h1' || sameHeadline(block.text, title) : block.text.length <= (title?.length ?? 0) + 10 && sameHeadline(block.text, title)
      if (headline) {
        onRemoved(block.text, 'title')
        continue
      }
      if (block.text.length <= EDGE_MAX && BYLINE_TEXT.test(block.text) && block.text.split(/\s+/).length <= 10) {
        onRemoved(block.text, 'byline')
        continue
      }
      if (block.text.length <= EDGE_MAX && STAMP_TEXT.test(block.text)) {
        onRemoved(block.text, 'chrome')
        continue
      }
      // A dateline printed as its own line ("KOBE –") opens the lede: it joins the next block.
      if (block.kind !== 'heading' && DATELINE_ONLY.test(block.text)) {
        pendingDateline = block.text
        continue
      }
      if (block.kind !== 'heading' && isFragment(block)) {
        onRemoved(block.text, 'chrome')
        continue
      }
      if (block.kind !== 'heading') head = false
    } else if (title && block.text.length <= title.length + 10 && squash(block.text) === squashedTitle) {
      onRemoved(block.text, 'title')
      continue
    } else if (block.text.length <= EDGE_MAX && (out.length < NEAR_HEAD ? STAMP_TEXT.test(block.text) : DATED_STAMP.test(block.text))) {
      // Sites print the stamp after the standfirst as often as before it.
      onRemoved(block.text, 'chrome')
      continue
    }
    if (pendingDateline && block.kind !== 'heading') {
      out.push({ ...block, text: `${pendingDateline} ${block.text}` })
      pendingDateline = null
      continue
    }
    out.push(block)
  }
  for (let last = out[out.length - 1]; last; last = out[out.length - 1]) {
    const reason = isTailJunk(last) ? (TEASER_END.test(last.text) || last.kind === 'heading' ? 'related' : 'boilerplate') : tailLeakReason(last.text)
    if (!reason) break
    out.pop()
    onRemoved(last.text, reason)
  }
  return out
}

/**
 * A block of lines parted by `<br>` (a video's title over its player, a credit under a quotation):
 * each line is judged like a block of its own, and the lines that are not story text leave.
 * Preformatted text keeps its lines. Null when no line is left.
 */
function withoutLeakLines(block: Block, onRemoved: RemovedSink): Block | null {
  // A block that leaks as a whole (a two-line "Watch more of our videos" pitch) is cut as one, below.
  if (block.kind === 'pre' || !block.text.includes('\n') || leakReason(block.text)) return block
  const lines = block.text.split('\n')
  const kept = lines.filter((line) => {
    const leak = leakReason(line)
    if (leak) onRemoved(line, leak)
    return !leak
  })
  if (kept.length === lines.length) return block
  return kept.length > 0 ? { ...block, text: kept.join('\n') } : null
}

/** The section after the end marker may be at most this share of the text before it. */
const END_SECTION_SHARE = 0.5
/** A block this long after the marker is story text: the marker was a box inside the story. */
const END_SECTION_PROSE = 350

/**
 * The blocks before the first end marker ("Related stories", "To view the full story,
 * subscribe", "Support our magazine...", "Leave a reply"): what follows it is teasers, pitch and
 * form text. The marker only counts near the end: when the rest is short next to the story
 * before it and holds no paragraph long enough to be story text.
 */
function cutAtEndMarker(blocks: readonly Block[], onRemoved: RemovedSink): readonly Block[] {
  const lengths = blocks.map((b) => b.text.length)
  const total = lengths.reduce((a, b) => a + b, 0)
  let before = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block
    if (i > 0 && total - before <= END_SECTION_SHARE * before) {
      const reason = endMarkerReason(block.text, block.kind === 'heading')
      // A box in the middle of the story ("Subscribe to ...") is followed by more story paragraphs.
      if (reason && !blocks.slice(i + 1).some((b) => b.text.length >= END_SECTION_PROSE)) {
        for (const cut of blocks.slice(i)) onRemoved(cut.text, cut === block ? reason : 'related')
        return blocks.slice(0, i)
      }
    }
    before += lengths[i] ?? 0
  }
  return blocks
}

/**
 * What a story never ends with: a heading; a label ending in a colon whose list was cut
 * ("Weitere Informationen:", "Related:"); a truncated teaser of another story ("... ..."); a
 * copyright line; a sign-up pitch; a short label of several words ("Explore More", "Related Topics"). Single
 * words and credit-like lines stay: a wire credit ("PTI", "With Post wires", "(pm - gs)") also
 * ends a story unpunctuated, and the credit-line step reads it.
 */
function isTailJunk(block: Block): boolean {
  if (block.kind === 'heading' || TEASER_END.test(block.text)) return true
  const text = block.text
  // A short label whose list was cut; a sentence that ends in a colon ("Lesen Sie dazu auch die
  // Pressemitteilungen:") is the author's own closing line.
  if (text.length <= EDGE_MAX && text.endsWith(':') && text.split(/\s+/).length <= LABEL_WORDS) return true
  if (text.length <= 400 && /^(?:©|\(c\)|copyright\b)/i.test(text)) return true
  if (text.length <= 300 && TAIL_PROMO.test(text)) return true
  // A sign-off ("Liebe Grüße, Anna", "x Franzi") is the author's last line.
  return isFragment(block) && /\s/.test(text) && !CREDIT_LIKE.test(text) && !SIGN_OFF.test(text) && !text.includes(',')
}
