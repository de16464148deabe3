/**
 * Features of the topic classifier: hashed buckets of the words and word pairs of the title and
 * the lead of the text, each counted once, over the analysis tokenizer's tokens (so the step
 * splits nothing itself). Stop words make no single-word feature and no pair with another stop
 * word; numbers take part in pairs as one shared "number" word. The model scales every present
 * feature by 1/sqrt(count), so long and short texts weigh alike.
 */
import type { Token } from '../tokens/tokenize.js'
import { STOP_WORDS } from '../classify/stop-words.js'
import { bigramBucket, stringHash, unigramBucket, wordHash } from '../classify/feature-hash.js'

/** Characters of body text read by default: the lead, about as long as the headline-and-summary items most training data is (600 beat 1,500 on dev). */
export const TOPIC_LEAD_CHARS = 600

// Negated auxiliaries keep their "n't" as a token of its own; it says nothing of a topic.
const STOP_HASHES: ReadonlySet<number> = new Set([...STOP_WORDS, "n't"].map(stringHash))
const NUMBER_HASH = stringHash('<number>')

/** Where a token stands for the features. */
const enum Kind {
  Skip,
  Word,
  Stop,
  Number,
}

function kindOf(text: string, token: Token): Kind {
  const c = text.charCodeAt(token.start)
  if (c >= 48 && c <= 57) return Kind.Number
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 0xbf && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f))
  return letter ? Kind.Word : Kind.Skip
}

/**
 * Sorted, distinct feature buckets (in a table of `mask + 1`) of a title and a text. Only body
 * tokens that start before `maxChars` count. Title and text offsets are into their own strings.
 */
export function topicBuckets(title: string, titleTokens: readonly Token[], text: string, tokens: readonly Token[], mask: number, maxChars = TOPIC_LEAD_CHARS): Int32Array {
  const out: number[] = []
  let previous = 0
  let previousStop = true
  let hasPrevious = false
  const add = (source: string, token: Token): void => {
    const kind = kindOf(source, token)
    if (kind === Kind.Skip) {
      // Punctuation breaks no pair: pairs read across it, as the training texts were read.
      return
    }
    const h = kind === Kind.Number ? NUMBER_HASH : wordHash(source, token.start, token.end)
    const stop = kind === Kind.Number || STOP_HASHES.has(h)
    if (!stop) out.push(unigramBucket(h, mask))
    if (hasPrevious && !(stop && previousStop)) out.push(bigramBucket(previous, h, mask))
    previous = h
    previousStop = stop
    hasPrevious = true
  }
  for (const t of titleTokens) add(title, t)
  // The title and the text are read as one sequence, like a headline over its lead.
  for (const t of tokens) {
    if (t.start >= maxChars) break
    add(text, t)
  }
  const sorted = Int32Array.from(out).sort()
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!
  return sorted.subarray(0, n)
}
