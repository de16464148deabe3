/**
 * The tag sets of the sequence model: BILOU tags inside the model (they separate one-token
 * names from name starts, which the features predict differently), IOB2 at the edges, spans for
 * the rest of newsgraph.
 */
import type { NerLabel } from './types.js'

/** Entity types, in tag-index order. */
export const NER_TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC']

/** Every BILOU tag: index 0 is `O`, then B/I/L/U for each type. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))]

/** Number of tags. */
export const TAG_COUNT = TAGS.length

/** A tag span over token indices `[start, end)` of one sentence. */
export interface TagSpan {
  readonly start: number
  readonly end: number
  readonly label: NerLabel
}

/** Whether tag `next` may follow tag `prev` (-1: sentence start) in a well-formed BILOU sequence. */
export function allowedTransition(prev: number, next: number): boolean {
  const p = prev < 0 ? 'O' : TAGS[prev]!
  const n = TAGS[next]!
  const inside = p[0] === 'B' || p[0] === 'I'
  if (inside) return (n[0] === 'I' || n[0] === 'L') && n.slice(2) === p.slice(2)
  return n[0] === 'O' || n[0] === 'B' || n[0] === 'U'
}

/** Whether a tag may end a sentence. */
export function allowedLast(tag: number): boolean {
  const c = TAGS[tag]![0]
  return c !== 'B' && c !== 'I'
}

/** Reads spans out of IOB1, IOB2 or BILOU tag strings (lenient: any type change starts a span). */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = []
  let start = -1
  let type = ''
  const close = (end: number): void => {
    if (start >= 0) spans.push({ start, end, label: type as NerLabel })
    start = -1
  }
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!
    if (tag === 'O') {
      close(i)
      continue
    }
    const prefix = tag[1] === '-' ? tag[0]! : 'I'
    const t = tag[1] === '-' ? tag.slice(2) : tag
    if (start < 0 || prefix === 'B' || prefix === 'U' || t !== type) {
      close(i)
      start = i
      type = t
    }
    if (prefix === 'L' || prefix === 'U') close(i + 1)
  }
  close(tags.length)
  return spans
}

/** BILOU tag indices for spans over `length` tokens. */
export function bilouFromSpans(spans: readonly TagSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(0)
  for (const s of spans) {
    const base = 1 + 4 * NER_TYPES.indexOf(s.label)
    if (s.end - s.start === 1) {
      tags[s.start] = base + 3
      continue
    }
    tags[s.start] = base
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = base + 1
    tags[s.end - 1] = base + 2
  }
  return tags
}

/** IOB2 tag strings for spans over `length` tokens. */
export function iob2FromSpans(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O')
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.label}`
  return tags
}
