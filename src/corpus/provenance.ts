/**
 * Provenance within one story: which article is the origin (the one the others credit, else
 * the earliest, else the one most others copy), and how every other article relates to it:
 * `copy` (the same text republished, possibly trimmed or re-headlined), `rewrite` (its own
 * wording but lifting long passages, or crediting the origin) or `independent`. Each label
 * carries its evidence (overlap figures, shared passages, credit line, dates) and, for copies
 * and rewrites, the claims that drifted on the way.
 */
import { canonicalizeUrl, urlHost } from '../model/canonical-url.js'
import { claimDrift, type ClaimDrift } from './claim-drift.js'
import { fullText, type CorpusDoc } from './corpus-doc.js'
import { isSameText, isSameUrl, isRewrite, isSyndicated, type DuplicateLevel, isNearDuplicate } from './dedup.js'
import { containment, jaccard, wordShingles } from './shingles.js'
import { sharedPassages, type SharedPassage } from './shared-passages.js'
import { textHash } from '../model/text-hash.js'
import { docTime } from './one-shot-clusterer.js'

/** How an article relates to its story's origin. */
export type Relation = 'origin' | 'copy' | 'rewrite' | 'independent'

/** Why an article was labelled as it was. */
export interface ProvenanceEvidence {
  /** Dedup level against the article it copies or rewrites. */
  readonly level: DuplicateLevel | null
  readonly jaccard: number
  readonly containment: number
  /** Longest passages shared with that article (at most three); `a` offsets are into its `text`, `b` into this article's `text`. */
  readonly passages: readonly SharedPassage[]
  /** The credit line naming that article's outlet, when this article gives one. */
  readonly credit: string | null
  readonly published: string | null
  readonly sourcePublished: string | null
}

/** One article's place in its story's provenance. */
export interface ProvenanceEntry {
  readonly input: string
  readonly relation: Relation
  /** The article this one copies or rewrites (the head of its copy group, the origin, or the member its credit line names); null for the origin and independents. */
  readonly copyOf: string | null
  readonly evidence: ProvenanceEvidence | null
  /** Numbers, quotes and attributions changed relative to `copyOf`. */
  readonly drift: readonly ClaimDrift[]
}

/** Provenance of one story. */
export interface StoryProvenance {
  readonly origin: string
  /** Why the origin was chosen: credited by others, earliest date, most copied, or first seen. */
  readonly originReason: 'credited' | 'earliest' | 'most-copied' | 'first-seen'
  /** One entry per member, in the order given. */
  readonly entries: readonly ProvenanceEntry[]
}

/**
 * Works out the provenance of one story's members, given in arrival order (which breaks ties
 * when nothing else tells the origin).
 */
export function storyProvenance(members: readonly CorpusDoc[]): StoryProvenance {
  const n = members.length
  if (n === 0) throw new Error('storyProvenance: a story has at least one member')
  const shingles = members.map((d) => wordShingles(fullText(d)))
  const overlap = (i: number, j: number): { jaccard: number; containment: number } => ({ jaccard: jaccard(shingles[i]!, shingles[j]!), containment: containment(shingles[i]!, shingles[j]!) })
  // URL keys and text hashes once per member, not once per pair: a story of hundreds of members
  // would otherwise hash every text hundreds of times.
  const urls = members.map((d) => canonicalizeUrl(d.canonicalUrl ?? d.url ?? ''))
  const hashes = members.map((d) => (fullText(d).trim() ? textHash(fullText(d)) : null))
  const copies = (i: number, j: number): boolean => (urls[i] !== null && urls[i] === urls[j]) || (hashes[i] !== null && hashes[i] === hashes[j]) || isSyndicated(overlap(i, j))
  // Copy groups: articles linked by copy edges, transitively.
  const parent = members.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const links = new Array<number>(n).fill(0)
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (copies(i, j)) {
        parent[find(i)] = find(j)
        links[i]!++
        links[j]!++
      }
  const credited = members.map((_, i) => members.filter((d, k) => k !== i && credits(d, members[i]!)).length)
  const times = members.map((d) => docTime(d))
  const rank = (i: number): [number, number, number, number, number] => [-credited[i]!, times[i] ?? Number.POSITIVE_INFINITY, -links[i]!, -fullText(members[i]!).length, i]
  const better = (a: number, b: number): boolean => {
    const ra = rank(a)
    const rb = rank(b)
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! < rb[k]!
    return false
  }
  let origin = 0
  for (let i = 1; i < n; i++) if (better(i, origin)) origin = i
  const originReason = credited[origin]! > 0 ? 'credited' : times[origin] !== null ? 'earliest' : links[origin]! > 0 ? 'most-copied' : 'first-seen'
  const heads = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    const g = find(i)
    const head = heads.get(g)
    if (head === undefined || (i === origin ? true : head !== origin && better(i, head))) heads.set(g, i)
  }
  const entries = members.map((doc, i): ProvenanceEntry => {
    if (i === origin) return { input: doc.input, relation: 'origin', copyOf: null, evidence: null, drift: [] }
    const head = heads.get(find(i))!
    if (head !== i) return entry(members, i, head, 'copy', overlap(i, head))
    const o = overlap(i, origin)
    const credit = credits(doc, members[origin]!)
    const longest = sharedPassages(fullText(members[origin]!), fullText(doc))[0]?.words ?? 0
    if (credit || isRewrite(o, longest)) return entry(members, i, origin, 'rewrite', o, longest)
    // A credit line naming another member's outlet makes it a rewrite of that member, even when
    // the story's origin is an earlier report (a rewrite of the second outlet to cover it).
    const namedSource = members.findIndex((m, k) => k !== i && k !== origin && credits(doc, m))
    if (namedSource >= 0) return entry(members, i, namedSource, 'rewrite', overlap(i, namedSource))
    return { input: doc.input, relation: 'independent', copyOf: null, evidence: null, drift: [] }
  })
  return { origin: members[origin]!.input, originReason, entries }
}

