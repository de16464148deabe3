/**
 * Negation and modality of an event, read from its own clause: the verb group right before the
 * trigger ("has not yet attacked", "will not attend", "could strike"), a determiner that denies a
 * noun ("no attacks"), the conditional or question the clause sits in, and a denial that governs
 * it ("denied that its forces attacked"). Words in an aside or another clause ("two men, who are
 * not related, are charged") do not reach the trigger.
 */

/** How an event is put: asserted as fact, expected, conditional or asked, or reported by a source. */
export type Modality = 'asserted' | 'future' | 'hypothetical' | 'reported'

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'neither',
  'nor',
  'cannot',
  "won't",
  "can't",
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "wasn't",
  "haven't",
  "hasn't",
  "hadn't",
  "weren't",
  "aren't",
  "wouldn't",
  "couldn't",
  "shouldn't",
])
const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wo'])
const MODAL = new Set(['may', 'might', 'could', 'would', 'should', "wouldn't", "couldn't", "shouldn't", 'ca', 'can'])
// Words of a verb group that may stand between its auxiliaries and the trigger.
const GROUP = new Set(
  (
    'has have had is are was were be been being am do does did to yet also still already reportedly allegedly again ' +
    "then now just ever even further later once jointly formally officially repeatedly finally longer no 's 've 're 'd get got gets going"
  ).split(' '),
)
// Verbs after which a plan or expectation, not a fact, follows ("plans to visit", "is expected to meet").
const EXPECT = new Set([
  'plan',
  'plans',
  'planned',
  'planning',
  'intend',
  'intends',
  'intended',
  'expected',
  'expects',
  'set',
  'scheduled',
  'due',
  'going',
  'aim',
  'aims',
  'hope',
  'hopes',
  'seek',
  'seeks',
  'want',
  'wants',
  'prepare',
  'prepares',
  'preparing',
])
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'refute', 'refuted', 'refutes', 'dismissed', 'rejected'])
const CONDITIONALS = new Set(['if', 'unless', 'whether'])
const CLAUSE_BREAK = new Set([';', ':', '.', '!', '?', '"', '“', '”', 'but', 'while', 'although', 'though', 'because', 'after', 'before', 'when', 'since', 'as', 'who', 'which', 'whom', 'where', ','])

/** How a clause puts its event: negated or not, its modality, and whether it is announced as intended. */
export interface ClauseModality {
  readonly negated: boolean
  readonly modality: Modality
  /** The verb group says the actor will or would do it ("will visit", "would boycott", "plans to"). */
  readonly intended: boolean
}

/** Negation and modality of the trigger at index `at` of `words` (one sentence, lower-cased). */
export function eventModality(words: readonly string[], at: number): ClauseModality {
  let negated = false
  let intended = false
  let modality: Modality = 'asserted'
  // The verb group: auxiliaries, negators, modals and adverbs right before the trigger.
  let i = at - 1
  for (; i >= 0; i--) {
    const w = words[i]!
    if (NEGATORS.has(w)) {
      negated = true
      if (w === "won't" || w === 'wo') intended = true
    } else if (FUTURE.has(w)) {
      intended = true
      if (modality === 'asserted') modality = 'future'
    } else if (w === 'would') {
      intended = true
      modality = 'hypothetical'
    } else if (MODAL.has(w)) modality = 'hypothetical'
    else if (EXPECT.has(w) && words[i + 1] === 'to') {
      intended = true
      if (modality === 'asserted') modality = 'future'
    } else if (!GROUP.has(w) && !/ly$/.test(w)) break
  }
  // "no attacks", "not a single attack": a determiner that denies the noun.
  if (words[at - 1] === 'no' || (words[at - 2] === 'no' && /^(new|further|more|major|direct|military|armed)$/.test(words[at - 1] ?? ''))) negated = true
  if (words[at - 1] === 'without' || words[at - 2] === 'without') negated = true
  // The clause the trigger sits in: a condition, or a denial that governs it.
  for (let k = at - 1; k >= 0; k--) {
    const w = words[k]!
    if (CONDITIONALS.has(w)) {
      modality = 'hypothetical'
      // The condition's own clause ("if Iran attacks") is not what anyone intends.
      intended = false
      break
    }
    if (DENIALS.has(w)) {
      negated = true
      break
    }
    if (CLAUSE_BREAK.has(w) && w !== ',' && w !== 'that') break
  }
  // A question asks whether it happens.
  if (words[words.length - 1] === '?' || words.slice(at).includes('?')) {
    modality = 'hypothetical'
    intended = false
  }
  return { negated, modality, intended }
}
