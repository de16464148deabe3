/** How the store commands open the store: `--db FILE` (default `./newsgraph.db`), closed after use. */
import { openStore, DEFAULT_DB } from '../../store/open-store.js'
import type { ArticleStore } from '../../store/article-store.js'
import { upgradeProgressOnStderr } from '../progress.js'

/** The options every store command takes. */
export const DB = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const

/** Opens the store at `db` (default `./newsgraph.db`), runs `fn` on it and closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: ArticleStore) => Promise<T>, readonly = false): Promise<T> {
  const store = await openStore(db ?? DEFAULT_DB, { readonly, onUpgradeProgress: upgradeProgressOnStderr() })
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}
