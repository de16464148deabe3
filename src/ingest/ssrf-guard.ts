/**
 * SSRF guard: a fetcher that takes URLs from feeds, sitemaps, the command line and API clients
 * must not be steered into the operator's own network. The check sits in the one place every
 * connection is opened, the guarded undici agent's connector: an IP literal is judged before the
 * socket is made, a host name at its DNS lookup (every address it resolves to), and the socket's
 * actual peer address once connected. Redirect hops open their connections through the same
 * agent, so each hop is checked, and a DNS answer cannot change between check and connect.
 *
 * Addresses are classified with ipaddr.js (every written form is parsed by the URL parser and the
 * resolver first: decimal, octal and hex IPv4 all arrive dotted). Only global unicast passes;
 * IPv6 forms that carry an IPv4 address (mapped, translated, NAT64) are judged by that address.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP, type Socket } from 'node:net'
import ipaddr from 'ipaddr.js'
import { Agent, buildConnector } from 'undici'

/** Which addresses a fetch may connect to. */
export interface AddressPolicy {
  /** Allow private, loopback, link-local and other non-public addresses (default false: refused). */
  readonly allowPrivate?: boolean
  /**
   * Ranges (CIDR, e.g. `10.1.2.0/24`) connected to even though they are not public, for a
   * library user's own intranet mirror. Not offered on the command line, where `--allow-private`
   * is the one opt-in.
   */
  readonly trusted?: readonly string[]
}

/** The error a refused connection fails with (code `ESSRF`). */
export class RefusedAddressError extends Error {
  readonly code = 'ESSRF'
  constructor(message: string) {
    super(message)
    this.name = 'RefusedAddressError'
  }
}

const HINT = '(allow with --allow-private)'

// IPv6 ranges whose last 32 bits are an IPv4 address a gateway would connect to.
const EMBEDS_IPV4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052'])

// ipaddr.js range names as people say them.
const RANGE_NAMES: Record<string, string> = {
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  ipv4Mapped: 'IPv4-mapped',
  ipv4Compatible: 'IPv4-compatible',
  rfc6145: 'IPv4-translated',
  rfc6052: 'NAT64',
  '6to4': '6to4',
  teredo: 'Teredo',
}

const rangeName = (range: string): string => RANGE_NAMES[range] ?? range

/** Why an address may not be connected to (`loopback`, `private`, ...), or null when it is public unicast. */
export function nonPublicRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  if (!ipaddr.isValid(bare)) return 'not an IP address'
  const parsed = ipaddr.parse(bare)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    const range = v6.range()
    if (EMBEDS_IPV4.has(range)) {
      const inner = ipaddr.IPv4.parse(v6.toByteArray().slice(12).join('.'))
      const innerRange = inner.range()
      if (innerRange === 'unicast') return range === 'ipv4Mapped' ? null : rangeName(range)
      return `${rangeName(innerRange)} (as ${rangeName(range)})`
    }
    // IPv4-compatible (::a.b.c.d, deprecated): ipaddr.js calls ::7f00:1 unicast.
    if (v6.parts.slice(0, 6).every((p) => p === 0)) return rangeName('ipv4Compatible')
    return range === 'unicast' ? null : rangeName(range)
  }
  const range = parsed.range()
  return range === 'unicast' ? null : rangeName(range)
}

/** Whether an address is anything but public unicast (private, loopback, link-local, multicast, reserved, ...). */
export function isPrivateAddress(address: string): boolean {
  return nonPublicRange(address) !== null
}

/** Why the policy refuses an address, or null when it may be connected to. */
export function refuseAddress(address: string, policy: AddressPolicy = {}): string | null {
  if (policy.allowPrivate) return null
  const range = nonPublicRange(address)
  if (range === null) return null
  if (policy.trusted?.length && ipaddr.isValid(address.replace(/%.*$/, ''))) {
    const parsed = ipaddr.process(address.replace(/%.*$/, ''))
    for (const cidr of policy.trusted) {
      const [net, bits] = ipaddr.parseCIDR(cidr)
      if (net.kind() === parsed.kind() && parsed.match([net, bits] as [ipaddr.IPv4 & ipaddr.IPv6, number])) return null
    }
  }
  return `refused ${range} address ${address} ${HINT}`
}

/** The reason a URL may not be fetched under the guard, or null when its form is acceptable up front. */
export function refuseUrl(url: string, allowPrivate: boolean | AddressPolicy): string | null {
  const policy: AddressPolicy = typeof allowPrivate === 'boolean' ? { allowPrivate } : allowPrivate
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a valid URL'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `scheme ${parsed.protocol} is not fetched`
  if (parsed.username || parsed.password) return 'URLs with credentials are not fetched'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  // Said early for a clear message; the connector checks the same again when the socket opens.
  if (isIP(host)) return refuseAddress(host, policy)
  if (!policy.allowPrivate && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host)) return `refused local host name ${host} ${HINT}`
  return null
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/** A DNS lookup (as net.connect calls it) that fails when any address of the name is refused. */
function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, opts: object, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, [])
      const list = addresses as LookupAddress[]
      for (const a of list) {
        if (refuseAddress(a.address, policy)) return callback(new RefusedAddressError(`refused ${hostname}: it resolves to ${nonPublicRange(a.address)} address ${a.address} ${HINT}`), [])
      }
      if ((opts as { all?: boolean }).all === true) return callback(null, list)
      const first = list[0]
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), [])
      callback(null, first.address, first.family)
    })
  }
}

/** Options of a guarded agent. */
export interface GuardedAgentOptions extends AddressPolicy {
  /** Connections per origin (default 16). */
  readonly connections?: number
  /** Milliseconds to establish a connection (default 10,000). */
  readonly connectTimeoutMs?: number
}

/**
 * An undici dispatcher whose every connection is checked against the policy: the literal host,
 * each address DNS gives for a name, and the connected socket's peer address.
 */
export function createGuardedAgent(options: GuardedAgentOptions = {}): Agent {
  const policy: AddressPolicy = { allowPrivate: options.allowPrivate ?? false, ...(options.trusted ? { trusted: options.trusted } : {}) }
  const base = buildConnector({ timeout: options.connectTimeoutMs ?? 10_000, ...(policy.allowPrivate ? {} : { lookup: guardedLookup(policy) }) })
  const connect: buildConnector.connector = (opts, callback) => {
    if (!policy.allowPrivate && isIP(opts.hostname)) {
      const reason = refuseAddress(opts.hostname, policy)
      if (reason) return callback(new RefusedAddressError(reason), null)
    }
    base(opts, (err, socket) => {
      if (err || !socket) return callback(err ?? new Error('no socket'), null)
      // The last word: whatever name or form led here, the peer must be an allowed address.
      const peer = (socket as Socket).remoteAddress
      const reason = peer && !policy.allowPrivate ? refuseAddress(peer, policy) : null
      if (reason) {
        socket.destroy()
        return callback(new RefusedAddressError(reason), null)
      }
      callback(null, socket)
    })
  }
  return new Agent({ connections: options.connections ?? 16, connect })
}
