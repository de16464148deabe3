/**
 * Whether the reader got the whole story: `paywalled` when the page says so in text, or marks a
 * paywall (by class or id) and the body is short, `partial` when the body is only a teaser, else `full`.
 */
import { PAYWALL_TEXT } from './patterns.js'

/** Bodies shorter than this (characters) are teasers, not articles. */
const TEASER_MAX = 400
/** A paywall class only means `paywalled` when the body is shorter than this. */
const MARKER_BODY_MAX = 2000

/** Decides the access status from the paywall evidence and the extracted text. */
export function decideAccess(text: string, paywallMarker: boolean, cutTexts: readonly string[]): 'full' | 'partial' | 'paywalled' {
  // Templates carry paywall classes on every page, metered or not; with the whole story in hand
  // the reader was not walled off, so a marker alone only counts for a short body.
  if (paywallMarker && text.length < MARKER_BODY_MAX) return 'paywalled'
  const tail = text.length > 3000 ? text.slice(-3000) : text
  if (PAYWALL_TEXT.test(tail) || cutTexts.some((t) => PAYWALL_TEXT.test(t))) return 'paywalled'
  if (text.length > 0 && text.length < TEASER_MAX) return 'partial'
  return 'full'
}
