/**
 * The societal sector of a person or organization (PLOVER's actor sectors, in words:
 * government, military, legislature, judiciary, police, education, media, business, party),
 * read from the titles the article gives a person ("President", "General", "Professor") and
 * from an organization's head word ("Ministry", "Army", "University").
 */
import type { EntityType } from '../../model/article.js'
import type { Token } from '../tokens/tokenize.js'
import type { MentionGroup } from './coreference.js'
import { ownEntry } from '../../model/own-entry.js'

const TITLE_SECTORS: Readonly<Record<string, string>> = {
  president: 'government',
  leader: 'government',
  minister: 'government',
  premier: 'government',
  chancellor: 'government',
  secretary: 'government',
  aide: 'government',
  spokesman: 'government',
  spokeswoman: 'government',
  spokesperson: 'government',
  ambassador: 'government',
  envoy: 'government',
  diplomat: 'government',
  governor: 'government',
  gov: 'government',
  mayor: 'government',
  official: 'government',
  king: 'government',
  queen: 'government',
  emperor: 'government',
  emir: 'government',
  sheikh: 'government',
  senator: 'legislature',
  sen: 'legislature',
  lawmaker: 'legislature',
  congressman: 'legislature',
  congresswoman: 'legislature',
  representative: 'legislature',
  rep: 'legislature',
  speaker: 'legislature',
  general: 'military',
  gen: 'military',
  colonel: 'military',
  col: 'military',
  admiral: 'military',
  commander: 'military',
  marshal: 'military',
  captain: 'military',
  sergeant: 'military',
  sgt: 'military',
  lt: 'military',
  major: 'military',
  judge: 'judiciary',
  justice: 'judiciary',
  prosecutor: 'judiciary',
  professor: 'education',
  prof: 'education',
  researcher: 'education',
  fellow: 'education',
  scholar: 'education',
  lecturer: 'education',
  dean: 'education',
  correspondent: 'media',
  reporter: 'media',
  editor: 'media',
  journalist: 'media',
  ceo: 'business',
  cfo: 'business',
  chairman: 'business',
  chairwoman: 'business',
  executive: 'business',
  founder: 'business',
}

// Offices written "<noun> general" that are no military rank.
const CIVIL_GENERALS = new Set(['secretary', 'attorney', 'solicitor', 'surgeon', 'inspector', 'director', 'governor', 'postmaster', 'consul', 'auditor', 'accountant', 'registrar', 'procurator'])

const HEAD_SECTORS: Readonly<Record<string, string>> = {
  ministry: 'government',
  commission: 'government',
  government: 'government',
  cabinet: 'government',
  administration: 'government',
  kremlin: 'government',
  presidency: 'government',
  politburo: 'government',
  army: 'military',
  navy: 'military',
  forces: 'military',
  force: 'military',
  corps: 'military',
  brigade: 'military',
  regiment: 'military',
  battalion: 'military',
  fleet: 'military',
  command: 'military',
  guard: 'military',
  police: 'police',
  court: 'judiciary',
  parliament: 'legislature',
  congress: 'legislature',
  senate: 'legislature',
  assembly: 'legislature',
  duma: 'legislature',
  university: 'education',
  institute: 'education',
  academy: 'education',
  school: 'education',
  college: 'education',
  news: 'media',
  times: 'media',
  press: 'media',
  media: 'media',
  journal: 'media',
  herald: 'media',
  tribune: 'media',
  broadcasting: 'media',
  channel: 'media',
  daily: 'media',
  inc: 'business',
  corp: 'business',
  co: 'business',
  ltd: 'business',
  llc: 'business',
  plc: 'business',
  company: 'business',
  holdings: 'business',
  industries: 'business',
  motors: 'business',
  airlines: 'business',
  party: 'party',
}

// Well-known names whose sector the head word does not show.
const NAME_SECTORS: Readonly<Record<string, string>> = {
  'white house': 'government',
  pentagon: 'military',
  'blue house': 'government',
  'downing street': 'government',
  reuters: 'media',
  'associated press': 'media',
  afp: 'media',
  kcna: 'media',
  tass: 'media',
  yonhap: 'media',
  xinhua: 'media',
  bbc: 'media',
  cnn: 'media',
  'rodong sinmun': 'media',
  cia: 'intelligence',
  fbi: 'police',
  fsb: 'intelligence',
}

/** The sector of a person or organization group, or undefined when nothing shows it. */
export function sectorOf(type: EntityType, group: MentionGroup, tokens: readonly Token[], name: string): string | undefined {
  if (type === 'ORG') {
    const words = name.toLowerCase().replace(/\./g, '').split(/\s+/)
    const known = ownEntry(NAME_SECTORS, words.join(' '))
    if (known) return known
    for (let i = words.length - 1; i >= 0; i--) {
      const sector = ownEntry(HEAD_SECTORS, words[i]!)
      if (sector) return sector
    }
    return undefined
  }
  if (type !== 'PERSON') return undefined
  // The title closest to any of the person's names ("North Korean leader", "Professor").
  for (const m of group.mentions) {
    if (m.kind !== 'name' && m.kind !== 'short') continue
    for (let i = m.tokenStart - 1; i >= 0 && i >= m.tokenStart - 3; i--) {
      const sector = officeSector(tokens, i)
      if (sector) return sector
    }
    // ("Vivek Ramaswamy, and Sen. Tim Scott" lists the next person.)
    if (tokens[m.tokenEnd]?.text === ',' && !/^(?:and|or)$/i.test(tokens[m.tokenEnd + 1]?.text ?? '')) {
      // An appositive: "Yury Ushakov, a presidential aide".
      for (let i = m.tokenEnd + 2; i < m.tokenEnd + 6 && i < tokens.length; i++) {
        const sector = officeSector(tokens, i)
        if (sector) return sector
        if (/^[,.;]$/.test(tokens[i]!.text)) break
      }
    }
  }
  return undefined
}

/**
 * The sector of a title word at `i`; an office "of" a body takes the body's sector: "inspector
 * general of police" is police, "secretary of the navy" military, whatever "general" alone is.
 */
function officeSector(tokens: readonly Token[], i: number): string | undefined {
  const word = tokens[i]!.text.toLowerCase().replace(/\.$/, '')
  // "Secretary-General", "attorney general", "director general": a civil office, not an army rank.
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1]
  const civil = /-general$/.test(word) || (word === 'general' && CIVIL_GENERALS.has(before?.text.toLowerCase() ?? ''))
  const sector = civil ? 'government' : ownEntry(TITLE_SECTORS, word)
  if (!sector || tokens[i + 1]?.text.toLowerCase() !== 'of') return sector
  const j = tokens[i + 2]?.text.toLowerCase() === 'the' ? i + 3 : i + 2
  return ownEntry(HEAD_SECTORS, tokens[j]?.text.toLowerCase() ?? '') ?? sector
}
