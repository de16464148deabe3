/**
 * The common form every public topic set is read into: one example per item, with the IPTC
 * top-level codes it is labelled with and the codes its source cannot speak for. A source labels
 * only some topics (BBC News has no crime section, the Wikipedia Current Events Portal no
 * lifestyle); an item is a negative only for topics its source does label, so the trainer never
 * learns "not crime" from a BBC politics article about a trial.
 */

/** The split an example belongs to: fitting, choosing settings and thresholds, reporting. */
export type Split = 'train' | 'dev' | 'test'

/** One labelled news item. */
export interface TopicExample {
  /** Short source name (`bbc`, `huffpost`, `wcep`). */
  readonly source: string
  readonly split: Split
  /** Headline, or '' when the text starts with it. */
  readonly title: string
  readonly text: string
  /** IPTC codes the item is labelled with. */
  readonly positives: readonly string[]
  /** IPTC codes that are neither positive nor negative for this item. */
  readonly unknown: readonly string[]
}

/** A public set read into examples, with the topics it labels. */
export interface TopicSource {
  readonly name: string
  readonly description: string
  /** IPTC codes this source labels; the other topics are unknown for all its items. */
  readonly labels: readonly string[]
  readonly items: readonly TopicExample[]
}

/** Builds a source, checking that every positive is a topic the source labels. */
export function topicSource(name: string, description: string, labels: readonly string[], items: readonly TopicExample[]): TopicSource {
  const known = new Set(labels)
  for (const item of items) for (const code of item.positives) if (!known.has(code)) throw new Error(`${name}: ${code} is not among the topics the source labels`)
  return { name, description, labels: [...known].sort(), items }
}

/** Whether `code` is known (positive or negative) for an item of `source`. */
export function isKnown(source: TopicSource, item: TopicExample, code: string): boolean {
  return source.labels.includes(code) && !item.unknown.includes(code)
}

/** Stable split of a key: about 10% test, 10% dev, the rest train (FNV-1a of the key). */
export function hashSplit(key: string): Split {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  const r = (h >>> 0) % 10
  return r === 0 ? 'test' : r === 1 ? 'dev' : 'train'
}

/** A text's comparison key: lower-cased letters and digits only (finds one text in two sets). */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
