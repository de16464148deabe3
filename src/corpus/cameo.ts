/**
 * PLOVER to CAMEO for the GDELT-style export: the CAMEO root code (two digits) each PLOVER event
 * type (and mode, where the PLOVER manual's conversion table splits a type across roots) comes
 * from, read off CAMEO2PLOVER-2021 (shared/data/nlp/plover; a test checks this table against it),
 * and a Goldstein-style weight per root (actor type codes live in `model/actor-sectors.ts`).
 */
import { ownEntry } from '../model/own-entry.js'

/** CAMEO root code of each PLOVER type: the root of its general code in the conversion table. */
const ROOT: Readonly<Record<string, string>> = {
  AGREE: '03',
  CONSULT: '04',
  SUPPORT: '05',
  COOPERATE: '06',
  AID: '07',
  CONCEDE: '08',
  RETREAT: '08',
  ACCUSE: '11',
  REQUEST: '10',
  REJECT: '12',
  THREATEN: '13',
  PROTEST: '14',
  MOBILIZE: '15',
  SANCTION: '16',
  COERCE: '17',
  ASSAULT: '18',
}

/** Another root for some modes, where the conversion table splits a type across roots. */
const MODE_ROOT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // The table maps both 09 (investigate) and 11 (disapprove) to ACCUSE.
  ACCUSE: { investigate: '09' },
  // 18 assault, 19 fight (conventional force), 20 unconventional mass violence.
  ASSAULT: { firearms: '19', explosives: '18', military: '19', artillery: '19', aerial: '19', wmd: '20', mass: '20' },
}

/**
 * Goldstein-style weights (-10 conflict .. +10 cooperation) of the CAMEO roots: the Goldstein
 * (1992) score of each root's general code as GDELT uses it.
 */
export const GOLDSTEIN_BY_ROOT: Readonly<Record<string, number>> = {
  '01': 0,
  '02': 3,
  '03': 4,
  '04': 1,
  '05': 3.5,
  '06': 6,
  '07': 7,
  '08': 5,
  '09': -2,
  '10': -5,
  '11': -2,
  '12': -4,
  '13': -4.4,
  '14': -6.5,
  '15': -7.2,
  '16': -4,
  '17': -7,
  '18': -9,
  '19': -10,
  '20': -10,
}

/** CAMEO root code of a PLOVER event, or null for a type PLOVER does not define. */
export function cameoRoot(type: string, mode?: string | null): string | null {
  const key = type.toUpperCase()
  const root = ownEntry(ROOT, key)
  if (!root) return null
  return (mode ? ownEntry(MODE_ROOT[key] ?? {}, mode.toLowerCase()) : undefined) ?? root
}

/** Goldstein-style weight of a PLOVER event (from its CAMEO root), or null. */
export function goldstein(type: string, mode?: string | null): number | null {
  const root = cameoRoot(type, mode)
  return root ? (ownEntry(GOLDSTEIN_BY_ROOT, root) ?? null) : null
}

/** Every PLOVER type the table knows, with its default root (for the conformance test). */
export function cameoRoots(): ReadonlyArray<{ type: string; root: string; modes: Record<string, string> }> {
  return Object.entries(ROOT).map(([type, root]) => ({ type, root, modes: { ...MODE_ROOT[type] } }))
}
