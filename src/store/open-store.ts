/** Opens the store a `--db` value names: a SQLite file path (default `./newsgraph.db`) or a `postgres://` URL. */
import type { ArticleStore, UpgradeProgress } from './article-store.js'
import type { SearchLimits } from './search-limits.js'
import { openSqliteStore } from './sqlite/sqlite-store.js'

/** Default embedded store path. */
export const DEFAULT_DB = './newsgraph.db'

/** How to open a store. */
export interface OpenStoreOptions {
  /** Read only; a SQLite file must then exist already. */
  readonly readonly?: boolean
  /** Refuse to create a SQLite store that is not there yet (`serve` without `--create`). */
  readonly mustExist?: boolean
  readonly searchLimits?: Partial<SearchLimits>
  readonly onUpgradeProgress?: (progress: UpgradeProgress) => void
}

/**
 * Opens a store from a `--db` value. A store that cannot be used (missing, not a store, damaged,
 * unreachable) fails with an UnavailableError that says what to do.
 */
export async function openStore(db: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<ArticleStore> {
  const common = {
    ...(options.onUpgradeProgress ? { onUpgradeProgress: options.onUpgradeProgress } : {}),
    ...(options.searchLimits ? { searchLimits: options.searchLimits } : {}),
  }
  if (/^postgres(ql)?:\/\//i.test(db)) {
    // Loaded on demand so the embedded default never pays for the PostgreSQL client. Read-only is
    // left to the database role: the URL names the permissions.
    const { openPostgresStore } = await import('./postgres/postgres-store.js')
    return openPostgresStore(db, common)
  }
  return openSqliteStore(db, { ...common, ...(options.readonly ? { readonly: true } : {}), ...(options.mustExist ? { mustExist: true } : {}) })
}
