/**
 * A pronoun speaker that the entity step's coreference left unresolved, read as the speaker of the
 * attribution right before it: "Geng said: “...” ⏎ “...,” he added", "Boeing confirmed that ... In
 * a statement released November 5, it said ...". Only a pronoun of the same kind as that speaker
 * counts ("he"/"she" a person whose given name does not say otherwise, "it" an organization or a
 * place, named before what it said), only close after it, and for a person only when no other
 * person is named in between. Names in the quoted words of either attribution are someone's
 * words, not the narration's: they do not block the carry ("“Ask Hillary Clinton,” he said").
 * Where no attribution before carries, a "he" or "she" that coreference gave to someone named
 * only inside quotations is the person of its gender the narration names last as the opening
 * of a sentence ("Barack Obama spoke at the rally. “Ask Hillary Clinton ...,” he said"), and one
 * coreference linked to no one is the person of its gender the narration last made a subject. A
 * "he"/"she" right after an attribution, with nobody named between, continues its speaker.
 */
import type { Entity, Quote } from '../../model/article.js'
import { nameKey, type Gender } from '../kb/name-gender.js'
import { isAgentNoun } from './agent-nouns.js'

/** Most characters between the attribution before and the pronoun's, for "he"/"she" and for "it". */
const PERSON_REACH = 400
const THING_REACH = 250

const PRONOUN = /^(?:he|she|it|they)$/i

/** A character range in quotation marks. */
interface QuotedRange {
  readonly start: number
  readonly end: number
}

