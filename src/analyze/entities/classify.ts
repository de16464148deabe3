/**
 * Fine entity types for name candidates: CoNLL's PER/ORG/LOC/MISC and capitalized phrases
 * become PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or PRODUCT through the gazetteer, head words
 * and context. A candidate that stays untyped may still become a short form of a person.
 */
import type { EntityType } from '../../model/article.js'
import type { Candidate } from './candidates.js'
import { EVENT_HEADS, FACILITY_HEADS, ORG_HEADS } from './cue-words.js'

/** A candidate with its fine type (null: only a short form of a known name can keep it). */
export interface TypedCandidate extends Candidate {
  readonly type: EntityType | null
  /** ISO alpha-3 of the country it is or belongs to, when the gazetteer says. */
  readonly country?: string
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u
const NATIONALITY_SUFFIX = /(?:an|ian|ese|ish|i|ic)s?$/u
const PLACE_KINDS = new Set(['country', 'capital', 'city', 'state'])

/** Decides the fine type of each candidate; drops those that name nothing typable. */
export function classifyCandidates(candidates: readonly Candidate[], tagged: boolean): TypedCandidate[] {
  const out: TypedCandidate[] = []
  for (const c of candidates) {
    const type = classify(c, tagged)
    if (type === undefined) continue
    const country = c.gazetteer?.country
    out.push({ ...c, type, ...(country && type !== 'PERSON' ? { country } : {}) })
  }
  return out
}

/** The fine type of one candidate, null when unknown yet, undefined when it is no entity. */
function classify(c: Candidate, tagged: boolean): EntityType | null | undefined {
  const words = c.text.split(/\s+/)
  const last = (words[words.length - 1] ?? '').toLowerCase()
  const g = c.gazetteer
  if (c.hint === 'PRODUCT') return 'PRODUCT'
  switch (c.label) {
    case 'PER':
      // The tagger reads context the gazetteer cannot ("Jordan said"); demonyms are the exception.
      return g?.kind === 'demonym' ? 'NORP' : 'PERSON'
    case 'ORG':
      if (g && g.kind !== 'city') return g.type
      return 'ORG'
    case 'LOC':
      if (g) return PLACE_KINDS.has(g.kind) ? 'GPE' : g.type
      if (FACILITY_HEADS.has(last)) return 'FAC'
      if (ORG_HEADS.has(last)) return 'ORG'
      return 'LOC'
    case 'MISC':
      if (g) return g.type
      if (c.hint) return c.hint
      if (EVENT_HEADS.has(last)) return 'EVENT'
      if (words.length === 1 && NATIONALITY_SUFFIX.test(last)) return 'NORP'
      return undefined
    case undefined:
      break
  }
  if (g) return g.type
  if (c.hint) return c.hint
  if (ACRONYM.test(c.text)) return 'ORG'
  if (c.titled) return 'PERSON'
  // Without a tagger a run of two to four capitalized words is most often a person's name.
  if (!tagged && words.length >= 2 && words.length <= 4) return 'PERSON'
  return null
}
