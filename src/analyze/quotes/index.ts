/**
 * The quotes step: attributions (who said or believes what) found around cue phrases, with the
 * content span, the span naming the source, the cue, the class (speech, writing, thought,
 * agreement, evidence, legal), the kind (direct, mixed, indirect), and the speaker: a person or
 * organization entity when one is named there (pronouns resolve through the entity step's
 * coreference), else null.
 */
import type { Entity, Quote } from '../../model/article.js'
import { sentenceAt, sentenceIndexAt, type AnalysisContext } from '../context.js'
import { findAttributions } from './attribution-rules.js'
import { indexDocument } from './document-index.js'
import { refineAttributions } from './attribution-model.js'
import { readAddCues } from './add-cue.js'
import { withoutRepeats } from './repeated-quotes.js'
import { withCarriedSpeakers, type ClauseReading } from './carried-speaker.js'
import { RAISING_VERB } from './rules/words.js'
import { findQuotedSpans, type QuotedSpan } from './quote-marks.js'
import { FALLBACK_CUE_LEXICON } from './cue-lexicon.js'
import { attributionClass, isPassiveLegalCue, isWritingOrDocument } from './attribution-class.js'
import { acrossCutTitle, documentAuthor, isCapitalsWord, relativeAntecedent, resolveSpeaker, wholeNames, withoutEdgeMarks } from './speaker.js'
import { tokenRange } from './span-candidates.js'
import { citedSource } from './cited-source.js'
import { cataphoricContent, isNamedTitle, isSayingOnly, isSpeakerlessPronoun, isWriterOrReaderAct, isWritersAside } from './content-fragments.js'
import { possessionCue } from './possession-cue.js'
import { absoluteSubject } from './absolute-participle.js'
import { isReceptionCue, receptionReading } from './reception-cue.js'
import { onlyScareQuotes } from './scare-quotes.js'
import { isReciprocalOnly } from './reciprocal-content.js'
import { holdsCueParticle } from './stranded-particle.js'
import { inFieldLabel, isClause, isCommonWordLabel, isClauseFragment, isQuotedTitle, namesThing, PERSONAL, relayed } from './source-kind.js'
import type { Syntax } from '../syntax/types.js'
import { isRelation, subjectsOf, subtreeSpan } from '../syntax/relations.js'
import { firstStartingFrom } from '../../model/mention-index.js'
import { withoutChannel, writtenChannelAfter } from './source-channel.js'
import { isTimeAdjunct, sharedSubject, withoutTrailingSetting } from './time-source.js'
import { conditionalContent, isAttributiveParticiple, isEditorsLabel, isPurchaseOrder, isQuotedSubject, isSettingOnly, isSupposed } from './non-reports.js'
import { withoutOwnAttribution } from './interrupted-text.js'
import { passiveAgent } from './passive-agent.js'

// The quoted passages of languages the attribution step does not read (language/) find quote marks
// and title-case names as this step does.
export { findQuotedSpans } from './quote-marks.js'
export { isTitleCase } from './content-fragments.js'

// What the attribution models' trainer (scripts/quotes/trainer.ts, `npm run train:quotes`) reads
// of this step: the cue lexicon, the rule reading, and the candidates and features the shipped
// models score, so a retrained model is trained on exactly what the step runs.
export { createCueLexicon, cueKey, type CueLexicon } from './cue-lexicon.js'
export { actFrame, cueFeatures, cueLeftWord, endeavourFrame } from './cue-features.js'
export { indexDocument, type QuoteDoc } from './document-index.js'
export { type QuotedSpan } from './quote-marks.js'
export { findAttributions } from './attribution-rules.js'
export type { Attribution, BoundarySite } from './rules/types.js'
export { cueEndCandidates, cueEndFeatureSets } from './cue-end-features.js'
export { trainRanker, type RankingExample } from './span-ranker.js'
export { cueStarts, rankingSite, refineAttributions, type SpanModel } from './attribution-model.js'
export { contentFeatures, sourceFeatures } from './span-features.js'
export { readModelJson } from './model-file.js'

