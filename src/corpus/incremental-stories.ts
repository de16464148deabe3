/**
 * Groups the articles a store owes a grouping into its stories, a batch at a time, through the
 * incremental clusterer and the story state kept in the store. A driver, not a stage: it reads
 * owed articles in arrival order, runs `clusterBatch` on them, remakes the records of the stories
 * the batch touched and writes all of it in one transaction (`writeStoryStep`). Each step is
 * whole or absent, so a process killed at any point leaves a store that the next run finishes
 * into the stories of a run that was never killed. The cost of a step depends on the stories
 * around its articles, not on the size of the store.
 */
import type { Article } from '../model/article.js'
import { crashPoint } from '../model/crash-point.js'
import type { ArticleFacts, ArticleStore, StoryMembership, StoryRecord } from '../store/article-store.js'
import type { CorpusDoc } from './corpus-doc.js'
import { laterMemberEntry, storyProvenance, type LabelledMember, type ProvenanceEntry, type StoryProvenance } from './provenance.js'
import { docTime } from './one-shot-clusterer.js'
import { storyFeatures } from './story-features.js'
import { clusterBatch, type IncrementalOptions, type StoryInput } from './story-state/incremental-clusterer.js'
import type { StoryNode, StoryStateChanges } from '../model/story-state.js'

/** Options of an incremental grouping. */
export interface AdvanceOptions {
  /** Owed articles clustered and written per step (default 100). */
  readonly batchSize?: number
  /** Clusterer settings (defaults: `DEFAULT_INCREMENTAL_OPTIONS`). */
  readonly cluster?: Partial<IncrementalOptions>
  /**
   * Stories of at most this many members get their provenance worked out over every pair of
   * members whenever they change (default 60); a larger story labels only its new members,
   * against its origin and its most recent members, so a step's cost stays bounded.
   */
  readonly fullProvenanceUpTo?: number
  /** Recent members a new member of a large story is compared with (default 20). */
  readonly provenanceWindow?: number
  /** Only articles that arrived at or before this point of the arrival order (default: all). */
  readonly upTo?: number
  /** Steps tried again when another process wrote a step first (default 20). */
  readonly attempts?: number
  /** Stops after the step that is running when this aborts; what was written stays. */
  readonly signal?: AbortSignal
  /** Called after every step written. */
  readonly onStep?: (progress: { readonly articles: number; readonly owed: number }) => void
}

/** Counts of an incremental grouping. */
export interface AdvanceSummary {
  /** Owed articles grouped (or found to have no text) by this call. */
  readonly articles: number
  /** Stories in the store afterwards. */
  readonly stories: number
  /** True when another process kept writing steps through every attempt: the rest stays owed. */
  readonly deferred?: boolean
}

/** A stored article as the corpus stages take it, keyed by its id. */
export function corpusDocOf(a: Article): CorpusDoc {
  return {
    ...a,
    input: a.id,
    entities: a.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, ...(e.key !== undefined ? { key: e.key } : {}) })),
  }
}

/** Groups every owed article of the store into its stories, a step at a time; returns the counts. */
export async function advanceStories(store: ArticleStore, options: AdvanceOptions = {}): Promise<AdvanceSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 100)
  let attempts = Math.max(1, options.attempts ?? 20)
  let articles = 0
  while (!options.signal?.aborted) {
    const owed = await store.owedArticles({ limit: batchSize, ...(options.upTo !== undefined ? { upTo: options.upTo } : {}) })
    if (owed.length === 0) break
    const written = await step(
      store,
      owed.map((o) => o.id),
      options,
    )
    if (written === null) {
      if (--attempts <= 0) return { articles, stories: (await store.stats()).stories, deferred: true }
      continue
    }
    articles += written
    crashPoint('after-story-step')
    options.onStep?.({ articles, owed: await store.storiesOwed() })
  }
  return { articles, stories: (await store.stats()).stories }
}

/**
 * Starts a full regroup (the story state is cleared and every article owed) unless one is under
 * way already, which then goes on from where it stopped; then groups every owed article.
 */
export async function rebuildStories(store: ArticleStore, options: AdvanceOptions = {}): Promise<AdvanceSummary & { readonly resumed: boolean }> {
  const resumed = (await store.storyProgress()).rebuilding
  if (!resumed) await store.startStoryRebuild()
  return { ...(await advanceStories(store, options)), resumed }
}

