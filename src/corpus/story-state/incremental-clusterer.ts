/**
 * Incremental story clustering over a persisted story state. Articles are added one at a time in
 * arrival order; each is compared only with the stories that share one of its blocking keys (its
 * heaviest wording and name features) in the time buckets around its date, joins the most similar
 * one or opens a new story, pulls in neighbouring stories that now agree with the grown one, and
 * when its story has grown by half since its last second look, that story alone is refined: split
 * when its members form two separate groups, and its members moved to a neighbour they now fit
 * better. Every step is decided by the article sequence alone, never by where a batch ends, so a
 * store that clusters in batches of any size (or resumes after a crash) ends with the same stories.
 * Cost per article is bounded by the posting-list cap, the candidate cap (only the top-ranked
 * candidates are read) and the refine sample (only a story's latest members are read), not by the
 * number of stored articles.
 */
import { shortHash } from '../../model/ids.js'
import { splitStory } from '../story-split.js'
import type { FeatureKind, StoryFeatures } from '../story-features.js'
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../one-shot-clusterer.js'
import { countsOf, GROUPS, groupVectorsOf, hashedCounts, kindsOf, packFeatures, type HashedGroupVectors, type HashedVector } from './packed-features.js'
import type { MemberNode, PostingRequest, StoryNode, StoryStateBackend, StoryStateChanges } from '../../model/story-state.js'
import { WorkingSet } from './working-set.js'
import { flatVectorsOf } from './flat-vectors.js'
import { newCentroids, type OwnedStory } from './centroid.js'
import { StoryCounters } from './story-counters.js'
import type { FlatGroupVectors } from '../../model/packed-features.js'

/** Options of the incremental clusterer: the batch clusterer's plus the bounds that keep a step cheap. */
export interface IncrementalOptions extends ClusterOptions {
  /** Blocking keys per article and feature group (wording, names). */
  readonly keysPerGroup: number
  /** Stories read per blocking key lookup, the most recently active first. */
  readonly storiesPerKey: number
  /**
   * Stories an article is compared with at most: those listed under most of its keys (ranked from
   * the posting rows; only these are read from the store).
   */
  readonly maxCandidates: number
  /** Stories a member is compared with in a second look: those listed under most of its keys. */
  readonly maxReassignCandidates: number
  /** Members of a story a second look may move, at most (the most recent). */
  readonly maxReassignMembers: number
  /** Width of a time bucket, days. */
  readonly bucketDays: number
  /** Size at which a story gets its first second look. */
  readonly refineFirst: number
  /** A story is looked at again once it has grown by this factor. */
  readonly refineGrowth: number
  /**
   * Members a second look reads at most (the most recent ones; at least `maxReassignMembers`): a
   * split is looked for among them, and only a split reads the story's older members.
   */
  readonly maxRefineMembers: number
  /** Features kept per centroid group (the heaviest). */
  readonly maxCentroidFeatures: number
  /** How much better another story must fit a member for a second look to move it there. */
  readonly reassignMargin: number
  /** Every this many arrivals, every story changed since the last such sweep gets a second look. */
  readonly refineEvery: number
  /** Members a light look reconsiders: those new since the last look, or the most recent ones. */
  readonly lightLook: 'new' | 'recent'
  /**
   * Join threshold of a headline of `shortWords / 5` content words or fewer; it rises linearly to
   * `threshold` at `shortWords` words (few shared words say more in few words).
   */
  readonly shortThreshold: number
  /** Linkage of short texts (a story of short texts is diverse: its centroid says more than the mean link). */
  readonly shortLinkage: 'average' | 'centroid'
  /** Content words under which a text is short for `shortThreshold` and `shortLinkage`. */
  readonly shortWords: number
  /** Undated articles a day on the arrival clock of a state that has seen no date yet (`arrivalTime`). */
  readonly undatedPerDay: number
}

