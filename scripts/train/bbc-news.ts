/**
 * Reads the BBC News topic set (Greene & Cunningham, ICML 2006; 2,225 BBC articles of 2004-05 in
 * five sections; the train/val/test split of github LTSACH/AILearningHub) and maps its sections
 * to IPTC Media Topic top-level codes. Staged by scripts/data/stage-public-sets.sh.
 */
import { readFileSync } from 'node:fs'

/** The BBC section each IPTC code stands for: the documented subset the topic model covers. */
export const BBC_TO_IPTC: Readonly<Record<string, string>> = {
  business: 'medtop:04000000',
  entertainment: 'medtop:01000000',
  politics: 'medtop:11000000',
  sport: 'medtop:15000000',
  tech: 'medtop:13000000',
}

/** Topic classes of the shipped model, in model order. */
export const TOPIC_CLASSES = Object.values(BBC_TO_IPTC).sort()

/** One labelled article. */
export interface TopicItem {
  readonly text: string
  readonly label: number
}

/** Reads one split CSV (`text,category`). */
export function readBbcNews(path: string): TopicItem[] {
  const rows = parseCsv(readFileSync(path, 'utf8'))
  const header = rows.shift() ?? []
  const textAt = header.indexOf('text')
  const catAt = header.indexOf('category')
  return rows
    .filter((r) => r.length > Math.max(textAt, catAt))
    .map((r) => ({ text: r[textAt]!, label: TOPIC_CLASSES.indexOf(BBC_TO_IPTC[r[catAt]!.trim()] ?? '') }))
    .filter((x) => x.label >= 0)
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
