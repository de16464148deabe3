/**
 * A reproducible stream of synthetic news for the story benchmarks: stories whose sizes follow a
 * power law (most told once, a few by hundreds or thousands of articles), spread over time (a
 * story's articles follow its start by an exponential delay that grows with its size), each
 * article a headline and a short body mixing the story's names and topic words with common words
 * drawn from a Zipf distribution. Same seed, same stream.
 */
import type { CorpusDoc } from '../src/corpus/corpus-doc.js'
import { seededRandom } from '../src/corpus/seeded-shuffle.js'

/** One generated article with its true story. */
export interface StreamArticle extends CorpusDoc {
  readonly story: number
  /** Epoch milliseconds. */
  readonly time: number
}

/** Options of the generator. */
export interface StreamOptions {
  readonly seed?: number
  /** Articles per day (default 2,000: a few hundred feeds). */
  readonly perDay?: number
  /** Headlines only, lower case, undated (an aggregator feed). */
  readonly headlines?: boolean
}

const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'dan',
  'tis',
  'vor',
  'el',
  'ran',
  'su',
  'bek',
  'ti',
  'nor',
  'pa',
  'gul',
  'an',
  'dre',
  'sol',
  'mi',
  'tar',
  'vek',
  'os',
  'lin',
  'ru',
  'fen',
  'ha',
  'zor',
  'ip',
  'cal',
  'de',
  'mun',
]

function word(n: number, syllables: number): string {
  let w = ''
  let x = n
  for (let i = 0; i < syllables; i++) {
    w += SYLLABLES[x % SYLLABLES.length]
    x = Math.floor(x / SYLLABLES.length) + i * 7
  }
  return w
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)

/** A power-law story size in [1, 3000] (exponent 2.2: mean about 4, one story in 400 over 100). */
function storySize(rnd: () => number): number {
  const u = rnd()
  return Math.min(3000, Math.floor(Math.pow(1 - u, -1 / 1.2)))
}

/** A generated stream: article times and stories are laid out up front, texts made on demand. */
export interface StoryStream {
  readonly length: number
  /** The i-th article in arrival (time) order. */
  article(i: number): StreamArticle
}

/** A stream of `count` articles in arrival order. */
export function storyStream(count: number, options: StreamOptions = {}): StoryStream {
  const seed = options.seed ?? 11
  const rnd = seededRandom(seed)
  const perDay = options.perDay ?? 2000
  const days = count / perDay
  const start = Date.UTC(2024, 0, 1)
  const slots: Array<{ time: number; story: number; k: number }> = []
  let story = 0
  // Stories start over the whole span; late stories' tails fall past the end and are cut.
  while (slots.length < count * 1.25 + 50) {
    story++
    const size = storySize(rnd)
    const begin = start + rnd() * days * 86_400_000
    const spread = 0.4 * 86_400_000 * Math.pow(size, 0.35)
    for (let k = 0; k < size; k++) slots.push({ time: Math.round(begin - Math.log(1 - rnd()) * spread), story, k })
  }
  slots.sort((a, b) => a.time - b.time || a.story - b.story || a.k - b.k)
  slots.length = Math.min(slots.length, count)
  return { length: slots.length, article: (i) => makeArticle(slots[i]!, seed, options.headlines === true) }
}

const COMMON_WORDS = 20_000
const HARMONIC = (() => {
  const t = new Float64Array(COMMON_WORDS)
  let h = 0
  for (let i = 0; i < COMMON_WORDS; i++) t[i] = h += 1 / (i + 1)
  return t
})()

/** A common word by Zipf's law. */
function commonWord(rnd: () => number): string {
  const target = rnd() * HARMONIC[COMMON_WORDS - 1]!
  let lo = 0
  let hi = COMMON_WORDS - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (HARMONIC[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return word(lo + 1000, 2 + (lo % 2))
}

function makeArticle(slot: { time: number; story: number; k: number }, seed: number, headlines: boolean): StreamArticle {
  const { story, k, time } = slot
  // The story's vocabulary comes from its own generator, the article's words from another.
  const srnd = seededRandom(seed * 1_000_003 + story)
  const names = [0, 1, 2].map(() => `${capital(word(story * 13 + Math.floor(srnd() * 5000), 2))} ${capital(word(story * 17 + Math.floor(srnd() * 9000), 3))}`)
  const place = capital(word(story * 3 + 500_000, 3))
  const topic = Array.from({ length: 8 }, (_, i) => word(story * 31 + i * 7919 + 200_000, 3))
  const number = String(2 + Math.floor(srnd() * 500))
  const rnd = seededRandom(seed * 7_919 + story * 104_729 + k)
  const pickTopic = (): string => topic[Math.floor(rnd() * topic.length)]!
  const pickName = (): string => names[Math.floor(rnd() * (k % 3 === 0 ? 3 : 2))]!
  const sentence = (len: number): string => {
    const words: string[] = []
    for (let i = 0; i < len; i++) {
      const r = rnd()
      words.push(r < 0.12 ? pickName() : r < 0.3 ? pickTopic() : r < 0.33 ? place : r < 0.34 ? number : commonWord(rnd))
    }
    return `${capital(words.join(' '))}.`
  }
  const title = `${pickName()} ${pickTopic()} ${commonWord(rnd)} ${pickTopic()} in ${place} ${commonWord(rnd)}`
  const id = `a${story}-${k}`
  if (headlines) return { input: id, text: `${title} ${pickTopic()}`.toLowerCase(), story, time }
  const body = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(12 + Math.floor(rnd() * 8))).join(' ')
  return { input: id, title, text: body, published: new Date(time).toISOString(), story, time }
}
