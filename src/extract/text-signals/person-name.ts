/**
 * What a person's name looks like in a byline or bio: two to four capitalized words, with the
 * particles and initials real names carry. Menu labels and outlet names must not pass.
 */

const PARTICLE = '(?:de|da|di|del|della|der|den|van|von|le|la|al|el|bin|ibn|ben|y|dos|du|st\\.?)'
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{Lu}'’-]*\\p{Ll}[\\p{Ll}'’-]*|\\p{Lu}\\.|\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}[\\p{Ll}]+)+|Mc\\p{Lu}\\p{Ll}+|O['’]\\p{Lu}\\p{Ll}+)"

/** Source of a person-name pattern for embedding in larger expressions (needs the `u` flag). */
export const PERSON_NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,3}`

const PERSON_RE = new RegExp(`^${PERSON_NAME}$`, 'u')

/** Words that start labels, roles and outlets rather than names. */
const NOT_NAME = new Set(
  [
    'the',
    'staff',
    'news',
    'team',
    'editorial',
    'desk',
    'reuters',
    'associated',
    'press',
    'agency',
    'agencies',
    'online',
    'digital',
    'web',
    'admin',
    'editor',
    'editors',
    'reporter',
    'correspondent',
    'newsroom',
    'daily',
    'times',
    'post',
    'herald',
    'tribune',
    'guardian',
    'journal',
    'gazette',
    'media',
    'network',
    'sign',
    'log',
    'read',
    'more',
    'share',
    'comments',
    'home',
    'world',
    'politics',
    'business',
    'sports',
    'opinion',
    'updated',
    'published',
  ].map((w) => w.toLowerCase()),
)

/** True when the string reads as one person's name ("Fatima Alavi", "Jean-Luc de la Croix"). */
export function isPersonName(text: string): boolean {
  const name = text.trim()
  if (name.length < 4 || name.length > 50 || !PERSON_RE.test(name)) return false
  return !name.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase()))
}
