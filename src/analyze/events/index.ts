/**
 * The events step: PLOVER events in every English sentence, several per sentence where there
 * are several. A trained detector scores each trigger candidate (a word the lexicons or the
 * training data know as a possible predicate; never a date or part of a name) as NONE or one of
 * the 16 PLOVER types; a trained role model picks its actor and recipient among the sentence's
 * participants; negation and modality come from the trigger's own clause; the actors are coded
 * to a country and sector; every event carries a calibrated confidence.
 */
import type { ArticleEvent } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { actorContext as contextOf, codeActor, codedEntity, type ActorContext } from './actor-codes.js'
import { actorMention, antecedentWords, ledByEntity } from './actor-entity.js'
import { argumentCandidates, type ArgumentCandidate } from './arguments.js'
import { detectTriggers, type Detection } from './detect.js'
import type { EventModel } from './event-model.js'
import { inheritRoles, isDefiniteEventNoun, type CodedEvent } from './event-anaphora.js'
import { isEnglishSentence } from './language-gate.js'
import { earlierIncident, takeRoles } from './incident-links.js'
import { retoldIncident } from './retold-incidents.js'
import { isThreatNamedAgain } from './same-act-words.js'
import { isVerbalType, QUAD_CLASS, type PloverType } from '../../model/plover.js'
import type { Modality } from './modality.js'
import { chooseRoles, distinctRoles, heuristicRoles } from './roles.js'
import { mentionLookup, viewSentence, type SentenceView } from './sentence-view.js'
import { triggerSentence } from './trigger-features.js'
import { isGatedByTopic } from './topic-gate.js'
import { isGatedAsBusiness } from './business-topic-gate.js'
import { hasPoliticalSideBesideTeams } from './sports-teams.js'
import { carriesOver, sentenceSubject, type OuterParticipant } from './subject-continuity.js'

/** Options of the events step. */
export interface EventOptions {
  /**
   * Calibrated confidence under which a candidate is not reported. Default: the threshold the
   * detector was tuned with on held-out data (its `threshold`, and its `typeThresholds` for the
   * types it names); a value given here applies to every type.
   */
  readonly minConfidence?: number
  /**
   * In an article with a headline whose topics are all off public life (arts, lifestyle, science
   * and technology, sport), keep only the events with a state or political actor on one side
   * (`topic-gate.ts`).
   * Default true; it needs the topics step's result on the context, and does nothing without it.
   */
  readonly gateByTopic?: boolean
  /**
   * Also gate, the same way, an article with a headline whose topics are economy and, if any
   * others, off public life (`business-topic-gate.ts`). Default true; nothing without `gateByTopic`.
   */
  readonly gateBusinessTopic?: boolean
}

