/**
 * Shortcuts: decisions the trained model makes the same way nearly every time it meets a given
 * situation, taken without scoring. On its own analysis of the training treebank the model gives
 * a frequent word one tag class, an arc between two Penn tags one relation, and a state with
 * given tags around the stack top and the buffer front one transition, in at least `minShare` of
 * at least `minCount` cases; those situations then skip the weight lookups, which are most of
 * the parse's time (a classic tag-dictionary speed-up, Ratnaparkhi 1996, extended to the parser's
 * two decisions). The shortcuts are measured from the model itself, so they change few of its
 * decisions (the model card gives the figures).
 */
import type { ParseState } from './arc-eager.js'
import type { ParserInput } from './parser-features.js'

/** Decisions taken without scoring, each keyed as `tagKey`, `labelKey` and `transitionKey` say. */
export interface SyntaxShortcuts {
  /** Word form id (`WordIds.form`) -> tagger class. */
  readonly tags: ReadonlyMap<number, number>
  /** `labelKey` -> label id. */
  readonly labels: ReadonlyMap<number, number>
  /** `transitionKey` -> transition. */
  readonly transitions: ReadonlyMap<number, number>
}

/** How often a situation must occur, and with what share of one decision, to become a shortcut. */
export interface ShortcutThreshold {
  /** Fewest cases. */
  readonly minCount: number
  /** Least share of its cases the one decision needs. */
  readonly minShare: number
}

/** Options of `buildShortcuts`: a threshold per kind of decision (chosen on EWT dev, see the model card). */
export interface ShortcutOptions {
  /** Default 20 cases, 99%. */
  readonly tags?: ShortcutThreshold
  /** Default 50 cases, 99.8%. */
  readonly labels?: ShortcutThreshold
  /** Default 50 cases, 99.8%. */
  readonly transitions?: ShortcutThreshold
}

/** The thresholds `buildShortcuts` uses by default. */
export const DEFAULT_SHORTCUT_OPTIONS: Required<ShortcutOptions> = {
  tags: { minCount: 20, minShare: 0.99 },
  labels: { minCount: 50, minShare: 0.998 },
  transitions: { minCount: 50, minShare: 0.998 },
}

// Tag ids are small (numbered by first appearance); the root's is 1 << 20. Six bits hold them all.
function tagBits(t: number): number {
  return t < 0 ? 0 : t >= 1 << 20 ? 63 : t & 63
}

/** Key of an arc from a head to a dependent by their Penn tag ids and the direction (0: dependent first). */
export function labelKey(dependentTag: number, headTag: number, dir: number): number {
  return (((tagBits(dependentTag) << 6) | tagBits(headTag)) << 1) | dir
}

/**
 * Key of a parser state: the Penn tags of the two top stack items, of the buffer front and of the
 * word after it, and whether the stack top has its head.
 */
export function transitionKey(st: ParseState, inp: ParserInput): number {
  const s0 = st.s0()
  const s1 = st.s1()
  const b = st.b
  const tag = inp.tag
  const s1p = s1 < 0 ? 0 : tagBits(tag[s1]!)
  const s0p = s0 < 0 ? 0 : tagBits(tag[s0]!)
  const n1p = b + 1 <= st.n ? tagBits(tag[b + 1]!) : 0
  const attached = s0 >= 0 && st.head[s0]! >= 0 ? 1 : 0
  return (((((((s1p << 6) | s0p) << 6) | tagBits(tag[b]!)) << 6) | n1p) << 1) | attached
}

/** Counts of the decisions the model made in each situation, gathered by `countDecision`. */
export interface ShortcutCounts {
  readonly tags: Map<number, Map<number, number>>
  readonly labels: Map<number, Map<number, number>>
  readonly transitions: Map<number, Map<number, number>>
}

/** Empty counts. */
export function shortcutCounts(): ShortcutCounts {
  return { tags: new Map<number, Map<number, number>>(), labels: new Map<number, Map<number, number>>(), transitions: new Map<number, Map<number, number>>() }
}

/** Counts one decision `d` made in situation `key`. */
export function countDecision(counts: Map<number, Map<number, number>>, key: number, d: number): void {
  let byDecision = counts.get(key)
  if (!byDecision) counts.set(key, (byDecision = new Map<number, number>()))
  byDecision.set(d, (byDecision.get(d) ?? 0) + 1)
}

/** The situations whose counts pass the options' thresholds, with their one decision. */
export function buildShortcuts(counts: ShortcutCounts, options: ShortcutOptions = {}): SyntaxShortcuts {
  const pick = (m: Map<number, Map<number, number>>, { minCount, minShare }: ShortcutThreshold): Map<number, number> => {
    const out = new Map<number, number>()
    // Keys in order, so the encoded section does not depend on the order cases were met.
    for (const key of [...m.keys()].sort((a, b) => a - b)) {
      let total = 0
      let best = -1
      let bestCount = 0
      for (const [d, n] of m.get(key)!) {
        total += n
        if (n > bestCount || (n === bestCount && d < best)) [best, bestCount] = [d, n]
      }
      // A negative decision stands for "none to take" (see `countShortcutDecisions`).
      if (total >= minCount && bestCount >= minShare * total && best >= 0) out.set(key, best)
    }
    return out
  }
  return {
    tags: pick(counts.tags, options.tags ?? DEFAULT_SHORTCUT_OPTIONS.tags),
    labels: pick(counts.labels, options.labels ?? DEFAULT_SHORTCUT_OPTIONS.labels),
    transitions: pick(counts.transitions, options.transitions ?? DEFAULT_SHORTCUT_OPTIONS.transitions),
  }
}

/** Serializes shortcuts as three lists of (key, decision) 32-bit pairs, each after its length. */
export function encodeShortcuts(s: SyntaxShortcuts): Buffer {
  const lists = [s.tags, s.labels, s.transitions]
  const buf = Buffer.alloc(4 * lists.length + 8 * lists.reduce((n, m) => n + m.size, 0))
  let o = 0
  for (const m of lists) {
    buf.writeUInt32LE(m.size, o)
    o += 4
    for (const [key, d] of [...m].sort((a, b) => a[0] - b[0])) {
      buf.writeInt32LE(key, o)
      buf.writeInt32LE(d, o + 4)
      o += 8
    }
  }
  return buf
}

/** Reads shortcuts written by `encodeShortcuts`. */
export function decodeShortcuts(buf: Buffer): SyntaxShortcuts {
  let o = 0
  const list = (): Map<number, number> => {
    if (o + 4 > buf.length) throw new Error('corrupt model: shortcuts section')
    const size = buf.readUInt32LE(o)
    o += 4
    if (o + 8 * size > buf.length) throw new Error('corrupt model: shortcuts section')
    const m = new Map<number, number>()
    for (let i = 0; i < size; i++, o += 8) m.set(buf.readInt32LE(o), buf.readInt32LE(o + 4))
    return m
  }
  const tags = list()
  const labels = list()
  const transitions = list()
  if (o !== buf.length) throw new Error('corrupt model: shortcuts section length')
  return { tags, labels, transitions }
}
