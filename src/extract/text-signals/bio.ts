/**
 * Author bios that close an article ("Fatima Alavi is a celebrated journalist ..."): not part of
 * the story, but the best evidence of who wrote it when the page names no byline.
 */
import { PERSON_NAME, isPersonName } from './person-name.js'

const ROLE_WORDS =
  /\b(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|freelancer|freelance|news\s+anchor|anchor|bureau\s+chief|photojournalist|newsroom|covers|reporting|has\s+reported|writes\s+(?:about|on|for))\b/i

const BIO_RE = new RegExp(
  `^(?:about\\s+the\\s+author\\s*[:.-]?\\s*)?(${PERSON_NAME})(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*[^,]{3,80},)?\\s+(?:is|has\\s+been|has\\s+worked|covers|reports|writes|serves)\\b`,
  'u',
)

/** The author a bio paragraph describes, or null when the paragraph is not a bio. */
export function parseBio(paragraph: string): string | null {
  const text = paragraph.trim()
  // Bios are present tense and quote no one; a closing news paragraph about a journalist
  // ("Doe, a reporter, was detained ...") usually fails one of these.
  if (text.length < 30 || text.length > 1200 || /["“”]/.test(text)) return null
  const m = BIO_RE.exec(text)
  if (!m?.[1] || !isPersonName(m[1])) return null
  // The journalism role must be near the start, where a bio says what its subject does.
  if (!ROLE_WORDS.test(text.slice(0, 260))) return null
  return m[1]
}
