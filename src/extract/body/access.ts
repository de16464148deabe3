/**
 * Whether the reader got the whole story: `paywalled` when the page marks a paywall (by class
 * or id) or says so in text, `partial` when the body is only a teaser, else `full`.
 */
import { PAYWALL_TEXT } from './patterns.js'

/** Bodies shorter than this (characters) are teasers, not articles. */
const TEASER_MAX = 400

/** Decides the access status from the paywall evidence and the extracted text. */
export function decideAccess(text: string, paywallMarker: boolean, cutTexts: readonly string[]): 'full' | 'partial' | 'paywalled' {
  if (paywallMarker) return 'paywalled'
  const tail = text.length > 3000 ? text.slice(-3000) : text
  if (PAYWALL_TEXT.test(tail) || cutTexts.some((t) => PAYWALL_TEXT.test(t))) return 'paywalled'
  if (text.length > 0 && text.length < TEASER_MAX) return 'partial'
  return 'full'
}
