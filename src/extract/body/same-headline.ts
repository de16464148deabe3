/** Whether a heading on the page is the article's headline, compared letters and digits only. */

/** A text reduced to lower-case letters and digits. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** True when a heading repeats the page title (the title may carry a site suffix, or the heading a kicker). */
export function sameHeadline(heading: string, title: string | null): boolean {
  if (!title) return false
  const a = squash(heading)
  const b = squash(title)
  if (!a || !b) return false
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 15 && long.includes(short)
}