/** Finds attributions in the article text (with a small built-in cue list when the model is absent). */
export function findQuotes(ctx: AnalysisContext): Quote[] {
  const lexicon = ctx.models.quoteCues ?? FALLBACK_CUE_LEXICON
  const quoted = findQuotedSpans(ctx.text)
  const syntax = ctx.syntax ?? undefined
  const doc = indexDocument(ctx.text, ctx.tokens, ctx.sentences, quoted)
  const read = findAttributions(ctx.text, ctx.tokens, ctx.sentences, quoted, lexicon, undefined, { doc, ...(syntax ? { syntax } : {}) })
  const found = readAddCues(doc, quoted, ctx.models.quoteSpans ? refineAttributions(doc, read, ctx.models.quoteSpans, syntax) : read, syntax)
  // The first sentence's speaker starts after the opening dateline (after the title, when one
  // precedes it), however the rules read the words before the cue.
  const lead = ctx.article.datelineSpan ?? { start: 0, end: 0 }
  // Readings that are no attribution after all: verbs of having, and weak cues of no class.
  const notAttributions = new Set<Quote>()
  const quotes: Quote[] = found.map((attribution) => {
    const source = attribution.source
    let a = source && source.start >= lead.start && source.start < lead.end ? { ...attribution, source: source.end > lead.end ? { start: lead.end, end: source.end } : null } : attribution
    // "with drum fills fondly recalling ...": the phrase after "with" does the participle.
    const absolute = absoluteSubject(ctx.text, sentenceAt(ctx.sentences, a.cue.start)?.start ?? 0, a.cue)
    if (absolute && !(a.source && a.source.start >= absolute.start && a.source.end <= absolute.end)) a = { ...a, source: absolute }
    // "has faced criticism for ...": the subject is who is criticized, not who criticizes.
    a = receptionReading(ctx.text, a)
    // "X said the charge was false" read with "the charge was false" as its source: words after the
    // cue that the content takes in are what was said, never who said it.
    if (
      a.source &&
      a.source.start >= a.cue.end &&
      a.content.start >= a.cue.end &&
      a.source.start < a.content.end &&
      a.content.start < a.source.end &&
      FINITE_VERB.test(ctx.text.slice(a.source.start, a.source.end))
    )
      a = { ...a, source: null }
    // "Even China, Pyongyang's only ally, said": a focusing adverb before the phrase is the writer's.
    const focus = a.source ? /^(?:even|perhaps|maybe|also|still|particularly)\s+(?=\S)/i.exec(ctx.text.slice(a.source.start, a.source.end)) : null
    if (focus && a.source) a = { ...a, source: { start: a.source.start + focus[0].length, end: a.source.end } }
    // "Police released dramatic video showing ...": a source the ranker reads over another
    // attribution's cue misreads that attribution, as the rules' reading does (`findAttributions`).
    const over = a.source
    if (over && found.some((b) => b !== attribution && b.cue.start < over.end && over.start < b.cue.end)) a = { ...a, source: null }
    // "Explaining Beijing's changed position, observers said": the same words are never both what
    // was said and who said it.
    if (a.source && a.source.start === a.content.start && a.source.end === a.content.end) a = { ...a, source: null }
    let channelWritten = false
    if (a.source) {
      const bare = withoutEdgeMarks(ctx.text, a.source)
      // "said the mayor in a statement": the channel is how it was said, not who said it.
      const channel = bare ? withoutChannel(ctx.text, bare) : null
      channelWritten = channel?.written ?? false
      a = { ...a, source: channel ? withoutTime(ctx.text, channel.source) : null }
    }
    // "Hemsworth and Pine were said to have run into issues": the subject of a raised passive is
    // who it is said about; whoever said it goes unnamed (PolNeAR train: 5 of 5 without a source).
    if (a.source && a.source.end <= a.cue.start && RAISED_PASSIVE.test(ctx.text.slice(a.cue.start, a.cue.end)) && /^\s+to\s/.test(ctx.text.slice(a.cue.end, a.cue.end + 4))) a = { ...a, source: null }
    // "has been called a charlatan by fellow physicians": a passive cue's agent is its source, not its subject.
    const agent = syntax ? passiveAgent(ctx, syntax, a.cue) : null
    if (agent) a = { ...a, source: agent }
    // "AT&T said" headed at "T", "Can Dündar said" with "Can" read as a modal: a name is never cut.
    if (a.source) a = { ...a, source: acrossCutTitle(ctx.text, ctx.entities, wholeNames(ctx.text, ctx.entities, a.source, a.cue)) }
    // "The following Monday evening, Ruiz went further by ... accusing": a time is nobody; the
    // participle's subject is the one its verb shares.
    if (syntax && a.source && isTimeAdjunct(ctx, syntax, a.source)) a = { ...a, source: sharedSubject(ctx, syntax, a.cue) }
    // "AT&T made it official by announcing that ...": a participle with no subject of its own
    // reports for the subject of the verb it hangs from (PolNeAR train before 2016-08: with "by"
    // and a subject there, 38 of 42 gold sources take it in; after a comma 344 of 404).
    else if (syntax && !a.source && a.cue.end > a.cue.start) {
      const shared = sharedSubject(ctx, syntax, a.cue)
      // "Peabody said: “Patriot Coal was ...,” adding": a subject inside the quoted words is not who adds.
      if (shared && !quoted.some((q) => q.start <= shared.start && shared.end <= q.end)) a = { ...a, source: shared }
    }
    // "O'Neill, on his first full day on the job, said": the setting after the name is not who spoke.
    if (syntax && a.source) a = { ...a, source: withoutTrailingSetting(ctx, syntax, a.source) }
    // "if Netflix wants to compete, it would need to pay": the main clause after a condition is the writer's.
    const conditional = syntax ? conditionalContent(ctx, syntax, quoted, a.cue, a.content) : null
    if (conditional) a = { ...a, content: conditional }
    // "made the following comment:": the content is what the colon introduces.
    const pointed = cataphoricContent(ctx.text, ctx.sentences, a.content)
    if (pointed) a = { ...a, content: pointed }
    const cueText = ctx.text.slice(a.cue.start, a.cue.end)
    const sourceText = a.source ? ctx.text.slice(a.source.start, a.source.end) : ''
    // "The report, which said": a relative pronoun stands for the noun phrase before it.
    const parsedPhrase = syntax && a.source && RELATIVE.test(sourceText.trim()) && !isCapitalsWord(sourceText.trim()) ? antecedentOf(ctx, syntax, a.cue) : null
    // "he retweeted supporters who blasted ...": the words the text gives before the pronoun hold
    // a clause; the parse's noun phrase ("supporters") is the antecedent.
    const textual = parsedPhrase && a.source ? relativeAntecedent(ctx.text, a.source, null) : null
    const parsed = parsedPhrase && textual && syntax && verbBetween(ctx, syntax, textual.start, parsedPhrase.start) ? { ...parsedPhrase, exact: true } : parsedPhrase
    const antecedent = a.source ? relativeAntecedent(ctx.text, a.source, parsed) : null
    const named = antecedent ? ctx.text.slice(antecedent.start, antecedent.end) : sourceText
    const resolved = a.source ? resolveSpeaker(ctx.text, ctx.entities, a.source, parsed) : null
    // "a man brought in a violin he had found on “Antiques Roadshow”": a name the text only ever
    // quotes is a title, never who speaks, whatever the entity step typed it.
    const titled = resolved?.entity ? isQuotedTitle(ctx.text, resolved.entity) : false
    // "Words cannot describe ...": a source phrase that takes in part of the clause names no one.
    // "Earlier this year, ... called it": a phrase with no noun or pronoun in it is no one's name.
    const fragment = Boolean(
      syntax && a.source && !resolved?.entity && resolved?.name && (isClauseFragment(ctx, syntax, antecedent ?? a.source, a.cue) || !hasNominal(ctx, syntax, antecedent ?? a.source)),
    )
    // "'Oh, my God!' ... She said": a pronoun is never someone the text only names inside quotations.
    const onlyQuoted = Boolean(resolved?.entity && /^(?:he|she|they|it)$/i.test(sourceText.trim()) && onlyNamedInQuotes(resolved.entity, quoted))
    const first = titled || fragment || onlyQuoted ? { entity: null, name: null } : resolved
    const { start, end, quotedBothEnds } = contentText(ctx.text, quoted, a.content)
    // "“A,” said X. “B.”": quoted words interrupted by their own attribution are a direct quote.
    const interrupted = quotedBothEnds && start < a.cue.start && a.cue.end < end
    const kind = a.direct || interrupted || (pointed && quotedBothEnds) ? 'direct' : containsQuotation(quoted, start, end) ? 'mixed' : 'indirect'
    // The head phrase: "Maura McLaughlin, who led the study" is not a study speaking.
    const sourceWords = words(named.split(/[,(—–]|\b(?:who|which|that|whose)\b/)[0]!)
    const sourceIsThing =
      a.source !== null &&
      (cueText.trim() === ':'
        ? !first?.entity && isWritingOrDocument(sourceText.trim().toLowerCase())
        : (titled && !PERSONAL.test(sourceText.trim())) || namesThing(ctx, quoted, a.source, antecedent ?? a.source, named, first?.entity ?? null, a.cue))
    const contentIsClause = syntax && kind === 'indirect' ? isClause(ctx, syntax, start, end) : undefined
    const cueWords = words(cueText)
    // "a class of sets called “Master Builder”", "cells are often called hieleras": a name given, not
    // words said. PolNeAR counts these (dev: 5), so they stay as acts, out of the default quote lists.
    // "declined to be interviewed about the incident": a refusal to speak reports no words. PolNeAR
    // marks refusals ("declined | to comment"), so they stay as acts, out of the default quote lists.
    // "if Globex wants to compete fairly": a wish or words supposed in a condition are nobody's; PolNeAR
    // marks them too ("if the I.R.S. has questions about"), so they stay as acts.
    const naming = Boolean(syntax && (isNaming(ctx, syntax, a.cue, contentIsClause === false) || isSupposed(ctx, syntax, a.cue))) || isRefusalToSpeak(ctx.text, a.cue, a.content)
    const cls = naming
      ? 'other'
      : attributionClass({
          cueWords,
          sourceWords,
          // A named source or a pronoun for a person; a document ("the poll") is told apart by the class lexicon.
          sourceIsAgent: Boolean(first?.entity || first?.name || /^(?:he|she|they|i|we|who)$/i.test(named.trim())),
          // "toured a “major tank factory”": a label after a determiner quotes nobody's words (PolNeAR
          // train: a verb of no class before such a quotation is a cue 27 of 166 times, before "as
          // a/the “...”" 8 of 10), so only the cue's lemma can make it speech.
          contentQuoted: kind !== 'indirect' && !(kind === 'mixed' && onlyScareQuotes(ctx.text, quoted, start, end)),
          sourceIsThing,
          ...(contentIsClause === undefined ? {} : { contentIsClause }),
          writtenChannel: channelWritten || writtenChannelBefore(ctx, a.cue.start) || writtenChannelAfter(ctx.text, a.cue.end),
        })
    // "Williams was charged with murder": the subject of a passive legal cue is who it happened
    // to, not who spoke; whoever charged goes unnamed.
    const passiveLegal =
      cls === 'legal' &&
      a.source !== null &&
      ((a.source.end <= a.cue.start && /^(?:was|were|is|are|been|be|being|has been|have been|had been)\b/i.test(cueText)) || (a.source.start < a.cue.start && isPassiveLegalCue(cueWords)))
    if (passiveLegal) a = { ...a, source: null }
    // "A thermometer reads the temperature": a thing is no speaker; the phrase stays the source span.
    // "according to data from MarketAxess", "said a report from Kotak": a document speaks for who made it.
    const author =
      a.source && !passiveLegal && !first?.entity && (sourceIsThing || !first?.name) && words(sourceText).some((w) => isWritingOrDocument(w) || isWritingOrDocument(w.replace(/s$/, '')))
        ? documentAuthor(ctx.text, ctx.entities, a.source)
        : null
    const speaker = author ?? (passiveLegal || sourceIsThing ? null : first)
    const quote: Quote = {
      text: ctx.text.slice(start, end),
      start,
      end,
      kind,
      class: cls,
      speaker: speaker?.entity?.id ?? null,
      speakerName: speaker?.name ?? null,
      speakerMention: a.source ? { start: a.source.start, end: a.source.end } : null,
      cue: cueText,
      cueSpan: { start: a.cue.start, end: a.cue.end },
      confidence: Math.round(a.confidence * 100) / 100,
    }
    // "New York boasted tens of thousands of shelters": a verb of having, no attribution.
    if (contentIsClause === false && possessionCue(cueWords)) notAttributions.add(quote)
    // "Mexico slapped tariffs", "Clinton allowed her staff": a verb of no class (neither speech,
    // writing, belief, agreement, evidence nor a charge) is an act more often than an attribution
    // unless the classifier is sure of it. "The board seems to have dropped its plan" stays: PolNeAR
    // reads seem/appear as attributions with no source (`RAISING_VERB`).
    if (cls === 'other' && !naming && attribution.confidence < OTHER_MIN_CONFIDENCE && !RAISING_VERB.test(cueText.trim())) notAttributions.add(quote)
    // "Three electors voted for John Kasich": a vote is an act, not a statement.
    if (cls === 'other' && cueWords.some((w) => VOTE.test(w))) notAttributions.add(quote)
    // "A good manager reads the temperature in a room": reading a thing is no report of words
    // ("the sign reads “...”" and "she read that ..." keep a quotation or a clause).
    if (cls === 'other' && kind === 'indirect' && contentIsClause === false && cueWords.some((w) => READ.test(w))) notAttributions.add(quote)
    // "Cafeteria staff reported to their assignments": no words reported, only where they went.
    if (syntax && kind === 'indirect' && REPORT.test(cueWords.at(-1) ?? '') && isDestination(ctx, syntax, start, end)) notAttributions.add(quote)
    // "The ministry has copped backlash for airing an ad": criticism received from nobody named
    // reports no one's words (with "from farm groups" the critics are the source).
    if (!a.source && isReceptionCue(cueText) && !/\bfrom$/i.test(cueText.trim())) notAttributions.add(quote)
    // "lawmakers are blaming each other": people acting on one another report no words.
    if (isReciprocalOnly(quote.text)) notAttributions.add(quote)
    // "I initially wrote it off as a fad": the content holds the cue's own particle, a phrasal verb cut in two.
    if (syntax && kind === 'indirect' && holdsCueParticle(ctx, syntax, a.cue, { start, end })) notAttributions.add(quote)
    // "‘Mobilizing Your World’ sounds like a threat": a quotation the verb has as subject is a topic;
    // "the plan's projected growth rate of 4.5%" a figure; "as was suspected very early on" a time
    // (a label's line, "WALLACE: Why not?", keeps its words).
    if (
      syntax &&
      ((!a.source && isQuotedSubject(ctx, syntax, quoted, a.cue)) ||
        isAttributiveParticiple(ctx, syntax, a.cue) ||
        (kind === 'indirect' && /\p{L}/u.test(cueText) && isSettingOnly(ctx, syntax, { start, end })))
    )
      notAttributions.add(quote)
    // "Howitt ordered another set of mice from a breeding facility": a purchase, no words.
    if (syntax && kind === 'indirect' && isPurchaseOrder(ctx, syntax, a.cue)) notAttributions.add(quote)
    // "Correction added Nov. 18, 2019: The caption ...": the publication's note on itself, no one quoted.
    if (isEditorsLabel(ctx.text, a.source, a.cue)) notAttributions.add(quote)
    // "I can't describe how happy I've been": the writer saying words fail them reports nothing.
    if (/^(?:i|we)$/i.test(sourceText.trim()) && UNSAYABLE.test(cueText.trim()) && /^how\b/i.test(quote.text)) notAttributions.add(quote)
    return quote
  })
  const kept = quotes.filter(
    (q) =>
      !notAttributions.has(q) &&
      !loneClitic(q) &&
      !bareMention(q) &&
      !tailOfAnother(q, quotes) &&
      !inFieldLabel(ctx.text, q) &&
      !isSpeakerlessPronoun(q) &&
      !isWriterOrReaderAct(ctx.text, q) &&
      !isSayingOnly(q) &&
      !isWritersAside(ctx.text, q) &&
      !isNamedTitle(ctx.text, q) &&
      !isPlaceDateline(ctx, q) &&
      !isCommonWordLabel(ctx, q),
  )
  const cited = kept.flatMap((q) => citedSource(ctx, q, kept) ?? [])
  const carried = withCarriedSpeakers(cited, ctx.entities, ctx.text, ctx.models.nameGenders, quoted, syntax ? clauseReading(ctx, syntax) : undefined)
  // "went out, Donald said, the “proof is in the pudding.”": the list shows the words without their attribution.
  return withoutRepeats(carried.map((q) => relayed(ctx.text, q, carried))).map((q) => withoutOwnAttribution(ctx.text, q))
}

const RELATIVE = /^(?:which|who|whom|that)$/i
// "declined to comment on", "refused to be interviewed about", "declining to say whether": a refusal to speak.
const REFUSAL =
  /^(?:declin|refus)\w*\s+(?:\w+ly\s+)?to\s+(?:comment|be\s+interviewed|speak|talk|discuss|say|answer|elaborate|respond|reply|confirm|be\s+identified|(?:give|offer)\s+(?:details|comment|an?\s+interview|interviews))\b/i

/** Whether the cue and its content are a refusal to speak ("declined to be interviewed about the incident"). */
function isRefusalToSpeak(text: string, cue: { start: number; end: number }, content: { start: number; end: number }): boolean {
  return REFUSAL.test(text.slice(cue.start, Math.max(cue.end, content.end)).trim())
}

/** Whether a verb or an auxiliary lies among the tokens that start in `[start, end)`. */
function verbBetween(ctx: AnalysisContext, syntax: Syntax, start: number, end: number): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, start, end)
  for (let t = from; t < to; t++) if (/^(?:VERB|AUX)$/.test(syntax[t]?.upos ?? '')) return true
  return false
}

