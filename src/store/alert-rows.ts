/** Saved-search and delivery rows as both stores read them back. */
import type { Delivery, SavedSearch } from './article-store.js'

/** A `saved_searches` row. */
export interface SavedSearchRow {
  id: string
  name: string
  query: string | object
  webhook_url: string | null
  webhook_secret: string | null
  created_at: string | Date
  cursor: string | Date
}

/** An `alert_deliveries` row. */
export interface DeliveryRow {
  search_id: string
  item: string
  payload: string | object
  status: Delivery['status']
  attempts: number
  next_attempt_at: string | Date
  delivered_at: string | Date | null
  last_error: string | null
}

const iso = (v: string | Date): string => (v instanceof Date ? v.toISOString() : v)
const json = (v: string | object): unknown => (typeof v === 'string' ? JSON.parse(v) : v)

/** A saved search from its row. */
export function savedSearchFromRow(r: SavedSearchRow): SavedSearch {
  return {
    id: r.id,
    name: r.name,
    query: json(r.query) as SavedSearch['query'],
    webhook: r.webhook_url ? { url: r.webhook_url, secret: r.webhook_secret ?? '' } : null,
    createdAt: iso(r.created_at),
    cursor: iso(r.cursor),
  }
}

/** A delivery from its row. */
export function deliveryFromRow(r: DeliveryRow): Delivery {
  return {
    search: r.search_id,
    item: r.item,
    payload: json(r.payload),
    attempts: Number(r.attempts),
    status: r.status,
    nextAttemptAt: iso(r.next_attempt_at),
    deliveredAt: r.delivered_at === null ? null : iso(r.delivered_at),
    lastError: r.last_error,
  }
}
