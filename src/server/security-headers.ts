/**
 * Response headers every page and API answer carries: a strict Content-Security-Policy (only
 * same-origin scripts, styles and images; no inline script, no framing, forms post home) and the
 * usual hardening headers. The UI is built to need nothing more, so a CSP violation is a bug.
 */
import type { MiddlewareHandler } from 'hono'

/** The policy the UI is written against. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Middleware adding CSP and hardening headers to every response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const h = c.res.headers
    h.set('content-security-policy', CONTENT_SECURITY_POLICY)
    h.set('x-content-type-options', 'nosniff')
    h.set('x-frame-options', 'DENY')
    h.set('referrer-policy', 'no-referrer')
    h.set('cross-origin-opener-policy', 'same-origin')
    h.set('cross-origin-resource-policy', 'same-origin')
  }
}
