/**
 * Reads the Wikipedia Current Events Portal (as daily Markdown pages mirrored by github
 * fordred/wikinews; text CC BY-SA 4.0, Wikipedia contributors) as topic examples: every dated
 * news item, labelled with the portal section it is filed under. Items are split by day, the
 * latest days held out (test: last 15%, dev: the 10% before), so test news is newer than any
 * training news. Staged by scripts/data/stage-topic-sets.sh.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IPTC_TOP_LEVEL } from '../../src/model/topic-taxonomy.js'
import { topicSource, type Split, type TopicExample, type TopicSource } from './topic-example.js'

const ARTS = 'medtop:01000000'
const CRIME = 'medtop:02000000'
const DISASTER = 'medtop:03000000'
const ECONOMY = 'medtop:04000000'
const EDUCATION = 'medtop:05000000'
const ENVIRONMENT = 'medtop:06000000'
const HEALTH = 'medtop:07000000'
const HUMAN = 'medtop:08000000'
const LABOUR = 'medtop:09000000'
const LIFESTYLE = 'medtop:10000000'
const POLITICS = 'medtop:11000000'
const RELIGION = 'medtop:12000000'
const SCIENCE = 'medtop:13000000'
const SOCIETY = 'medtop:14000000'
const SPORT = 'medtop:15000000'
const CONFLICT = 'medtop:16000000'
const WEATHER = 'medtop:17000000'

/** Portal section (lower-cased) to [IPTC codes, codes left open]. */
export const WCEP_TO_IPTC: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  'armed conflicts and attacks': [[CONFLICT], [CRIME]],
  'attacks and armed conflicts': [[CONFLICT], [CRIME]],
  'arts and culture': [[ARTS], [LIFESTYLE, RELIGION, HUMAN, SOCIETY]],
  'business and economy': [[ECONOMY], [LABOUR, LIFESTYLE, SCIENCE]],
  'business and econony': [[ECONOMY], [LABOUR, LIFESTYLE, SCIENCE]],
  'disasters and accidents': [[DISASTER], [WEATHER, ENVIRONMENT]],
  'disaster and accidents': [[DISASTER], [WEATHER, ENVIRONMENT]],
  'disasters and incidents': [[DISASTER], [WEATHER, ENVIRONMENT]],
  // One section for both: each item is one or the other.
  'health and environment': [[], [HEALTH, ENVIRONMENT]],
  'international relations': [[POLITICS], [CONFLICT, ECONOMY]],
  'law and crime': [[CRIME], [SOCIETY, POLITICS]],
  'politics and elections': [[POLITICS], [SOCIETY, EDUCATION, RELIGION, LABOUR]],
  'science and technology': [[SCIENCE], [HEALTH, ENVIRONMENT]],
  sports: [[SPORT], []],
}

// The portal's sections are meant to hold every day's news, so a section is evidence against
// every topic it neither names nor leaves open.
const LABELS = Object.keys(IPTC_TOP_LEVEL)

/** All items of the day pages in `dir` (`YYYY-MM-DD-index.md`). */
export function readWcep(dir: string): TopicSource {
  const days = readdirSync(dir)
    .filter((f) => /^\d{4}-\d\d-\d\d-index\.md$/.test(f))
    .sort()
  const testFrom = Math.floor(days.length * 0.85)
  const devFrom = Math.floor(days.length * 0.75)
  const items: TopicExample[] = []
  days.forEach((day, d) => {
    const split: Split = d >= testFrom ? 'test' : d >= devFrom ? 'dev' : 'train'
    let section: readonly [readonly string[], readonly string[]] | undefined
    for (const line of readFileSync(join(dir, day), 'utf8').split('\n')) {
      const heading = /^#### (.+)$/.exec(line)
      if (heading) {
        section = WCEP_TO_IPTC[heading[1]!.trim().toLowerCase()]
        continue
      }
      const bullet = /^\s*\* (.+)$/.exec(line)
      if (!bullet || !section) continue
      // Story headings are bullets that are only links; news items are sentences.
      const text = plainText(bullet[1]!)
      const ownWords = bullet[1]!
        .replace(/\[[^\]]*\]\([^)]*\)/g, '')
        .trim()
        .split(/\s+/).length
      if (ownWords < 3 || text.length < 40) continue
      items.push({ source: 'wcep', split, title: '', text, positives: section[0], unknown: section[1] })
    }
  })
  return topicSource('wcep', 'Wikipedia Current Events Portal items', LABELS, items)
}

// "[text](url "title")" reads as "text"; the trailing "[(*Source*)](url)" citations go.
function plainText(markdown: string): string {
  return markdown
    .replace(/\[\(\*[^\]]*\*\)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}
