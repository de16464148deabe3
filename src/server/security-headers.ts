/**
 * Response headers every page and API answer carries: a strict Content-Security-Policy (only
 * same-origin scripts, styles and images; no inline script, no framing, forms post home) and the
 * usual hardening headers, through Hono's `secureHeaders`. The UI is built to need nothing more,
 * so a CSP violation is a bug.
 */
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

const SELF = "'self'"
const NONE = "'none'"

/** Middleware adding CSP and hardening headers to every response (error answers included). */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: [SELF],
      scriptSrc: [SELF],
      styleSrc: [SELF],
      imgSrc: [SELF, 'data:'],
      connectSrc: [SELF],
      objectSrc: [NONE],
      baseUri: [NONE],
      formAction: [SELF],
      frameAncestors: [NONE],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // The server is often reached over plain HTTP on a private address or behind someone else's
    // TLS proxy; pinning HTTPS for half a year is the deployment's decision, not ours.
    strictTransportSecurity: false,
  })
}