/** Whether every name mention of an entity lies inside a quotation (someone's words name it, the text never does). */
function onlyNamedInQuotes(entity: Entity, quoted: readonly QuotedSpan[]): boolean {
  const names = entity.mentions.filter((m) => m.kind !== 'pronoun')
  return names.length > 0 && names.every((m) => quoted.some((q) => q.start <= m.start && m.end <= q.end))
}

/**
 * "ALBANY: The state budget ...": a label line whose label is a place in capitals is a dateline
 * (where the story was filed), not a speaker, even for a place the extraction's dateline list
 * does not know. Transcript labels ("PENCE:") name people; "Russia:" in title case may speak.
 */
function isPlaceDateline(ctx: AnalysisContext, q: Quote): boolean {
  const m = q.speakerMention
  if (q.cue?.trim() !== ':' || !m) return false
  const label = ctx.text.slice(m.start, m.end)
  if (label !== label.toUpperCase() || !/\p{Lu}{2}/u.test(label)) return false
  return ctx.entities.some((e) => PLACE_TYPES.has(e.type) && e.mentions.some((n) => n.start === m.start && n.end === m.end))
}
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])
// A negated modal of saying: "can't describe", "cannot express", "couldn't tell you".
const UNSAYABLE = /^(?:can['’]?t|cannot|can not|couldn['’]?t|could not)\s+(?:begin\s+to\s+|even\s+)?(?:describe|express|explain|tell|say|put\s+into\s+words)\b/i
const VOTE = /^vot(?:e|es|ed|ing)$/
const READ = /^read(?:s|ing)?$/
const RAISED_PASSIVE = /^(?:is|are|was|were|be|been|being|(?:has|have|had) been)(?:\s+(?:\p{L}+ly|not))?\s+(?:said|believed|thought|alleged|rumou?red|understood|reported|known|expected)$/iu
// "Staff reported to their assignments", "reported for duty": reporting to a place or a post is going there.
const REPORT = /^report(?:s|ed|ing)?$/i

