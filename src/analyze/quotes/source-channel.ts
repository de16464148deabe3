/**
 * The channel after an inverted source ("“...,” said the mayor in a statement", "said Ruiz on
 * Twitter"): how the words came out, not part of who said them. The speaker's name leaves it out;
 * the class still reads it (a statement, a post or a letter is writing).
 */

/** A character range. */
interface Span {
  readonly start: number
  readonly end: number
}

// Channels in which words are written ("in a statement", "on Twitter", "in an email to staff").
const WRITTEN = 'statement|letter|e-?mail|tweet|post|posting|release|op-ed|memo|filing|blog(?:\\s+post)?|column|editorial|message|text|note|twitter|facebook|instagram|linkedin|threads|x'
// Channels in which words are spoken ("in an interview", "at a news conference", "during a briefing").
const SPOKEN = 'interview|speech|address|remarks|briefing|conference|news\\s+conference|press\\s+conference|call|phone\\s+call|podcast|video|broadcast|hearing|testimony|debate|rally'

// A preposition, a determiner or possessive, up to two modifiers, then a channel noun, to the end of the phrase.
const CHANNEL_TAIL = new RegExp(
  `\\s*,?\\s+(?:in|on|via|through|during|at|over)\\s+(?:(?:a|an|the|his|her|their|its|our|my)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:(${WRITTEN})|(?:${SPOKEN}))\\b[^,;]*$`,
  'iu',
)

// A written channel right after a cue, before the clause ends ("said on Twitter", "said in a statement Tuesday").
const WRITTEN_AFTER = new RegExp(`^\\s*,?\\s+(?:in|on|via|through|over)\\s+(?:(?:a|an|the|his|her|their|its|our|my)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${WRITTEN})\\b`, 'iu')

/** Whether the words right after a cue that ends at `at` name a written channel ("“...,” Ruiz said on Twitter"). */
export function writtenChannelAfter(text: string, at: number): boolean {
  return WRITTEN_AFTER.test(text.slice(at, at + 80))
}

/** A source without the channel phrase at its end, and whether that channel is written; the source as it was when it has none. */
export function withoutChannel(text: string, source: Span): { source: Span; written: boolean } {
  const phrase = text.slice(source.start, source.end)
  const m = CHANNEL_TAIL.exec(phrase)
  // Something must be left that names the speaker.
  if (!m || m.index === 0 || !/[\p{L}\p{N}]/u.test(phrase.slice(0, m.index))) return { source, written: false }
  return { source: { start: source.start, end: source.start + m.index }, written: m[1] !== undefined }
}
