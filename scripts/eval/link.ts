/**
 * `npm run eval:link`: entity-linking precision, recall and F1 on the linking check set annotated
 * for this project (`scripts/eval/link-check/*.tsv`: named mentions of real pages from
 * ../shared/data/extraction/scrapinghub with their English Wikipedia title, or NIL). Each page's
 * body (the benchmark's ground-truth text) is analyzed as plain text; a gold mention is matched
 * to the entity naming its first occurrence. A link is right when its title equals the gold title
 * (case and underscores folded); a link on a NIL mention or on a name nobody annotated counts
 * against precision. `dev` was read while tuning; `test` was annotated before any output on it was read.
 *
 *   npm run eval:link -- [--verbose]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze, loadModels } from '../../src/analyze/index.js'
import { newArticle } from '../../src/model/new-article.js'
import { checkFloors, sharedPath } from './lib.js'

interface Gold {
  readonly doc: string
  readonly surface: string
  readonly title: string | null
}

const verbose = process.argv.includes('--verbose')
const fold = (t: string): string => t.replace(/_/g, ' ').normalize('NFC').toLowerCase().trim()

function readGold(name: string): Gold[] {
  return readFileSync(join(import.meta.dirname, 'link-check', name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [doc, surface, title] = l.split('\t')
      return { doc: doc!, surface: surface!, title: title === '-' ? null : title! }
    })
}

const pages = JSON.parse(readFileSync(sharedPath('data/extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>
const models = loadModels()
const figures: Record<string, number> = {}
let seconds = 0
for (const split of ['dev', 'test']) {
  const gold = readGold(`${split}.tsv`)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const doc of [...new Set(gold.map((g) => g.doc))]) {
    const id = Object.keys(pages).find((k) => k.startsWith(doc))
    if (!id) throw new Error(`page ${doc} not in the scrapinghub set`)
    const { articleBody: text, url } = pages[id]!
    const date = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url)
    const started = performance.now()
    const a = analyze(newArticle({ input: url, text, url }), { models, ...(date ? { referenceDate: `${date[1]}-${date[2]}-${date[3]}` } : {}) })
    seconds += (performance.now() - started) / 1000
    const rows = gold.filter((g) => g.doc === doc)
    const claimed = new Set<string>()
    for (const g of rows) {
      // The entity with a mention of exactly this name, else the one overlapping its first occurrence.
      const at = text.indexOf(g.surface)
      const e =
        a.entities.find((x) => x.mentions.some((m) => text.slice(m.start, m.end) === g.surface)) ??
        (at < 0 ? undefined : a.entities.find((x) => x.mentions.some((m) => m.start < at + g.surface.length && m.end > at)))
      if (e) claimed.add(e.id)
      const predicted = e?.wikipedia ?? null
      const right = predicted !== null && g.title !== null && fold(predicted) === fold(g.title)
      if (right) tp++
      else {
        if (predicted !== null) fp++
        if (g.title !== null) fn++
      }
      if (verbose && !right && (predicted !== null || g.title !== null))
        console.log(`${split} ${doc} ${g.surface}: gold ${g.title ?? 'NIL'}, predicted ${predicted ?? 'NIL'}${e ? ` (${e.type} ${e.name})` : ' (no entity)'}`)
    }
    for (const e of a.entities) {
      if (claimed.has(e.id) || !e.wikipedia) continue
      fp++
      if (verbose) console.log(`${split} ${doc} unannotated link: ${e.name} -> ${e.wikipedia}`)
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0
  const recall = tp + fn ? tp / (tp + fn) : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  console.log(`${split}: ${tp} right, ${fp} wrong or unasked links, ${fn} missed; precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`)
  figures[`link.${split}.precision`] = precision
  figures[`link.${split}.f1`] = f1
}
console.log(`analysis of the pages in ${seconds.toFixed(1)} s`)
if (!checkFloors(figures)) process.exitCode = 1