/**
 * Least cue confidence (the classifier's score through a logistic, 0.45 at its threshold) of an
 * attribution of class other. PolNeAR dev (shipped cues): 62 of the 158 such cues are annotated,
 * 17 of the 60 under 0.6; dropping those gives cue 0.709 -> 0.710, content 0.605 -> 0.608.
 */
const OTHER_MIN_CONFIDENCE = 0.6

/**
 * "I’ve seen shoulders drop when they hear, “...”": a clitic auxiliary left alone as the cue of
 * quoted words reports nothing. PolNeAR does mark "he’ll | be looking to prove ..." with an
 * indirect content, so those stay.
 */
function loneClitic(q: Quote): boolean {
  return q.kind !== 'indirect' && /^['’](?:ve|d|ll|re|m|s)$/i.test(q.cue?.trim() ?? '')
}
// A word that makes a phrase a clause ("the charge was false", "the panel might be damaged").
const FINITE_VERB = /\b(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|does|did)\b/i

// "In a statement issued Tuesday,", "In a letter to the board,": a written channel, at the sentence
// start only ("X said in a statement after the military said ..." names X's channel).
const WRITTEN_CHANNEL =
  /^\W*(?:(?:but|and|later|earlier)\s+)?(?:in|via)\s+(?:a|an|the|his|her|their|its|a\s+joint|a\s+written)\s+(?:(?:news|press)\s+)?(?:statement|letter|e-?mail|tweet|op-ed|memo|filing|release|blog\s+post|column|editorial)\b/i

/** Whether the cue's sentence names a written channel before the cue ("In a statement, X said"). */
function writtenChannelBefore(ctx: AnalysisContext, cueStart: number): boolean {
  const s = sentenceAt(ctx.sentences, cueStart)
  return s ? WRITTEN_CHANNEL.test(ctx.text.slice(s.start, cueStart)) : false
}

/** Most words of a content that, with nobody saying it, is a mention rather than an attribution. */
const MAX_BARE_WORDS = 2

/**
 * "Amid growing criticism of online platforms", "so-called “demetrication”": one or two words
 * with no source are a term the writer uses or a topic, not what somebody said (on PolNeAR dev,
 * 11 such readings, 3 of them annotated; dropping them leaves the figures as they were).
 */
function bareMention(q: Quote): boolean {
  return q.speakerMention === null && q.class !== 'legal' && (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_BARE_WORDS
}

/**
 * "..., saying he recalled it “vividly.”": an attribution inside another one's content, by the
 * same speaker, whose content is that content's quoted tail, repeats the quotation a list
 * already shows once.
 */
function tailOfAnother(q: Quote, all: readonly Quote[]): boolean {
  if (!q.cueSpan || q.kind === 'indirect') return false
  return all.some((o) => o !== q && o.speakerName === q.speakerName && o.start <= q.cueSpan!.start && q.cueSpan!.end <= o.end && q.start > o.start && q.end === o.end)
}

/**
 * The noun phrase a relative pronoun stands for when it is the subject of the cue ("The report,
 * which said ..."): the antecedent the parse gives, from its first word to its head.
 */
function antecedentOf(ctx: AnalysisContext, syntax: Syntax, cue: { start: number; end: number }): { start: number; end: number } | null {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  for (let t = from; t < to; t++) {
    if (syntax[t]?.upos !== 'VERB') continue
    const relative = subjectsOf(syntax, t).find((s) => s.link === 'relative')
    if (!relative) return null
    const { start } = subtreeSpan(syntax, relative.token)
    return { start: ctx.tokens[start]!.start, end: ctx.tokens[relative.token]!.end }
  }
  return null
}

/**
 * The content as a quote list shows it: a content that opens and closes with quotation marks
 * (the rankers read PolNeAR's spans, marks included) loses the outer marks, and the comma of
 * `...,” he said` and surrounding spaces belong to the quoting sentence.
 */
function contentText(text: string, quoted: readonly QuotedSpan[], span: { start: number; end: number }): { start: number; end: number; quotedBothEnds: boolean } {
  let { start, end } = span
  while (end > start && /\s/.test(text[end - 1]!)) end--
  // A content never opens on the comma that set off its attribution ("As a rule, Smith pointed
  // out, floorspace ..."): the span ranker sometimes starts at it.
  while (start < end && /[\s,;:]/.test(text[start]!)) start++
  // A content that starts right after the opening mark ("added:⏎“We will ...”" as the rules read it) is enclosed too.
  const first = quoted.find((q) => q.open === start || q.start === start)
  const last = first ? quoted.find((q) => q.closed && q.close < end && q.end > start && /^[^\p{L}\p{N}]+$/u.test(text.slice(q.close, end))) : undefined
  // A quotation never closed (the page cut it, or it runs on past the paragraph) ends the content
  // without a mark: only the opening one encloses it.
  const leftOpen = first && !last ? quoted.find((q) => !q.closed && q.start <= end && end <= q.end + 1 && q.open >= first.open) : undefined
  if (first && (last || leftOpen)) {
    start = first.start
    if (last) end = last.end
  }
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--
  return { start, end, quotedBothEnds: Boolean(first && (last || leftOpen)) }
}

const TRAILING_TIME =
  /(?:\s*,)?\s+(?:(?:on|last|this|past|next|early|late|earlier|later)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening)$/i

/**
 * A source without the words that date it ("a state media report this past week", "officials
 * on Friday"): the rankers, trained on PolNeAR spans, sometimes take the time in with the noun phrase.
 */
function withoutTime(text: string, source: { start: number; end: number }): { start: number; end: number } {
  const m = TRAILING_TIME.exec(text.slice(source.start, source.end))
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source
}

// Verbs that give a name: "called", "dubbed", "named", "nicknamed", "titled".
const NAMING = /^(?:call|dub|name|nickname|title|entitle|label|brand)$/

/**
 * Whether the cue is a naming participle after a noun ("sets called ...", "The sedans, called
 * ...") or, with a noun phrase after it (`nominal`), a passive one ("are often called iceboxes").
 */
function isNaming(ctx: AnalysisContext, syntax: Syntax, cue: { start: number; end: number }, nominal: boolean): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  for (let t = from; t < to; t++) {
    const x = syntax[t]
    if (!x || x.upos !== 'VERB' || !NAMING.test(x.lemma)) continue
    if (x.deprel === 'acl' || (nominal && syntax.some((d) => d.head === t && d.deprel === 'aux:pass'))) return true
  }
  return false
}

/** Whether a word of `[start, end)` is a noun, a name, a pronoun or a number in the parse, or does a noun's job ("the governor-elect" tagged ADJ as a subject). */
function hasNominal(ctx: AnalysisContext, syntax: Syntax, span: { start: number; end: number }): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, span.start, span.end)
  for (let t = from; t < to; t++) {
    const x = syntax[t]
    // "WIRED spoke to": a word in capitals is a name whatever the tagger made of it.
    if (!x || /^(?:NOUN|PROPN|PRON|NUM|X|SYM)$/.test(x.upos) || /^(?:nsubj|obj|iobj|obl|nmod|appos|compound|flat)/.test(x.deprel) || /^\p{Lu}{2,}$/u.test(ctx.tokens[t]!.text)) return true
  }
  return false
}

