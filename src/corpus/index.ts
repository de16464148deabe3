/**
 * The corpus stage's public surface: dedup levels, streaming story clustering, provenance with
 * claim drift, and the one-shot pass the `cluster` command runs.
 */
export type { CorpusDoc, CorpusEntity } from './corpus-doc.js'
export { wordShingles, jaccard, containment } from './shingles.js'
export { minhashSignature, estimateJaccard, createLshIndex, addToLsh, queryLsh } from './minhash.js'
export {
  classifyDuplicate,
  isSameUrl,
  isSameText,
  isNearDuplicate,
  isSyndicated,
  isRewrite,
  isCopyLevel,
  createDuplicateIndex,
  findDuplicate,
  addToDuplicateIndex,
  DEDUP_THRESHOLDS,
  type DuplicateLevel,
  type DuplicateMatch,
  type DuplicateIndex,
} from './dedup.js'
export { sharedPassages, type SharedPassage } from './shared-passages.js'
export { createClusterState, addToStories, refineStories, primeDocumentFrequency, DEFAULT_CLUSTER_OPTIONS, type ClusterState, type ClusterOptions, type StoryAssignment } from './one-shot-clusterer.js'
export { storyProvenance, credits, type Relation, type StoryProvenance, type ProvenanceEntry } from './provenance.js'
export { claimDrift, type ClaimDrift } from './claim-drift.js'
export { summarizeStory, type StorySummary } from './story-summary.js'
export { storiesOfBatch, type ClusterRow, type BatchStories } from './stories-of-batch.js'
