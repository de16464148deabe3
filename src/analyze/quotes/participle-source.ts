/**
 * "crisp drum patterns lovingly recalling the synth-pop of New Order", "skittish Democrats
 * contemplating …", "video surfaced showing …": a participle cue right after a noun phrase (no
 * comma between) modifies that phrase, which is its source; a name further left ("where
 * Compassion left off, with … patterns recalling") is the subject of another verb. On PolNeAR dev,
 * 6 of the 7 gold attributions of this shape have the phrase before the participle as source.
 */
import type { Token } from '../tokens/tokenize.js'
import type { Syntax } from '../syntax/types.js'
import { tokenRange } from './span-candidates.js'

// Words a noun phrase before the participle is made of ("many E.U. nations", "Obama's aides", "her").
const PHRASE_TAGS = /^(?:NOUN|PROPN|ADJ|DET|NUM|PRON|PART)$/
// The phrase's last word: a noun, a name or a pronoun.
const NOUN_END = /^(?:NOUN|PROPN|PRON)$/
// "spent 45 seconds explaining how …": a stretch of time is when, not who.
const DURATION = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|mornings?|afternoons?|evenings?|time)$/i

/**
 * The noun phrase a participle cue (one "-ing" word, with adverbs before it) modifies, or null
 * when the cue is no participle or a comma, a preposition or a verb comes right before it.
 */
export function participleSubject(tokens: readonly Token[], syntax: Syntax, cue: { start: number; end: number }): { start: number; end: number } | null {
  const [from, to] = tokenRange({ tokens }, cue.start, cue.end)
  let verb = -1
  for (let t = from; t < to; t++) {
    if (syntax[t]?.upos === 'ADV') continue
    if (verb >= 0 || !/ing$/i.test(tokens[t]!.text) || syntax[t]?.upos !== 'VERB') return null
    verb = t
  }
  if (verb < 0) return null
  // Adverbs before the participle belong to it ("lovingly recalling").
  let last = from - 1
  while (last >= 0 && syntax[last]?.upos === 'ADV' && syntax[last]!.head === verb) last--
  if (last < 0 || !NOUN_END.test(syntax[last]?.upos ?? '') || DURATION.test(tokens[last]!.text)) return null
  let first = last
  while (first > 0 && PHRASE_TAGS.test(syntax[first - 1]?.upos ?? '')) first--
  // "an op-ed in The New York Times describing …", "talking to police recalling …": after a
  // preposition the phrase is part of a larger one, whose head the participle may modify.
  if (first > 0 && syntax[first - 1]?.upos === 'ADP') return null
  return { start: tokens[first]!.start, end: tokens[last]!.end }
}
