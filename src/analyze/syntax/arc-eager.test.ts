import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LEFT, ParseState, REDUCE, RIGHT, SHIFT, TRANSITIONS, transitionCost } from './arc-eager.js'
import { isProjectiveArc, projectivize } from './projective.js'

// A random projective tree over n words (root = n): each span's head is picked at random and
// its left and right parts become its dependents' subtrees.
function randomProjectiveTree(n: number, random: () => number): Int32Array {
  const heads = new Int32Array(n)
  const build = (lo: number, hi: number, head: number): void => {
    if (lo >= hi) return
    const h = lo + Math.floor(random() * (hi - lo))
    heads[h] = head
    build(lo, h, h)
    build(h + 1, hi, h)
  }
  build(0, n, n)
  return heads
}

function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return a / 4294967296
  }
}

// Runs `walk` from the start state of each of `rounds` random gold trees of 1 to `maxWords` words,
// all drawn from one seeded stream so a failure replays.
function eachRandomTree(seed: number, rounds: number, maxWords: number, walk: (st: ParseState, gold: Int32Array, n: number, random: () => number) => void): void {
  const random = seeded(seed)
  for (let round = 0; round < rounds; round++) {
    const n = 1 + Math.floor(random() * maxWords)
    const gold = randomProjectiveTree(n, random)
    const st = new ParseState(n)
    st.reset(n)
    walk(st, gold, n, random)
  }
}

test('should reach the gold tree by always taking a zero-cost transition', () => {
  eachRandomTree(7, 200, 15, (st, gold, n, random) => {
    while (!st.terminal()) {
      const zero = [SHIFT, REDUCE, LEFT, RIGHT].filter((t) => st.legal(t) && transitionCost(st, t, gold) === 0)
      assert.ok(zero.length > 0, 'some legal transition costs nothing')
      st.apply(zero[Math.floor(random() * zero.length)]!, 0)
    }
    assert.deepEqual(Array.from(st.head.subarray(0, n)), Array.from(gold))
  })
})

test('should charge exactly the arcs a sequence of transitions loses', () => {
  // The defining property of the dynamic oracle: after any legal sequence, the wrong heads
  // equal the sum of the costs paid on the way, when every step afterwards is optimal.
  eachRandomTree(11, 300, 12, (st, gold, n, random) => {
    let paid = 0
    while (!st.terminal()) {
      const legal = [SHIFT, REDUCE, LEFT, RIGHT].filter((t) => st.legal(t))
      let t: number
      if (random() < 0.4) t = legal[Math.floor(random() * legal.length)]!
      else t = legal.find((x) => transitionCost(st, x, gold) === 0) ?? legal[0]!
      paid += transitionCost(st, t, gold)
      st.apply(t, 0)
    }
    let wrong = 0
    for (let i = 0; i < n; i++) if (st.head[i] !== gold[i]) wrong++
    assert.equal(wrong, paid)
  })
})

test('should allow exactly the transitions the state permits', () => {
  const st = new ParseState(3)
  st.reset(3)
  assert.deepEqual(
    [SHIFT, REDUCE, LEFT, RIGHT].map((t) => st.legal(t)),
    [true, false, false, false],
  )
  st.apply(SHIFT, 0)
  assert.deepEqual(
    [SHIFT, REDUCE, LEFT, RIGHT].map((t) => st.legal(t)),
    [true, false, true, true],
  )
  st.apply(RIGHT, 1)
  assert.equal(st.head[1], 0)
  assert.equal(st.rc1[0], 1)
  assert.equal(TRANSITIONS, 4)
})

test("should lift crossing arcs to the head's head until the tree is projective", () => {
  // Word 4 hangs from word 2 across word 3, which word 2 does not head (root = 5).
  const heads = Int32Array.from([1, 5, 1, 1, 2])
  assert.equal(isProjectiveArc(heads, 4), false)
  assert.equal(isProjectiveArc(heads, 3), true)
  assert.equal(projectivize(heads), 1)
  assert.deepEqual(Array.from(heads), [1, 5, 1, 1, 1])
})
