/**
 * An act named by a noun whose own sentence names no one who did it often continues the sentence
 * before: "Russia is extending its ban on food imports. The embargo was first imposed in 2014";
 * "The US military said more civilians may have died. A monitoring group put the toll of the
 * latest airstrike at 28". A reader takes the earlier sentence's subject as the doer. Only a
 * subject that names someone (a name, a resolved pronoun, an agent word such as "police") and
 * acts in its own clause (not a passive subject) carries over, and only to an event noun the
 * parse and the role model leave without an actor and do not mark as done by nobody.
 */
import { isActingEntityType } from '../../model/acting-entities.js'
import type { ArticleEvent } from '../../model/article.js'
import type { ActorIndex } from './actor-dictionary.js'
import { argumentCandidates, type ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'

/** A participant named in another sentence, with that sentence's view. */
export interface OuterParticipant {
  readonly view: SentenceView
  readonly candidate: ArgumentCandidate
}

/** The active subject of the main clause of `view` when it names someone, or null. */
export function sentenceSubject(view: SentenceView, actors: ActorIndex | undefined): OuterParticipant | null {
  const syn = view.syntax
  if (!syn) return null
  const root = syn.findIndex((t) => t.deprel === 'root')
  if (root < 0 || syn[root]!.upos !== 'VERB') return null
  const subject = syn.findIndex((t) => t.head === root && t.deprel === 'nsubj')
  if (subject < 0) return null
  const c = argumentCandidates(view, actors).find((x) => x.head === subject)
  if (!c) return null
  const named = c.mention !== undefined && isActingEntityType(c.mention.mention.entity.type) && c.mention.first <= c.head && c.head <= c.mention.last
  return named || c.agent !== undefined ? { view, candidate: c } : null
}

// Acts only a state or an organisation does, whose doer a story names once and then drops
// ("Russia extended its ban ... The embargo began in 2014").
const STATE_ACTS = new Set(['SANCTION'])
const STATE_TYPES = new Set(['GPE', 'ORG'])
const STATE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'IGO'])

/**
 * Whether `outer`, the subject of the sentence before, is the doer of `event`, whose own sentence
 * `view` names none. ("North Korea tested a weapon. 'I voted for every sanction against Iran,'
 * Clinton said": a sentence with a doer of its own, even a pronoun, is about that doer.)
 */
export function carriesOver(outer: OuterParticipant, event: ArticleEvent, view: SentenceView): boolean {
  if (!STATE_ACTS.has(event.type) || hasActiveSubject(view)) return false
  const c = outer.candidate
  const entity = c.mention?.mention.entity
  if (entity && entity.id === event.recipient) return false
  return entity !== undefined ? STATE_TYPES.has(entity.type) : STATE_SECTORS.has(c.agent ?? '')
}

// Whether the main clause of `view` has an active subject that is a pronoun or a name.
function hasActiveSubject(view: SentenceView): boolean {
  const syn = view.syntax
  if (!syn) return false
  const root = syn.findIndex((t) => t.deprel === 'root')
  return syn.some((t, k) => t.head === root && t.deprel === 'nsubj' && (t.upos === 'PRON' || t.upos === 'PROPN' || view.entityType[k] != null))
}
