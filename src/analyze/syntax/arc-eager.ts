/**
 * The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros
 * & Nivre 2013), and its dynamic oracle (Goldberg & Nivre 2012): the cost of a transition is the
 * number of gold arcs it makes unreachable, so training can follow the model's own mistakes and
 * still learn the best action from any state. The state also keeps what the parser's features
 * read: children at both ends, valencies and label sets.
 */

export const SHIFT = 0
export const REDUCE = 1
export const LEFT = 2
export const RIGHT = 3
/** Number of transitions. */
export const TRANSITIONS = 4

/** A parser configuration over words `0..n-1`, with the artificial root at index `n`. */
export class ParseState {
  /** Number of words. */
  n = 0
  readonly stack: Int32Array
  /** Stack depth; the top is `stack[sp - 1]`. */
  sp = 0
  /** Front of the buffer (`n` is the root). */
  b = 0
  /** Head of each word (`n` for the root), -1 while unattached. */
  readonly head: Int32Array
  /** Label id of each attached word. */
  readonly label: Int32Array
  readonly onStack: Uint8Array
  /** Leftmost and second-leftmost, rightmost and second-rightmost children, -1 when none. */
  readonly lc1: Int32Array
  readonly lc2: Int32Array
  readonly rc1: Int32Array
  readonly rc2: Int32Array
  readonly nLeft: Int32Array
  readonly nRight: Int32Array
  /** Label sets of the left and right children as 64-bit sets (low and high halves). */
  readonly leftSetLo: Int32Array
  readonly leftSetHi: Int32Array
  readonly rightSetLo: Int32Array
  readonly rightSetHi: Int32Array

  /** Allocates a state for sentences of up to `capacity` words. */
  constructor(capacity: number) {
    const size = capacity + 1
    this.stack = new Int32Array(size)
    this.head = new Int32Array(size)
    this.label = new Int32Array(size)
    this.onStack = new Uint8Array(size)
    this.lc1 = new Int32Array(size)
    this.lc2 = new Int32Array(size)
    this.rc1 = new Int32Array(size)
    this.rc2 = new Int32Array(size)
    this.nLeft = new Int32Array(size)
    this.nRight = new Int32Array(size)
    this.leftSetLo = new Int32Array(size)
    this.leftSetHi = new Int32Array(size)
    this.rightSetLo = new Int32Array(size)
    this.rightSetHi = new Int32Array(size)
  }

  /** Word capacity of this state. */
  get capacity(): number {
    return this.stack.length - 1
  }

  /** Starts a sentence of `n` words (at most `capacity`). */
  reset(n: number): void {
    this.n = n
    this.sp = 0
    this.b = 0
    const m = n + 1
    this.head.fill(-1, 0, m)
    this.label.fill(-1, 0, m)
    this.onStack.fill(0, 0, m)
    this.lc1.fill(-1, 0, m)
    this.lc2.fill(-1, 0, m)
    this.rc1.fill(-1, 0, m)
    this.rc2.fill(-1, 0, m)
    this.nLeft.fill(0, 0, m)
    this.nRight.fill(0, 0, m)
    this.leftSetLo.fill(0, 0, m)
    this.leftSetHi.fill(0, 0, m)
    this.rightSetLo.fill(0, 0, m)
    this.rightSetHi.fill(0, 0, m)
  }

  /** Top of the stack, or -1. */
  s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1]! : -1
  }

  /** Second item of the stack, or -1. */
  s1(): number {
    return this.sp > 1 ? this.stack[this.sp - 2]! : -1
  }

  /** Whether every word is attached and the stack is empty. */
  terminal(): boolean {
    return this.b === this.n && this.sp === 0
  }

  /** Whether transition `t` is allowed now. */
  legal(t: number): boolean {
    switch (t) {
      case SHIFT:
        return this.b < this.n
      case RIGHT:
        return this.sp > 0 && this.b < this.n
      case LEFT:
        return this.sp > 0 && this.head[this.stack[this.sp - 1]!] === -1
      default:
        return this.sp > 0 && this.head[this.stack[this.sp - 1]!] !== -1
    }
  }

  /** Applies transition `t`; `label` is the relation of the arc a LEFT or RIGHT makes. */
  apply(t: number, label: number): void {
    switch (t) {
      case SHIFT:
        this.push(this.b)
        this.b++
        break
      case REDUCE:
        this.pop()
        break
      case LEFT: {
        const s = this.pop()
        this.attach(this.b, s, label)
        break
      }
      default: {
        const s = this.stack[this.sp - 1]!
        this.attach(s, this.b, label)
        this.push(this.b)
        this.b++
      }
    }
  }

  private push(w: number): void {
    this.stack[this.sp++] = w
    this.onStack[w] = 1
  }

  private pop(): number {
    const w = this.stack[--this.sp]!
    this.onStack[w] = 0
    return w
  }

  private attach(h: number, d: number, label: number): void {
    this.head[d] = h
    this.label[d] = label
    const lo = label < 32 ? 1 << label : 0
    const hi = label >= 32 ? 1 << (label - 32) : 0
    if (d < h) {
      // Left children arrive from the nearest outwards: each new one is the leftmost.
      this.lc2[h] = this.lc1[h]!
      this.lc1[h] = d
      this.nLeft[h]!++
      this.leftSetLo[h]! |= lo
      this.leftSetHi[h]! |= hi
    } else {
      this.rc2[h] = this.rc1[h]!
      this.rc1[h] = d
      this.nRight[h]!++
      this.rightSetLo[h]! |= lo
      this.rightSetHi[h]! |= hi
    }
  }
}

/**
 * Cost of transition `t` in `state` against the gold heads `gold` (a projective tree, `n` for the
 * root): how many gold arcs still reachable before it are unreachable after it.
 */
export function transitionCost(state: ParseState, t: number, gold: Int32Array): number {
  const { n, b, sp, stack, head, onStack } = state
  let cost = 0
  switch (t) {
    case SHIFT: {
      // b leaves the buffer: its head on the stack and its dependents there are lost.
      if (gold[b]! < n && onStack[gold[b]!]) cost++
      for (let i = 0; i < sp; i++) {
        const k = stack[i]!
        if (gold[k] === b && head[k] === -1) cost++
      }
      return cost
    }
    case REDUCE: {
      const s = stack[sp - 1]!
      for (let k = b; k < n; k++) if (gold[k] === s) cost++
      return cost
    }
    case LEFT: {
      const s = stack[sp - 1]!
      if (gold[s]! >= b && gold[s] !== b) cost++
      for (let k = b; k < n; k++) if (gold[k] === s) cost++
      return cost
    }
    default: {
      const s = stack[sp - 1]!
      const g = gold[b]!
      if (g !== s && (g > b || (g < n && onStack[g]))) cost++
      for (let i = 0; i < sp; i++) {
        const k = stack[i]!
        if (gold[k] === b && head[k] === -1) cost++
      }
      return cost
    }
  }
}
