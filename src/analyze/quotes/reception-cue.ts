/**
 * "The state government has copped backlash for airing an advertisement", "the mayor faced sharp
 * criticism from residents": who faces (draws, comes under, receives) criticism is its target, not
 * its source. The source is whoever the "from" phrase names, else nobody; what was criticized is
 * what follows "for" or "over". PolNeAR train marks all 25 such cues so: never the subject.
 */

/** A character range. */
interface Span {
  readonly start: number
  readonly end: number
}

/** The parts of an attribution this reading may change. */
export interface ReceptionReading {
  readonly source: Span | null
  readonly cue: Span
  readonly content: Span
}

// A verb of receiving, then up to three words, then a noun of criticism.
const VERB = String.raw`(?:fac(?:e|es|ed|ing)|dr(?:aw|aws|awn|ew|awing)|receiv(?:e|es|ed|ing)|c[oa]m(?:e|es|ing)\s+under|attract(?:s|ed|ing)?|cop(?:s|ped|ping)?|spark(?:s|ed|ing)?|prompt(?:s|ed|ing)?)`
const NOUN = String.raw`(?:critici[sz]m|backlash|fire|scrutiny|flak|condemnation|outrage|ridicule|anger|complaints|rebukes?)`
const RECEPTION = new RegExp(String.raw`^(?:(?:\p{L}+\s+){0,3})?${VERB}\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}\b`, 'iu')
// A cue that stops on the verb of receiving ("has copped | backlash for ...").
const ENDS_ON_VERB = new RegExp(String.raw`\b${VERB}$`, 'iu')
const REASON = /^\s*(?:for|over)\s+/i
const FROM = /^\s*from\s+/i
// A "from" phrase (and its "for"/"over") standing between the cue and a content read after it.
const FROM_LEAD = /^\s*from\s+[^,.;:!?]*$/i

/** Whether a cue is a phrase of received criticism ("has copped backlash for", "faced criticism"). */
export function isReceptionCue(cueText: string): boolean {
  return RECEPTION.test(cueText)
}

/**
 * The reading of a cue of received criticism: no source before the cue (the target), the cue
 * ending after the criticism noun and its "for"/"over", the content what follows that word.
 * Returns the attribution unchanged when its cue is no such phrase.
 */
export function receptionReading<A extends ReceptionReading>(text: string, a: A): A {
  const cueText = text.slice(a.cue.start, a.cue.end)
  const m = RECEPTION.exec(cueText)
  if (!m) return acrossCueEnd(text, a)
  let out: A = a
  // "The plan drew criticism from farm groups": the "from" phrase criticizes, the plan is criticized.
  // The ranker may start the content after the "from" phrase ("from farm groups | for raising
  // fees"): the phrase is then read from the cue's end.
  const between = a.content.start >= a.cue.end ? text.slice(a.cue.end, a.content.start) : ''
  const at = FROM.test(text.slice(a.content.start, a.content.end)) ? a.content.start : FROM_LEAD.test(between) ? a.cue.end : -1
  const from = at >= 0 ? FROM.exec(text.slice(at, a.content.end)) : null
  if (from && a.content.start >= a.cue.end) {
    const start = at + from[0].length
    // "from environmentalists for backing the plan": the critics, then what they criticize.
    const reason = /\s(?:for|over)\s+/i.exec(text.slice(start, a.content.end))
    const source = { start, end: reason ? start + reason.index : a.content.end }
    const content = reason ? { start: start + reason.index + reason[0].length, end: a.content.end } : a.source && a.source.end <= a.cue.start ? a.source : a.content
    return { ...a, source, content }
  }
  // The subject before the cue is who is criticized.
  if (a.source && a.source.end <= a.cue.start) out = { ...out, source: null }
  const nounEnd = a.cue.start + m[0].length
  const reason = REASON.exec(text.slice(nounEnd, a.cue.end + 1))
  if (reason && nounEnd + reason[0].length < a.cue.end) {
    // "copped backlash for airing a graphic advertisement about": the cue stops at "for"; the rest is the content.
    const cueEnd = nounEnd + reason[0].trimEnd().length
    const contentStart = nounEnd + reason[0].length
    out = { ...out, cue: { start: a.cue.start, end: cueEnd }, content: { start: contentStart, end: Math.max(a.content.end, contentStart) } }
  }
  return out
}

/**
 * The reading of a cue that stops on the verb of receiving while its content opens with the
 * criticism ("has copped | backlash for airing ..."): the phrase is read across the cue's end, as
 * PolNeAR train marks it (15 of the 16 gold cues on such a phrase hold the noun). Returns the
 * attribution unchanged when the cue and content make no such phrase.
 */
function acrossCueEnd<A extends ReceptionReading>(text: string, a: A): A {
  if (a.content.start < a.cue.end || !ENDS_ON_VERB.test(text.slice(a.cue.start, a.cue.end)) || /\S/.test(text.slice(a.cue.end, a.content.start))) return a
  const m = RECEPTION.exec(text.slice(a.cue.start, a.content.end))
  if (!m || a.cue.start + m[0].length <= a.content.start) return a
  const nounEnd = a.cue.start + m[0].length
  const reason = REASON.exec(text.slice(nounEnd, a.content.end))
  const cueEnd = reason ? nounEnd + reason[0].trimEnd().length : nounEnd
  const contentStart = reason ? nounEnd + reason[0].length : nounEnd + (/^\s*/.exec(text.slice(nounEnd, a.content.end))?.[0].length ?? 0)
  if (contentStart >= a.content.end) return a
  return receptionReading(text, { ...a, cue: { start: a.cue.start, end: cueEnd }, content: { start: contentStart, end: a.content.end } })
}
