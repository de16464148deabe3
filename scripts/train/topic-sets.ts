/**
 * All public topic sets, read and turned into hashed feature buckets once, for `train:topics`
 * and `eval:topics`. Test items whose text also appears in a training item are dropped.
 */
import { join, resolve } from 'node:path'
import { splitTokens } from '../../src/analyze/tokens/tokenize.js'
import { topicBuckets } from '../../src/analyze/topics/index.js'
import { readBbcNews } from './bbc-news.js'
import { readHuffPost } from './huffpost.js'
import { seededRandom, seededShuffle } from '../../src/corpus/seeded-shuffle.js'
import { isKnown, textKey, type Split, type TopicExample, type TopicSource } from './topic-example.js'
import { readWcep } from './wcep.js'

/**
 * One example ready for the trainer: buckets plus, per model class, 1 (its topic), 0 (not its
 * topic), 2 (left open by the item: one of its possible topics) or -1 (its source labels no such topic).
 */
export interface EncodedExample {
  readonly source: string
  readonly split: Split
  readonly title: string
  readonly text: string
  readonly buckets: Int32Array
  readonly targets: Int8Array
}

/** Reads every set from `dataDir` (`.data` layout of scripts/data/README.md). */
export function readTopicSources(dataDir: string): TopicSource[] {
  const dir = resolve(dataDir)
  return [readBbcNews(join(dir, 'bbc-news')), readHuffPost(join(dir, 'huffpost'), join(dir, 'huffpost-headlines')), readWcep(join(dir, 'wcep', 'posts'))]
}

/** Encodes every item against `classes`, dropping test and dev items whose text is also in train. */
export function encodeTopicSources(sources: readonly TopicSource[], classes: readonly string[], mask: number, leadChars: number): EncodedExample[] {
  const trainKeys = new Set<string>()
  for (const s of sources) for (const x of s.items) if (x.split === 'train') trainKeys.add(textKey(`${x.title} ${x.text}`))
  const out: EncodedExample[] = []
  for (const s of sources) {
    for (const x of s.items) {
      if (x.split !== 'train' && trainKeys.has(textKey(`${x.title} ${x.text}`))) continue
      const targets = Int8Array.from(classes, (code) => (!s.labels.includes(code) ? -1 : !isKnown(s, x, code) ? 2 : x.positives.includes(code) ? 1 : 0))
      out.push({ source: s.name, split: x.split, title: x.title, text: x.text, buckets: topicBuckets(x.title, splitTokens(x.title), x.text, splitTokens(x.text), mask, leadChars), targets })
    }
  }
  return out
}

/**
 * Article-length examples made from short items: runs of 4 to 12 items of one source, split and
 * label, joined in a seeded order. News articles are long and the headline sets are short; a
 * one-vs-rest model trained on headlines alone learns that any long run of ordinary words is no
 * topic at all (on real pages it gave no topic to most articles). Source name gets `-long`.
 */
export function longExamples(sources: readonly TopicSource[], split: Split, seed: number): TopicSource[] {
  return sources.map((s) => {
    const groups = new Map<string, TopicExample[]>()
    for (const x of s.items) {
      if (x.split !== split) continue
      const key = `${x.positives.join(',')}|${x.unknown.join(',')}`
      groups.set(key, [...(groups.get(key) ?? []), x])
    }
    const random = seededRandom(seed)
    const items: TopicExample[] = []
    for (const group of groups.values()) {
      const order = seededShuffle(group, Math.floor(random() * 1e9))
      for (let i = 0; i < order.length;) {
        const n = 4 + Math.floor(random() * 9)
        const run = order.slice(i, i + n)
        i += n
        if (run.length < 4) break
        const [first, ...rest] = run
        const text = [first!.text, ...rest.map((x) => [x.title, x.text].filter(Boolean).join('. '))].join(' ')
        items.push({ ...first!, source: `${s.name}-long`, text })
      }
    }
    return { ...s, name: `${s.name}-long`, items }
  })
}
