/**
 * A source phrase that names a time ("The following Monday evening, Ruiz went further by ...
 * accusing the council"): the parse makes it an unmarked adjunct of its clause, never anyone's
 * subject. The one who spoke is then the subject of the verb the cue's participle hangs from
 * (Ruiz), or nobody named.
 */
import type { AnalysisContext } from '../context.js'
import type { Syntax } from '../syntax/types.js'
import { children, subtreeSpan } from '../syntax/relations.js'
import { tokenRange } from './span-candidates.js'
import { overlapsNamedSomeone } from './source-kind.js'

/** A character range. */
interface Span {
  readonly start: number
  readonly end: number
}

// Relations of a noun phrase that dates its clause ("Last week, ...", "The following Monday evening, ...").
const TIME_ADJUNCT = /^(?:obl:unmarked|obl:tmod|obl:npmod|nmod:tmod)$/
// Links inside a noun phrase, from a word up to the phrase's head ("Monday" -> "evening").
const INSIDE_PHRASE = /^(?:compound|amod|det|nummod|flat)$/
// Links of a participle to the verb whose subject it shares ("went further by sharing ... and accusing").
const SHARES_SUBJECT = /^(?:conj|advcl|xcomp)$/
const RELATIVE = /^(?:who|whom|which|that)$/i
const QUOTE_MARK = /^["“”‘’'«»„]/u
// Subordinators that open an adverbial participle clause ("by announcing", "after saying").
const ADVERBIAL_MARK = /^(?:by|after|before|while|when|upon|without|since)$/i
/** Most tokens between a verb and its subject before it. */
const MAX_SUBJECT_DISTANCE = 40
/** Most steps up from a participle to the verb that has its subject. */
const MAX_STEPS = 3

/** Whether the source phrase `source` is (a piece of) a noun phrase the parse reads as a time adjunct. */
export function isTimeAdjunct(ctx: AnalysisContext, syntax: Syntax, source: Span): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, source.start, source.end)
  if (to <= from) return false
  // The phrase's top: the token whose head lies outside it, or the head outside that the words
  // of a phrase cut short all modify ("The following Monday" of "The following Monday evening").
  let top = -1
  let outside = -1
  for (let t = from; t < to; t++) {
    const x = syntax[t]
    const h = x?.head ?? -1
    if (h >= from && h < to) continue
    if (h >= 0 && INSIDE_PHRASE.test(x!.deprel) && (outside < 0 || outside === h)) outside = h
    else if (top < 0) top = t
    else return false
  }
  if (top < 0) top = outside
  else if (outside >= 0 && outside !== top) return false
  for (let steps = 0; top >= 0 && steps < MAX_STEPS && INSIDE_PHRASE.test(syntax[top]!.deprel); steps++) top = syntax[top]!.head
  if (top < 0 || !TIME_ADJUNCT.test(syntax[top]!.deprel)) return false
  // The parser reads a name now and then as such an adjunct ("the New York Times published"): a
  // name is a time only as a day or a month, and a phrase naming someone is never one.
  const x = syntax[top]!
  if (x.upos !== 'NOUN' && !(x.upos === 'PROPN' && TIME_NAME.test(ctx.tokens[top]!.text))) return false
  return !overlapsNamedSomeone(ctx, source)
}

const TIME_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/**
 * The subject a participle cue without one shares with the verb it hangs from ("Ruiz went further
 * by sharing ... and accusing": Ruiz), as a character span, or null.
 */
export function sharedSubject(ctx: AnalysisContext, syntax: Syntax, cue: Span): Span | null {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  let verb = -1
  for (let t = from; t < to && verb < 0; t++) if (syntax[t]?.upos === 'VERB') verb = t
  if (verb < 0 || syntax[verb]!.xpos !== 'VBG') return null
  // "Clinton is attempting to reach out": a progressive is a finite verb, with a subject of its own.
  if (children(syntax, verb).some((c) => /^aux/.test(syntax[c]!.deprel))) return null
  for (let steps = 0; steps <= MAX_STEPS && verb >= 0; steps++) {
    // A conjunct's own subject follows its "and" ("... and she accused"); one before it is a
    // misparsed object of the verb before ("retweeting one of the posts and accusing").
    let floor = Math.max(0, verb - MAX_SUBJECT_DISTANCE)
    if (syntax[verb]!.deprel === 'conj') for (let d = floor; d < verb; d++) if (syntax[d]!.head === verb && syntax[d]!.deprel === 'cc') floor = d
    for (let d = floor; d < verb; d++) {
      const x = syntax[d]!
      if (x.head !== verb || !x.deprel.startsWith('nsubj') || RELATIVE.test(ctx.tokens[d]!.text)) continue
      const span = subtreeSpan(syntax, d)
      // "“...” sounds like a threat, saying": a quotation as subject is a topic, nobody speaking.
      if (QUOTE_MARK.test(ctx.tokens[span.start]!.text)) return null
      return { start: ctx.tokens[span.start]!.start, end: ctx.tokens[span.end - 1]!.end }
    }
    const named = nameBefore(ctx, syntax, verb)
    if (named) return named
    // "made a dim prophecy official by announcing": a participle with a subordinator that the parse
    // hung on the object is the verb's adverbial clause all the same.
    const noun = syntax[verb]!.head
    if (syntax[verb]!.deprel === 'acl' && noun >= 0 && children(syntax, verb).some((c) => syntax[c]!.deprel === 'mark' && ADVERBIAL_MARK.test(ctx.tokens[c]!.text))) {
      const above = syntax[noun]!.head
      if (above < 0 || syntax[above]!.upos !== 'VERB') return null
      verb = above
      continue
    }
    if (!SHARES_SUBJECT.test(syntax[verb]!.deprel)) return null
    // "expects Holt to insert himself by calling out": an infinitive after an object takes the
    // object as its subject, not the subject of the verb above it.
    const up = syntax[verb]!.head
    if (syntax[verb]!.deprel === 'xcomp' && up >= 0 && syntax.some((x, i) => x.head === up && i < verb && /^(?:obj|iobj)$/.test(x.deprel))) return null
    verb = up
  }
  return null
}