/** The quotes, those whose speaker is an unresolved pronoun credited to the speaker of the attribution before, when it continues it (see the module summary); `quoted` are the text's quotations. */
export function withCarriedSpeakers(
  quotes: readonly Quote[],
  entities: readonly Entity[],
  text: string,
  genders?: ReadonlyMap<string, Gender>,
  quoted: readonly QuotedRange[] = [],
  clauses?: ClauseReading,
): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]))
  // A mention in the pronoun's own voice: inside no quotation that leaves the pronoun out (in a
  // passage quoted whole from another article, its narration names people inside the marks).
  let voice: { start: number; end: number } = { start: 0, end: 0 }
  const inside = (r: QuotedRange, m: { start: number; end: number }): boolean => r.start <= m.start && m.end <= r.end
  const narrated = (m: { start: number; end: number }): boolean => !quoted.some((r) => inside(r, m) && !inside(r, voice))
  // Someone the text names only in others' words (its pronouns are coreference's guesses).
  const quotedOnly = (e: Entity): boolean => !e.mentions.some((m) => m.kind !== 'pronoun' && narrated(m))
  const out = [...quotes]
  const at = (q: Quote): number => Math.min(q.start, q.cueSpan?.start ?? q.start, q.speakerMention?.start ?? q.start)
  const until = (q: Quote): number => Math.max(q.end, q.cueSpan?.end ?? q.end, q.speakerMention?.end ?? q.end)
  for (let n = 0; n < out.length; n++) {
    const q = out[n]!
    if (q.speaker !== null && clauses && q.speakerMention) {
      voice = q.speakerMention
      // The speaker of the attribution right before stands over the narration's last subject.
      const previous = previousSpeaker(q)
      if (previous) {
        if (previous !== q) out[n] = previous
        continue
      }
      const continued = subjectContinuity(q, clauses)
      if (continued) out[n] = continued
      continue
    }
    if (q.speaker !== null || !q.speakerMention || !q.cueSpan) continue
    const pronoun = text.slice(q.speakerMention.start, q.speakerMention.end).trim().toLowerCase()
    if (!PRONOUN.test(pronoun)) continue
    voice = q.speakerMention
    const carried = fromBefore(q, pronoun)
    if (carried) {
      out[n] = carried
      continue
    }
    // Where coreference gave the pronoun to someone the text names only inside quotations, the
    // narration's own subject before it is who speaks.
    const misread = entities.some((e) => e.type === 'PERSON' && quotedOnly(e) && e.mentions.some((m) => m.kind === 'pronoun' && m.start === q.speakerMention!.start))
    if (pronoun !== 'he' && pronoun !== 'she') continue
    if (misread) {
      const subject = narratedSubjectBefore(text, entities, q.speakerMention.start, narrated)
      if (subject && genderAgrees(subject, pronoun, genders)) out[n] = { ...q, speaker: subject.id, speakerName: subject.name }
      continue
    }
    // Coreference linked the pronoun to no one ("Steenburgen wasn't thrilled ... “I couldn't
    // focus,” she said"): the person of its gender the narration last made a subject speaks, when
    // nobody else who could be "he" or "she" is named since.
    const linked = entities.some((e) => e.mentions.some((m) => m.kind === 'pronoun' && m.start === q.speakerMention!.start))
    const subject = !linked && clauses ? lastSubjectOf(q, pronoun, clauses) : undefined
    if (subject) out[n] = { ...q, speaker: subject.id, speakerName: subject.name }
  }
  return out

  /**
   * The person of the pronoun's gender the narration last made the subject of a clause before `q`'s
   * pronoun, within reach, when no other person who may be that pronoun is named in the narration
   * since (outside `q`'s own quoted words); undefined otherwise.
   */
  function lastSubjectOf(q: Quote, pronoun: 'he' | 'she', reading: ClauseReading): Entity | undefined {
    const mention = q.speakerMention!
    const other = pronoun === 'he' ? /^(?:she|her|hers|herself)$/i : /^(?:he|him|his|himself)$/i
    const may = (e: Entity): boolean => e.type === 'PERSON' && genderAgrees(e, pronoun, genders) && !e.mentions.some((m) => m.kind === 'pronoun' && other.test(text.slice(m.start, m.end)))
    // The one credited must be of the pronoun's gender by a title, a given name or its own pronouns
    // ("Justice Antonin Scalia", a given name the list does not know, is nobody's "she").
    const own = pronoun === 'he' ? /^(?:he|him|his|himself)$/i : /^(?:she|her|hers|herself)$/i
    const known = (e: Entity): boolean => knownGender(e, pronoun, genders) || e.mentions.some((m) => m.kind === 'pronoun' && own.test(text.slice(m.start, m.end)))
    let subject: Entity | undefined
    let subjectEnd = -1
    for (const e of entities) {
      if (!may(e) || !known(e)) continue
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.end > mention.start || mention.start - m.end > CONTINUITY_REACH || m.end <= subjectEnd || !narrated(m) || !reading.isSubject(m)) continue
        subject = e
        subjectEnd = m.end
      }
    }
    if (!subject) return undefined
    const ownWords = (m: { start: number; end: number }): boolean => q.kind !== 'indirect' && q.start <= m.start && m.end <= q.end
    const rival = entities.some((e) => e !== subject && may(e) && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= subjectEnd && m.end <= mention.start && narrated(m) && !ownWords(m)))
    return rival ? undefined : subject
  }

  /**
   * `q`, whose "he"/"she" continues the attribution right before it, credited to that one's speaker
   * when nobody else is named in the narration between ("Jim Cantrell ... told NBC News. “...,” he
   * said, adding ... “...,” he said": not the spokesman quoted two paragraphs up, whoever
   * coreference or the narration's last subject gives); `q` itself when coreference already
   * agrees, undefined when the pronoun continues no attribution.
   */
  function previousSpeaker(q: Quote): Quote | undefined {
    const mention = q.speakerMention!
    const pronoun = text.slice(mention.start, mention.end).trim().toLowerCase()
    if ((pronoun !== 'he' && pronoun !== 'she') || !q.cueSpan) return undefined
    const chosen = byId.get(q.speaker!)
    if (!chosen || chosen.type !== 'PERSON') return undefined
    // The attribution before in the narration: one reported inside another's words ("Earnest said
    // that Obama has long called for ...") is that speaker's, not the next pronoun's.
    const nested = (o: Quote): boolean => out.some((p) => p !== o && p.start <= o.cueSpan!.start && o.cueSpan!.end <= p.end)
    let before: Quote | undefined
    for (const o of out) if (o !== q && o.speakerMention && o.cueSpan && o.cueSpan.start < q.cueSpan.start && (!before || o.cueSpan.start > before.cueSpan!.start) && !nested(o)) before = o
    const entity = before?.speaker ? byId.get(before.speaker) : undefined
    if (!before || !entity || entity.type !== 'PERSON' || !genderAgrees(entity, pronoun, genders)) return undefined
    if (at(q) - until(before) > PERSON_REACH) return undefined
    // "with Oprah Winfrey, Obama said he ... “...,” she said": a pronoun of the other gender before continues someone else.
    const beforeWord = text.slice(before.speakerMention!.start, before.speakerMention!.end).trim().toLowerCase()
    if (/^(?:he|she)$/.test(beforeWord) && beforeWord !== pronoun) return undefined
    // Only someone the text names as a source ("Jim Cantrell ... told NBC News"): a pronoun that
    // coreference gave to a person only mentioned ("more nervous than Rose-Lynn Harlan") carries no one.
    const named = out.some((o) => o.speaker === entity.id && o.speakerMention && !/^(?:he|she|his|her|who)$/i.test(text.slice(o.speakerMention.start, o.speakerMention.end).trim()))
    if (!named) return undefined
    const between = (m: { start: number; end: number }): boolean => m.start >= before.speakerMention!.end && m.end <= mention.start && !saidIn(m, q, before)
    if (entities.some((e) => e !== entity && e.type === 'PERSON' && e.mentions.some((m) => m.kind !== 'pronoun' && between(m)))) return undefined
    return entity === chosen ? q : { ...q, speaker: entity.id, speakerName: before.speakerName ?? entity.name }
  }

  /**
   * `q`, whose "he"/"she"/"his"/"her" coreference gave to a person named since only as an object or
   * inside quotations, credited to the person of its gender the narration last made the subject of
   * a clause ("Andrew claims ... he was photographed with Epstein ... He instead told the BBC");
   * undefined when coreference's reading stands. The person coreference chose stays where the
   * narration names it in the sentence before ("Police arrested Doe. He said ...").
   */
  function subjectContinuity(q: Quote, reading: ClauseReading): Quote | undefined {
    const mention = q.speakerMention!
    const pronoun = text.slice(mention.start, mention.end).trim().toLowerCase()
    if (!/^(?:he|she|his|her)$/.test(pronoun)) return undefined
    const gendered = pronoun === 'he' || pronoun === 'his' ? 'he' : 'she'
    const chosen = byId.get(q.speaker!)
    if (!chosen || chosen.type !== 'PERSON') return undefined
    let subject: Entity | undefined
    let subjectAt = -1
    // A person coreference gives pronouns of the other gender ("she interviewed Mike") is not "he".
    const other = gendered === 'he' ? /^(?:she|her|hers|herself)$/i : /^(?:he|him|his|himself)$/i
    for (const e of entities) {
      if (e.type !== 'PERSON' || !genderAgrees(e, gendered, genders) || e.mentions.some((m) => m.kind === 'pronoun' && other.test(text.slice(m.start, m.end)))) continue
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.end > mention.start || mention.start - m.end > CONTINUITY_REACH || m.start <= subjectAt || !narrated(m) || !reading.isSubject(m)) continue
        subject = e
        subjectAt = m.start
      }
    }
    if (!subject || subject === chosen) return undefined
    // Coreference's person is named since that subject: where it is the subject, or in the sentence
    // before the pronoun's (or in its own), the nearer reading stands.
    const here = reading.sentenceOf(mention.start)
    for (const m of chosen.mentions) {
      if (m.kind === 'pronoun' || m.end > mention.start || !narrated(m)) continue
      if ((m.start > subjectAt && reading.isSubject(m)) || here - reading.sentenceOf(m.start) <= 1) return undefined
    }
    return { ...q, speaker: subject.id, speakerName: subject.name }
  }

  /** `q` credited to the speaker of the attribution before it, when it continues that one (see the module summary). */
  function fromBefore(q: Quote, pronoun: string): Quote | undefined {
    const mention = q.speakerMention!
    // The attribution before: the nearest one whose cue comes earlier and names a source.
    let before: Quote | undefined
    for (const o of out) if (o !== q && o.speakerMention && o.cueSpan && o.cueSpan.start < q.cueSpan!.start && (!before || o.cueSpan.start > before.cueSpan!.start)) before = o
    if (!before) return undefined
    const entity = before.speaker ? byId.get(before.speaker) : undefined
    if (!entity) {
      // "a spokeswoman for the union said ... “...,” she said": a speaker named by a common noun.
      const reach = pronoun === 'it' ? THING_REACH : PERSON_REACH
      // As for a named body below, "it" continues a speaker named before what it said.
      const leading = before.speakerMention!.end <= before.cueSpan!.start && before.speakerMention!.end <= before.start
      const named = before.speakerName && at(q) - until(before) <= reach && (pronoun !== 'it' || leading) ? commonNounSpeaker(before.speakerName, pronoun) : false
      const other = entities.some(
        (e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= before.speakerMention!.end && m.end <= mention.start && !saidIn(m, q, before)),
      )
      return named && !other ? { ...q, speakerName: before.speakerName } : undefined
    }
    if (pronoun === 'they') return undefined
    const person = pronoun !== 'it'
    const gap = at(q) - until(before)
    if (gap > (person ? PERSON_REACH : THING_REACH)) return undefined
    if (person ? entity.type !== 'PERSON' || !genderAgrees(entity, pronoun, genders) : entity.type !== 'ORG' && entity.type !== 'GPE') return undefined
    // "The company fired its chief, Reuters reported. It said ...": "it" continues a speaker named
    // before what it said (the subject of its clause), not one after a content that names another.
    if (!person && !(before.speakerMention!.end <= before.cueSpan!.start && before.speakerMention!.end <= before.start)) return undefined
    // "“...,” Smith said of Jones. “...,” he added": another person named between makes "he" anyone's.
    if (person && entities.some((e) => e !== entity && e.type === 'PERSON' && e.mentions.some((m) => m.start >= before.speakerMention!.end && m.end <= mention.start && !saidIn(m, q, before))))
      return undefined
    return { ...q, speaker: entity.id, speakerName: before.speakerName ?? entity.name }
  }
}