/** Finds PLOVER events in every sentence of the article; none without an event model. */
export function findEvents(ctx: AnalysisContext, options: EventOptions = {}): ArticleEvent[] {
  const model = ctx.models.events
  if (!model) return []
  if (ctx.article.language && ctx.article.language !== 'en') return []
  const minConfidence = options.minConfidence ?? model.threshold
  // A type whose out-of-fold precision was low at the common threshold has its own (ASSAULT).
  const typeBar: Readonly<Record<string, number>> = options.minConfidence === undefined ? (model.typeThresholds ?? {}) : {}
  const lookup = mentionLookup(ctx.entities)
  const actorContext: ActorContext | null = model.actors ? contextOf(model.actors, ctx.referenceDate, ctx.entities, ctx.tokens, ctx.models.gazetteer) : null
  const events: ArticleEvent[] = []
  const coded: CodedEvent[] = []
  // Later mentions of an event already coded, by its id (see incident-links.ts).
  const laterMentions = new Map<string, Array<{ start: number; end: number; text: string }>>()
  const mentionOf = (prior: ArticleEvent, view: SentenceView, d: Detection): void => {
    const start = view.tokens[d.index]!.start
    const end = view.tokens[d.last]!.end
    const list = laterMentions.get(prior.id) ?? []
    list.push({ start, end, text: ctx.text.slice(start, end) })
    laterMentions.set(prior.id, list)
  }
  // The view of the sentence before, kept for an event here that takes its subject.
  let priorView: SentenceView | null = null
  for (const [s, sentence] of ctx.sentences.entries()) {
    const view = viewSentence(ctx, sentence, lookup, model.resources)
    const prior = priorView
    priorView = view
    if (!isEnglishSentence(view.words)) continue
    const ts = triggerSentence(view, ctx.tokens, model.resources.agents)
    const detections = detectTriggers(ts, model, minConfidence)
    if (detections.length === 0) continue
    const cands = argumentCandidates(view, model.actors)
    // The subject of the sentence before, read only when an event here may take it.
    let before: OuterParticipant | null | undefined
    const previous = (): OuterParticipant | null => {
      if (before !== undefined) return before
      before = prior && isEnglishSentence(prior.words) ? sentenceSubject(prior, model.actors) : null
      return before
    }
    for (const d of detections) {
      if (d.confidence < (typeBar[d.type] ?? minConfidence)) continue
      // "Pakistan has refused to deploy a peacekeeping force": a type the trigger's own lexicon entry
      // does not give (or the clause's mood changed) is the clause's act, anchored on the noun.
      const lex = ts.lexicon[d.index]!
      // (So is a verbal act typed on a word the lexicon does not know as a trigger: "after a coup".)
      const clauseAct = d.type !== d.detected || (lex.length > 0 ? !lex.some((t) => t.replace('!', '') === d.type) : isVerbalType(d.type))
      // "The UN condemned the attack": an incident reported earlier, told again in a reaction.
      const told = retoldIncident(view, d.index, d.type, s, coded)
      if (told) {
        mentionOf(told.event, view, d)
        continue
      }
      // "The threat came from an overseas server": the threat coded before, named again.
      if (isThreatNamedAgain(ts, d.index, d.type, s, coded)) continue
      const { event: own, open } = toEvent(ctx, model, view, d, cands, actorContext, events.length + 1, clauseAct)
      // "Police said the attack was planned": the incident coded before, named again.
      const incident = earlierIncident(ts, d, own, s, coded, ctx.dates)
      if (incident) {
        takeRoles(incident.event, own)
        mentionOf(incident.event, view, d)
        continue
      }
      const lemma = view.lemmas[d.index]!
      // "The embargo was extended": the roles of the embargo reported before.
      const event = isDefiniteEventNoun(view, d.index) ? inheritRoles(own, lemma, s, coded) : own
      // "Russia is extending its ban on food imports. The embargo was imposed in 2014": the doer the
      // sentence before names.
      const outer = open && !event.actorMention ? previous() : null
      events.push(outer && carriesOver(outer, event, view) ? withActor(event, roleOutput(ctx, outer.view, outer.candidate, actorContext, event.recipient ?? undefined)) : event)
      coded.push({ event: events[events.length - 1]!, lemma, sentence: s })
    }
  }
  const linked = laterMentions.size ? events.map((e) => (laterMentions.has(e.id) ? { ...e, mentions: laterMentions.get(e.id)! } : e)) : events
  const gated = isGatedByTopic(ctx.article.title, ctx.topics ?? []) || (options.gateBusinessTopic !== false && isGatedAsBusiness(ctx.article.title, ctx.topics ?? []))
  if (options.gateByTopic === false || !gated) return linked
  // On a sports page a country or city named as a side is its team (`sports-teams.ts`).
  return linked.filter((e) => hasPoliticalSideBesideTeams(e, ctx.entities, ctx.topics ?? [])).map((e, i) => ({ ...e, id: `v${i + 1}` }))
}

