/**
 * Who did it, to whom, where: picks the actor, recipient and location of an event among the
 * entity mentions of its sentence, with the country and sector their context gives them.
 */
import type { Entity } from '../../model/article.js'
import type { Token } from '../tokens/tokenize.js'
import { buildMentionIndex, mentionsIn, type IndexedMention } from '../entities/mention-index.js'

/** One entity mention located in the token stream. */
export interface MentionRef extends IndexedMention {
  /** Index of the mention's first and last token. */
  readonly firstToken: number
  readonly lastToken: number
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC'])
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC'])

/** Role words to PLOVER sectors ("North Korean troops" -> military). */
const SECTORS: Record<string, string> = {
  leader: 'government', president: 'government', minister: 'government', 'prime': 'government', government: 'government', official: 'government', officials: 'government', spokesman: 'government', spokeswoman: 'government', spokesperson: 'government', aide: 'government', kremlin: 'government', ministry: 'government', ambassador: 'government', diplomat: 'government', diplomats: 'government', king: 'government', emir: 'government', chancellor: 'government', secretary: 'government', parliament: 'legislature', lawmakers: 'legislature', senator: 'legislature', congress: 'legislature',
  troops: 'military', troop: 'military', military: 'military', army: 'military', soldiers: 'military', soldier: 'military', forces: 'military', navy: 'military', warships: 'military', general: 'military', commander: 'military', tanks: 'military',
  police: 'police', policemen: 'police', officers: 'police',
  rebels: 'rebel', rebel: 'rebel', guerrillas: 'rebel', guerillas: 'rebel', insurgents: 'rebel', militants: 'rebel', militiamen: 'rebel', militia: 'rebel',
  court: 'judiciary', judge: 'judiciary', prosecutor: 'judiciary', prosecutors: 'judiciary',
  media: 'media', newspaper: 'media', journalist: 'media', 'state-media': 'media',
  students: 'civilian', workers: 'civilian', protesters: 'civilian', demonstrators: 'civilian', civilians: 'civilian', refugees: 'civilian', farmers: 'civilian',
  professor: 'education', university: 'education', researcher: 'education',
}

/** Every mention of an actor-like entity, mapped onto token indices, in text order. */
export function mentionsOf(entities: readonly Entity[], tokens: readonly Token[]): MentionRef[] {
  const out: MentionRef[] = []
  for (const m of buildMentionIndex(entities.filter((e) => ACTOR_TYPES.has(e.type)))) {
    const first = tokenAt(tokens, m.start)
    if (first === -1 || tokens[first]!.start >= m.end) continue
    let last = first
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++
    out.push({ ...m, firstToken: first, lastToken: last })
  }
  return out
}

export { mentionsIn }

// Index of the first token ending after `offset` (binary search), or -1.
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo < tokens.length ? lo : -1
}

/** Actor and recipient of a trigger: the subject-side mention before it and the first one after it (swapped for passives). */
export function pickRoles(mentions: readonly MentionRef[], tokens: readonly Token[], triggerFirst: number, triggerLast: number): { actor: MentionRef | null; recipient: MentionRef | null } {
  const before = mentions.filter((m) => m.lastToken < triggerFirst)
  const after = mentions.filter((m) => m.firstToken > triggerLast)
  const passive = triggerFirst > 0 && /^(was|were|been|being|is|are|be)$/i.test(tokens[triggerFirst - 1]?.text ?? '')
  if (passive) {
    const agent = after.find((m) => /^by$/i.test(tokens[m.firstToken - 1]?.text ?? '')) ?? null
    const patient = closestSubject(before, tokens, triggerFirst)
    return { actor: agent, recipient: patient }
  }
  const subject = closestSubject(before, tokens, triggerFirst)
  // "Chile and Argentina agreed", "French and Egyptian warships launched": the first of two
  // joined subjects acts and the second is its counterpart, as event coders write such pairs.
  const joined = subject && /^(?:and|&)$/i.test(tokens[subject.firstToken - 1]?.text ?? '') ? before.find((m) => m.lastToken === subject.firstToken - 2 && m.entity.id !== subject.entity.id) : undefined
  const actor = joined ?? subject
  if (joined) return { actor, recipient: subject }
  const first = after.find((m) => m.entity.id !== actor?.entity.id && !/^(in|at|on|near|during|since|from|by)$/i.test(tokens[m.firstToken - 1]?.text ?? '')) ?? null
  return { actor, recipient: first ? headOf(first, after) : null }
}

// "Russian President Vladimir Putin": the nationality describes the person who follows it, and
// the person is the participant.
function headOf(mention: MentionRef, following: readonly MentionRef[]): MentionRef {
  if (mention.entity.type !== 'NORP' && mention.entity.type !== 'GPE') return mention
  const next = following.find((m) => m.firstToken > mention.lastToken)
  if (next && (next.entity.type === 'PERSON' || next.entity.type === 'ORG') && next.firstToken - mention.lastToken <= 3) return next
  return mention
}

// The subject is the nearest mention before the trigger that is not the object of a
// preposition, falling back to the nearest mention when every one is ("Security forces in Guinea").
function closestSubject(before: readonly MentionRef[], tokens: readonly Token[], trigger: number): MentionRef | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!
    if (trigger - m.lastToken > 14) break
    const prev = tokens[m.firstToken - 1]?.text.toLowerCase() ?? ''
    if (!/^(in|of|at|to|from|for|with|against|on|by|about|into|over|near|than)$/.test(prev)) return m
  }
  return before[before.length - 1] ?? null
}

/** The first place mention after a locative preposition in the sentence that is neither actor nor recipient. */
export function pickLocation(mentions: readonly MentionRef[], tokens: readonly Token[], exclude: ReadonlySet<string>): MentionRef | null {
  return mentions.find((m) => PLACE_TYPES.has(m.entity.type) && !exclude.has(m.entity.id) && /^(in|at|near|outside|inside)$/i.test(tokens[m.firstToken - 1]?.text ?? '')) ?? null
}

/** Country and sector of a mention from the entity and the words right around it. */
export function contextOf(mention: MentionRef, mentions: readonly MentionRef[], tokens: readonly Token[]): { country: string | null; sector: string | null } {
  let country = mention.entity.country ?? null
  let sector: string | null = mention.entity.sector ?? null
  if (mention.entity.type === 'GPE' && sector === null) sector = 'government'
  // Role words just before ("President Putin") or after ("North Korean troops") the mention.
  for (let t = Math.max(0, mention.firstToken - 3); t <= mention.lastToken + 2 && t < tokens.length; t++) {
    if (t >= mention.firstToken && t <= mention.lastToken && mention.entity.type !== 'NORP' && mention.entity.type !== 'GPE') continue
    const role = SECTORS[tokens[t]!.text.toLowerCase()]
    if (role && (sector === null || sector === 'government')) sector = role
  }
  if (country === null) {
    // A nationality right before a person or organization gives its country.
    const near = mentions.find((m) => m !== mention && (m.entity.type === 'NORP' || m.entity.type === 'GPE') && m.lastToken < mention.firstToken && mention.firstToken - m.lastToken <= 3)
    if (near?.entity.country) country = near.entity.country
  }
  return { country, sector }
}
