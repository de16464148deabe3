/**
 * An event named again: "Russia imposed an embargo on EU food in 2014. [...] The embargo was
 * extended" — the second sentence's "the embargo" is the same event, so its actor and recipient are
 * those the earlier report named, though its own sentence names neither. A definite event noun
 * ("the", "this", "that") with an empty role takes it from the latest earlier event of the same
 * type and the same trigger word a few sentences back, when that event names it as an entity. An
 * indefinite one ("an attack") is a new event and takes nothing.
 */
import type { ArticleEvent } from '../../model/article.js'
import type { SentenceView } from './sentence-view.js'

// How many sentences back an event noun may refer: RAMS annotates arguments within five.
const MAX_SENTENCES_BACK = 4
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])

/** An event already coded in the article, with what makes it findable again. */
export interface CodedEvent {
  readonly event: ArticleEvent
  readonly lemma: string
  readonly sentence: number
}

/** Whether the trigger at local index `i` is a noun made definite by its determiner ("the embargo"). */
export function isDefiniteEventNoun(view: SentenceView, i: number): boolean {
  const t = view.syntax?.[i]
  if (!t || t.upos !== 'NOUN') return false
  // The determiner may stand before modifiers of the noun ("the arms embargo", "this boycott movement").
  return view.syntax!.some((d, k) => d.head === i && d.deprel === 'det' && DEFINITE.has(view.words[k]!))
}

const ACTOR_FIELDS = ['actor', 'actorCountry', 'actorSector', 'actorCode', 'actorMention'] as const
const RECIPIENT_FIELDS = ['recipient', 'recipientCountry', 'recipientSector', 'recipientCode', 'recipientMention'] as const

/**
 * The event with the roles it leaves empty taken from the event it names again among `earlier`
 * (latest first), or the event unchanged.
 */
export function inheritRoles(event: ArticleEvent, lemma: string, sentence: number, earlier: readonly CodedEvent[]): ArticleEvent {
  const needsActor = !event.actorMention
  const needsRecipient = !event.recipientMention
  if (!needsActor && !needsRecipient) return event
  for (let k = earlier.length - 1; k >= 0; k--) {
    const prior = earlier[k]!
    if (sentence - prior.sentence > MAX_SENTENCES_BACK) break
    if (prior.sentence === sentence || prior.event.type !== event.type || prior.lemma !== lemma) continue
    const out: Record<string, unknown> = { ...event }
    // Only a named participant (an entity, whose other mentions say who it is) carries over, and
    // never one already on the other side ("Russia's embargo" named again as "the embargo on Russia").
    const carries = (id: string | null | undefined, other: string | null | undefined): boolean => id != null && id !== other
    if (needsActor && carries(prior.event.actor, event.recipient)) copy(out, prior.event, ACTOR_FIELDS)
    if (needsRecipient && carries(prior.event.recipient, event.actor)) copy(out, prior.event, RECIPIENT_FIELDS)
    return out as ArticleEvent
  }
  return event
}

function copy(out: Record<string, unknown>, from: ArticleEvent, fields: readonly (keyof ArticleEvent)[]): void {
  for (const f of fields) {
    if (from[f] === undefined) delete out[f]
    else out[f] = from[f]
  }
}