/** An earlier member as a later one is compared with it: its document and label. */
export interface LabelledMember {
  readonly doc: CorpusDoc
  readonly relation: Relation
  readonly copyOf: string | null
}

/**
 * The label of a member of a story too large to compare every pair (see `story-records.ts`): a
 * copy of the nearest of its recent predecessors (`window`, most recent last) or of the origin
 * that it copies, else a rewrite of the origin (lifted passages or a credit), else independent.
 * A copy of a copy is a copy of that copy's source, as in `storyProvenance`'s copy groups.
 */
export function laterMemberEntry(doc: CorpusDoc, origin: CorpusDoc, window: readonly LabelledMember[]): ProvenanceEntry {
  const mine = wordShingles(fullText(doc))
  const url = canonicalizeUrl(doc.canonicalUrl ?? doc.url ?? '')
  const hash = fullText(doc).trim() ? textHash(fullText(doc)) : null
  const overlapWith = (other: CorpusDoc): { jaccard: number; containment: number } => {
    const theirs = wordShingles(fullText(other))
    return { jaccard: jaccard(mine, theirs), containment: containment(mine, theirs) }
  }
  const copies = (other: CorpusDoc, o: { jaccard: number; containment: number }): boolean =>
    (url !== null && url === canonicalizeUrl(other.canonicalUrl ?? other.url ?? '')) || (hash !== null && fullText(other).trim() !== '' && hash === textHash(fullText(other))) || isSyndicated(o)
  const pair = [doc, origin]
  const originOverlap = overlapWith(origin)
  if (copies(origin, originOverlap)) return entry(pair, 0, 1, 'copy', originOverlap)
  for (let k = window.length - 1; k >= 0; k--) {
    const w = window[k]!
    if (w.doc.input === origin.input) continue
    const o = overlapWith(w.doc)
    if (!copies(w.doc, o)) continue
    // The head of that member's copy group: what it copies, or itself.
    const head = w.relation === 'copy' && w.copyOf !== null ? (w.copyOf === origin.input ? origin : (window.find((x) => x.doc.input === w.copyOf)?.doc ?? w.doc)) : w.doc
    return head === w.doc ? entry([doc, w.doc], 0, 1, 'copy', o) : entry([doc, head], 0, 1, 'copy', overlapWith(head))
  }
  const longest = sharedPassages(fullText(origin), fullText(doc))[0]?.words ?? 0
  if (credits(doc, origin) || isRewrite(originOverlap, longest)) return entry(pair, 0, 1, 'rewrite', originOverlap, longest)
  return { input: doc.input, relation: 'independent', copyOf: null, evidence: null, drift: [] }
}

function entry(members: readonly CorpusDoc[], i: number, source: number, relation: 'copy' | 'rewrite', o: { jaccard: number; containment: number }, longest = 0): ProvenanceEntry {
  const doc = members[i]!
  const src = members[source]!
  const level: DuplicateLevel | null = isSameUrl(src, doc)
    ? 'same-url'
    : isSameText(src, doc)
      ? 'same-text'
      : isNearDuplicate(o)
        ? 'near-duplicate'
        : isSyndicated(o)
          ? 'syndicated'
          : isRewrite(o, longest)
            ? 'rewrite'
            : null
  return {
    input: doc.input,
    relation,
    copyOf: src.input,
    evidence: {
      level,
      jaccard: round(o.jaccard),
      containment: round(o.containment),
      passages: sharedPassages(src.text, doc.text).slice(0, 3),
      credit: credits(doc, src) ? (doc.originalSource?.name ?? null) : null,
      published: doc.published ?? null,
      sourcePublished: src.published ?? null,
    },
    drift: claimDrift(src.text, doc.text),
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000

/** True when `doc` names `source`'s outlet (by URL host or site name) as its original source. */
export function credits(doc: CorpusDoc, source: CorpusDoc): boolean {
  const credit = doc.originalSource
  if (!credit) return false
  const creditHost = urlHost(credit.url)
  const sourceHost = urlHost(source.canonicalUrl ?? source.url) ?? source.site?.domain ?? null
  if (creditHost && sourceHost && (creditHost === sourceHost || creditHost.endsWith(`.${sourceHost}`) || sourceHost.endsWith(`.${creditHost}`))) return true
  const name = credit.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  if (name.length < 3) return false
  const siteName = (source.site?.name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const hostName = (sourceHost ?? '').replace(/\.[a-z.]+$/, '').replace(/[^\p{L}\p{N}]+/gu, '')
  return (siteName.length > 0 && (siteName === name || siteName.includes(name) || name.includes(siteName))) || (hostName.length > 2 && (hostName === name || name.includes(hostName)))
}
