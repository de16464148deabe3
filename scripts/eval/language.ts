/**
 * `npm run eval:language`: how often extraction gives a page the right language, on the
 * hand-checked labels of `scripts/eval/language-check/gold.tsv` over the 520 pages of
 * `../shared/data/extraction`. Three figures: the article's `language` as extracted (declared
 * language and text together), the text alone, and the text's first 100 characters alone (a
 * headline, a feed teaser), with how often English was taken for another language — the mistake
 * that would withhold English-only analysis from an English article.
 *
 *   tsx scripts/eval/language.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from '../../src/extract/index.js'
import { detectLanguage } from '../../src/extract/language.js'
import { checkFloors, sharedPath } from './lib.js'

const FOLDERS: Record<string, string> = { dates: 'data/extraction/dates/html', scrapinghub: 'data/extraction/scrapinghub/html', 'news-metadata': 'data/extraction/news-metadata/html' }
const rows = readFileSync(join(import.meta.dirname, 'language-check/gold.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string])
  .filter(([, , gold]) => gold !== 'und')

const right = { article: 0, text: 0, opening: 0 }
const englishLost = { article: 0, text: 0, opening: 0 }
const wrong: string[] = []
for (const [set, file, gold] of rows) {
  const body = readFileSync(sharedPath(FOLDERS[set]!, file))
  const article = extract({ input: file, body, contentType: 'text/html' })
  const guesses = {
    article: article.language,
    text: detectLanguage(article.text || (article.title ?? ''))?.code ?? 'en',
    opening: detectLanguage(article.text.slice(0, 100) || (article.title ?? ''))?.code ?? 'en',
  }
  for (const k of ['article', 'text', 'opening'] as const) {
    if (guesses[k] === gold) right[k]++
    else if (gold === 'en') englishLost[k]++
  }
  if (guesses.article !== gold) wrong.push(`${set}/${file}: ${gold} taken as ${guesses.article}`)
}
for (const w of wrong) console.log(`  ${w}`)
const n = rows.length
console.log(
  `${n} pages: article language ${(right.article / n).toFixed(3)}, text alone ${(right.text / n).toFixed(3)}, first 100 characters ${(right.opening / n).toFixed(3)}; English taken for another language: ${englishLost.article}, ${englishLost.text}, ${englishLost.opening}`,
)
const ok = checkFloors({ 'language.article': right.article / n, 'language.text': right.text / n, 'language.opening100': right.opening / n })
process.exitCode = ok ? 0 : 1
