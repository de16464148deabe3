/**
 * Checks of what a caller hands the library's public functions, so a wrong type fails at once
 * with a TypeError that names the function, the argument and what it expected, instead of deep
 * inside a stage ("Cannot read properties of undefined (reading 'length')"). Only misuse throws;
 * content problems stay diagnostics.
 */

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : value instanceof Uint8Array ? 'bytes' : typeof value)

const fail = (fn: string, what: string, value: unknown, expected: string): never => {
  throw new TypeError(`\`${fn}\`: ${what} must be ${expected}; got ${describe(value)}`)
}

/** Throws unless `doc` is a RawDocument: `{ input: string, body: string | Uint8Array }`. */
export function checkRawDocument(fn: string, doc: unknown): void {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) fail(fn, 'the document', doc, 'an object `{ input: string, body: string | Uint8Array }`')
  const d = doc as Record<string, unknown>
  if (typeof d['input'] !== 'string') fail(fn, '`input`', d['input'], 'a string naming the document (a path, URL or any name)')
  if (typeof d['body'] !== 'string' && !(d['body'] instanceof Uint8Array)) fail(fn, '`body`', d['body'], 'a string or a Uint8Array (a Buffer is one)')
}

/** Throws unless `article` looks like a `newsgraph.article/1` object (its `text` and analysis arrays). */
export function checkArticle(fn: string, article: unknown): void {
  if (typeof article !== 'object' || article === null || Array.isArray(article)) fail(fn, 'the article', article, 'an Article object (from `extract` or `newArticle`)')
  const a = article as Record<string, unknown>
  if (typeof a['text'] !== 'string') fail(fn, '`article.text`', a['text'], 'a string')
  for (const key of ['entities', 'quotes', 'dates', 'quantities', 'events', 'diagnostics']) {
    if (!Array.isArray(a[key])) fail(fn, `\`article.${key}\``, a[key], 'an array (build articles with `extract` or `newArticle`)')
  }
}

/** Throws unless `options` is an object (or absent when `optional`). */
export function checkOptions(fn: string, options: unknown, optional: boolean): void {
  if (options === undefined && optional) return
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail(fn, 'the options', options, optional ? 'an object or absent' : 'an object')
}

/** Throws unless `value` is a non-empty string. */
export function checkString(fn: string, what: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') fail(fn, what, value, 'a non-empty string')
}