/** What the parse says of the text around a pronoun speaker: which mentions are subjects, and sentence numbers. */
export interface ClauseReading {
  /** Whether the characters of `m` hold the subject of a clause. */
  readonly isSubject: (m: { start: number; end: number }) => boolean
  /** The number of the sentence holding character `c`. */
  readonly sentenceOf: (c: number) => number
}

/** Most characters between a subject and the pronoun that continues it. */
const CONTINUITY_REACH = 800

/** Whether mention `m` lies in the quoted words of `q` or of `before` (names they say, not the narration's). */
function saidIn(m: { start: number; end: number }, q: Quote, before: Quote): boolean {
  return [q, before].some((o) => o.kind !== 'indirect' && o.start <= m.start && m.end <= o.end)
}

// A sentence end before a name: not the period of a title ("Mr. Tribe") or an initial.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Pres|Supt|\p{Lu}))[.!?]["”’]?\s+|\n/u
// Title words before a name that opens its sentence ("Mr. Obama", "Sen. Jane Moreau", "Former President ...").
const OPENING_TITLES = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u

/**
 * The person the narration names last, within reach before `at`, as the opening of a sentence
 * (its subject: "Mr. Obama dismissed the criticism as the voice of Mr. Tribe's client. “...,” he
 * said"), outside quotations; undefined when there is none.
 */
