/**
 * Reads the HuffPost News Category set (Rishabh Misra, 2018/2022; CC BY 4.0) as topic examples:
 * the 10,000 newest items of version 3 (headline + short description, 2018-2022) and the 36,900
 * lower-cased headlines of its 2012-2018 version that github swufe-NiceLab-GeoText/KFNpro balanced
 * to 900 per section. Staged by scripts/data/stage-topic-sets.sh. HuffPost's sections map to IPTC
 * top-level topics below; sections that mix topics (World News, U.S. News, the identity "Voices"
 * sections, Impact, Women, Fifty) are left out rather than given a forced topic.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IPTC_TOP_LEVEL } from '../../src/model/topic-taxonomy.js'
import { hashSplit, textKey, topicSource, type TopicExample, type TopicSource } from './topic-example.js'

const ARTS = 'medtop:01000000'
const CRIME = 'medtop:02000000'
const ECONOMY = 'medtop:04000000'
const EDUCATION = 'medtop:05000000'
const ENVIRONMENT = 'medtop:06000000'
const HEALTH = 'medtop:07000000'
const HUMAN = 'medtop:08000000'
const LIFESTYLE = 'medtop:10000000'
const POLITICS = 'medtop:11000000'
const RELIGION = 'medtop:12000000'
const SCIENCE = 'medtop:13000000'
const SOCIETY = 'medtop:14000000'
const SPORT = 'medtop:15000000'
const DISASTER = 'medtop:03000000'
const CONFLICT = 'medtop:16000000'

/** Section (upper-cased) to [IPTC code, codes the section leaves open]. */
export const HUFFPOST_TO_IPTC: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  ARTS: [ARTS, []],
  'ARTS & CULTURE': [ARTS, []],
  'CULTURE & ARTS': [ARTS, []],
  ENTERTAINMENT: [ARTS, []],
  COMEDY: [ARTS, []],
  MEDIA: [ARTS, []],
  // A shooting or a fire may be filed under crime.
  CRIME: [CRIME, [DISASTER, CONFLICT]],
  BUSINESS: [ECONOMY, []],
  MONEY: [ECONOMY, [LIFESTYLE]],
  EDUCATION: [EDUCATION, []],
  COLLEGE: [EDUCATION, []],
  GREEN: [ENVIRONMENT, [DISASTER]],
  ENVIRONMENT: [ENVIRONMENT, [DISASTER]],
  // Wellness pieces sit between health and lifestyle in IPTC; lifestyle is left open.
  WELLNESS: [HEALTH, [LIFESTYLE]],
  'HEALTHY LIVING': [HEALTH, [LIFESTYLE]],
  'WEIRD NEWS': [HUMAN, [CRIME, DISASTER]],
  'GOOD NEWS': [HUMAN, []],
  TRAVEL: [LIFESTYLE, []],
  'STYLE & BEAUTY': [LIFESTYLE, []],
  STYLE: [LIFESTYLE, []],
  'FOOD & DRINK': [LIFESTYLE, []],
  TASTE: [LIFESTYLE, []],
  'HOME & LIVING': [LIFESTYLE, []],
  // War news is filed under World News (left out), but politics pieces speak of wars too.
  POLITICS: [POLITICS, [CONFLICT, CRIME]],
  RELIGION: [RELIGION, []],
  SCIENCE: [SCIENCE, []],
  TECH: [SCIENCE, []],
  // Family life is "society" in IPTC; much of it reads as lifestyle, which is left open.
  PARENTING: [SOCIETY, [LIFESTYLE]],
  PARENTS: [SOCIETY, [LIFESTYLE]],
  WEDDINGS: [SOCIETY, [LIFESTYLE]],
  DIVORCE: [SOCIETY, [LIFESTYLE]],
  SPORTS: [SPORT, []],
}

// The sections cover every story HuffPost files (mixed ones are left out above), so a section is
// evidence against every topic it does not name or leave open: a food piece is not war news.
const LABELS = Object.keys(IPTC_TOP_LEVEL)

/** Both HuffPost files of `dir`; the split is a stable hash of the headline, shared by both files. */
export function readHuffPost(dir: string, headlinesDir: string): TopicSource {
  const items: TopicExample[] = []
  const seen = new Set<string>()
  const add = (section: string, title: string, text: string): void => {
    const mapped = HUFFPOST_TO_IPTC[section.toUpperCase()]
    const key = textKey(title)
    if (!mapped || !key || seen.has(key)) return
    seen.add(key)
    items.push({ source: 'huffpost', split: hashSplit(key), title, text, positives: [mapped[0]], unknown: mapped[1] })
  }
  for (const row of readJsonl(join(dir, 'news-category-v3-head.jsonl'))) add(String(row['category']), String(row['headline'] ?? ''), String(row['short_description'] ?? ''))
  for (const file of ['train.jsonl', 'valid.jsonl', 'test.jsonl']) for (const row of readJsonl(join(headlinesDir, file))) add(String(row['class_name']), untokenize(String(row['text'] ?? '')), '')
  return topicSource('huffpost', 'HuffPost News Category (2012-2022 headlines, 2018-2022 descriptions)', LABELS, items)
}

// The balanced headlines come tokenized ("trump 's tweet , again"); join clitics and punctuation
// back so they read like the other sets.
function untokenize(text: string): string {
  return text.replace(/ (n't|'s|'re|'ve|'ll|'d|'m|[,.;:!?)%])/g, '$1').replace(/([($]) /g, '$1')
}

function readJsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}