// The event, and whether its actor is open: none found in its sentence, and none ruled out there.
function toEvent(
  ctx: AnalysisContext,
  model: EventModel,
  view: SentenceView,
  d: Detection,
  cands: readonly ArgumentCandidate[],
  actorContext: ActorContext | null,
  n: number,
  clauseAct: boolean,
): { event: ArticleEvent; open: boolean } {
  const chosen = distinctRoles(view, model.roles ? chooseRoles(model.roles, view, d.index, d.last, d.type, cands, ROLE_MIN_P, model.actors, clauseAct) : heuristicRoles(view, d.index, d.last, cands))
  // The incident itself ("a stabbing that killed") is no participant of it.
  const roles = chosen.actor && chosen.actor.head === d.incident ? { ...chosen, actor: null, actorP: 0 } : chosen
  const { negated, modality: clauseModality } = d.mood
  const trigger = { start: view.tokens[d.index]!.start, end: view.tokens[d.last]!.end }
  const { source, modality } = sourceOf(ctx, trigger.start, clauseModality, view.sentence.start, view.sentence.end)
  const actor = roleOutput(ctx, view, roles.actor, actorContext, roles.recipient?.mention?.mention.entity.id)
  const recipient = roleOutput(ctx, view, roles.recipient, actorContext, actor?.entity ?? undefined)
  const location = locationOf(view, [roles.actor?.mention?.mention.entity.id, roles.recipient?.mention?.mention.entity.id])
  const event: ArticleEvent = {
    id: `v${n}`,
    type: d.type,
    actor: actor?.entity ?? null,
    recipient: recipient?.entity ?? null,
    location,
    date: dateIn(ctx, view.sentence.start, view.sentence.end),
    negated,
    modality,
    source,
    actorCountry: actor?.code.country ?? null,
    recipientCountry: recipient?.code.country ?? null,
    actorSector: actor?.code.sector ?? null,
    ...(recipient?.code.sector ? { recipientSector: recipient.code.sector } : {}),
    ...(actor?.code.code ? { actorCode: actor.code.code } : {}),
    ...(recipient?.code.code ? { recipientCode: recipient.code.code } : {}),
    ...(actor ? { actorMention: actor.span } : {}),
    ...(recipient ? { recipientMention: recipient.span } : {}),
    quadClass: QUAD_CLASS[d.type as PloverType],
    trigger: { text: ctx.text.slice(trigger.start, trigger.end), ...trigger },
    evidence: { start: view.sentence.start, end: view.sentence.end },
    confidence: Math.round(d.confidence * 1000) / 1000,
  }
  return { event, open: !actor && !roles.noActorGuess && view.syntax?.[d.index]?.upos === 'NOUN' }
}

// The event with `actor` as its actor.
function withActor(event: ArticleEvent, actor: RoleOutput | null): ArticleEvent {
  if (!actor) return event
  return {
    ...event,
    actor: actor.entity,
    actorCountry: actor.code.country,
    actorSector: actor.code.sector,
    ...(actor.code.code ? { actorCode: actor.code.code } : {}),
    actorMention: actor.span,
  }
}

interface RoleOutput {
  readonly entity: string | null
  readonly span: { start: number; end: number; text: string }
  readonly code: { country: string | null; sector: string | null; code: string | null }
}

function roleOutput(ctx: AnalysisContext, view: SentenceView, c: ArgumentCandidate | null, actorContext: ActorContext | null, other: string | undefined): RoleOutput | null {
  if (!c) return null
  const start = view.tokens[c.first]!.start
  const end = view.tokens[c.last]!.end
  const words = view.tokens.slice(c.first, c.last + 1).map((t) => t.text)
  const taken = actorMention(view, c, other)
  const mentioned = taken?.mention.entity ?? ledByEntity(words, ctx.entities, other)
  const code = actorContext ? codeActor(antecedentWords(view, c, taken) ?? words, mentioned, actorContext) : { country: mentioned?.country ?? null, sector: null, code: null }
  const entity = actorContext ? codedEntity(mentioned, code, actorContext) : mentioned
  return { entity: entity?.id ?? null, span: { start, end, text: ctx.text.slice(start, end) }, code }
}

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside'])
// Least probability at which a candidate fills a role.
const ROLE_MIN_P = 0.3

// The first place named after a locative preposition that is neither actor nor recipient.
function locationOf(view: SentenceView, exclude: ReadonlyArray<string | undefined>): string | null {
  for (const vm of view.mentions) {
    const e = vm.mention.entity
    if ((e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC') && !exclude.includes(e.id) && LOCATIVE.has(view.words[vm.first - 1] ?? '')) return e.id
  }
  return null
}

// The event is asserted by whoever the attribution around it names; inside an attribution an
// otherwise plain statement is "reported".
function sourceOf(ctx: AnalysisContext, at: number, modality: Modality, sentenceStart: number, sentenceEnd: number): { source: string | null; modality: Modality } {
  const quote =
    ctx.quotes.find((q) => q.start <= at && at < q.end) ??
    ctx.quotes.find((q) => q.kind === 'indirect' && q.start >= sentenceStart && q.end <= sentenceEnd && q.cue?.toLowerCase().startsWith('according'))
  if (!quote) return { source: null, modality }
  return { source: quote.speaker, modality: modality === 'asserted' ? 'reported' : modality }
}

function dateIn(ctx: AnalysisContext, start: number, end: number): string | null {
  const d = ctx.dates.find((x) => x.start >= start && x.end <= end && /^\d{4}/.test(x.value))
  return d?.value ?? ctx.referenceDate
}
