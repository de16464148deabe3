/**
 * Readings of a cue that report nobody's words, read from the parse after the rankers: a
 * quotation that is the subject of its verb (a slogan that "sounds like a threat"), a participle
 * modifying a noun ("the plan's projected growth rate of 4.5%"), a content of adverbs alone ("as
 * was suspected very early on"), and what follows a conditional clause ("if Netflix wants to
 * compete, it would need to pay": the writer's argument, not Netflix's wish).
 */
import type { AnalysisContext } from '../context.js'
import type { Syntax } from '../syntax/types.js'
import { children, isRelation, subtreeSpan } from '../syntax/relations.js'
import type { QuotedSpan } from './quote-marks.js'
import { tokenRange } from './span-candidates.js'
import { isAgentNoun } from './agent-nouns.js'

type Span = { readonly start: number; readonly end: number }

/** The verbs among the cue's tokens. */
export function cueVerbs(ctx: AnalysisContext, syntax: Syntax, cue: Span): number[] {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  const out: number[] = []
  for (let t = from; t < to; t++) if (syntax[t]?.upos === 'VERB') out.push(t)
  return out
}

/**
 * Whether a quotation is the subject of the cue's verb in the parse ("‘Mobilizing Your World’
 * sounds like a threat now"): the quoted words are what the sentence talks about, and the verb
 * reports nobody's words (a verb of saying never has its quotation as subject).
 */
export function isQuotedSubject(ctx: AnalysisContext, syntax: Syntax, quoted: readonly QuotedSpan[], cue: Span): boolean {
  for (const v of cueVerbs(ctx, syntax, cue)) {
    let inQuotation = false
    for (const c of children(syntax, v)) {
      if (!isRelation(syntax[c]!.deprel, 'nsubj') && !isRelation(syntax[c]!.deprel, 'csubj')) continue
      const tok = ctx.tokens[c]!
      // A subject outside the quotation ("“My hope,” he said") is who speaks, however the parse hung the quotation.
      if (!quoted.some((q) => q.closed && q.close <= cue.start && tok.start >= q.start && tok.end <= q.end)) return false
      inQuotation = true
    }
    if (inQuotation) return true
  }
  return false
}

/**
 * Whether the cue is one participle modifying a noun after it ("the EGRP’s projected GDP growth
 * rate", "the estimated cost"): it names a figure, it reports no words. Right after a possessive
 * ("the EGRP’s projected 12% target") a participle is a modifier whatever the parse made of it.
 */
export function isAttributiveParticiple(ctx: AnalysisContext, syntax: Syntax, cue: Span): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  if (to !== from + 1) return false
  const x = syntax[from]
  if (!x || x.upos !== 'VERB' || !/^(?:VBN|VBG)$/.test(x.xpos)) return false
  // After a possessive or an article only: "Steyer announced plans", "documented instances of fraud
  // are rare" are read as modifiers by the parse too, and PolNeAR marks them as cues.
  // "the world’s most heralded inventions", "the widely praised plan": the participle's own adverbs lie between.
  let left = from - 1
  while (left >= 0 && syntax[left]?.upos === 'ADV' && syntax[left]!.head === from) left--
  const before = left >= 0 ? ctx.tokens[left]!.text.toLowerCase() : ''
  if (/^(?:POS|PRP\$)$/.test(syntax[left]?.xpos ?? '')) return true
  return /^(?:the|a|an)$/.test(before) && x.deprel === 'amod' && x.head > from && /^(?:NOUN|PROPN)$/.test(syntax[x.head]?.upos ?? '')
}

/** Tags of words that say when, how or where, and no more. */
const SETTING_TAG = /^(?:ADV|ADP|PART|PUNCT|CCONJ|SCONJ|DET)$/

/**
 * Whether an unquoted content holds adverbs and particles alone ("as was suspected very early
 * on": the time of the suspicion, not what was suspected): no noun, verb, adjective or number.
 */
export function isSettingOnly(ctx: AnalysisContext, syntax: Syntax, content: Span): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, content.start, content.end)
  if (to <= from) return false
  for (let t = from; t < to; t++) if (!SETTING_TAG.test(syntax[t]?.upos ?? 'X')) return false
  return true
}

// Subordinators of a condition: the clause they open is supposed, and the main clause after it is the writer's.
const CONDITIONAL = /^(?:if|unless)$/i

/**
 * Whether the cue's verb opens a conditional clause ("if Globex wants to compete", "unless the board
 * says otherwise"): what is supposed there is nobody's wish or words.
 */
export function isSupposed(ctx: AnalysisContext, syntax: Syntax, cue: Span): boolean {
  return cueVerbs(ctx, syntax, cue).some((v) => children(syntax, v).some((c) => syntax[c]!.deprel === 'mark' && CONDITIONAL.test(ctx.tokens[c]!.text)))
}

