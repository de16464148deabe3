/**
 * The PLOVER ontology as newsgraph codes it: the event types, the quad class of each and its
 * cooperation-conflict weight. Shared by the event step (coding), the corpus stage (country-pair
 * timelines, exports) and the API, so it lives in `model/` rather than in the event step.
 */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const
export type PloverType = (typeof PLOVER_TYPES)[number]

/** PLOVER quad class of each type: verbal/material cooperation or conflict. */
export const QUAD_CLASS: Record<PloverType, 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
}

/** Whether a type is said rather than done (PLOVER's verbal quad classes: a refusal, a threat, a meeting). */
export function isVerbalType(type: string): boolean {
  return (QUAD_CLASS as Record<string, string | undefined>)[type]?.startsWith('verbal') ?? false
}

/** Cooperation (+) to conflict (-) weight of each type, for country-pair scores (a Goldstein-like scale). */
export const COOPERATION_SCORE: Record<PloverType, number> = {
  AGREE: 4,
  CONSULT: 1,
  SUPPORT: 3.5,
  CONCEDE: 5,
  COOPERATE: 6,
  AID: 7,
  RETREAT: 5,
  REQUEST: -2,
  ACCUSE: -3,
  REJECT: -4,
  THREATEN: -6,
  PROTEST: -6.5,
  SANCTION: -7,
  MOBILIZE: -7.5,
  COERCE: -8.5,
  ASSAULT: -10,
}
