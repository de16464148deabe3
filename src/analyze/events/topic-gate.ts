/**
 * Events in an article about something other than public life. PLOVER codes what political actors
 * do; a game review's "enemy attacks", a phone's "charging", a telescope's "ice shell" and a
 * product that comes "highly recommended" are no such acts, yet the detector, which learned from
 * news sentences, reads them as acts one sentence at a time. The topics step reads the whole
 * article's title and lead; when every topic it gives is one where political acts are the
 * exception (arts and entertainment, lifestyle, science and technology, sport, weather), an event
 * is kept only when one side is a state or political actor: a government, the military, police,
 * intelligence, courts, a legislature, a party, the opposition, rebels or insurgents, an armed
 * group, a criminal, an international or non-governmental organization. An article with no topic,
 * or with any other topic among its topics (politics, crime, conflict, economy, society, ...), is
 * not gated; nor is text with no headline: the topic model reads the title and the lead, and on
 * headless news paragraphs it files a protester punched at a rally under arts and a poisoning
 * under science (RAMS test: 75 of 871 paragraphs got only such topics, and gating them cost 3
 * points of type recall), so the gate trusts it only where it had the headline to read.
 * What it misses: a sports or arts story whose act is between people and groups of no political
 * sector ("fans boycotted the final", "the singer accused her label").
 */
import type { ArticleEvent, Topic } from '../../model/article.js'

/** IPTC top-level topics where political acts are the exception, not the story. */
const NON_POLITICAL_TOPICS: ReadonlySet<string> = new Set([
  'medtop:01000000', // arts, culture, entertainment and media
  'medtop:10000000', // lifestyle and leisure
  'medtop:13000000', // science and technology
  'medtop:15000000', // sport
  'medtop:17000000', // weather
])

/** CAMEO sectors of actors whose acts PLOVER codes wherever they happen. */
const POLITICAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'UAF', 'CRM', 'PTY', 'IGO', 'NGO'])

/** True when every topic of the article is one where political acts are the exception (false with no topic). */
export function isOffPublicLife(topics: readonly Topic[]): boolean {
  return topics.length > 0 && topics.every((t) => NON_POLITICAL_TOPICS.has(t.code))
}

/** True when the article's events are gated: it has a headline and its topics are all off public life. */
export function isGatedByTopic(title: string | null | undefined, topics: readonly Topic[]): boolean {
  return !!title?.trim() && isOffPublicLife(topics)
}

/** True when the actor or the recipient of the event is coded to a political sector. */
export function hasPoliticalSide(event: Pick<ArticleEvent, 'actorSector' | 'recipientSector'>): boolean {
  return POLITICAL_SECTORS.has(event.actorSector ?? '') || POLITICAL_SECTORS.has(event.recipientSector ?? '')
}