/** One step over these owed articles; the number covered, or null when another step came first. */
async function step(store: ArticleStore, ids: readonly string[], options: AdvanceOptions): Promise<number | null> {
  const state = store.storyState()
  // Read before anything else: a step another process writes after this point changes the count,
  // which is how a clash below is told from a bug.
  const before = await state.meta()
  // An article stored again (re-analysed) is owed again but is in its story already: it stays there.
  const again = await state.clustered(ids)
  const docs = new Map<string, CorpusDoc>()
  for (const id of ids) {
    if (again.has(id)) continue
    const a = await store.getArticle(id)
    if (a && a.text.trim()) docs.set(id, corpusDocOf(a))
  }
  const inputs: StoryInput[] = [...docs.values()].map((d) => ({ id: d.input, time: docTime(d), features: storyFeatures(d) }))
  let changes: StoryStateChanges
  try {
    changes =
      inputs.length > 0
        ? (await clusterBatch(state, inputs, options.cluster ?? {})).changes
        : { meta: before, df: new Map(), stories: [], removedStories: [], members: [], postings: [], redirects: [] }
  } catch (error) {
    // Another process wrote a step while this one read the state (it may have grouped some of
    // these articles): this step is stale, not wrong; it is computed again from the new state.
    if ((await state.meta()).documents !== before.documents) return null
    throw error
  }
  const after = changes.meta.documents - inputs.length
  const { stories, memberships } = await storyRecords(store, changes, docs, options)
  const ok = await store.writeStoryStep({ after, changes, stories, memberships, articles: ids })
  return ok ? ids.length : null
}

/** Records and memberships of the stories a step created or changed, as they stand after it. */
async function storyRecords(
  store: ArticleStore,
  changes: StoryStateChanges,
  batch: ReadonlyMap<string, CorpusDoc>,
  options: AdvanceOptions,
): Promise<{ stories: StoryRecord[]; memberships: StoryMembership[] }> {
  const fullUpTo = options.fullProvenanceUpTo ?? 60
  const windowSize = Math.max(1, options.provenanceWindow ?? 20)
  const touched = changes.stories
  // Members before the step, then the step's additions and moves on top.
  const where = new Map<string, { seq: number; story: number }>()
  for (const r of await store.storyState().memberIds(touched.map((s) => s.num))) where.set(r.id, { seq: r.seq, story: r.story })
  const moved = new Map<string, number>()
  for (const m of changes.members) {
    moved.set(m.id, m.story)
    where.set(m.id, { seq: m.seq, story: m.story })
  }
  const byStory = new Map<number, Array<{ id: string; seq: number }>>()
  for (const [id, w] of where) {
    const list = byStory.get(w.story)
    if (list) list.push({ id, seq: w.seq })
    else byStory.set(w.story, [{ id, seq: w.seq }])
  }
  const cache = new Map(batch)
  const docOf = async (id: string): Promise<CorpusDoc | null> => {
    const hit = cache.get(id)
    if (hit) return hit
    const a = await store.getArticle(id)
    if (!a) return null
    const d = corpusDocOf(a)
    cache.set(id, d)
    return d
  }
  const stories: StoryRecord[] = []
  const memberships: StoryMembership[] = []
  for (const node of touched) {
    const members = (byStory.get(node.num) ?? []).sort((a, b) => a.seq - b.seq)
    if (members.length === 0) continue
    const facts = await store.articleFacts(members.map((m) => m.id))
    let provenance: StoryProvenance
    let entries: ProvenanceEntry[]
    if (members.length <= fullUpTo) {
      const docs = (await Promise.all(members.map((m) => docOf(m.id)))).filter((d): d is CorpusDoc => d !== null)
      if (docs.length === 0) continue
      provenance = storyProvenance(docs)
      entries = [...provenance.entries]
    } else {
      ;({ provenance, entries } = await largeStoryEntries(store, node, members, moved, docOf, windowSize))
    }
    const evidenceOf = (e: ProvenanceEntry): unknown => ({ copyOf: e.copyOf, originReason: provenance.originReason, evidence: e.evidence, drift: e.drift })
    for (const e of entries) memberships.push({ story: node.id, article: e.input, relation: e.relation, evidence: evidenceOf(e) })
    const all = members.length <= fullUpTo ? entries : await allEntries(store, node, members, entries)
    stories.push(recordOf(node, provenance.origin, facts, all))
  }
  return { stories, memberships }
}

