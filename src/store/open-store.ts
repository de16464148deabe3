/** Opens the store a `--db` value names: a SQLite file path (default `./newsgraph.db`) or a `postgres://` URL. */
import type { ArticleStore, UpgradeProgress } from './article-store.js'
import { openSqliteStore } from './sqlite/sqlite-store.js'

/** Default embedded store path. */
export const DEFAULT_DB = './newsgraph.db'

/** Opens a store from a `--db` value. */
export async function openStore(db: string = DEFAULT_DB, options: { readonly?: boolean; onUpgradeProgress?: (progress: UpgradeProgress) => void } = {}): Promise<ArticleStore> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    // Loaded on demand so the embedded default never pays for the PostgreSQL client. Read-only is
    // left to the database role: the URL names the permissions.
    const { openPostgresStore } = await import('./postgres/postgres-store.js')
    return openPostgresStore(db, options.onUpgradeProgress ? { onUpgradeProgress: options.onUpgradeProgress } : {})
  }
  return openSqliteStore(db, { ...(options.readonly ? { readonly: true } : {}), ...(options.onUpgradeProgress ? { onUpgradeProgress: options.onUpgradeProgress } : {}) })
}
