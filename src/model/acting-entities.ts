/**
 * The entity types that name someone who can act or speak: a person, an organization, a place
 * standing for its government ("Russia extended its ban"), a group ("Palestinians protested").
 * Events take their carried-over doers from them and quotes their named speakers, so both steps
 * read one list.
 */
import type { EntityType } from './article.js'

/** Entity types that name an actor or a speaker (PERSON, ORG, GPE, NORP). */
export const ACTING_ENTITY_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP'])

/** Whether an entity of type `type` names someone who can act or speak. */
export function isActingEntityType(type: EntityType): boolean {
  return ACTING_ENTITY_TYPES.has(type)
}
