/**
 * Reads the BBC News topic set (Greene & Cunningham, ICML 2006; 2,225 BBC articles of 2004-05 in
 * five sections; the train/val/test split of github LTSACH/AILearningHub) as topic examples.
 * Staged by scripts/data/stage-public-sets.sh.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IPTC_TOP_LEVEL } from '../../src/model/topic-taxonomy.js'
import { topicSource, type Split, type TopicExample, type TopicSource } from './topic-example.js'

/**
 * The IPTC code each BBC section stands for, and the topics its stories may also be (a 2005
 * politics story is often about crime, health or schools policy, or the Iraq war).
 */
export const BBC_OPEN: Readonly<Record<string, readonly string[]>> = {
  business: ['medtop:06000000', 'medtop:09000000', 'medtop:13000000'],
  entertainment: ['medtop:10000000', 'medtop:08000000'],
  politics: ['medtop:02000000', 'medtop:05000000', 'medtop:06000000', 'medtop:07000000', 'medtop:09000000', 'medtop:14000000', 'medtop:16000000'],
  sport: [],
  tech: ['medtop:01000000', 'medtop:04000000', 'medtop:10000000'],
}

/** The IPTC code each BBC section stands for. */
export const BBC_TO_IPTC: Readonly<Record<string, string>> = {
  business: 'medtop:04000000',
  entertainment: 'medtop:01000000',
  politics: 'medtop:11000000',
  sport: 'medtop:15000000',
  tech: 'medtop:13000000',
}

/** The BBC News set: train, val (as dev) and test, with test articles whose text is also in train removed. */
export function readBbcNews(dir: string): TopicSource {
  const files: Array<[string, Split]> = [
    ['train.csv', 'train'],
    ['val.csv', 'dev'],
    ['test.csv', 'test'],
  ]
  const items: TopicExample[] = files.flatMap(([file, split]) =>
    readSplit(join(dir, file)).flatMap(({ text, category }) => {
      const code = BBC_TO_IPTC[category]
      // The headline opens each text (run into the first sentence), so no separate title.
      return code ? [{ source: 'bbc', split, title: '', text, positives: [code], unknown: BBC_OPEN[category] ?? [] }] : []
    }),
  )
  // The five sections held all of the site's news, so each is evidence against the topics it leaves closed.
  return topicSource('bbc', 'BBC News (2004-05, five sections)', Object.keys(IPTC_TOP_LEVEL), items)
}

function readSplit(path: string): Array<{ text: string; category: string }> {
  const rows = parseCsv(readFileSync(path, 'utf8'))
  const header = rows.shift() ?? []
  const textAt = header.indexOf('text')
  const catAt = header.indexOf('category')
  return rows.filter((r) => r.length > Math.max(textAt, catAt)).map((r) => ({ text: r[textAt]!, category: r[catAt]!.trim() }))
}

// RFC 4180: quoted fields may hold commas, doubled quotes and newlines.
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}