/**
 * "AT&T made it official by announcing": a name the parse broke up ("AT" a preposition, "T" a
 * conjunct) leaves its verb with no subject; a person or organization the entity step found
 * right before the verb (adverbs and auxiliaries between) is that subject. Null when there is none.
 */
function nameBefore(ctx: AnalysisContext, syntax: Syntax, verb: number): Span | null {
  if (syntax.some((x) => x.head === verb && /^(?:nsubj|csubj|expl)/.test(x.deprel))) return null
  let t = verb - 1
  while (t >= 0 && /^(?:ADV|AUX|PART)$/.test(syntax[t]!.upos)) t--
  if (t < 0) return null
  const end = ctx.tokens[t]!.end
  for (const e of ctx.entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue
    const m = e.mentions.find((n) => n.kind !== 'pronoun' && n.end === end)
    if (m) return { start: m.start, end: m.end }
  }
  return null
}

// Words opening a comma phrase that sets the scene rather than naming the speaker ("O'Neill, on his
// first full day, said"; "Ryan, R-Wis., despite admitting"); "at", "including", "like", "from",
// "with" and "in particular" name an affiliation or members, which PolNeAR keeps in the source.
const SETTING_OPENER = /^(?:on|after|before|despite|during|following|since|while|when|amid|in)$/i
// Participles that open a role or members, not a setting ("managing director", "acting chair", "including").
const ROLE_PARTICIPLE =
  /^(?:including|representing|managing|acting|ranking|leading|founding|presiding|governing|outgoing|incoming|visiting|consulting|supervising|commanding|reigning|coordinating|organizing)$/i

/**
 * A source without a setting set off by a comma or dash at its end ("O'Neill, on what was his
 * first full day on the job", "Circuit Court Judge David McKeague, writing for the majority",
 * "Brian Murphy, for example"): the phrase is when, how or in what role the speaker spoke. Only a
 * phrase hanging from the source's head or outside the source counts ("voters who have listened
 * to his speeches over the decades, on television" keeps the relative clause's setting), and a
 * participle that names a role ("managing director") is no setting. The source as it was when it
 * holds none.
 */
export function withoutTrailingSetting(ctx: AnalysisContext, syntax: Syntax, source: Span): Span {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, source.start, source.end)
  let depth = 0
  for (let t = from + 1; t < to - 1; t++) {
    const w = ctx.tokens[t]!.text
    if (w === '(') depth++
    else if (w === ')') depth--
    if (depth > 0 || !/^(?:,|—|–|--)$/.test(w)) continue
    const next = ctx.tokens[t + 1]!.text
    const after = ctx.tokens[t + 2]?.text.toLowerCase() ?? ''
    const setting =
      (SETTING_OPENER.test(next) && !(next.toLowerCase() === 'in' && after === 'particular')) ||
      // ", for example" closing the phrase; "— for instance, Sen. Ted Cruz" names a member.
      (/^for$/i.test(next) && /^(?:example|instance)$/.test(after) && t + 3 >= to) ||
      (syntax[t + 1]?.xpos === 'VBG' && /^(?:acl|advcl|xcomp|conj|parataxis)/.test(syntax[t + 1]!.deprel) && !ROLE_PARTICIPLE.test(next))
    if (setting && hangsFromHead(syntax, from, t, to)) return { start: source.start, end: ctx.tokens[t - 1]!.end }
  }
  return source
}

/** Whether the phrase `[at, to)` hangs from the head of `[from, at)` or from outside `[from, to)`, not from a word deeper in the first part. */
function hangsFromHead(syntax: Syntax, from: number, at: number, to: number): boolean {
  let head = -1
  for (let t = from; t < at && head < 0; t++) if (syntax[t]!.head < from || syntax[t]!.head >= to) head = t
  for (let t = at + 1; t < to; t++) {
    const h = syntax[t]!.head
    if (h >= at && h < to) continue
    if (h >= from && h < at && h !== head) return false
  }
  return true
}
