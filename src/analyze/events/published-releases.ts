/**
 * A release of information or of a work (issue 15, read on scrapinghub pages: "Police released
 * dramatic video", "a video ... was released Monday", "prosecutors released the body camera
 * footage", "data released by MOTIE", "a call the White House long ago released"): making a
 * record public is a statement, not the concession PLOVER codes as a release (of prisoners,
 * hostages or property held: CAMEO 084). The thing released is the verb's object or passive
 * subject, or the noun the participle describes; people and goods released keep their reading.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Records, media and works that are published, and what a body gives off ("the light they release").
const PUBLISHED = new Set(
  (
    'video footage data report statement document record transcript detail figure result finding photo photograph image picture ' +
    'recording audio tape letter email memo list information statistic survey study poll album song single film movie trailer ' +
    'book game version update app software guidance guideline estimate forecast summary text note notice evidence clip ' +
    'light energy heat radiation'
  ).split(' '),
)

/** Whether the trigger at `d` is a release of information or of a work, no concession (see the file comment). */
export function isPublishedRelease(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'CONCEDE' || !syn || lemma(ts, d.index) !== 'release') return false
  const things = releasedThings(ts, d.index)
  return things.length > 0 && things.every((k) => PUBLISHED.has(lemma(ts, k)))
}

// What is released at `v`: the object or passive subject of the verb, the noun a participle or
// relative clause describes ("data released by", "a call the White House released"), or the noun
// a "release" noun modifies or is "of" ("data releases", "the release of the report").
function releasedThings(ts: TriggerSentence, v: number): number[] {
  const syn = ts.view.syntax!
  const t = syn[v]!
  const own = kidsOf(ts, v).filter((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)))
  // ("data released by" parsed with "data" as the verb's compound.)
  const named = own.length > 0 ? own : kidsOf(ts, v).filter((k) => rel(ts, k) === 'compound')
  if (t.upos === 'NOUN') {
    const of = kidsOf(ts, v).filter((k) => rel(ts, k) === 'nmod' && kidsOf(ts, k).some((m) => lemma(ts, m) === 'of'))
    const modifier = kidsOf(ts, v).filter((k) => rel(ts, k) === 'compound')
    return [...of, ...modifier]
  }
  if (named.length > 0) return named
  if (/^(acl|acl:relcl|amod)$/.test(t.deprel) && t.head >= 0) return [t.head]
  return []
}
