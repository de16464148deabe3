/**
 * The learned part of attribution: for every cue the rules read, rankers trained on PolNeAR
 * choose the content and the source among candidates (the rules' reading is one of them, marked
 * so the ranker learns where the rules are right), reading the parse when there is one.
 */
import { readFileSync } from 'node:fs'
import type { Attribution, CharSpan } from './attribution-rules.js'
import type { QuoteDoc } from './document-index.js'
import { contentCandidates, sourceCandidates, tokenRange, type CueSite, type SpanCandidate } from './span-candidates.js'
import { contentFeatures, cueHead, sourceFeatures } from './span-features.js'
import { bestCandidate, type RankerWeights } from './span-ranker.js'
import type { Syntax } from '../syntax/types.js'

/** Ranker weights of the span model (absent ones leave the rules' reading). */
export interface SpanModel {
  readonly content?: RankerWeights
  readonly source?: RankerWeights
}

const PUNCT = /^[^\p{L}\p{N}]+$/u

/** Reads `models/quotes/spans.json` (as written by `scripts/train-quotes.ts`). */
export function loadSpanModel(path: string): SpanModel {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { content?: Record<string, number>; source?: Record<string, number> }
  return {
    ...(raw.content ? { content: new Map(Object.entries(raw.content)) } : {}),
    ...(raw.source ? { source: new Map(Object.entries(raw.source)) } : {}),
  }
}

/** One attribution's cue site and candidates, as the rankers and their training see them. */
export interface RankingSite {
  readonly cue: CueSite
  readonly head: string
  readonly contents: readonly SpanCandidate[]
  readonly sources: readonly SpanCandidate[]
}

/** The cue site and candidates of an attribution the rules found, or null for a cue that is not a word (":", "—"). */
export function rankingSite(doc: QuoteDoc, a: Attribution, syntax?: Syntax): RankingSite | null {
  const [from, to] = tokenRange(doc, a.cue.start, a.cue.end)
  if (to <= from || PUNCT.test(doc.tokens[from]!.text)) return null
  const s = doc.sentences[doc.sentenceOf[from]!]!
  const cue: CueSite = { from, to, sentenceStart: s.tokenStart, sentenceEnd: s.tokenEnd }
  const content = tokenRange(doc, a.content.start, a.content.end)
  const source = a.source ? tokenRange(doc, a.source.start, a.source.end) : null
  return {
    cue,
    head: cueHead(doc, cue, syntax),
    contents: contentCandidates(doc, cue, content, syntax),
    sources: sourceCandidates(doc, cue, source, syntax),
  }
}

const charSpan = (doc: QuoteDoc, c: SpanCandidate): CharSpan => ({ start: doc.tokens[c.from]!.start, end: doc.tokens[c.to - 1]!.end })

/** Whether the candidate is one quotation, marks and all or just its words. */
function isQuotation(doc: QuoteDoc, c: SpanCandidate): boolean {
  const open = doc.opens.get(c.from) ?? doc.opens.get(c.from - 1)
  if (!open) return false
  const whole = doc.quotationOf.get(open) ?? open
  const end = doc.tokens[c.to - 1]!
  return end.end >= whole.end && end.start <= whole.end + 1
}

/** Re-reads the content and source of each attribution with the rankers; the rules' reading stands where a ranker is absent. */
export function refineAttributions(doc: QuoteDoc, found: readonly Attribution[], model: SpanModel, syntax?: Syntax): Attribution[] {
  if (!model.content && !model.source) return [...found]
  return found.map((a) => {
    const site = rankingSite(doc, a, syntax)
    if (!site) return a
    let { content, source, direct } = a
    if (model.content) {
      const best = site.contents[bestCandidate(model.content, site.contents.map((c) => contentFeatures(doc, site.cue, site.head, c, syntax)))]
      if (best && !best.tags.includes('rule')) {
        content = charSpan(doc, best)
        direct = isQuotation(doc, best)
      }
    }
    if (model.source) {
      const best = site.sources[bestCandidate(model.source, site.sources.map((c) => sourceFeatures(doc, site.cue, site.head, c, syntax)))]
      if (best && !best.tags.includes('rule')) source = best.from < 0 ? null : charSpan(doc, best)
    }
    return { ...a, content, source, direct }
  })
}