function narratedSubjectBefore(text: string, entities: readonly Entity[], at: number, narrated: (m: { start: number; end: number }) => boolean): Entity | undefined {
  let best: Entity | undefined
  let bestStart = -1
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    for (const m of e.mentions) {
      if (m.kind === 'pronoun' || m.end > at || at - m.end > PERSON_REACH || m.start <= bestStart || !narrated(m)) continue
      const lead = text.slice(Math.max(0, m.start - 60), m.start)
      const opening = lead.split(SENTENCE_END).at(-1) ?? ''
      if (!OPENING_TITLES.test(opening)) continue
      best = e
      bestStart = m.start
    }
  }
  return best
}

/** Whether a title or a given name says a person is "he" or "she" ("Mr. Tribe", "Mary Steenburgen"). */
function knownGender(entity: Entity, pronoun: string, genders?: ReadonlyMap<string, Gender>): boolean {
  const want: Gender = pronoun === 'she' ? 'f' : 'm'
  return hasTitleOf(entity, want) || givenNameGender(entity, genders) === want
}

// A title of the gender among the person's names ("Mr. Tribe", "Mrs. Clinton").
function hasTitleOf(entity: Entity, gender: Gender): boolean {
  const title = gender === 'f' ? /^(?:Ms|Mrs|Miss)\.?\s/ : /^Mr\.?\s/
  return [entity.name, ...entity.aliases].some((n) => title.test(n))
}

// The gender the name list gives the person's first name, if it knows one.
function givenNameGender(entity: Entity, genders?: ReadonlyMap<string, Gender>): Gender | undefined {
  const given = entity.name.split(/\s+/)[0]
  return given ? genders?.get(nameKey(given)) : undefined
}

/** Whether a person may be "he" or "she": a title or a given name of the other gender says not. */
function genderAgrees(entity: Entity, pronoun: string, genders?: ReadonlyMap<string, Gender>): boolean {
  const want: Gender = pronoun === 'she' ? 'f' : 'm'
  if (hasTitleOf(entity, want === 'm' ? 'f' : 'm')) return false
  const known = givenNameGender(entity, genders)
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
