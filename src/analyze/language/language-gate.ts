/**
 * Which analysis steps an article's language allows. The tagger, the parser, the attribution
 * cue model and its rules, and the event coder learned English and read English words; on other
 * languages they produce confident nonsense (every German noun an "entity", "war" read as "was").
 * Those steps are skipped there, and the article says which and why; the steps that read digits,
 * quote marks and gazetteer names still run (see `language-independent.ts`).
 */
import type { Article, Diagnostic } from '../../model/article.js'

/** Languages the English-only models may read. */
const MODEL_LANGUAGES: ReadonlySet<string> = new Set(['en'])

/** Below this language confidence the article is treated as English (too little text to tell). */
export const GATE_MIN_CONFIDENCE = 0.5

/** What each English-only part does, for the diagnostic (keyed by the analysis step it serves). */
export const ENGLISH_ONLY_PARTS: Readonly<Record<string, string>> = {
  entities: 'named-entity tagging (people and organizations beyond the gazetteer)',
  syntax: 'syntax (tags, lemmas, dependencies)',
  quotes: 'speakers, cues and indirect quotes',
  events: 'events',
  tone: 'tone',
  topics: 'topics',
  keywords: 'keyword words and phrases (their stop words are English; entity keywords kept)',
}

/** The decision for one article. */
export interface LanguageGate {
  /** True when every step may run (English, or a language too uncertain to act on). */
  readonly english: boolean
  /** The diagnostic naming what was skipped and why; null when nothing was. */
  readonly diagnostic: Diagnostic | null
}

/** Decides which steps run on `article`, given the steps asked for. */
export function languageGate(article: Pick<Article, 'language' | 'languageConfidence'>, steps: ReadonlySet<string>): LanguageGate {
  const confidence = article.languageConfidence ?? 1
  if (MODEL_LANGUAGES.has(article.language) || confidence < GATE_MIN_CONFIDENCE) return { english: true, diagnostic: null }
  const skipped = Object.entries(ENGLISH_ONLY_PARTS)
    .filter(([step]) => (step === 'syntax' ? steps.has('quotes') || steps.has('events') : step === 'keywords' ? steps.has('summary') : steps.has(step)))
    .map(([, what]) => what)
  if (skipped.length === 0) return { english: false, diagnostic: null }
  const kept = ['dates written in digits', 'quantities', 'quoted passages', 'gazetteer places and countries']
  return {
    english: false,
    diagnostic: {
      level: 'warning',
      code: 'english-only-steps-skipped',
      message: `the text is in \`${article.language}\` (confidence ${confidence.toFixed(2)}) and these models read English only, so they were skipped: ${skipped.join('; ')}. Still found: ${kept.join(', ')}.`,
    },
  }
}
