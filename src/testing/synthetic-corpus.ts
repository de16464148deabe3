/**
 * A reproducible corpus of small news pages for the distributed tests and benchmark: stories
 * reported by several outlets as originals, word-for-word copies, rewrites and independent
 * reports, with the awkward cases a real crawl has (one page fetched twice, one text under
 * two URLs). Same seed, same bytes, so two runs can be compared page for page.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { seededRandom } from '../corpus/seeded-shuffle.js'

/** Leaders: name | country | nationality | title, one a line (a table, not code). */
const PEOPLE: ReadonlyArray<readonly [string, string, string, string]> = `
  Kim Jong Un|North Korea|North Korean|leader
  Vladimir Putin|Russia|Russian|President
  Yoon Suk Yeol|South Korea|South Korean|President
  Xi Jinping|China|Chinese|President
  Narendra Modi|India|Indian|Prime Minister
  Olaf Scholz|Germany|German|Chancellor
  Emmanuel Macron|France|French|President
  Luiz Inacio Lula da Silva|Brazil|Brazilian|President
  Gabriel Boric|Chile|Chilean|President
  Javier Milei|Argentina|Argentine|President
  Fumio Kishida|Japan|Japanese|Prime Minister
  Recep Tayyip Erdogan|Turkey|Turkish|President
`
  .trim()
  .split('\n')
  .map((line) => line.trim().split('|') as [string, string, string, string])
const CITIES = ['Seoul', 'Moscow', 'Beijing', 'New Delhi', 'Berlin', 'Paris', 'Brasilia', 'Santiago', 'Buenos Aires', 'Tokyo', 'Ankara', 'Geneva']
const TOPICS = [
  ['a trade agreement', 'tariffs on steel and grain', 'signed'],
  ['military cooperation', 'joint naval exercises', 'announced'],
  ['a climate pact', 'cuts to coal power', 'agreed'],
  ['an energy deal', 'a new gas pipeline', 'approved'],
  ['a border dispute', 'troop withdrawals from the frontier', 'discussed'],
  ['a space program', 'a shared satellite launch', 'unveiled'],
  ['food security', 'wheat shipments to ports', 'pledged'],
  ['a debt package', 'loans worth 4 billion dollars', 'negotiated'],
] as const
const OUTLETS = [
  'daily-ledger.example',
  'coastal-times.example',
  'north-herald.example',
  'capital-wire.example',
  'river-post.example',
  'summit-news.example',
  'harbor-gazette.example',
  'plains-courier.example',
  'metro-observer.example',
  'valley-tribune.example',
]
const ANALYSTS = ['Park Min-jun', 'Elena Sokolova', 'Ravi Mehta', 'Claire Dubois', 'Tomas Rivera', 'Aiko Tanaka']

/** One generated page: its file name and bytes. */
export interface SyntheticPage {
  readonly file: string
  readonly html: string
}

function page(outlet: string, slug: string, title: string, date: string, paragraphs: readonly string[]): string {
  const url = `https://${outlet}/world/${slug}`
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet}</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>${title}</h1><p class="byline">By Staff Reporter</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><aside class="related"><h3>Related</h3><a href="/x">More world news</a></aside>
<footer>Copyright ${outlet}. All rights reserved.</footer></body></html>`
}

/** Pages of `count` documents (about ten per story), in a fixed order. */
export function syntheticPages(count: number, seed = 7): SyntheticPage[] {
  const rnd = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!
  const pages: SyntheticPage[] = []
  for (let story = 0; pages.length < count; story++) {
    const a = pick(PEOPLE)
    let b = pick(PEOPLE)
    if (b === a) b = PEOPLE[(PEOPLE.indexOf(a) + 1) % PEOPLE.length]!
    const [topic, detail, verb] = pick(TOPICS)
    // A made-up project name per story, so stories on one topic are still told apart.
    const syllables = ['ka', 'ro', 'vel', 'min', 'tas', 'lor', 'ben', 'zu', 'dar', 'eph', 'qui', 'sol']
    const codename = `${pick(syllables)}${pick(syllables)}${pick(syllables)}`.replace(/^./, (c) => c.toUpperCase())
    const city = pick(CITIES)
    const analyst = pick(ANALYSTS)
    const day = 1 + (story % 27)
    const month = 1 + (Math.floor(story / 27) % 12)
    const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    const count2 = 10 + Math.floor(rnd() * 40)
    const lede = `${city} - ${a[2]} ${a[3]} ${a[0]} and ${b[2]} ${b[3]} ${b[0]} ${verb} ${topic} on ${date}, covering ${detail} under the ${codename} plan, officials said.`
    const quote = `"This is a turning point for ${a[1]} and ${b[1]}," ${a[0]} told reporters after the talks with ${count2} delegates.`
    const analysis = `${analyst}, an analyst in ${city}, said the move by ${a[1]} would test relations with ${b[1]} over the coming months.`
    const background = `${b[0]} is expected to visit ${a[1]} later this year, according to the foreign ministry of ${b[1]}.`
    const title = `${a[1]} and ${b[1]} ${verb} ${topic} in ${codename} plan`
    const members = 6 + Math.floor(rnd() * 8)
    const origin = pick(OUTLETS)
    for (let i = 0; i < members && pages.length < count; i++) {
      const outlet = i === 0 ? origin : OUTLETS[(OUTLETS.indexOf(origin) + i) % OUTLETS.length]!
      const slug = `story-${story}-${i}`
      const kind = i === 0 ? 'origin' : rnd() < 0.3 ? 'copy' : rnd() < 0.6 ? 'rewrite' : 'independent'
      const paragraphs =
        kind === 'origin' || kind === 'copy'
          ? [lede, quote, analysis, background]
          : kind === 'rewrite'
            ? [`${a[0]} and ${b[0]} ${verb} ${topic} in ${city}, covering ${detail} in the ${codename} plan.`, quote, `Officials in ${b[1]} confirmed the plan on ${date}.`, analysis]
            : [
                `Leaders of ${a[1]} and ${b[1]} met in ${city} to discuss ${topic} and the ${codename} plan.`,
                `The ${b[2]} side said talks on ${detail} went well.`,
                `${analyst} called it a modest step.`,
              ]
      pages.push({ file: `p${String(pages.length).padStart(5, '0')}-${outlet}-${slug}.html`, html: page(outlet, slug, kind === 'copy' ? title : `${title}: ${kind} report`, date, paragraphs) })
      // A crawler that fetched the same page twice under two names.
      if (rnd() < 0.02 && pages.length < count) pages.push({ file: `p${String(pages.length).padStart(5, '0')}-refetch-${slug}.html`, html: pages[pages.length - 1]!.html })
    }
  }
  return pages
}

/** Writes the pages into `dir` (created); returns their paths in order. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true })
  return syntheticPages(count, seed).map((p) => {
    const path = join(dir, p.file)
    writeFileSync(path, p.html)
    return path
  })
}
