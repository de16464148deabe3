/**
 * The webhook signature: HMAC-SHA256 of the exact body bytes with the saved search's secret,
 * sent as `X-Newsgraph-Signature: sha256=<hex>` (the scheme GitHub and Stripe receivers know).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

/** Header that carries the signature. */
export const SIGNATURE_HEADER = 'x-newsgraph-signature'

/** Signs a body. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/** Checks a received signature in constant time (for receivers and tests). */
export function verifySignature(secret: string, body: string, signature: string | undefined): boolean {
  if (!signature) return false
  const expected = Buffer.from(signBody(secret, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
