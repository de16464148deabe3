/**
 * Cues that, with a noun phrase for content, say what someone has rather than what they said:
 * "New York boasted tens of thousands of shelters", "The city boasts the highest share of jobs".
 * With a clause, a quotation or "of"/"about" they report words ("Trump boasted that he ...",
 * "boasted of his wealth"); on PolNeAR train, none of the six "boast" + noun phrase readings is
 * annotated as an attribution, every annotated "boast" takes a clause, a quotation or a preposition.
 */

/** Verbs of boasting, whose bare noun-phrase object is a possession. */
const POSSESSION_VERB = /^boast(?:s|ed|ing)?$/
/** Words in the cue that make it a report of words: "boasted of", "boasts about", "boasted to reporters". */
const REPORTING_WORD = /^(?:of|about|to|that)$/

/**
 * Whether a cue (its lower-cased words) reads as a verb of having when its content is a noun
 * phrase; the caller checks the content is no clause and carries no quotation.
 */
export function possessionCue(cueWords: readonly string[]): boolean {
  return cueWords.some((w) => POSSESSION_VERB.test(w)) && !cueWords.some((w) => REPORTING_WORD.test(w))
}
