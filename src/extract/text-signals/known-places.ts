/**
 * Place names a colon dateline may open with ("NEW DELHI: ..."). Headline kickers use the same
 * shape ("WATCH:", "LETTERS:", "EPL:"), so a colon dateline is only believed when it names a
 * country, a capital or one of the large cities news is filed from. Loaded on first use.
 */
import { createRequire } from 'node:module'

interface Country {
  readonly name: { readonly common: string; readonly official: string }
  readonly capital?: readonly string[]
}

/** Large non-capital cities that wire and national outlets file from. */
const CITIES: readonly string[] = [
  'mumbai',
  'kolkata',
  'chennai',
  'bengaluru',
  'bangalore',
  'hyderabad',
  'ahmedabad',
  'pune',
  'lucknow',
  'jaipur',
  'patna',
  'srinagar',
  'jammu',
  'chandigarh',
  'guwahati',
  'bhopal',
  'kochi',
  'thiruvananthapuram',
  'karachi',
  'lahore',
  'peshawar',
  'rawalpindi',
  'chittagong',
  'lagos',
  'kano',
  'ibadan',
  'port harcourt',
  'johannesburg',
  'durban',
  'cape town',
  'mombasa',
  'alexandria',
  'casablanca',
  'new york',
  'los angeles',
  'chicago',
  'houston',
  'san francisco',
  'miami',
  'boston',
  'seattle',
  'sydney',
  'melbourne',
  'brisbane',
  'perth',
  'auckland',
  'toronto',
  'montreal',
  'vancouver',
  'dubai',
  'jeddah',
  'istanbul',
  'shanghai',
  'guangzhou',
  'shenzhen',
  'hong kong',
  'osaka',
  'busan',
  'geneva',
  'zurich',
  'frankfurt',
  'munich',
  'hamburg',
  'milan',
  'barcelona',
  'marseille',
  'lyon',
  'st petersburg',
  'rio de janeiro',
  'sao paulo',
  'são paulo',
]

let places: ReadonlySet<string> | null = null

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url)
  const countries = require('world-countries') as Country[]
  const set = new Set<string>(CITIES)
  for (const c of countries) {
    set.add(c.name.common.toLowerCase())
    for (const capital of c.capital ?? []) set.add(capital.toLowerCase())
  }
  return set
}

/** True when the name is a country, a capital or a large news city (any case). */
export function isKnownPlace(name: string): boolean {
  places ??= load()
  return places.has(name.trim().toLowerCase().replace(/\s+/g, ' '))
}
