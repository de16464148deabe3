/**
 * URL canonicalization for the first dedup level: the same article reached through tracking
 * links, `www.`, a fragment or `index.html` is one URL. An identity shared by the stores (write-time
 * dedup) and the corpus stage, so it lives in `model/`.
 */

/** Query parameters that identify a campaign or a click, never the content. */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|msclkid|yclid|mc_cid|mc_eid|igshid|ref_src|ref|cmpid|cmp|ncid|ito|_ga|_gl|spm|share|smid|mbid|ocid|rss|feature)$/i

/**
 * Canonical form of a URL: lower-case scheme and host without `www.`, no default port, no
 * fragment, no tracking parameters, remaining parameters sorted, `index.html`/`index.php` and a
 * trailing slash dropped; `http` and `https` are one. Returns null when `url` is not an absolute
 * http(s) URL.
 */
export function canonicalizeUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  const host = parsed.hostname.toLowerCase().replace(/^www\d*\./, '')
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : ''
  let path = parsed.pathname.replace(/\/{2,}/g, '/').replace(/\/index\.(html?|php|aspx?)$/i, '/')
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1)
  if (path === '/') path = ''
  const params = [...parsed.searchParams].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
  return `https://${host}${port}${path}${query}`
}

/** True when two URLs lead to the same article after canonicalization. */
export function sameUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false
  const ca = canonicalizeUrl(a)
  return ca !== null && ca === canonicalizeUrl(b)
}

/** The registrable-looking host of a URL (lower case, no `www.`), or null. */
export function urlHost(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '')
  } catch {
    return null
  }
}
