/**
 * The same-URL dedup level: a canonical key under which two URLs of one page are equal. Scheme
 * and `www.` are dropped, the host lower-cased, tracking parameters (utm_*, fbclid, gclid, ...)
 * and fragments removed, remaining parameters sorted, and `index.html` and trailing slashes
 * normalized, so a page shared through a newsletter, a social network and a feed is one page.
 */

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|ref_url|cmpid|cmp|ocid|ito|smid|smtyp|sr_share|share|taid|mbid|rss|feed|partner|src|CMP|__twitter_impression|amp)$/i

/** Canonical comparison key of a URL, or null when it is missing or not an http(s) URL. */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const host = parsed.hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '')
  const params = [...parsed.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b))
  let path = parsed.pathname.replace(/\/(index|default)\.(html?|php|aspx?)$/i, '/').replace(/\/amp\/?$/i, '/').replace(/\/+$/, '')
  if (path === '') path = '/'
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : ''
  return `${host}${port}${path}${query}`
}
