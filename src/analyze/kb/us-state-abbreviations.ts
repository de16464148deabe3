/**
 * The abbreviations AP style writes for US states after a city or in a party label ("Orlando,
 * Fla.", "R-Calif."): a fact of the style, not a list fitted to any text. The eight states AP
 * never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are absent.
 */
import { ownEntry } from '../../model/own-entry.js'

const AP_STATES: Readonly<Record<string, string>> = {
  ala: 'Alabama',
  ariz: 'Arizona',
  ark: 'Arkansas',
  calif: 'California',
  colo: 'Colorado',
  conn: 'Connecticut',
  del: 'Delaware',
  fla: 'Florida',
  ga: 'Georgia',
  ill: 'Illinois',
  ind: 'Indiana',
  kan: 'Kansas',
  ky: 'Kentucky',
  la: 'Louisiana',
  md: 'Maryland',
  mass: 'Massachusetts',
  mich: 'Michigan',
  minn: 'Minnesota',
  miss: 'Mississippi',
  mo: 'Missouri',
  mont: 'Montana',
  neb: 'Nebraska',
  nev: 'Nevada',
  nh: 'New Hampshire',
  nj: 'New Jersey',
  nm: 'New Mexico',
  ny: 'New York',
  nc: 'North Carolina',
  nd: 'North Dakota',
  okla: 'Oklahoma',
  ore: 'Oregon',
  pa: 'Pennsylvania',
  ri: 'Rhode Island',
  sc: 'South Carolina',
  sd: 'South Dakota',
  tenn: 'Tennessee',
  vt: 'Vermont',
  va: 'Virginia',
  wash: 'Washington',
  wva: 'West Virginia',
  wis: 'Wisconsin',
  wyo: 'Wyoming',
}

/**
 * The state an AP abbreviation stands for ("Calif", "Calif.", "N.J." -> California, New Jersey),
 * case as written: "Calif" and "N.J." are abbreviations, "calif" and "MASS" are not.
 */
export function apStateName(written: string): string | undefined {
  const bare = written.replace(/\.$/, '')
  // AP writes each abbreviation capitalized, with points after the initials of two-word states.
  if (!AP_FORM.test(bare)) return undefined
  return ownEntry(AP_STATES, bare.replace(/\./g, '').toLowerCase())
}

// "Calif", "N.J", "W.Va" (a final point already taken off).
const AP_FORM = /^(?:\p{Lu}\p{Ll}+|\p{Lu}\.\p{Lu}|\p{Lu}\.\p{Lu}\p{Ll}+)$/u
