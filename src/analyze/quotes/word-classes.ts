/**
 * Small closed word classes the attribution rules lean on to find where a source phrase or a
 * reported clause begins and ends, without a parser.
 */

/** Personal and relative pronouns that can stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which', 'that', 'him', 'her', 'them'])

/** Words that end a subject phrase when walking left from a cue: clause links and conjunctions. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'because',
  'while',
  'when',
  'whereas',
  'although',
  'though',
  'since',
  'after',
  'before',
  'if',
  'unless',
  'so',
  'and',
  'or',
  'that',
  'as',
  'where',
  'until',
  'yet',
  'than',
  'once',
  'whether',
])

/** Sentence openers that are never part of a subject. */
export const LEADING_FILLERS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'now', 'then', 'also', 'instead', 'indeed', 'or', 'thus'])

/** Adverbs that may sit between a subject and its cue ("Ushakov firmly indicated"). */
export function isAdverb(word: string): boolean {
  const w = word.toLowerCase()
  return (
    (/^\p{Ll}+ly$/u.test(word) && !['only', 'early', 'july', 'italy', 'ally', 'family'].includes(w)) ||
    ['also', 'often', 'later', 'again', 'never', 'once', 'already', 'even', 'still', 'just', 'previously', 'then', 'now', 'recently', 'has', 'have', 'had', 'not', 'reportedly'].includes(w)
  )
}

/** Cues whose listener follows them before the reported content ("told reporters that"). */
export const LISTENER_CUES: ReadonlySet<string> = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'assured',
  'assuring',
  'warned',
  'warning',
  'warns',
  'reminded',
  'reminding',
  'informed',
  'urged',
  'urging',
  'asked',
  'asking',
  'promised',
  'promising',
  'convinced',
  'notified',
])

/** Sentence-final punctuation and closing brackets. */
export const FINAL_PUNCT = /^[.!?;:…]+$|^\.\.\.$/

/** Auxiliaries and adverbs annotators keep with a cue verb ("has said", "also said", "is demanding"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'also',
  'then',
  'even',
  'did',
  'does',
  'reportedly',
  'previously',
  'repeatedly',
  'again',
  'later',
  'once',
  'since',
])
