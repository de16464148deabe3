/**
 * Lookups from text offsets to entities, for the steps that read entities (quotes, events):
 * which entity a span names, and which entity mentions fall inside a range such as a sentence.
 */
import type { Entity } from './article.js'

/** One entity mention with its entity. */
export interface IndexedMention {
  readonly entity: Entity
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: 'name' | 'short' | 'pronoun' | 'nominal'
}

/** Every mention of every entity, sorted by start offset. */
export type MentionIndex = readonly IndexedMention[]

/** Builds a sorted index of all entity mentions. */
export function buildMentionIndex(entities: readonly Entity[]): MentionIndex {
  const all: IndexedMention[] = []
  for (const entity of entities) {
    for (const m of entity.mentions) {
      all.push({ entity, start: m.start, end: m.end, text: m.text ?? '', kind: m.kind ?? 'name' })
    }
  }
  return all.sort((x, y) => x.start - y.start || y.end - x.end)
}

/** Index of the first span starting at or after `offset` in a start-sorted list (binary search). */
export function firstStartingFrom(spans: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The mentions that lie wholly inside `[start, end)`, in text order (any start-sorted list of spans). */
export function mentionsIn<M extends { readonly start: number; readonly end: number } = IndexedMention>(index: readonly M[], start: number, end: number): M[] {
  const lo = firstStartingFrom(index, start)
  const out: M[] = []
  for (let i = lo; i < index.length && index[i]!.start < end; i++) if (index[i]!.end <= end) out.push(index[i]!)
  return out
}

/** The mention that covers `[start, end)` most tightly, or overlaps it most, or undefined. */
export function mentionAt(index: MentionIndex, start: number, end: number = start + 1): IndexedMention | undefined {
  let best: IndexedMention | undefined
  let bestScore = 0
  for (const m of index) {
    if (m.start >= end) break
    const overlap = Math.min(end, m.end) - Math.max(start, m.start)
    if (overlap <= 0) continue
    const covers = m.start <= start && m.end >= end
    // Covering mentions beat partial overlaps; among them the tightest wins.
    const score = (covers ? 1e6 : 0) + overlap * 1000 - (m.end - m.start)
    if (score > bestScore) [best, bestScore] = [m, score]
  }
  return best
}

/** The entity a span names ("Ushakov" in a quote attribution), or undefined. */
export function entityAt(entities: readonly Entity[], start: number, end: number = start + 1): Entity | undefined {
  return mentionAt(buildMentionIndex(entities), start, end)?.entity
}

/** The entity with this id, or undefined. */
export function entityById(entities: readonly Entity[], id: string): Entity | undefined {
  return entities.find((e) => e.id === id)
}
