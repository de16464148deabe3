/** What candidate collection reads: the text, its tokens and sentences, the gazetteer and the tagger's spans. */
import type { NerSpan } from '../ner/types.js'
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { Gazetteer } from '../kb/gazetteer.js'
import type { AcronymDefinition } from './acronyms.js'

/** Inputs of candidate collection. */
export interface CandidateInput {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly gazetteer: Gazetteer
  /** Tagger spans, or null when no tagger is loaded. */
  readonly tagged: readonly NerSpan[] | null
  /** Acronyms the text defines ("... Radio Telescope (FAST)"): their long forms and uses are names. */
  readonly acronyms?: readonly AcronymDefinition[]
  /** Propose capitalized phrases as names (default true; false for languages that capitalize every noun). */
  readonly chunks?: boolean
}
