/**
 * Document-frequency table for IDF weighting, learned incrementally: a store adds each article
 * as it arrives, and the one-shot command primes it with the whole batch first.
 */

/** How many documents contain each feature, out of how many documents. */
export interface DocumentFrequency {
  documents: number
  readonly counts: Map<string, number>
}

/** An empty table. */
export function createDocumentFrequency(): DocumentFrequency {
  return { documents: 0, counts: new Map() }
}

/** Counts one document's distinct features. */
export function addDocumentFeatures(table: DocumentFrequency, features: Iterable<string>): void {
  table.documents++
  for (const key of new Set(features)) table.counts.set(key, (table.counts.get(key) ?? 0) + 1)
}

/** Smoothed inverse document frequency; an unseen feature gets the highest weight. */
export function idf(table: DocumentFrequency, key: string): number {
  const df = table.counts.get(key) ?? 0
  return Math.log((table.documents + 1) / (df + 1)) + 1
}
