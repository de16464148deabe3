/**
 * Bearer-token guard for write endpoints. Without a configured token, writes are refused
 * outright rather than left open: a server started without `--token` is read-only.
 *
 * Written here rather than taken from `hono/bearer-auth`, which cannot do two things this does:
 * it needs a token to be built (a token-less server must answer 403 "read-only", not fail to
 * start), and it accepts only RFC 6750 token68 characters (`A-Za-z0-9._~+/-` then `=`), so a
 * configured token with any other character could never match and every write would get 400.
 * Its refusals are plain text or JSON, where every error here is an RFC 9457 problem.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { HttpProblem } from './problem.js'

const digest = (s: string): Buffer => createHash('sha256').update(s).digest()

/** Middleware requiring `Authorization: Bearer <token>`. */
export function requireToken(token: string | null | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null
  return async (c, next) => {
    const challenge = { 'www-authenticate': 'Bearer realm="newsgraph"' }
    if (!expected) throw new HttpProblem(403, 'this server was started without a token, so write endpoints are disabled (start it with --token or NEWSGRAPH_TOKEN)')
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
    if (!match) throw new HttpProblem(401, 'this endpoint needs an Authorization: Bearer token', { headers: challenge })
    // Comparing fixed-length digests keeps the check constant-time whatever the length sent.
    if (!timingSafeEqual(digest(match[1]!), expected)) throw new HttpProblem(401, 'the bearer token is not valid', { headers: challenge })
    return next()
  }
}
