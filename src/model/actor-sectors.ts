/**
 * CAMEO actor type codes of the sectors newsgraph writes. The entity step names a person's or
 * organization's sector in words ("government", "police"); the event step codes actors with the
 * CAMEO code ("GOV", "COP"); the exports write the code. One table, so an entity sector the event
 * coder knows is never missing from the GDELT-style export (and the reverse).
 */
import { ownEntry } from './own-entry.js'

const SECTOR_CODE: Readonly<Record<string, string>> = {
  government: 'GOV',
  military: 'MIL',
  police: 'COP',
  intelligence: 'SPY',
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

/** CAMEO actor type code of a sector word or code ("police" or "COP" → "COP"), or null when there is none. */
export function sectorCode(sector: string | null | undefined): string | null {
  if (!sector) return null
  // Codes pass through: the event step already writes them.
  if (/^[A-Z]{3}$/.test(sector)) return sector
  return ownEntry(SECTOR_CODE, sector.toLowerCase()) ?? null
}
