/** Publication dates written into URL paths (`/2019/03/18/`, `/2019-03-18-slug`, `/20190318/`). */
import { isCalendarDate, type DateParts } from '../../model/dates/written-dates.js'

const PATTERNS: readonly RegExp[] = [/[/_-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/, /[/_-](\d{4})(\d{2})(\d{2})(?=[/_.-]|$)/, /[/](\d{4})[/](\d{2})(\d{2})(?=[/_.-])/]

/** The day a URL path names, or null when it names none (a bare year or month is not enough). */
export function dateFromUrl(url: string | null): DateParts | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    path = url
  }
  for (const re of PATTERNS) {
    const m = re.exec(path)
    if (!m) continue
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (y >= 1990 && isCalendarDate(y, mo, d)) return { year: y, month: mo, day: d }
  }
  return null
}
