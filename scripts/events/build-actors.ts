/**
 * Builds `models/events/actors.json.gz`, the actor dictionary of actor coding, from the Phoenix
 * dictionaries staged in `../shared/data/kb/actors` (openeventdata/petrarch2 @ 676801cd, MIT,
 * Open Event Data Alliance): named actors with their dated CAMEO codes, generic agent nouns with
 * their sector, the non-ISO CAMEO country codes; plus the seats of government news uses for
 * governments ("the Kremlin"), written here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { ActorDictionary } from '../../src/analyze/events/actor-dictionary.js'

interface ActorRecord {
  readonly names: readonly string[]
  readonly codes: ReadonlyArray<{ readonly code: string; readonly from?: string; readonly to?: string }>
  readonly kind: string | null
}

interface AgentRecord {
  readonly variants: readonly string[]
  readonly plural: string | null
  readonly sector: string | null
  readonly code: string
}

// Seats and institutions that stand for an actor. Capitals are handled from the gazetteer.
const METONYMS: Readonly<Record<string, string>> = {
  kremlin: 'RUSGOV',
  'white house': 'USAGOV',
  pentagon: 'USAMIL',
  'state department': 'USAGOV',
  'capitol hill': 'USALEG',
  'foggy bottom': 'USAGOV',
  'downing street': 'GBRGOV',
  whitehall: 'GBRGOV',
  'number 10': 'GBRGOV',
  elysee: 'FRAGOV',
  élysée: 'FRAGOV',
  "quai d'orsay": 'FRAGOV',
  'blue house': 'KORGOV',
  yongsan: 'KORGOV',
  zhongnanhai: 'CHNGOV',
  'great hall of the people': 'CHNGOV',
  kantei: 'JPNGOV',
  chancellery: 'DEUGOV',
  bundestag: 'DEULEG',
  knesset: 'ISRLEG',
  duma: 'RUSLEG',
  'state duma': 'RUSLEG',
  rada: 'UKRLEG',
  'verkhovna rada': 'UKRLEG',
  majlis: 'IRNLEG',
  porte: 'TURGOV',
  quirinale: 'ITAGOV',
  'palazzo chigi': 'ITAGOV',
  moncloa: 'ESPGOV',
  planalto: 'BRAGOV',
  'casa rosada': 'ARGGOV',
  'los pinos': 'MEXGOV',
  'rashtrapati bhavan': 'INDGOV',
  'south block': 'INDGOV',
  bankova: 'UKRGOV',
  'the hill': 'USALEG',
}

function pluralOf(word: string): string {
  if (/(s|sh|ch|x|z)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/man$/.test(word)) return `${word.slice(0, -3)}men`
  return `${word}s`
}

/** Compiles the dictionary from the staged KB folder. */
export function buildActorDictionary(kbActors: string): ActorDictionary {
  const actors: Record<string, string> = {}
  for (const line of gunzipSync(readFileSync(join(kbActors, 'cameo-actors.jsonl.gz')))
    .toString('utf8')
    .split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line) as ActorRecord
    if (r.codes.length === 0) continue
    const codes = r.codes.map((c) => `${c.code}${c.from ? `>${c.from}` : ''}${c.to ? `<${c.to}` : ''}`).join(' ')
    for (const raw of r.names) {
      const name = raw.toLowerCase().replace(/\s+/g, ' ').trim()
      // The first block to name a person or place wins; later homonyms are usually rarer.
      if (name.length < 2 || name in actors) continue
      actors[name] = codes
    }
  }
  const agents: Record<string, string> = {}
  for (const line of readFileSync(join(kbActors, 'cameo-agents.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const a = JSON.parse(line) as AgentRecord
    const sector = a.sector ?? a.code.replace(/^~/, '').slice(0, 3)
    if (!/^[A-Z]{3}$/.test(sector)) continue
    for (const v of a.variants) {
      const base = v.toLowerCase().replace(/[_~]/g, ' ').replace(/\s+/g, ' ').trim()
      if (!base || base in agents) continue
      agents[base] = sector
      const plural = a.plural === null ? pluralOf(base) : a.plural ? a.plural.toLowerCase() : null
      if (plural && !(plural in agents)) agents[plural] = sector
    }
  }
  const iso: Record<string, string> = {}
  const nonCountries: string[] = []
  for (const line of readFileSync(join(kbActors, 'cameo-codes.tsv'), 'utf8').split('\n').slice(1)) {
    const [code, kind, , iso3] = line.split('\t')
    if (!code) continue
    if (kind?.startsWith('country') && iso3) iso[code] = iso3.trim()
    else if (kind === 'region' && iso3?.trim()) iso[code] = iso3.trim()
    else if (kind === 'region' || kind === 'organization-type') nonCountries.push(code)
  }
  return {
    about: 'Phoenix actor and agent dictionaries (openeventdata/petrarch2 @ 676801cd, MIT, Open Event Data Alliance) as staged in shared/data/kb/actors; metonyms written for newsgraph.',
    actors,
    agents,
    iso,
    nonCountries,
    metonyms: METONYMS,
  }
}

/** Gzipped JSON of the dictionary. */
export function encodeActorDictionary(d: ActorDictionary): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(d)), { level: 9 })
}
