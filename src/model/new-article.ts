/** Builds a well-formed empty Article that extraction then fills in. */
import { ARTICLE_SCHEMA, type Article } from './article.js'
import { articleId } from './ids.js'

/** An Article with every contract field present and analysis arrays empty. */
export function newArticle(fields: Partial<Article> & Pick<Article, 'input' | 'text'>): Article {
  const url = fields.url ?? null
  return {
    schema: ARTICLE_SCHEMA,
    id: fields.id ?? articleId(fields.text, url),
    url,
    canonicalUrl: null,
    site: { domain: null, name: null },
    title: null,
    authors: [],
    published: null,
    referenceDate: null,
    dateline: null,
    language: 'en',
    originalSource: null,
    access: 'full',
    fieldSources: {},
    removed: [],
    entities: [],
    quotes: [],
    dates: [],
    quantities: [],
    events: [],
    diagnostics: [],
    ...fields,
  }
}
