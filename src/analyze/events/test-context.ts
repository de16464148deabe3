/**
 * The analysis context the events tests build around sentences they write: the shipped models
 * (parser included) and entities given by hand, so a test pins the events step rather than the
 * entity model. Shared by the events test files, which each had a copy.
 */
import type { Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import type { AnalysisContext } from '../context.js'
import type { Models } from '../models.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { tokenize } from '../tokens/tokenize.js'

/**
 * Options for tests of a rule's reading of an event (its type, roles or negation): they look at
 * every event a detector proposes from this low bar up, so the rule is checked whatever the
 * detector's calibration and default threshold (0.3 for the shipped weights, 0.45 for a retrain),
 * while stray readings far under any threshold do not take over a trigger's phrase. Whether an
 * event is reported at all is a separate check, at the default threshold.
 */
export const RULE_CHECK = { minConfidence: 0.2 } as const

/** An entity given by hand: its name, type and, optionally, its country code. */
export type GivenEntity = [name: string, type: Entity['type'], country?: string]

/** How a test context is built. */
export interface TestContextOptions {
  /** Reference date of the article (default 2025-05-08). */
  readonly referenceDate?: string
  /**
   * Mention an entity only where its name is a whole word not followed by a hyphen ("Houthi" not
   * in "Houthi-led"); default false: wherever the name occurs.
   */
  readonly wholeWords?: boolean
}

/** Builds the context of `text` with the given entities, parsed when `models` has a parser. */
export function testContext(models: Models, text: string, names: readonly GivenEntity[], options: TestContextOptions = {}): AnalysisContext {
  const entities: Entity[] = names.map(([name, type, country], i) => {
    const mentions: Entity['mentions'] = []
    if (options.wholeWords) {
      for (const m of text.matchAll(new RegExp(`\\b${name}\\b(?!-)`, 'g'))) mentions.push({ start: m.index, end: m.index + name.length })
    } else {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length })
    }
    return { id: `e${i + 1}`, name, type, aliases: [], mentions, ...(country ? { country } : {}) }
  })
  const { tokens, sentences } = tokenize(text)
  return {
    article: newArticle({ input: 'test', text }),
    text,
    tokens,
    sentences,
    referenceDate: options.referenceDate ?? '2025-05-08',
    models,
    syntax: models.parser ? parseTokens(models.parser, tokens, sentences) : null,
    entities,
    dates: [],
    quantities: [],
    quotes: [],
  }
}