/**
 * The content cut where the conditional clause holding the cue ends ("if Netflix wants to compete
 * fairly with DirecTV, it would need to pay AT&T": the wish is "to compete fairly with DirecTV"),
 * or null when the cue opens no such clause or the content stays inside it. The clause ends at its
 * verb's subtree or, where the parse ran the main clause into it, at a comma before a subject.
 */
export function conditionalContent(ctx: AnalysisContext, syntax: Syntax, quoted: readonly QuotedSpan[], cue: Span, content: Span): Span | null {
  if (content.start < cue.end) return null
  const [, to] = tokenRange({ tokens: ctx.tokens }, content.start, content.end)
  const [, cueTo] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  for (const v of cueVerbs(ctx, syntax, cue)) {
    if (!children(syntax, v).some((c) => syntax[c]!.deprel === 'mark' && CONDITIONAL.test(ctx.tokens[c]!.text))) continue
    let end = subtreeSpan(syntax, v).end
    for (let t = cueTo; t < Math.min(end, to); t++) {
      const tok = ctx.tokens[t]!
      // The main clause opens with its subject after a comma ("…, it would need"); a comma before
      // "when …" or a list's next item stays inside the condition.
      if (tok.text === ',' && /^(?:nsubj|expl)/.test(syntax[t + 1]?.deprel ?? '') && !quoted.some((q) => q.start <= tok.start && tok.end <= q.end)) {
        end = t
        break
      }
    }
    if (end >= to) return null
    let last = end - 1
    while (last >= cueTo && /^[^\p{L}\p{N}]+$/u.test(ctx.tokens[last]!.text)) last--
    return last >= cueTo && ctx.tokens[last]!.end > content.start ? { start: content.start, end: ctx.tokens[last]!.end } : null
  }
  return null
}

// Nouns of an act, a procedure or a change: what an order calls for ("ordered a review", "ordered
// the release of"), not goods. By suffix, and the short ones no suffix marks.
const ACT_NOUN =
  /(?:tion|sion|ment|ance|ence|sis|ure|ing|al|ery|age|ship|ism|ity|up|down|out|over|off)s?$|^(?:reviews?|probes?|inquiry|inquiries|halts?|strikes?|stops?|search(?:es)?|raids?|tests?|audits?|study|studies|hearings?|trials?|recounts?|recalls?|freezes?|curfews?|quarantines?|bans?|arrests?|releases?|returns?|changes?|cuts?|attacks?|assaults?|retreats?|reforms?|checks?|exams?|autopsy|autopsies|census|surveys?|votes?|polls?|elections?|reports?|analys[ie]s|plans?|rules?|steps?|measures?|moves?|policy|policies|law|laws|fees?|taxes|tax|tariffs?|sanctions?|aid|help|relief|support|action|actions)$/i

/**
 * Whether an order is a purchase ("Howitt ordered another set of pathogen-free mice from a breeding
 * facility", "she ordered pizza"): the verb "order" with an object alone, whose noun names neither
 * an act ("ordered a review", "ordered the release of documents": PolNeAR train marks 8 of 9 such
 * orders) nor people ("ordered troops into the city"). A purchase reports nobody's words.
 */
export function isPurchaseOrder(ctx: AnalysisContext, syntax: Syntax, cue: Span): boolean {
  const verbs = cueVerbs(ctx, syntax, cue)
  if (verbs.length !== 1 || !/^order$/i.test(syntax[verbs[0]!]!.lemma)) return false
  const kids = children(syntax, verbs[0]!)
  if (kids.some((c) => /^(?:xcomp|ccomp|iobj)/.test(syntax[c]!.deprel))) return false
  const obj = kids.find((c) => isRelation(syntax[c]!.deprel, 'obj'))
  if (obj === undefined || syntax[obj]!.upos !== 'NOUN') return false
  // "another set of mice", "a box of masks": a quantity's noun is in its "of" phrase.
  const ofNoun = children(syntax, obj).find((c) => syntax[c]!.upos === 'NOUN' && children(syntax, c).some((k) => /^of$/i.test(ctx.tokens[k]!.text)))
  const nouns = [obj, ...(ofNoun === undefined ? [] : [ofNoun])].map((t) => ctx.tokens[t]!.text.toLowerCase())
  return !nouns.some((n) => ACT_NOUN.test(n) || isAgentNoun(n))
}

// An editor's label before a note on the article itself ("Correction added Nov. 18, 2019:", "Update:").
const EDITORS_LABEL = /^(?:corrections?|clarifications?|updates?|editor['’]?s['’]? notes?|note)$/i

/**
 * Whether the source is an editor's label on a note about the article ("Correction added Nov.
 * 18, 2019: The caption ... originally made an unconfirmed statement"): the label is no one, and
 * the note is the publication's, not an attribution the story reports.
 */
export function isEditorsLabel(text: string, source: Span | null, cue: Span): boolean {
  return source !== null && EDITORS_LABEL.test(text.slice(source.start, source.end).trim()) && /^(?:added|appended|updated|made|issued|posted)$/i.test(text.slice(cue.start, cue.end).trim())
}
