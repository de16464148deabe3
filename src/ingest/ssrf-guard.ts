/**
 * SSRF guard: a fetcher that takes URLs from feeds and sitemaps must not be steered into the
 * operator's own network. Addresses are checked where the connection is made (the DNS lookup
 * of every hop, redirects included), so a name that resolves to 127.0.0.1 or 10.x is refused
 * even when the URL looked public, and a DNS answer cannot change between check and connect.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { Agent } from 'undici'

/** Whether an IPv4 or IPv6 address is private, loopback, link-local, multicast or reserved. */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address)
  if (v === 4) {
    const [a = 0, b = 0] = address.split('.').map(Number)
    return (
      a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19)) || a >= 224
    )
  }
  if (v === 6) {
    const lower = address.toLowerCase().replace(/^\[|\]$/g, '')
    if (lower === '::1' || lower === '::') return true
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)
    if (mapped?.[1]) return isPrivateAddress(mapped[1])
    return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(lower)
  }
  return true
}

/** The reason a URL may not be fetched under the guard, or null when its host is acceptable up front. */
export function refuseUrl(url: string, allowPrivate: boolean): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a valid URL'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `scheme ${parsed.protocol} is not fetched`
  if (parsed.username || parsed.password) return 'URLs with credentials are not fetched'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  // IP literals never go through DNS, so the connect-time check would not see them.
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) return `refused private address ${host} (allow with --allow-private)`
  if (!allowPrivate && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) return `refused local host name ${host} (allow with --allow-private)`
  return null
}

/** An undici dispatcher whose DNS lookups refuse private addresses unless allowed. */
export function createGuardedAgent(options: { allowPrivate: boolean; connections?: number }): Agent {
  if (options.allowPrivate) return new Agent({ connections: options.connections ?? 16 })
  const lookup = (hostname: string, opts: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, [])
      const list = addresses as LookupAddress[]
      const bad = list.find((a) => isPrivateAddress(a.address))
      if (bad) {
        const error: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to private address ${bad.address} (allow with --allow-private)`)
        error.code = 'ESSRF'
        return callback(error, [])
      }
      const all = (opts as { all?: boolean }).all === true
      if (all) return callback(null, list)
      const first = list[0]!
      callback(null, first.address, first.family)
    })
  }
  return new Agent({ connections: options.connections ?? 16, connect: { lookup } })
}
