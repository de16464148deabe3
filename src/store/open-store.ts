/** Opens the store a `--db` value names: a SQLite file path (default `./newsgraph.db`). */
import type { ArticleStore } from './article-store.js'
import { openSqliteStore } from './sqlite/sqlite-store.js'

/** Default embedded store path. */
export const DEFAULT_DB = './newsgraph.db'

/** Opens a store from a `--db` value. */
export async function openStore(db: string = DEFAULT_DB, options: { readonly?: boolean } = {}): Promise<ArticleStore> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    // Misuse of this build rather than bad content: say so plainly instead of creating a file named like a URL.
    throw new Error('--db postgres://... needs the PostgreSQL store, which this build does not include yet; give a SQLite file path')
  }
  return openSqliteStore(db, options.readonly ? { readonly: true } : {})
}
