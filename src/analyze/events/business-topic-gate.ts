/**
 * Events in a business or markets article with no public-life topic. The topics step files a
 * product launch, a market report, a personal-finance column or a company's press release under
 * economy, business and finance, which `topic-gate.ts` leaves ungated because trade wars, tariffs
 * and sanctions are filed there too. In such an article the detector reads the trade's own verbs
 * as acts ("supply and demand" REQUEST, "the dollar was supported" SUPPORT, "a conference call to
 * discuss results" CONSULT, "heaven help us" AID); the political acts it carries have a state or
 * political actor on one side ("Trump and Xi are expected to sign a deal"), and that side keeps
 * them. So the gate applies where the article has a headline and every topic is economy or one
 * of `topic-gate.ts`'s topics off public life, with economy among them. An article with no topic
 * is not gated: on WikiEvents dev the two documents the topic model gives nothing (a Dagestan
 * backgrounder, the McVeigh trial) hold 27 of its 271 gold events.
 * What it misses: a company's act on a person or group of no political sector ("the bank sued
 * its former chief") in an article of economy topics only.
 */
import type { Topic } from '../../model/article.js'
import { isOffPublicLife } from './topic-gate.js'

/** The IPTC top-level topic of economy, business and finance. */
const ECONOMY = 'medtop:04000000'

/**
 * True when the article's events are gated as business news: it has a headline, economy is among
 * its topics, and each other topic is one off public life.
 */
export function isGatedAsBusiness(title: string | null | undefined, topics: readonly Topic[]): boolean {
  if (!title?.trim() || !topics.some((t) => t.code === ECONOMY)) return false
  const rest = topics.filter((t) => t.code !== ECONOMY)
  return rest.length === 0 || isOffPublicLife(rest)
}
