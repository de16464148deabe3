/**
 * The events step: PLOVER-coded events per sentence — trigger, type, actor, recipient,
 * location, date, negation, modality and the source who asserts it — with the sentence as
 * evidence. Triggers come from the lexicon in `lexicon.ts`; roles from the entity mentions of
 * the sentence; the source from the attributions found by the quotes step.
 */
import type { ArticleEvent } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { QUAD_CLASS, type PloverType } from './lexicon.js'
import { matchTriggers, type TriggerMatch } from './match-triggers.js'
import { readModality, type Modality } from './modality.js'
import { pickMainPredicate } from './main-predicate.js'
import { contextOf, mentionsIn, mentionsOf, pickLocation, pickRoles, type MentionRef } from './roles.js'

const COOPERATIVE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'])
const MATERIAL_CONFLICT = new Set<PloverType>(['SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'PROTEST'])
// How far after a control verb ("agreed to", "threatened to") its complement event may start.
const COMPLEMENT_REACH = 10

/** Finds PLOVER events in every sentence of the article. */
export function findEvents(ctx: AnalysisContext): ArticleEvent[] {
  const events: ArticleEvent[] = []
  const allMentions = mentionsOf(ctx.entities, ctx.tokens)
  const names = nameSpans(ctx)
  for (const sentence of ctx.sentences) {
    const matches = matchTriggers(ctx.tokens, sentence.tokenStart, sentence.tokenEnd).filter((m) => !insideName(names, ctx.tokens[m.first]!.start, ctx.tokens[m.first]!.end))
    if (matches.length === 0) continue
    const sentenceMentions = mentionsIn(allMentions, sentence.start, sentence.end)
    const seen = new Set<string>()
    const resolved = resolveControl(matches)
    const main = pickMainPredicate(ctx.tokens, resolved.map((r) => r.match), sentence.tokenStart)
    for (const { match, type } of resolved.filter((r) => r.match === main)) {
      const { negated, modality: rawModality } = readModality(ctx.tokens, sentence.tokenStart, match.first)
      const finalType = recode(type, match, negated, rawModality, ctx, sentence.tokenStart, sentence.tokenEnd)
      // Inside a quotation the participants are named in the quoted words, never the speaker outside them.
      const quote = ctx.quotes.find((q) => q.kind === 'direct' && q.start <= ctx.tokens[match.first]!.start && ctx.tokens[match.last]!.end <= q.end)
      const mentions = quote ? sentenceMentions.filter((m) => m.start >= quote.start && m.end <= quote.end) : sentenceMentions
      const { actor, recipient } = pickRoles(mentions, ctx.tokens, match.first, match.last)
      const key = `${finalType}|${actor?.entity.id ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      const exclude = new Set([actor?.entity.id, recipient?.entity.id].filter((x): x is string => x !== undefined))
      const location = pickLocation(mentions, ctx.tokens, exclude)
      const trigger = { start: ctx.tokens[match.first]!.start, end: ctx.tokens[match.last]!.end }
      const { source, modality } = sourceOf(ctx, trigger.start, rawModality, sentence.start, sentence.end)
      const actorContext = actor ? contextOf(actor, mentions, ctx.tokens) : null
      const recipientContext = recipient ? contextOf(recipient, mentions, ctx.tokens) : null
      events.push({
        id: `v${events.length + 1}`,
        type: finalType,
        ...(match.pattern.mode ? { mode: match.pattern.mode } : {}),
        actor: actor?.entity.id ?? null,
        recipient: recipient?.entity.id ?? null,
        location: location?.entity.id ?? null,
        date: dateIn(ctx, sentence.start, sentence.end),
        negated,
        modality,
        source,
        actorCountry: actorContext?.country ?? null,
        recipientCountry: recipientContext?.country ?? null,
        actorSector: actorContext?.sector ?? null,
        quadClass: QUAD_CLASS[finalType],
        trigger: { text: ctx.text.slice(trigger.start, trigger.end), ...trigger },
        evidence: { start: sentence.start, end: sentence.end },
        confidence: Math.min(0.95, 0.4 + 0.1 * match.pattern.specificity + (actor ? 0.2 : 0) + (recipient ? 0.1 : 0)),
      })
    }
  }
  return events
}

// Multi-word names other than places and nationalities ("Victory Day Parade", "Second Economy
// Commission"), sorted by start: a trigger word inside one is part of a name, not an event.
function nameSpans(ctx: AnalysisContext): MentionRef[] {
  return mentionsOf(ctx.entities.filter((e) => e.type !== 'NORP' && e.type !== 'GPE'), ctx.tokens).filter((m) => m.lastToken > m.firstToken)
}

function insideName(names: readonly MentionRef[], start: number, end: number): boolean {
  return mentionsIn(names, start - 200, end + 200).some((m) => m.start <= start && end <= m.end)
}

// A control verb ("agreed to", "threatened to", "refused to", "urged ... to") takes the event
// that follows as its complement: one event of the control's type, not two.
function resolveControl(matches: readonly TriggerMatch[]): Array<{ match: TriggerMatch; type: PloverType }> {
  const out: Array<{ match: TriggerMatch; type: PloverType }> = []
  let absorbUntil = -1
  let controlIndex = -1
  for (const m of matches) {
    if (m.first <= absorbUntil) {
      const control = out[controlIndex]
      // "vowed to attack" is a threat, not an agreement.
      if (control && control.type === 'AGREE' && /vow|swear/.test(control.match.pattern.source) && MATERIAL_CONFLICT.has(m.pattern.type)) control.type = 'THREATEN'
      continue
    }
    out.push({ match: m, type: m.pattern.type })
    if (m.pattern.control) {
      absorbUntil = m.last + COMPLEMENT_REACH
      controlIndex = out.length - 1
    }
  }
  return out
}

// Intent and conditions change the code: "will give aid" is an expressed intent (AGREE);
// "will withdraw ... unless" and "would boycott" are threats.
function recode(type: PloverType, match: TriggerMatch, negated: boolean, modality: Modality, ctx: AnalysisContext, from: number, to: number): PloverType {
  if (match.pattern.control) return type
  const conditional = hasWord(ctx, from, to, /^(unless|if)$/i)
  const expected = modality === 'future' || modality === 'hypothetical'
  if (!negated && expected && (MATERIAL_CONFLICT.has(type) || /boycott/.test(match.pattern.source))) return 'THREATEN'
  if (!negated && type === 'RETREAT' && expected && conditional) return 'THREATEN'
  if (COOPERATIVE.has(type) && !negated && modality === 'future') return 'AGREE'
  // "will not accept", "did not allow": a refusal.
  if (negated && (type === 'CONCEDE' || type === 'AGREE')) return 'REJECT'
  return type
}

function hasWord(ctx: AnalysisContext, from: number, to: number, re: RegExp): boolean {
  for (let i = from; i < to; i++) if (re.test(ctx.tokens[i]!.text)) return true
  return false
}

// The event is asserted by whoever the attribution around it names; inside an attribution an
// otherwise plain statement is "reported".
function sourceOf(ctx: AnalysisContext, at: number, modality: Modality, sentenceStart: number, sentenceEnd: number): { source: string | null; modality: Modality } {
  const quote = ctx.quotes.find((q) => q.start <= at && at < q.end) ?? ctx.quotes.find((q) => q.kind === 'indirect' && q.start >= sentenceStart && q.end <= sentenceEnd && q.cue?.toLowerCase().startsWith('according'))
  if (!quote) return { source: null, modality }
  return { source: quote.speaker, modality: modality === 'asserted' ? 'reported' : modality }
}

function dateIn(ctx: AnalysisContext, start: number, end: number): string | null {
  const d = ctx.dates.find((x) => x.start >= start && x.end <= end && /^\d{4}/.test(x.value))
  return d?.value ?? ctx.referenceDate
}
