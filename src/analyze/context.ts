/**
 * What analysis steps share: the text, its one tokenization, the reference date, the loaded
 * models, and the results of earlier steps. Steps read the context and return their own arrays;
 * which earlier results a step reads is declared in `steps.ts`.
 */
import type { Article, DateExpression, Entity, Quantity, Quote, Topic } from '../model/article.js'
import type { Token, Sentence } from './tokens/tokenize.js'
import type { Models } from './models.js'
import type { Syntax } from './syntax/types.js'

/** Input of every analysis step. Earlier steps' results are filled in as the pipeline goes. */
export interface AnalysisContext {
  readonly article: Article
  readonly text: string
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  /** ISO date relative expressions resolve against, or null when none is known. */
  readonly referenceDate: string | null
  readonly models: Models
  /**
   * Tags, lemma, head and relation of every token, parallel to `tokens` (helpers in
   * `syntax/relations.ts`); null (or absent, in a context built by hand) when no parser model is
   * loaded or the article is not in English. `analyze` parses on first read, once per article.
   */
  readonly syntax?: Syntax | null
  entities: Entity[]
  dates: DateExpression[]
  quantities: Quantity[]
  quotes: Quote[]
  /** The article's topics, best first: empty (or absent, in a context built by hand) when the topics step gave none. */
  topics?: Topic[]
}

/**
 * Index of the sentence containing character `offset` (`start <= offset < end`), or -1 when it
 * falls between sentences. `sentences` are in text order and do not overlap, as `tokenize` makes
 * them: a binary search, since steps ask once per quote or cue and articles run to hundreds of
 * sentences.
 */
export function sentenceIndexAt(sentences: readonly Pick<Sentence, 'start' | 'end'>[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return mid
  }
  return -1
}

/** The sentence containing character `offset`, or undefined when it falls between sentences (see `sentenceIndexAt`). */
export function sentenceAt<S extends Pick<Sentence, 'start' | 'end'>>(sentences: readonly S[], offset: number): S | undefined {
  return sentences[sentenceIndexAt(sentences, offset)]
}
