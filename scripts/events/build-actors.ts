/**
 * Builds `models/events/actors.json.gz`, the actor dictionary of actor coding, from the Phoenix
 * dictionaries staged in `../shared/data/kb/actors` (openeventdata/petrarch2 @ 676801cd, MIT,
 * Open Event Data Alliance): named actors with their dated CAMEO codes, generic agent nouns with
 * their sector, the non-ISO CAMEO country codes; plus the seats of government news uses for
 * governments ("the Kremlin"), written here.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
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

// People in office after the Phoenix lists end (2014), written for newsgraph from public records
// of their offices (US presidents and vice presidents as in `../shared/data/kb/people`'s
// congress-legislators table). Same code syntax as the dictionary: `CODE>from<to`, ISO dates.
// An entry replaces a stale Phoenix one ("joe biden" there is GOV from 2009 on, open-ended).
// Surnames only where news uses them alone for one person ("Trump", "Zelensky").
const LATER_ACTORS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['donald trump', 'donald j. trump', 'trump'], 'USAELI<2017-01-20 USAGOV>2017-01-20<2021-01-20 USAELI>2021-01-20<2025-01-20 USAGOV>2025-01-20'],
  [['joe biden', 'joseph biden', 'biden'], 'USALEG<2009-01-20 USAGOV>2009-01-20<2017-01-20 USAELI>2017-01-20<2021-01-20 USAGOV>2021-01-20<2025-01-20 USAELI>2025-01-20'],
  [['kamala harris'], 'USAGOV<2017-01-03 USALEG>2017-01-03<2021-01-20 USAGOV>2021-01-20<2025-01-20 USAELI>2025-01-20'],
  [['mike pence', 'pence'], 'USALEG<2013-01-14 USAGOV>2013-01-14<2021-01-20 USAELI>2021-01-20'],
  [['antony blinken', 'blinken'], 'USAGOV>2015-01-09<2017-01-20 USAELI>2017-01-20<2021-01-26 USAGOV>2021-01-26<2025-01-20 USAELI>2025-01-20'],
  [['mike pompeo', 'pompeo'], 'USALEG<2017-01-23 USASPY>2017-01-23<2018-04-26 USAGOV>2018-04-26<2021-01-20 USAELI>2021-01-20'],
  [['nikki haley', 'nikki r. haley'], 'USALEG<2011-01-12 USAGOV>2011-01-12<2018-12-31 USAELI>2018-12-31'],
  [['nancy pelosi', 'pelosi'], 'USALEG'],
  [['mitch mcconnell', 'mcconnell'], 'USALEG'],
  [['chuck schumer', 'schumer'], 'USALEG'],
  [['ron desantis', 'desantis'], 'USALEG<2019-01-08 USAGOV>2019-01-08'],
  [['volodymyr zelensky', 'volodymyr zelenskyy', 'volodymyr zelenskiy', 'zelensky', 'zelenskyy', 'zelenskiy'], 'UKRELI<2019-05-20 UKRGOV>2019-05-20'],
  [['emmanuel macron', 'macron'], 'FRAGOV>2014-08-26<2016-08-30 FRAELI>2016-08-30<2017-05-14 FRAGOV>2017-05-14'],
  [['olaf scholz', 'scholz'], 'DEUGOV>2011-03-07<2025-05-06 DEUELI>2025-05-06'],
  [['boris johnson'], 'GBRGOV>2008-05-04<2018-07-09 GBRLEG>2018-07-09<2019-07-24 GBRGOV>2019-07-24<2022-09-06 GBRELI>2022-09-06'],
  [['rishi sunak', 'sunak'], 'GBRLEG<2019-07-24 GBRGOV>2019-07-24<2024-07-05 GBROPP>2024-07-05<2024-11-02 GBRLEG>2024-11-02'],
  [['keir starmer', 'starmer'], 'GBRLEG<2020-04-04 GBROPP>2020-04-04<2024-07-05 GBRGOV>2024-07-05'],
  [['nicola sturgeon', 'sturgeon'], 'GBRGOV>2007-05-17<2023-03-28 GBRLEG>2023-03-28'],
  [['humza yousaf', 'yousaf'], 'GBRGOV>2012-09-05<2024-05-07 GBRLEG>2024-05-07'],
  [['leo varadkar', 'varadkar'], 'IRLGOV>2011-03-09<2024-04-09 IRLLEG>2024-04-09'],
  [['justin trudeau'], 'CANLEG<2013-04-14 CANOPP>2013-04-14<2015-11-04 CANGOV>2015-11-04<2025-03-14 CANELI>2025-03-14'],
  [['jair bolsonaro', 'bolsonaro'], 'BRALEG<2019-01-01 BRAGOV>2019-01-01<2023-01-01 BRAELI>2023-01-01'],
  [
    ['andres manuel lopez obrador', 'andrés manuel lópez obrador', 'lopez obrador', 'lópez obrador'],
    'MEXGOV>2000-12-05<2005-07-29 MEXOPP>2005-07-29<2018-12-01 MEXGOV>2018-12-01<2024-10-01 MEXELI>2024-10-01',
  ],
  [['kim jong un', 'kim jong-un', 'kim jong eun', 'kim jong-eun'], 'PRKGOV'],
  [['moon jae-in', 'moon jae in'], 'KORGOV>2007-03-12<2008-02-25 KOROPP>2012-04-11<2017-05-10 KORGOV>2017-05-10<2022-05-10 KORELI>2022-05-10'],
  [['yoon suk yeol', 'yoon suk-yeol'], 'KORJUD<2021-03-04 KOROPP>2021-03-04<2022-05-10 KORGOV>2022-05-10<2025-04-04 KORELI>2025-04-04'],
  [['rodrigo duterte', 'duterte'], 'PHLGOV<2022-06-30 PHLELI>2022-06-30'],
  [['mohammed bin salman', 'mohammad bin salman'], 'SAUGOV'],
  [['cyril ramaphosa', 'ramaphosa'], 'ZAFBUS<2014-05-26 ZAFGOV>2014-05-26'],
  [['ebrahim raisi', 'raisi'], 'IRNJUD<2021-08-03 IRNGOV>2021-08-03<2024-05-19'],
  [['antonio guterres', 'antónio guterres', 'guterres'], 'PRTGOV>1995-10-28<2002-04-06 IGOUNO>2005-06-15'],
  [['ursula von der leyen', 'von der leyen'], 'DEUGOV>2005-11-22<2019-07-17 IGOEUREEC>2019-12-01'],
  [['alexei navalny', 'navalny'], 'RUSOPP'],
]

// Other names of organizations the Phoenix lists code under one spelling only ("European
// Union" but not the European Community it was before 1993; the ILO as "Organization" only).
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'european community': 'european union',
  'european communities': 'european union',
  'european economic community': 'european union',
  eec: 'european union',
  'international labor office': 'international labor organization',
  'international labour office': 'international labor organization',
  ilo: 'international labor organization',
  'palestinian liberation organization': 'palestine liberation organization',
}

// British and American spellings of the words in organization names ("Israel Defence Forces").
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\borganization\b/, 'organisation'],
  [/\borganisation\b/, 'organization'],
  [/\blabor\b/, 'labour'],
  [/\blabour\b/, 'labor'],
  [/\bdefense\b/, 'defence'],
  [/\bdefence\b/, 'defense'],
  [/\bcenter\b/, 'centre'],
  [/\bcentre\b/, 'center'],
  [/\bprogram\b/, 'programme'],
  [/\bprogramme\b/, 'program'],
]

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
  for (const [name, codes] of Object.entries({ ...actors })) {
    for (const [pattern, other] of SPELLINGS) {
      const variant = name.replace(pattern, other)
      if (variant !== name && !(variant in actors)) actors[variant] = codes
    }
  }
  for (const [name, known] of Object.entries(OTHER_NAMES)) if (!(name in actors) && actors[known]) actors[name] = actors[known]
  for (const [names, codes] of LATER_ACTORS) for (const name of names) actors[name] = codes
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
    about:
      'Phoenix actor and agent dictionaries (openeventdata/petrarch2 @ 676801cd, MIT, Open Event Data Alliance) as staged in shared/data/kb/actors; metonyms and later office holders written for newsgraph.',
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

// `npx tsx scripts/events/build-actors.ts [OUT]`: rebuilds the dictionary alone (no retrain needed:
// the named actors are read only by actor coding). `npm run train:events` writes the same file.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shared = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../../shared'))
  const out = process.argv[2] ?? join(import.meta.dirname, '../../models/events/actors.json.gz')
  writeFileSync(out, encodeActorDictionary(buildActorDictionary(join(shared, 'data/kb/actors'))))
  console.log(`wrote ${out}`)
}