/**
 * Defaults: the batch clusterer's similarity settings; the bounds were chosen on ECB+ topics 1-17
 * and checked on 18-35 (scripts/eval/cluster-tune.ts) and on the synthetic stores of
 * `npm run bench:stories`.
 */
export const DEFAULT_INCREMENTAL_OPTIONS: IncrementalOptions = Object.freeze({
  ...DEFAULT_CLUSTER_OPTIONS,
  keysPerGroup: 12,
  storiesPerKey: 48,
  maxCandidates: 40,
  maxReassignCandidates: 20,
  maxReassignMembers: 30,
  bucketDays: 1,
  refineFirst: 3,
  refineGrowth: 1.2,
  maxRefineMembers: 160,
  maxCentroidFeatures: 1500,
  reassignMargin: 0,
  refineEvery: 100,
  lightLook: 'recent',
  weights: Object.freeze({ ...DEFAULT_CLUSTER_OPTIONS.weights, c: 0.3 }),
  shortThreshold: 0.15,
  shortLinkage: 'centroid',
  shortWords: 20,
  undatedPerDay: 10_000,
})

/** One article as the incremental clusterer takes it. */
export interface StoryInput {
  /** Article id (unique). */
  readonly id: string
  /**
   * Epoch milliseconds of the article's date; null when it has none: it then takes the latest
   * date the state has seen, or, before any, a clock of its arrival order (`arrivalTime`).
   */
  readonly time: number | null
  readonly features: StoryFeatures
}

/** Where an article went. */
export interface IncrementalAssignment {
  readonly id: string
  /** Public id of the story it joined or opened (it may later be merged away: see the redirects). */
  readonly story: string
  /** Similarity to the story it joined; null when it opened one. */
  readonly similarity: number | null
}

/** Result of one batch. */
export interface BatchResult {
  readonly changes: StoryStateChanges
  readonly assignments: readonly IncrementalAssignment[]
}

const DAY_MS = 86_400_000

/** Start of the synthetic clock of undated articles: 2000-01-01. */
const UNDATED_EPOCH = Date.UTC(2000, 0, 1)

/**
 * Time of an undated article from its arrival order: a feed of headlines without dates is taken
 * to arrive at `perDay` articles a day, so the time window spans that many arrivals a day.
 */
export function arrivalTime(seq: number, perDay = 10_000): number {
  return UNDATED_EPOCH + Math.floor((seq * DAY_MS) / perDay)
}

/**
 * Adds a batch of articles, in arrival order, to the stories of `backend`; returns the changes to
 * write. Articles are numbered in the order the state receives them (its document count onwards):
 * that number is their arrival order. (One batch: a stream of batches goes faster through one
 * `IncrementalClusterer`.)
 */
export async function clusterBatch(backend: StoryStateBackend, inputs: readonly StoryInput[], options: Partial<IncrementalOptions> = {}): Promise<BatchResult> {
  return new IncrementalClusterer(options).clusterBatch(backend, inputs)
}

/**
 * The incremental clusterer with its options, for a stream of batches: what it keeps between
 * batches is its own scratch memory (story counters, the short-text options), never stories, so
 * its batches give what `clusterBatch` gives, to any backend.
 */
export class IncrementalClusterer {
  readonly options: IncrementalOptions
  /** `options` with the short-text linkage (made once: a second look asks for it per member). */
  readonly #short: IncrementalOptions
  readonly #counters = new StoryCounters()

  constructor(options: Partial<IncrementalOptions> = {}) {
    this.options = { ...DEFAULT_INCREMENTAL_OPTIONS, ...options }
    this.#short = this.options.shortLinkage === this.options.linkage ? this.options : { ...this.options, linkage: this.options.shortLinkage }
  }

