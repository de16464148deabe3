/**
 * "Lawmakers are blaming each other", "the candidates attacked one another": a content that is only
 * a reciprocal pronoun names the people acted on, not words or thoughts of anyone's. PolNeAR train
 * gives such a content to 1 of its 22,525 attributions, and of the 53 verbs written right before
 * "each other" or "one another" it makes 48 no cue; the 4 others report what follows ("attack each
 * other for not doing enough"), a content that is more than the pronoun.
 */

// Only the pronoun, with the edge punctuation a content may keep.
const RECIPROCAL = /^\W*(?:each\s+other|one\s+another)\W*$/iu

/** Whether a content is nothing but a reciprocal pronoun ("each other", "one another"). */
export function isReciprocalOnly(content: string): boolean {
  return RECIPROCAL.test(content)
}
