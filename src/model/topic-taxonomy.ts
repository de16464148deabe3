/**
 * The topic taxonomy: IPTC Media Topics, top level (https://cv.iptc.org/newscodes/mediatopic/).
 * The shipped classifier covers the documented subset its public training data labels (see
 * models/topics/MODEL_CARD.md); the other top-level codes are listed so API filters and the UI
 * name them consistently when a later model adds them.
 */

/** IPTC Media Topic top-level codes and their English labels. */
export const IPTC_TOP_LEVEL: Readonly<Record<string, string>> = {
  'medtop:01000000': 'arts, culture, entertainment and media',
  'medtop:02000000': 'crime, law and justice',
  'medtop:03000000': 'disaster, accident and emergency incident',
  'medtop:04000000': 'economy, business and finance',
  'medtop:05000000': 'education',
  'medtop:06000000': 'environment',
  'medtop:07000000': 'health',
  'medtop:08000000': 'human interest',
  'medtop:09000000': 'labour',
  'medtop:10000000': 'lifestyle and leisure',
  'medtop:11000000': 'politics and government',
  'medtop:12000000': 'religion',
  'medtop:13000000': 'science and technology',
  'medtop:14000000': 'society',
  'medtop:15000000': 'sport',
  'medtop:16000000': 'conflict, war and peace',
  'medtop:17000000': 'weather',
}

/** Accepts `medtop:04000000`, `04000000` or a label word (`economy`, `sport`) and returns the code, or null. */
export function topicCode(value: string): string | null {
  const v = value.trim().toLowerCase()
  if (!v) return null
  const digits = /^(?:medtop:)?(\d{8})$/.exec(v)?.[1]
  if (digits) return IPTC_TOP_LEVEL[`medtop:${digits}`] ? `medtop:${digits}` : null
  for (const [code, label] of Object.entries(IPTC_TOP_LEVEL)) if (label === v || label.split(/,? and |, /)[0] === v) return code
  return null
}

/**
 * Topics the shipped model is trained for, in model order: every top-level code some public
 * training set labels (models/topics/MODEL_CARD.md). Labour (09) and weather (17) have no
 * training data and are never assigned.
 */
export const TOPIC_CLASSES: readonly string[] = Object.keys(IPTC_TOP_LEVEL).filter((code) => code !== 'medtop:09000000' && code !== 'medtop:17000000')