/**
 * Entries of a story too large to compare every pair: its origin stays (the one its record
 * names, while still a member), and each new member is labelled against the origin and the
 * members just before it.
 */
async function largeStoryEntries(
  store: ArticleStore,
  node: StoryNode,
  members: ReadonlyArray<{ id: string; seq: number }>,
  moved: ReadonlyMap<string, number>,
  docOf: (id: string) => Promise<CorpusDoc | null>,
  windowSize: number,
): Promise<{ provenance: StoryProvenance; entries: ProvenanceEntry[] }> {
  const ids = new Set(members.map((m) => m.id))
  const before = (await store.membershipsOf(members.map((m) => m.id))).filter((m) => m.story === node.id)
  const labelled = new Map(before.map((m) => [m.article, m]))
  const recorded = before.find((m) => m.relation === 'origin')?.article
  const originId = recorded !== undefined && ids.has(recorded) ? recorded : members[0]!.id
  const originDoc = await docOf(originId)
  const reason = ((before.find((m) => m.article === originId)?.evidence as { originReason?: StoryProvenance['originReason'] } | null)?.originReason ?? 'first-seen') as StoryProvenance['originReason']
  const entries: ProvenanceEntry[] = []
  if (!labelled.has(originId) || labelled.get(originId)!.relation !== 'origin') entries.push({ input: originId, relation: 'origin', copyOf: null, evidence: null, drift: [] })
  const window: LabelledMember[] = []
  for (const m of members) {
    const fresh = moved.has(m.id) || !labelled.has(m.id)
    if (m.id === originId) continue
    if (fresh && originDoc) {
      const doc = await docOf(m.id)
      if (!doc) continue
      const e = laterMemberEntry(doc, originDoc, window)
      entries.push(e)
      window.push({ doc, relation: e.relation, copyOf: e.copyOf })
    } else if (fresh || window.length < windowSize) {
      // Earlier members fill the window only as far as a fresh one will look back.
      const prior = labelled.get(m.id)
      const doc = prior ? await docOf(m.id) : null
      if (doc && prior) window.push({ doc, relation: prior.relation, copyOf: (prior.evidence as { copyOf?: string | null } | null)?.copyOf ?? null })
    }
    if (window.length > windowSize) window.shift()
  }
  return { provenance: { origin: originId, originReason: reason, entries }, entries }
}

/** Every member's entry of a large story: its memberships as stored, with the step's on top. */
async function allEntries(store: ArticleStore, node: StoryNode, members: ReadonlyArray<{ id: string }>, fresh: readonly ProvenanceEntry[]): Promise<ProvenanceEntry[]> {
  const out = new Map<string, ProvenanceEntry>()
  for (const m of await store.membershipsOf(members.map((x) => x.id))) if (m.story === node.id) out.set(m.article, { input: m.article, relation: m.relation, copyOf: null, evidence: null, drift: [] })
  for (const e of fresh) out.set(e.input, e)
  return [...out.values()]
}

/** The record of one story from its members' columns and provenance entries. */
function recordOf(node: StoryNode, origin: string, facts: readonly ArticleFacts[], entries: readonly ProvenanceEntry[]): StoryRecord {
  const byId = new Map(facts.map((f) => [f.id, f]))
  // Ordered by instant, not by string: "15:10-03:00" is after "17:32Z" of the same day.
  const dates = facts
    .map((f) => f.published ?? f.referenceDate)
    .filter((d): d is string => d !== null && !Number.isNaN(Date.parse(d)))
    .sort((x, y) => Date.parse(x) - Date.parse(y))
  const outlets = new Set(facts.map((f) => f.siteDomain ?? f.siteName ?? f.url ?? f.id))
  const title = byId.get(origin)?.title ?? facts.find((f) => f.title)?.title ?? '(untitled story)'
  return {
    id: node.id,
    title,
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    origin,
    articles: facts.length,
    outlets: outlets.size,
    independent: entries.filter((e) => e.relation === 'origin' || e.relation === 'independent').length,
  }
}
