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

/** Most characters between the attribution before and the pronoun's, for "he"/"she" and for "it". */
const PERSON_REACH = 400
const THING_REACH = 250

const PRONOUN = /^(?:he|she|it)$/i

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
    if (!before || !entity) continue
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
