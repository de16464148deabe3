/**
 * Language identification for article text, and the choice between what a page declares and
 * what its words say. Detection is eld (Nito-ELD, byte n-gram scores over 60 languages, the
 * "extrasmall" database: about 0.5 s of CPU to load once, 33 MB): on the 495 hand-checked pages
 * of `../shared/data/extraction` it names every page's language from its text (1.000), and 0.996
 * from its first 100 characters, where the function-word counter it replaced reached 0.984 and
 * 0.907 (`npm run eval:language`). Returns ISO 639-1 codes.
 */
import { eld } from 'eld/extrasmall'

/** A detected language with how sure the detector is (0..1). */
export interface DetectedLanguage {
  readonly code: string
  readonly confidence: number
}

/** The language an article is given, how sure that is, and what decided it. */
export interface LanguageDecision extends DetectedLanguage {
  /** `text`: detected from the words; `declared`: the page's markup or headers; `default`: neither could tell. */
  readonly source: 'text' | 'declared' | 'default'
  /** Set when the page declares another language than its text is written in. */
  readonly declared?: string
}

/** Most text needed to decide; longer inputs are sampled from the start. */
const SAMPLE = 3000

/** Detections at or above this confidence overrule a page's declared language. */
export const TEXT_OVERRULES_DECLARED = 0.9

/**
 * Detects the language of a text, or null when the text is too short or unlike any known
 * language. The confidence is the share of detections that were right at the same reliability
 * and score margin, measured on 20- to 3,000-character openings of the shared pages.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, SAMPLE)
  const result = eld.detect(sample)
  if (!result.language) return null
  const scores = Object.values(result.getScores())
  const top = scores[0] ?? 0
  const margin = top > 0 ? (top - (scores[1] ?? 0)) / top : 0
  const reliable = result.isReliable()
  const confidence = reliable ? (margin >= 0.2 ? 0.99 : margin >= 0.1 ? 0.97 : 0.75) : margin >= 0.1 ? 0.5 : 0.2
  return { code: result.language === 'ms' ? malayOrIndonesian(sample) : result.language, confidence }
}

/**
 * The detector knows Malay but not Indonesian; the two differ in a few frequent spellings
 * ("bahwa"/"bahawa", "karena"/"kerana"), which settle it.
 */
function malayOrIndonesian(sample: string): string {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  let id = 0
  let ms = 0
  for (const w of words) {
    if (w === 'bahwa' || w === 'karena' || w === 'bisa' || w === 'saat' || w === 'tahun') id++
    else if (w === 'bahawa' || w === 'kerana' || w === 'boleh' || w === 'iaitu' || w === 'daripada') ms++
  }
  return ms > id ? 'ms' : 'id'
}

/**
 * Decides an article's language: its text when the detector is sure (pages often keep a site-wide
 * `lang` on articles in another language), else what the page declares, else the detector's
 * guess, else English with no confidence.
 */
export function decideLanguage(declared: string | null, text: string, title: string | null): LanguageDecision {
  const detected = detectLanguage(text || (title ?? ''))
  if (detected && detected.confidence >= TEXT_OVERRULES_DECLARED) {
    return { ...detected, source: 'text', ...(declared && declared !== detected.code ? { declared } : {}) }
  }
  if (declared) return { code: declared, confidence: !detected ? 0.8 : detected.code === declared ? Math.max(detected.confidence, 0.9) : 0.6, source: 'declared' }
  if (detected) return { ...detected, source: 'text' }
  return { code: 'en', confidence: 0, source: 'default' }
}

/** Diagnostics of a language decision: the page declaring another language, or too little text to tell. */
export function languageDiagnostics(d: LanguageDecision): Array<{ level: 'info'; code: string; message: string }> {
  if (d.declared) return [{ level: 'info', code: 'language-declared-otherwise', message: `the page declares \`${d.declared}\` but its text is \`${d.code}\`; the text decides` }]
  if (d.source === 'default') return [{ level: 'info', code: 'language-unknown', message: 'too little text to tell the language; English is assumed' }]
  return []
}
