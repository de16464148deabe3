/** What the event detector knows of one sentence before it scores the sentence's candidates. */
import type { SentenceView } from './sentence-view.js'

/** Per-sentence facts shared by all its candidates. */
export interface TriggerSentence {
  readonly view: SentenceView
  /** Kind of actor each token names: a sector code of an agent ("GOV", "MIL"), `STATE` for a country or nationality, `ORG` / `PER` for other names. */
  readonly actorKinds: readonly (string | undefined)[]
  /** PLOVER trigger-lexicon matches starting at each token: `TYPE` or `TYPE!` for control verbs. */
  readonly lexicon: readonly (readonly string[])[]
  /** Local index of each lexicon match's last token, by first token. */
  readonly lexiconEnd: readonly number[]
  /** Topic classes of the sentence's words, by token. */
  readonly topics: readonly (string | undefined)[]
  /** Dependents of each token (local indices), when the sentence is parsed. */
  readonly kids: readonly (readonly number[])[] | null
  /** Each token's relation without its subtype (`obl` for `obl:tmod`), when the sentence is parsed. */
  readonly relations: readonly string[] | null
  /**
   * Which semicolon-joined clause each token is in (0 for a sentence without ";"): the
   * sentence-wide features (topics, actors named, political actors) read only the candidate's own
   * clause, as they would if the clause stood alone.
   */
  readonly clauses: readonly number[]
}

/** The lower-cased word at local index `k`. */
export const wordAt = (ts: TriggerSentence, k: number): string => ts.view.words[k]!.toLowerCase()

/** The lower-cased lemma at local index `k` (the word where the sentence has no lemma). */
export const lemmaAt = (ts: TriggerSentence, k: number): string => (ts.view.lemmas[k] ?? ts.view.words[k]!).toLowerCase()

/** The dependents of local index `k` (none without a parse). */
export const kidsAt = (ts: TriggerSentence, k: number): readonly number[] => ts.kids?.[k] ?? []

/** The full relation (`obl:agent`, with its subtype) of local index `k` to its head ("" without a parse). */
export const relAt = (ts: TriggerSentence, k: number): string => ts.view.syntax?.[k]?.deprel ?? ''