/** Whether `[start, end)` is a phrase "to/for" + noun phrase, no verb in it ("to their assignments", "for duty"). */
function isDestination(ctx: AnalysisContext, syntax: Syntax, start: number, end: number): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, start, end)
  if (to <= from + 1 || syntax[from]?.upos !== 'ADP' || !/^(?:to|for)$/i.test(ctx.tokens[from]!.text)) return false
  for (let t = from + 1; t < to; t++) if (syntax[t]?.upos === 'VERB' || syntax[t]?.upos === 'AUX') return false
  return true
}

/** Lower-cased words of a phrase, with possessive and contraction endings split off. */
function words(phrase: string): string[] {
  return phrase.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|['’]s\b/gu) ?? []
}

/** Whether a quotation of at least one word lies inside `[start, end)` (a mixed attribution's quoted words). */
function containsQuotation(quoted: readonly QuotedSpan[], start: number, end: number): boolean {
  return quoted.some((q) => q.open >= start - 1 && q.end <= end + 1 && q.end > q.start)
}

/** Which mentions the parse makes the subject of a clause, and the sentence of a character, for pronoun speakers' subject continuity. */
function clauseReading(ctx: AnalysisContext, syntax: Syntax): ClauseReading {
  return {
    isSubject: (m) => {
      for (let t = firstStartingFrom(ctx.tokens, m.start); t < ctx.tokens.length && ctx.tokens[t]!.end <= m.end; t++) {
        // A name's words hang off its title ("Prince Andrew": "Andrew" is flat under "Prince").
        let h = t
        while (/^(?:flat|compound)/.test(syntax[h]!.deprel) && syntax[h]!.head >= 0 && Math.abs(syntax[h]!.head - h) <= 3) h = syntax[h]!.head
        const head = syntax[h]!.head
        const outside = head < 0 || ctx.tokens[head]!.start < m.start || ctx.tokens[head]!.end > m.end
        if (outside && isRelation(syntax[h]!.deprel, 'nsubj')) return true
      }
      return false
    },
    sentenceOf: (c) => sentenceIndexAt(ctx.sentences, c),
  }
}
