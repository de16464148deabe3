/**
 * A pronoun speaker that the entity step's coreference left unresolved, read as the speaker of the
 * attribution right before it: "Geng said: “...” ⏎ “...,” he added", "Boeing confirmed that ... In
 * a statement released November 5, it said ...". Only a pronoun of the same kind as that speaker
 * counts ("he"/"she" a person whose given name does not say otherwise, "it" an organization or a
 * place, named before what it said), only close after it, and for a person only when no other
 * person is named in between.
 */
import type { Entity, Quote } from '../../model/article.js'
import { nameKey, type Gender } from '../kb/name-gender.js'
import { isAgentNoun } from './agent-nouns.js'

/** Most characters between the attribution before and the pronoun's, for "he"/"she" and for "it". */
const PERSON_REACH = 400
const THING_REACH = 250

const PRONOUN = /^(?:he|she|it|they)$/i

/** The quotes, those whose speaker is an unresolved pronoun credited to the speaker of the attribution before, when it continues it (see the module summary). */
export function withCarriedSpeakers(quotes: readonly Quote[], entities: readonly Entity[], text: string, genders?: ReadonlyMap<string, Gender>): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]))
  const out = [...quotes]
  const at = (q: Quote): number => Math.min(q.start, q.cueSpan?.start ?? q.start, q.speakerMention?.start ?? q.start)
  const until = (q: Quote): number => Math.max(q.end, q.cueSpan?.end ?? q.end, q.speakerMention?.end ?? q.end)
  for (let n = 0; n < out.length; n++) {
    const q = out[n]!
    if (q.speaker !== null || !q.speakerMention || !q.cueSpan) continue
    const pronoun = text.slice(q.speakerMention.start, q.speakerMention.end).trim().toLowerCase()
    if (!PRONOUN.test(pronoun)) continue
    // The attribution before: the nearest one whose cue comes earlier and names a source.
    let before: Quote | undefined
    for (const o of out) if (o !== q && o.speakerMention && o.cueSpan && o.cueSpan.start < q.cueSpan.start && (!before || o.cueSpan.start > before.cueSpan!.start)) before = o
    const entity = before?.speaker ? byId.get(before.speaker) : undefined
    if (!before) continue
    if (!entity) {
      // "a spokeswoman for the union said ... “...,” she said": a speaker named by a common noun.
      const reach = pronoun === 'it' ? THING_REACH : PERSON_REACH
      // As for a named body below, "it" continues a speaker named before what it said.
      const leading = before.speakerMention!.end <= before.cueSpan!.start && before.speakerMention!.end <= before.start
      const named = before.speakerName && at(q) - until(before) <= reach && (pronoun !== 'it' || leading) ? commonNounSpeaker(before.speakerName, pronoun) : false
      if (named && !entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= before.speakerMention!.end && m.end <= q.speakerMention!.start)))
        out[n] = { ...q, speakerName: before.speakerName }
      continue
    }
    if (pronoun === 'they') continue
    const person = pronoun !== 'it'
    const gap = at(q) - until(before)
    if (gap > (person ? PERSON_REACH : THING_REACH)) continue
    if (person ? entity.type !== 'PERSON' || !genderAgrees(entity, pronoun, genders) : entity.type !== 'ORG' && entity.type !== 'GPE') continue
    // "The company fired its chief, Reuters reported. It said ...": "it" continues a speaker named
    // before what it said (the subject of its clause), not one after a content that names another.
    if (!person && !(before.speakerMention!.end <= before.cueSpan!.start && before.speakerMention!.end <= before.start)) continue
    // "“...,” Smith said of Jones. “...,” he added": another person named between makes "he" anyone's.
    if (person && entities.some((e) => e !== entity && e.type === 'PERSON' && e.mentions.some((m) => m.start >= before.speakerMention!.end && m.end <= q.speakerMention!.start))) continue
    out[n] = { ...q, speaker: entity.id, speakerName: before.speakerName ?? entity.name }
  }
  return out
}

/** Whether a person may be "he" or "she": a title or a given name of the other gender says not. */
function genderAgrees(entity: Entity, pronoun: string, genders?: ReadonlyMap<string, Gender>): boolean {
  const want: Gender = pronoun === 'she' ? 'f' : 'm'
  const names = [entity.name, ...entity.aliases]
  if (names.some((n) => (want === 'm' ? /^(?:Ms|Mrs|Miss)\.?\s/ : /^Mr\.?\s/).test(n))) return false
  const given = entity.name.split(/\s+/)[0]
  const known = given ? genders?.get(nameKey(given)) : undefined
  return known === undefined || known === want
}

// Nouns for a woman or a man ("a spokeswoman", "the actress", "her husband"); other agent nouns may be either.
const FEMALE_NOUN = /^(?:\p{L}*wom[ae]n|\p{L}*ess|wife|mother|mom|daughter|sister|girl|girlfriend|aunt|niece|grandmother|widow|fiancée|queen|princess)$/u
const MALE_NOUN = /^(?:\p{L}*m[ae]n|husband|father|dad|son|brother|boy|boyfriend|uncle|nephew|grandfather|widower|fiancé|king|prince)$/u
// Bodies that "it" may stand for.
const BODY_NOUN =
  /^(?:company|firm|bank|agency|ministry|department|government|administration|campaign|committee|council|commission|board|party|group|organi[sz]ation|union|team|office|court|military|army|regime|network|newspaper|magazine|station|fund|university|school|airline|carrier|club|league|foundation|institute|association|coalition|alliance|federation|corporation|bureau|cabinet|parliament|congress|senate|state|city|county)$/
// Words after the head of a source phrase: "a spokeswoman for the union", "officials, who".
const AFTER_HEAD = /\s*(?:,|\(|\b(?:for|of|at|from|with|in|on|who|whom|which|that)\b)/i

/**
 * Whether a speaker named by a common noun phrase ("a spokeswoman for the union", "the officials")
 * may be what a pronoun stands for: a person noun of the pronoun's number, and for "he"/"she" not
 * of the other gender.
 */
function commonNounSpeaker(name: string, pronoun: string): boolean {
  const head = name.split(AFTER_HEAD)[0]!.trim().split(/\s+/).at(-1)?.toLowerCase() ?? ''
  if (!/^\p{Ll}/u.test(head) || !isAgentNoun(head)) return false
  const plural = /[^s]s$/.test(head) || /^(?:people|police|men|women|children|staff|authorities)$/.test(head)
  if (pronoun === 'they') return plural
  // "The central bank raised rates ... It sees ...": "it" stands for a body, never a person.
  if (pronoun === 'it') return BODY_NOUN.test(head)
  if (plural) return false
  return pronoun === 'she' ? !MALE_NOUN.test(head) || FEMALE_NOUN.test(head) : !FEMALE_NOUN.test(head)
}
