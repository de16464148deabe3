/**
 * PLOVER to CAMEO for the GDELT-style export: the CAMEO root code (two digits) each PLOVER event
 * type (and mode, where the PLOVER manual's conversion table splits a type across roots) comes
 * from, read off CAMEO2PLOVER-2021 (shared/data/nlp/plover; a test checks this table against it),
 * a Goldstein-style weight per root, and CAMEO actor type codes for PLOVER sectors.
 */

/** CAMEO root code of a PLOVER type; `modes` picks another root for some modes. */
const ROOT: Record<string, { root: string; modes?: Record<string, string> }> = {
  AGREE: { root: '03' },
  CONSULT: { root: '04' },
  SUPPORT: { root: '05' },
  COOPERATE: { root: '06' },
  AID: { root: '07' },
  CONCEDE: { root: '08' },
  RETREAT: { root: '08' },
  // The table maps both 09 (investigate) and 11 (disapprove) to ACCUSE.
  ACCUSE: { root: '11', modes: { investigate: '09' } },
  REQUEST: { root: '10' },
  REJECT: { root: '12' },
  THREATEN: { root: '13' },
  PROTEST: { root: '14' },
  MOBILIZE: { root: '15' },
  SANCTION: { root: '16' },
  COERCE: { root: '17' },
  // 18 assault, 19 fight (conventional force), 20 unconventional mass violence.
  ASSAULT: { root: '18', modes: { firearms: '19', explosives: '18', military: '19', artillery: '19', aerial: '19', wmd: '20', mass: '20' } },
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
  const entry = ROOT[type.toUpperCase()]
  if (!entry) return null
  return (mode ? entry.modes?.[mode.toLowerCase()] : undefined) ?? entry.root
}

/** Goldstein-style weight of a PLOVER event (from its CAMEO root), or null. */
export function goldstein(type: string, mode?: string | null): number | null {
  const root = cameoRoot(type, mode)
  return root ? (GOLDSTEIN_BY_ROOT[root] ?? null) : null
}

/** Every PLOVER type the table knows, with its default root (for the conformance test). */
export function cameoRoots(): ReadonlyArray<{ type: string; root: string; modes: Record<string, string> }> {
  return Object.entries(ROOT).map(([type, e]) => ({ type, root: e.root, modes: e.modes ?? {} }))
}

/** CAMEO actor type codes of the PLOVER sectors newsgraph assigns. */
const SECTOR_CODE: Record<string, string> = {
  government: 'GOV',
  military: 'MIL',
  police: 'COP',
  judiciary: 'JUD',
  legislature: 'LEG',
  opposition: 'OPP',
  rebel: 'REB',
  rebels: 'REB',
  insurgent: 'INS',
  business: 'BUS',
  media: 'MED',
  education: 'EDU',
  civilian: 'CVL',
  igo: 'IGO',
  ngo: 'NGO',
  party: 'PTY',
  religion: 'REL',
  labor: 'LAB',
  refugee: 'REF',
  health: 'HLH',
  criminal: 'CRM',
}

/** CAMEO actor type code of a sector, or '' when there is none. */
export function sectorCode(sector: string | null | undefined): string {
  // The events step writes CAMEO sector codes (GOV, MIL, COP...); entities write sector names.
  if (sector && /^[A-Z]{3}$/.test(sector)) return sector
  return sector ? (SECTOR_CODE[sector.toLowerCase()] ?? '') : ''
}
