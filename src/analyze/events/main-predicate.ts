/**
 * Which trigger of a sentence states its event. A news sentence mentions many event words
 * ("demanded a truce ... before allowing aid convoys"), but usually reports one event, carried
 * by its main verb; nouns after determiners and words in subordinate phrases are background.
 * Ranking by verbal form and position keeps that one and drops the background.
 */
import type { Token } from '../tokens/tokenize.js'
import type { TriggerMatch } from './match-triggers.js'

const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'must', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'be', 'been', "'ll", '’ll', 'not', "n't", 'n’t', 'never'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'of', 'for', 'in', 'on', 'with', 'by', 'into', 'after', 'before', 'during', 'amid', "'s", '’s', 'any', 'no', 'some', 'new', 'recent', 'further', 'such'])
const ADVERBS = /^(also|again|still|finally|reportedly|allegedly|jointly|formally|officially|flatly|once|outright|routinely|already|then|now|just|firmly|actively|repeatedly|recently|later|further|quickly|immediately)$/i

/** Score of a match as the sentence's main event: verbal forms and early positions win. */
export function mainPredicateScore(tokens: readonly Token[], match: TriggerMatch, sentenceStart: number): number {
  const word = tokens[match.first]!.text.toLowerCase()
  let prev = match.first - 1
  while (prev >= sentenceStart && ADVERBS.test(tokens[prev]!.text)) prev--
  const before = prev >= sentenceStart ? tokens[prev]!.text.toLowerCase() : ''
  let score = 0.5 * (match.pattern.specificity - 1)
  if (AUXILIARIES.has(before)) score += 3
  else if (lightVerbBefore(tokens, match.first, sentenceStart)) score += 2.5
  else if (DETERMINERS.has(before)) score -= 2
  else if (/ed$/.test(word) && before !== '') score += 2
  else if (/[^s]s$/.test(word) && /^\p{Lu}/u.test(tokens[prev]?.text ?? '')) score += 1
  if (match.pattern.control) score += 1
  if (subordinateBefore(tokens, match.first, sentenceStart)) score -= 2
  // Later words are more often in subordinate phrases.
  score -= 0.05 * (match.first - sentenceStart)
  return score
}

/** The match that most likely states the sentence's event, or null for no matches. */
export function pickMainPredicate(tokens: readonly Token[], matches: readonly TriggerMatch[], sentenceStart: number): TriggerMatch | null {
  let best: TriggerMatch | null = null
  let bestScore = -Infinity
  for (const m of matches) {
    const s = mainPredicateScore(tokens, m, sentenceStart)
    if (s > bestScore) {
      best = m
      bestScore = s
    }
  }
  return best
}

// "staged a hunger strike", "launched an investigation": the noun carries the event.
const LIGHT_VERBS = /^(stag|launch|held|hold|open|mount|lodg|began|begin|continu|start|conduct|carri|carry|made|make|issu|announc|impos|declar|end|call)/i

function lightVerbBefore(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let i = at - 1; i >= Math.max(sentenceStart, at - 4); i--) {
    const w = tokens[i]!.text
    if (LIGHT_VERBS.test(w) && /(ed|ing|s|d|gan|ld|ke|de)$/i.test(w)) return true
    if (/^[,;:]$/.test(w)) return false
  }
  return false
}

// Relative and adverbial clauses ("where 24 people were killed", "after a jet shot down")
// carry background events.
const SUBORDINATORS = new Set(['where', 'which', 'who', 'whom', 'whose', 'while', 'after', 'before', 'when', 'because', 'since', 'as', 'following', 'amid', 'despite', 'if', 'unless', 'until', 'whether'])

function subordinateBefore(tokens: readonly Token[], at: number, sentenceStart: number): boolean {
  for (let i = sentenceStart; i < at; i++) if (SUBORDINATORS.has(tokens[i]!.text.toLowerCase()) && i > sentenceStart) return true
  return false
}
