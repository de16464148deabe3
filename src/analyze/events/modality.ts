/**
 * Negation and modality of an event from the words of its clause before the trigger: "will
 * not attend" is negated and future; "could attack" hypothetical; "if ... attacks" too.
 */
import type { Token } from '../tokens/tokenize.js'

/** How an event is put: asserted as fact, expected, conditional, or reported by a source. */
export type Modality = 'asserted' | 'future' | 'hypothetical' | 'reported'

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without', 'cannot', "won't", 'won’t', "can't", 'can’t', 'didn’t', "didn't", 'doesn’t', "doesn't", 'don’t', "don't", 'isn’t', "isn't", 'wasn’t', "wasn't", 'haven’t', "haven't", 'hasn’t', "hasn't"])
const FUTURE = new Set(['will', "'ll", '’ll', 'shall', "won't", 'won’t', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'expected', 'set', 'going', 'upcoming', 'next', 'soon', 'tomorrow'])
const HYPOTHETICAL = new Set(['may', 'might', 'could', 'would', 'should', 'if', 'unless', 'possible', 'possibly', 'potential', 'potentially', 'likely', 'perhaps', 'whether', 'consider', 'considering', 'mull', 'mulls', 'weigh', 'weighs', 'speculation'])
// Words that end the clause an event's modifiers live in, looking left from the trigger.
const CLAUSE_BREAK = new Set([';', ':', '.', '!', '?', 'that', 'which', 'who', 'while', 'although', 'but', 'because', 'after', 'before', 'when', 'as', '“', '"', '”'])

/** Negation and modality read from up to `window` tokens before the trigger within its clause. */
export function readModality(tokens: readonly Token[], sentenceStart: number, trigger: number, window = 6): { negated: boolean; modality: Modality } {
  let negated = false
  let modality: Modality = 'asserted'
  for (let i = trigger - 1; i >= Math.max(sentenceStart, trigger - window); i--) {
    const w = tokens[i]!.text.toLowerCase()
    if (CLAUSE_BREAK.has(w)) {
      // "if" and "unless" open the conditional clause the event sits in.
      break
    }
    if (NEGATORS.has(w)) negated = true
    if (FUTURE.has(w) && modality === 'asserted') modality = 'future'
    if (HYPOTHETICAL.has(w)) modality = 'hypothetical'
  }
  // A conditional clause anywhere before the trigger in the sentence ("If Iran attacks, ...").
  for (let i = sentenceStart; i < trigger; i++) {
    const w = tokens[i]!.text.toLowerCase()
    if (w === 'if' || w === 'unless') {
      modality = 'hypothetical'
      break
    }
  }
  return { negated, modality }
}
