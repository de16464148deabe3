import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dot } from '../sparse-vector.js'
import { flatOf } from './flat-vectors.js'
import { Centroid } from './centroid.js'

/** A seeded vector of `n` features: hashes below 2^31, many sharing their low bits (so lookups probe past a first slot). */
function vector(seed: number, n: number, keys = 400): Map<number, number> {
  // mulberry32: every low bit varies, so all `keys` slots are reachable.
  let x = seed >>> 0
  const next = (): number => {
    x = (x + 0x6d2b79f5) >>> 0
    let t = Math.imul(x ^ (x >>> 15), x | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  if (n > keys) throw new Error('vector: more features than keys')
  const v = new Map<number, number>()
  while (v.size < n) v.set((next() % keys) * 1024 + 7, (next() % 1000) / 1000 + 0.001)
  return v
}

/** The same sum, normSq and members in a centroid that never had a table. */
const fresh = (c: Centroid): Centroid => Centroid.of({ sum: new Map(c.sum), normSq: c.normSq, members: c.members })

/** Probes a centroid until its lookup table is filled (lookups adding up to more than its size). */
function warm(c: Centroid): void {
  const half = new Map([...c.sum].slice(0, Math.ceil(c.size / 2)))
  for (let i = 0; i < 3; i++) c.dot(half)
}

/**
 * Every dot product of `c` with a small and a large vector and with another centroid, as `dot` on
 * the maps gives it: first as `c` stands (a table filled before a change, if any), then with the
 * table filled now.
 */
function assertDotsMatch(c: Centroid, label: string): void {
  assertDotsNow(c, label)
  warm(c)
  assertDotsNow(c, `${label}, table filled`)
}

function assertDotsNow(c: Centroid, label: string): void {
  const other = fresh(c)
  warm(other)
  // Some of the sum's own features (so a stale table shows) and some others.
  const small = new Map([...vector(91, 3), ...[...c.sum.keys()].filter((_, i) => i % 7 === 0).map((k) => [k, 0.5] as const)])
  const large = vector(92, c.size + 5)
  for (const v of [small, large]) {
    assert.equal(c.dot(v), dot(v, c.sum), `${label}: dot(v, sum), |v| ${v.size}`)
    assert.equal(c.dotFlat(flatOf(v), v), dot(v, c.sum), `${label}: dotFlat, |v| ${v.size}`)
    assert.equal(c.sumDot(v), dot(c.sum, v), `${label}: dot(sum, v), |v| ${v.size}`)
    assert.equal(c.dot(v), other.dot(v), `${label}: as a fresh centroid`)
  }
  const neighbour = Centroid.empty()
  neighbour.add(vector(93, 2))
  for (const [a, b] of [
    [c, neighbour],
    [neighbour, c],
    [c, other],
    [other, c],
  ] as const)
    assert.equal(a.dotCentroid(b), dot(a.sum, b.sum), `${label}: centroid to centroid`)
}

test('dot products follow every change to a centroid (no stale lookup table)', () => {
  const c = Centroid.empty()
  const members = [vector(1, 40), vector(2, 60), vector(3, 50)]
  for (const m of members) {
    c.add(m)
    assertDotsMatch(c, 'after add')
  }
  // Small additions to a filled table with room change it in place.
  for (const seed of [21, 22, 23, 24]) {
    c.add(new Map([...vector(seed, 4), [[...c.sum.keys()][seed % 5]!, 0.25]]))
    assertDotsMatch(c, 'after a small add')
  }
  c.remove(members[1]!)
  assertDotsMatch(c, 'after remove')
  const merged = Centroid.empty()
  merged.add(vector(4, 70))
  warm(merged) // its table is filled before the merge
  merged.absorb(c)
  assertDotsMatch(merged, 'after absorb')
  // Past a quarter over the cap, the sum keeps its heaviest features.
  const capped = Centroid.empty()
  capped.add(vector(6, 30), 40)
  warm(capped)
  capped.add(vector(8, 80), 40)
  assert.equal(capped.size, 40)
  assertDotsMatch(capped, 'after a cap')
})

test('a centroid keeps sum, norm and members as a plain sum would', () => {
  const c = Centroid.empty()
  const a = vector(11, 30)
  const b = vector(12, 30)
  c.add(a)
  c.add(b)
  const sum = new Map(a)
  for (const [k, x] of b) sum.set(k, (sum.get(k) ?? 0) + x)
  assert.deepEqual([...c.sum], [...sum])
  assert.equal(c.members, 2)
  assert.ok(Math.abs(c.normSq - dot(sum, sum)) < 1e-9)
  c.remove(b)
  assert.equal(c.members, 1)
  assert.deepEqual([...c.sum.keys()].sort(), [...a.keys()].sort())
  // A stored record is taken over as it is; a centroid given again is the same object.
  const stored = Centroid.of({ sum: new Map(c.sum), normSq: c.normSq, members: c.members })
  assert.equal(Centroid.of(stored), stored)
  assert.equal(stored.dot(a), dot(a, c.sum))
})