  /** `clusterBatch` through this clusterer. */
  clusterBatch(backend: StoryStateBackend, inputs: readonly StoryInput[]): Promise<BatchResult> {
    return addBatch(new WorkingSet(backend, this.options.storiesPerKey, this.#counters), inputs, { o: this.options, short: this.#short })
  }
}

/** Options of a run: as given, and their short-text variant. */
interface RunOptions {
  readonly o: IncrementalOptions
  readonly short: IncrementalOptions
}

async function addBatch(ws: WorkingSet, inputs: readonly StoryInput[], run: RunOptions): Promise<BatchResult> {
  const { o } = run
  const again = await ws.backend.clustered(inputs.map((i) => i.id))
  if (again.size > 0) throw new Error(`clusterBatch: ${[...again][0]} was already added`)
  await ws.open()
  const first = ws.meta.documents
  // Undated articles take the latest date seen before them, as a reader of the stream would.
  const times = inputs.map((input, i) => {
    if (input.time !== null) ws.meta.lastTime = Math.max(ws.meta.lastTime, input.time)
    return input.time ?? (ws.meta.lastTime >= 0 ? ws.meta.lastTime : arrivalTime(first + i, o.undatedPerDay))
  })
  const counted = inputs.map((i) => hashedCounts(i.features))
  await ws.loadDf(counted.flatMap((c) => [...c.keys()]))
  // Read the posting lists the whole batch will likely need in one go, with the frequencies as
  // they stand; an article whose keys shift as the batch adds frequencies reads the rest itself.
  // (A state in memory lends its postings: nothing to read.)
  if (!ws.sharesPostings) {
    const guesses: PostingRequest[] = []
    inputs.forEach((_, i) => {
      const packed = packFeatures(counted[i]!, (h) => idf(first + 1, ws.df(h) + 1), o.weights)
      guesses.push(...postingRequests(blockingKeys(groupVectorsOf(packed), o.keysPerGroup), times[i]!, o))
    })
    await ws.loadPostings(guesses)
  }
  const assignments: IncrementalAssignment[] = []
  for (const [i, input] of inputs.entries()) {
    const seq = first + i
    ws.seq = seq
    assignments.push(await addArticle(ws, { id: input.id, seq, time: times[i]! }, counted[i]!, run))
    // Sweeps fall on fixed points of the arrival order, wherever batches begin and end.
    if (o.refineEvery > 0 && Math.floor((seq + 1) / o.refineEvery) > Math.floor((ws.meta.sweptSeq + 1) / o.refineEvery)) {
      for (const story of await ws.touchedSince(ws.meta.sweptSeq)) if (ws.story(story.num)) await refineStory(ws, story, seq, run)
      ws.meta.sweptSeq = seq
    }
  }
  return { changes: ws.changes(), assignments }
}

/** Smoothed IDF, as the batch clusterer computes it. */
export function idf(documents: number, df: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1
}

async function addArticle(
  ws: WorkingSet,
  input: { readonly id: string; readonly seq: number; readonly time: number },
  counts: Map<number, { kind: number; count: number }>,
  run: RunOptions,
): Promise<IncrementalAssignment> {
  const { o } = run
  if (ws.hasMember(input.id)) throw new Error(`clusterBatch: ${input.id} was already added`)
  ws.learn(counts.keys())
  const features = packFeatures(counts, (h) => idf(ws.meta.documents, ws.df(h)), o.weights)
  const member: MemberNode = { id: input.id, seq: input.seq, time: input.time, story: -1, features }
  const vectors = vectorsOf(member)
  const requests = postingRequests(keysOf(member, o), input.time, o)
  await ws.loadPostings(requests)
  const candidates = await candidateStories(ws, requests, input.time, o)
  const threshold = thresholdFor(member, o)
  const mo = optionsFor(member, run)
  let best: OwnedStory | null = null
  let bestScore = -1
  const scores = new Map<number, number>()
  const flat = flatsOf(member)
  for (const story of candidates) {
    const score = storySimilarity(vectors, story, mo, flat)
    scores.set(story.num, score)
    if (score > bestScore) {
      best = story
      bestScore = score
    }
  }
  const joins = best !== null && bestScore >= threshold
  let story = joins ? best! : openStory(ws, member, o)
  addMember(ws, story, member, o)
  if (joins) story = await mergeNeighbours(ws, story, scores, candidates, threshold, input.seq, mo)
  if (story.size >= story.refineAt) await refineStory(ws, story, input.seq, run)
  return { id: input.id, story: ws.story(member.story)?.id ?? story.id, similarity: joins ? bestScore : null }
}

/** The member's unit group vectors (cached on it). */
function vectorsOf(m: MemberNode): HashedGroupVectors {
  return (m.vectors ??= groupVectorsOf(m.features))
}

/** The member's group vectors as flat arrays (cached on it). */
function flatsOf(m: MemberNode): FlatGroupVectors {
  return (m.flat ??= flatVectorsOf(vectorsOf(m)))
}

/** The member's blocking keys (cached on it). */
function keysOf(m: MemberNode, o: IncrementalOptions): number[] {
  return (m.keys ??= blockingKeys(vectorsOf(m), o.keysPerGroup))
}

/** The heaviest wording and name features: what an article is looked up and indexed by. */
export function blockingKeys(vectors: HashedGroupVectors, perGroup: number): number[] {
  const pick = (v: HashedVector): number[] =>
    [...v]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, perGroup)
      .map(([key]) => key)
  return [...new Set([...pick(vectors.words), ...pick(vectors.names)])]
}

/** Time bucket of an epoch-milliseconds time, as posting rows record it. */
export function bucketOf(time: number, o: IncrementalOptions): number {
  return Math.floor(time / (o.bucketDays * DAY_MS))
}

function postingRequests(keys: readonly number[], time: number, o: IncrementalOptions): PostingRequest[] {
  const slack = o.windowDays * DAY_MS
  const lo = bucketOf(time - slack, o)
  const hi = bucketOf(time + slack, o)
  return keys.map((key) => ({ key, lo, hi }))
}

/**
 * Live stories listed under the article's keys and active within its window, by number: the
 * `limit` sharing the most keys (the lower number first among equals), so a common word alone
 * does not crowd out the real match. They are ranked from the posting rows alone and only the
 * stories ranked high enough to be kept are read, so a common key that lists hundreds of
 * stories costs a count each, not a read and decode each.
 */
async function candidateStories(ws: WorkingSet, requests: readonly PostingRequest[], time: number, o: IncrementalOptions, limit = o.maxCandidates): Promise<OwnedStory[]> {
  // How many of the keys list each story: a counter per story number (numbers are dense), and
  // the numbers in the order first seen, so the counters can be cleared after.
  const shared = ws.storyCounters()
  const seen: number[] = []
  const listed: number[] = []
  try {
    for (const r of requests) {
      listed.length = 0
      ws.postingStories(r, listed)
      for (let i = 0; i < listed.length; i++) {
        const n = listed[i]!
        const before = shared[n]!
        if (before === 0) seen.push(n)
        shared[n] = before + 1
      }
    }
  } catch (error) {
    // The counters outlive the batch (see `StoryCounters`): they go back to zero whatever happens.
    for (const n of seen) shared[n] = 0
    throw error
  }
  // A story listed in several day buckets of a key counts once per row: it may count past the
  // number of keys, and those stories are always kept (the most active ones). The others go in
  // order of count, the lower number first among equals (a counting sort: few distinct counts).
  const over = requests.length + 1
  const level = (n: number): number => Math.min(shared[n]!, over)
  const starts = new Uint32Array(over + 2)
  for (const n of seen) starts[level(n)]!++
  for (let l = over, at = 0; l >= 1; l--) {
    const count = starts[l]!
    starts[l] = at
    at += count
  }
  const order = new Int32Array(seen.length)
  const ends = starts.slice()
  for (const n of seen) order[ends[level(n)]!++] = n
  for (const n of seen) shared[n] = 0
  for (let l = over; l >= 1; l--) order.subarray(starts[l]!, ends[l]!).sort()
  // Stories are read as the walk reaches them, as many at a time as could still be kept.
  let read = 0
  const readTo = async (to: number): Promise<void> => {
    const missing: number[] = []
    for (; read < to; read++) if (!ws.knowsStory(order[read]!)) missing.push(order[read]!)
    if (missing.length > 0) await ws.loadStories(missing)
  }
  const kept: OwnedStory[] = []
  const overEnd = ends[over]!
  await readTo(Math.min(order.length, overEnd + limit))
  let i = 0
  for (; i < overEnd; i++) {
    const s = ws.story(order[i]!)
    if (s && inWindow(s, time, o)) kept.push(s)
  }
  for (let room = limit; i < order.length && room > 0; i++) {
    if (i >= read) await readTo(Math.min(order.length, i + room))
    const s = ws.story(order[i]!)
    if (s && inWindow(s, time, o)) {
      kept.push(s)
      room--
    }
  }
  return kept.sort((a, b) => a.num - b.num)
}

function inWindow(story: StoryNode, time: number, o: IncrementalOptions): boolean {
  const slack = o.windowDays * DAY_MS
  return time >= story.first - slack && time <= story.last + slack
}

/** Content words a member was made from (its `w:` feature counts). */
function wordCount(m: MemberNode): number {
  let n = 0
  for (let i = 0; i < m.features.kinds.length; i++) if (m.features.kinds[i] === 0) n += m.features.counts[i]!
  return n
}

/** Lowest similarity at which this member joins a story. */
function thresholdFor(m: MemberNode, o: IncrementalOptions): number {
  const n = wordCount(m)
  if (n >= o.shortWords) return o.threshold
  const low = o.shortWords / 5
  const share = Math.max(0, n - low) / (o.shortWords - low)
  return o.shortThreshold + (o.threshold - o.shortThreshold) * share
}

/** Options a member is compared with: short texts take their own linkage. */
function optionsFor(m: MemberNode, run: RunOptions): IncrementalOptions {
  return wordCount(m) >= run.o.shortWords ? run.o : run.short
}

/** Blended similarity of unit group vectors (and their flat form, when known) to a story (as the batch clusterer's `storySimilarity`). */
export function storySimilarity(vectors: HashedGroupVectors, story: OwnedStory, o: ClusterOptions, flat?: FlatGroupVectors): number {
  let sum = 0
  let weights = 0
  for (const g of GROUPS) {
    const c = story.centroids[g]
    const w = o.groupWeights[g]
    if (w <= 0 || c.normSq <= 0 || vectors[g].size === 0) continue
    const denominator = o.linkage === 'average' ? c.members : Math.sqrt(c.normSq)
    sum += w * ((flat ? c.dotFlat(flat[g], vectors[g]) : c.dot(vectors[g])) / denominator)
    weights += w
  }
  return weights > 0 ? sum / weights : 0
}

/** `storySimilarity` of a member to its own story as if it were not in it. */
function similarityWithout(vectors: HashedGroupVectors, flat: FlatGroupVectors, story: OwnedStory, o: ClusterOptions): number {
  let sum = 0
  let weights = 0
  for (const g of GROUPS) {
    const c = story.centroids[g]
    const v = vectors[g]
    const w = o.groupWeights[g]
    if (w <= 0 || v.size === 0 || c.members <= 1) continue
    const selfDot = flat[g].selfDot
    const toSum = c.dotFlat(flat[g], v)
    const linked = toSum - selfDot
    // dot(c.sum, v) walks v, as toSum did, unless the sum is no larger than v.
    const fromSum = c.size <= v.size ? c.sumDot(v) : toSum
    const denominator = o.linkage === 'average' ? c.members - 1 : Math.sqrt(Math.max(1e-12, c.normSq - 2 * fromSum + selfDot))
    sum += w * (linked / denominator)
    weights += w
  }
  return weights > 0 ? sum / weights : 0
}

/** Public id of story `num` opened by article `founder`: it stays while the story grows. */
export function storyIdOf(founder: string, num: number): string {
  return `s-${shortHash(`${founder}#${num}`, 12)}`
}

function openStory(ws: WorkingSet, founder: MemberNode, o: IncrementalOptions): OwnedStory {
  return ws.newStory((num) => ({
    num,
    // Named after the article that opened it: the id stays while the story grows.
    id: storyIdOf(founder.id, num),
    size: 0,
    first: founder.time,
    last: founder.time,
    refineAt: o.refineFirst,
    touched: ws.seq,
    looked: -1,
    centroids: newCentroids(),
  }))
}

/** Adds a member's vectors, size and time to a story's centroids and span (capped at `cap` features when given). */
export function addToStory(story: OwnedStory, v: HashedGroupVectors, time: number, cap = Infinity): void {
  for (const g of GROUPS) if (v[g].size > 0) story.centroids[g].add(v[g], cap)
  story.size++
  story.first = Math.min(story.first, time)
  story.last = Math.max(story.last, time)
}

function addMember(ws: WorkingSet, story: OwnedStory, m: MemberNode, o: IncrementalOptions): void {
  addToStory(story, vectorsOf(m), m.time, o.maxCentroidFeatures)
  const previous = m.story >= 0 && m.story !== story.num ? m.story : undefined
  m.story = story.num
  ws.putMember(m, previous)
  indexMember(ws, story, m, o)
  ws.touch(story)
}

function indexMember(ws: WorkingSet, story: OwnedStory, m: MemberNode, o: IncrementalOptions): void {
  const bucket = bucketOf(m.time, o)
  for (const key of keysOf(m, o)) ws.addPosting({ key, bucket, story: story.num })
}

/** Takes a member out of its story's centroid (the story's time span is left as it was). */
function removeFromCentroids(story: OwnedStory, m: MemberNode): void {
  const v = vectorsOf(m)
  for (const g of GROUPS) if (v[g].size > 0) story.centroids[g].remove(v[g])
  story.size--
}

/**
 * `storySimilarity` of story `a`'s mean member vector (its centroid, by the linkage) to story `b`:
 * an average link between the two stories, computed from the sums without building the mean.
 */
function storyToStory(a: OwnedStory, b: OwnedStory, o: ClusterOptions): number {
  let sum = 0
  let weights = 0
  for (const g of GROUPS) {
    const ca = a.centroids[g]
    const cb = b.centroids[g]
    const w = o.groupWeights[g]
    const na = o.linkage === 'average' ? ca.members : Math.sqrt(ca.normSq)
    if (w <= 0 || cb.normSq <= 0 || na <= 0 || ca.size === 0) continue
    const nb = o.linkage === 'average' ? cb.members : Math.sqrt(cb.normSq)
    sum += w * (ca.dotCentroid(cb) / na / nb)
    weights += w
  }
  return weights > 0 ? sum / weights : 0
}

/**
 * Merges the grown story with every candidate whose centroid now agrees with it; the larger of
 * two merged stories keeps its id. `scores` are the article's similarities to the candidates.
 * Returns the story the article ended in.
 */
async function mergeNeighbours(
  ws: WorkingSet,
  story: OwnedStory,
  scores: ReadonlyMap<number, number>,
  candidates: readonly OwnedStory[],
  threshold: number,
  seq: number,
  o: IncrementalOptions,
): Promise<OwnedStory> {
  // A story that agrees with the grown one resembles the article that just joined it, at least
  // loosely; checking that first keeps the costly centroid-to-centroid comparisons few. The other
  // candidates have not changed since the article was compared with them: their scores stand.
  const neighbours = candidates.filter((other) => other.num !== story.num && scores.get(other.num)! >= threshold / 2)
  if (neighbours.length === 0) return story
  // Each neighbour is compared with the grown story as it stood before any merge, as the batch clusterer does.
  const agreeing = neighbours.filter((other) => storyToStory(story, other, o) >= o.mergeThreshold)
  let current = story
  for (const other of agreeing) {
    if (!ws.story(other.num) || other.num === current.num) continue
    const [survivor, absorbed] = other.size > current.size ? [other, current] : [current, other]
    await mergeStories(ws, survivor, absorbed, seq, o)
    current = survivor
  }
  return current
}

async function mergeStories(ws: WorkingSet, survivor: OwnedStory, absorbed: OwnedStory, seq: number, o: IncrementalOptions): Promise<void> {
  await ws.loadMembers(absorbed.num)
  for (const m of ws.membersOf(absorbed.num)) {
    m.story = survivor.num
    ws.putMember(m, absorbed.num)
    indexMember(ws, survivor, m, o)
  }
  for (const g of GROUPS) {
    const a = absorbed.centroids[g]
    if (a.members > 0) survivor.centroids[g].absorb(a, o.maxCentroidFeatures)
  }
  survivor.size += absorbed.size
  survivor.first = Math.min(survivor.first, absorbed.first)
  survivor.last = Math.max(survivor.last, absorbed.last)
  ws.touch(survivor)
  ws.removeStory(absorbed.num)
  ws.redirect({ from: absorbed.id, to: survivor.id, kind: 'merge', seq })
}

/** Resets a story's centroids to exactly these members. */
function rebuildStory(ws: WorkingSet, story: OwnedStory, members: readonly MemberNode[], o: IncrementalOptions): void {
  Object.assign(story.centroids, newCentroids())
  story.size = 0
  for (const m of members) addMember(ws, story, m, o)
}

/**
 * Second look at one story. A full look (the story has grown by `refineGrowth` since the last
 * one) splits it when its (most recent) members form two separate groups and reconsiders its
 * recent members; a light look (a sweep) reconsiders only the members that arrived since its
 * last look. A member is moved to the story among those its own keys find that it now fits
 * clearly better.
 */
async function refineStory(ws: WorkingSet, story: OwnedStory, seq: number, run: RunOptions): Promise<void> {
  const { o } = run
  // Only the latest members are read: the split looks at no more, and a second look moves fewer.
  // A split, which needs every member, reads the rest then.
  const recent = Math.max(o.maxRefineMembers, o.maxReassignMembers)
  await ws.loadRecentMembers(story.num, recent)
  let all = ws.recentMembersOf(story.num, recent)
  const full = story.size >= story.refineAt
  const looked: OwnedStory[] = [story]
  let split = false
  if (full) {
    const sample = all.length > o.maxRefineMembers ? all.slice(-o.maxRefineMembers) : all
    const kinds = new Map<number, FeatureKind>()
    for (const m of sample) kindsOf(m.features, kinds)
    const parts = splitStory(
      sample.map((m) => ({ counts: countsOf(m.features) })),
      { maxRatio: o.splitRatio, minPart: o.splitMinPart, weights: o.splitWeights },
      (h: number) => kinds.get(h)!,
    )
    if (parts) {
      split = true
      await ws.loadMembers(story.num)
      all = ws.membersOf(story.num)
      // The part holding the oldest member sampled keeps the story's id.
      const [keepIdx, moveIdx] = parts[0].includes(0) ? parts : [parts[1], parts[0]]
      const moving = new Set(moveIdx.map((i) => sample[i]!))
      if (sample.length < all.length) {
        // Members older than the sample go to the part they resemble more.
        const keepPart = partStory(keepIdx.map((i) => sample[i]!))
        const movePart = partStory([...moving])
        for (const m of all.slice(0, all.length - sample.length)) if (storySimilarity(vectorsOf(m), movePart, o) > storySimilarity(vectorsOf(m), keepPart, o)) moving.add(m)
      }
      const leaving = all.filter((m) => moving.has(m))
      const fresh = openStory(ws, leaving[0]!, o)
      rebuildStory(
        ws,
        story,
        all.filter((m) => !moving.has(m)),
        o,
      )
      for (const m of leaving) addMember(ws, fresh, m, o)
      ws.redirect({ from: story.id, to: fresh.id, kind: 'split', seq })
      looked.push(fresh)
    }
  }
  const movers: MemberNode[] = []
  for (const s of looked) {
    // Without a split, the story's latest members read above hold every member a look may move.
    const members = s === story && !split ? (o.lightLook === 'new' && !full ? all.filter((m) => m.seq > story.looked) : all) : ws.membersOf(s.num)
    movers.push(...(members.length > o.maxReassignMembers ? members.slice(-o.maxReassignMembers) : members))
  }
  await reassignMembers(ws, movers, looked, seq, run)
  for (const s of looked) {
    if (!ws.story(s.num)) continue
    s.looked = seq
    if (full) s.refineAt = Math.max(s.size + 1, Math.ceil(s.size * o.refineGrowth))
  }
}

/**
 * `storySimilarity` of a member to a story, remembered on the member until the story changes: a
 * second look reconsiders the same recent members against mostly the same stories, most of them
 * unchanged since the last look, and the remembered score is the one it would compute again.
 */
function cachedSimilarity(m: MemberNode, v: HashedGroupVectors, s: OwnedStory, o: ClusterOptions): number {
  const stamp = (s.stamp ??= {})
  const known = m.scores?.get(s.num)
  if (known && known.stamp === stamp) return known.score
  const score = storySimilarity(v, s, o, flatsOf(m))
  if (known) {
    known.stamp = stamp
    known.score = score
  } else (m.scores ??= new Map()).set(s.num, { stamp, score })
  return score
}

/** A throwaway story of some members, to compare others with. */
function partStory(members: readonly MemberNode[]): OwnedStory {
  const s: OwnedStory = { num: -1, id: '', size: 0, first: 0, last: 0, refineAt: 0, touched: -1, looked: -1, centroids: newCentroids() }
  for (const m of members) addToStory(s, vectorsOf(m), 0)
  return s
}

/**
 * Moves each member to the story (among the looked-at stories and those its own keys find) it
 * now resembles most, when that beats its own story, itself left out, by `reassignMargin`: an
 * article that joined before its story took shape finds its place.
 */
async function reassignMembers(ws: WorkingSet, movers: MemberNode[], looked: readonly OwnedStory[], seq: number, run: RunOptions): Promise<void> {
  const { o } = run
  movers.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1))
  // Each member is compared with the stories its own keys find around its own date, as when it arrived.
  const requests = new Map(movers.map((m) => [m.id, postingRequests(keysOf(m, o), m.time, o)]))
  await ws.loadPostings([...requests.values()].flat())
  for (const m of movers) {
    const own = ws.story(m.story)
    if (!own) continue
    const v = vectorsOf(m)
    const mo = optionsFor(m, run)
    const ownScore = own.size > 1 ? similarityWithout(v, flatsOf(m), own, mo) : -1
    let best: OwnedStory | null = null
    let bestScore = Math.max(thresholdFor(m, o), ownScore + o.reassignMargin)
    // The candidates its keys find, then the looked-at stories (a story in both scores the same twice).
    for (const list of [await candidateStories(ws, requests.get(m.id)!, m.time, o, o.maxReassignCandidates), looked]) {
      for (const s of list) {
        if (s.num === own.num || !ws.story(s.num) || !inWindow(s, m.time, o)) continue
        const score = cachedSimilarity(m, v, s, mo)
        if (score > bestScore) {
          best = s
          bestScore = score
        }
      }
    }
    if (!best) continue
    if (own.size === 1) {
      ws.removeStory(own.num)
      ws.redirect({ from: own.id, to: best.id, kind: 'merge', seq })
    } else {
      removeFromCentroids(own, m)
      ws.touch(own)
    }
    addMember(ws, best, m, o)
  }
}
