/**
 * Consensus of several clusterings of the same articles. A streaming clusterer depends on the
 * order articles arrive in; running it over a few orders and keeping what most runs agree on
 * removes most order-dependent mistakes. Two articles end in one story when, on average over
 * their stories' members, most runs put them together (average-link agglomeration over the
 * co-occurrence rate).
 */

/**
 * Combines labelings (input to story id, one map per run, all over the same inputs) into one:
 * returns input to a consensus group index. `agreement` is the share of runs that must agree.
 */
export function consensusClusters(labelings: readonly ReadonlyMap<string, string>[], agreement = 0.5): Map<string, number> {
  const first = labelings[0]
  if (!first) throw new Error('consensusClusters: give at least one labeling')
  const inputs = [...first.keys()]
  const index = new Map(inputs.map((x, i) => [x, i]))
  // Co-occurrence counts, sparse: only pairs some run put together.
  const together = new Map<number, Map<number, number>>()
  for (const labeling of labelings) {
    const groups = new Map<string, number[]>()
    for (const [input, story] of labeling) {
      const i = index.get(input)
      if (i === undefined) throw new Error(`consensusClusters: ${input} is missing from the first labeling`)
      const g = groups.get(story)
      if (g) g.push(i)
      else groups.set(story, [i])
    }
    for (const members of groups.values())
      for (const a of members)
        for (const b of members) {
          if (a === b) continue
          let row = together.get(a)
          if (!row) together.set(a, (row = new Map()))
          row.set(b, (row.get(b) ?? 0) + 1)
        }
  }
  const runs = labelings.length
  // Average-link agglomeration, greedy on the best pair, until no pair reaches the agreement.
  const cluster = inputs.map((_, i) => i)
  const members = new Map<number, number[]>(inputs.map((_, i) => [i, [i]]))
  const link = (a: number[], b: number[]): number => {
    let sum = 0
    for (const x of a) {
      const row = together.get(x)
      if (row) for (const y of b) sum += row.get(y) ?? 0
    }
    return sum / (a.length * b.length * runs)
  }
  while (true) {
    let best = agreement
    let pair: [number, number] | null = null
    const seen = new Set<string>()
    for (const [c, list] of members) {
      const neighbours = new Set<number>()
      for (const x of list) for (const y of together.get(x)?.keys() ?? []) if (cluster[y] !== c) neighbours.add(cluster[y]!)
      for (const d of neighbours) {
        const key = c < d ? `${c},${d}` : `${d},${c}`
        if (seen.has(key)) continue
        seen.add(key)
        const l = link(list, members.get(d)!)
        if (l > best || (l === best && pair === null && l > agreement)) {
          best = l
          pair = [c, d]
        }
      }
    }
    if (!pair) break
    const [keep, drop] = pair
    const moved = members.get(drop)!
    for (const x of moved) cluster[x] = keep
    members.get(keep)!.push(...moved)
    members.delete(drop)
  }
  return new Map(inputs.map((x, i) => [x, cluster[i]!]))
}
