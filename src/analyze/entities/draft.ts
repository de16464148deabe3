/**
 * A proposed name span before spans from the tagger, the gazetteer, patterns and chunks are
 * merged into candidates.
 */
import type { EntityType } from '../../model/article.js'
import type { NerLabel } from '../ner/types.js'
import type { GazetteerEntry } from '../kb/gazetteer.js'

/** Where a candidate came from. */
export type CandidateSource = 'tagger' | 'gazetteer' | 'pattern' | 'chunk'

/** One proposed span, in tokens. */
export interface Draft {
  tokenStart: number
  tokenEnd: number
  /** Character range inside one token, for the parts of a compound ("US" in "US-China"). */
  part?: { start: number; end: number }
  source: CandidateSource
  label?: NerLabel
  gazetteer?: GazetteerEntry
  hint?: EntityType
}

// Weak gazetteer kinds only type spans found otherwise: many city names are also people's
// names or ordinary words ("Charlotte", "Nice").
export const WEAK_KINDS = new Set(['city'])
