/** HTML to an Article. Placeholder: paragraphs of the page and its <title>. */
import { parseDocument } from 'htmlparser2'
import { selectAll, selectOne } from './select.js'
import { textContent } from 'domutils'
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { newArticle } from '../model/new-article.js'
import type { ExtractOptions } from './options.js'

/** Extracts the main text and metadata of an HTML page. */
export function extractFromHtml(html: string, doc: RawDocument, _options: ExtractOptions): Article {
  const dom = parseDocument(html)
  const titleEl = selectOne('title', dom)
  const title = titleEl ? textContent(titleEl).trim() : null
  const text = selectAll('p', dom)
    .map((p) => textContent(p).replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .join('\n\n')
  return newArticle({ input: doc.input, text, title, url: doc.url ?? null })
}
