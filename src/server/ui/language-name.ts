/** Language names for people: "German" for `de`, from the runtime's Unicode data (no table to keep). */

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' })

/** The English name of an ISO 639 code, or the code itself when the runtime does not know it. */
export function languageName(code: string): string {
  try {
    const name = NAMES.of(code)
    return name && name !== code ? name : code
  } catch {
    return code
  }
}
