/**
 * Personal pronouns resolved to people: "he", "his", "she", "her" go to the most salient
 * compatible person of the same sentence before them, else of the closest preceding sentence
 * that names one, preferring the sentence's subject ("Professor Lim ... interprets Kim's visits.
 * He pointed ..." -> Lim). Group pronouns ("they") are left alone: resolving them needs more
 * than names.
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { GroupMention, MentionGroup } from './coreference.js'
import { TITLE_WORDS } from './cue-words.js'
import { nameKey, type Gender } from '../kb/name-gender.js'

const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
])

const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'm'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['king', 'm'],
  ['prince', 'm'],
  ['father', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['madam', 'f'],
  ['dame', 'f'],
  ['lady', 'f'],
  ['queen', 'f'],
  ['princess', 'f'],
  ['sister', 'f'],
])

// Words before a mention that make it an object or a modifier rather than the subject.
const OBJECT_MARKERS = new Set(['of', 'to', 'with', 'by', 'from', 'for', 'about', 'at', 'in', 'on', 'against', 'between', 'both', 'and', 'than', 'like'])

const NO_NAMES: ReadonlyMap<string, Gender> = new Map()

/** How far back a pronoun looks for its antecedent, in sentences. */
const SENTENCE_WINDOW = 3

interface PersonMention {
  readonly group: MentionGroup
  readonly mention: GroupMention
  readonly sentence: number
  readonly subject: boolean
}

/** Options of `resolvePronouns`. */
export interface PronounOptions {
  /** Given names that tell a person's gender (`Models.nameGenders`); default none: only titles and pronouns settle a gender. */
  readonly nameGenders?: ReadonlyMap<string, Gender>
}

/** Returns the groups with pronoun mentions added to the people they refer to. */
export function resolvePronouns(groups: readonly MentionGroup[], tokens: readonly Token[], sentences: readonly Sentence[], options: PronounOptions = {}): MentionGroup[] {
  const nameGenders = options.nameGenders ?? NO_NAMES
  const sentenceOf = new Int32Array(tokens.length)
  sentences.forEach((s, k) => sentenceOf.fill(k, s.tokenStart, s.tokenEnd))
  const people: PersonMention[] = []
  for (const group of groups) {
    if (group.type !== 'PERSON') continue
    for (const mention of group.mentions) {
      people.push({ group, mention, sentence: sentenceOf[mention.tokenStart] ?? 0, subject: isSubject(tokens, mention) })
    }
  }
  people.sort((x, y) => x.mention.start - y.mention.start)
  const gender = new Map<MentionGroup, Gender>()
  // Gendered titles settle a person's pronouns before any pronoun is read ("Ms. Lee ... he" is not Lee).
  for (const p of people) {
    const title = (tokens[p.mention.tokenStart - 1]?.text ?? '').toLowerCase().replace(/\.$/, '')
    const g = GENDERED_TITLES.get(title)
    if (g && !gender.has(p.group)) gender.set(p.group, g)
  }
  // So does a given name that is nearly always one gender ("Janet Yellen ... Trump ... she" is
  // Yellen): read from the first word of the group's longest name.
  for (const group of groups) {
    if (group.type !== 'PERSON' || gender.has(group)) continue
    const g = givenNameGender(group, tokens, nameGenders)
    if (g) gender.set(group, g)
  }
  const added = new Map<MentionGroup, GroupMention[]>()
  tokens.forEach((t, i) => {
    const g = PRONOUNS.get(t.text.toLowerCase())
    if (g === undefined) return
    const target = antecedent(people, sentenceOf[i] ?? 0, t.start, g, gender)
    if (!target) return
    if (!gender.has(target)) gender.set(target, g)
    const mention: GroupMention = { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, text: t.text, kind: 'pronoun' }
    const list = added.get(target)
    if (list) list.push(mention)
    else added.set(target, [mention])
  })
  return groups.map((group) => {
    const extra = added.get(group)
    if (!extra) return group
    return { ...group, mentions: [...group.mentions, ...extra].sort((x, y) => x.start - y.start) }
  })
}

/** The gender the given name of a person's longest name tells, or undefined. */
function givenNameGender(group: MentionGroup, tokens: readonly Token[], nameGenders: ReadonlyMap<string, Gender>): Gender | undefined {
  let longest: GroupMention | undefined
  for (const m of group.mentions) {
    if ((m.kind !== 'name' && m.kind !== 'short') || m.tokenEnd - m.tokenStart < 2) continue
    if (!longest || m.tokenEnd - m.tokenStart > longest.tokenEnd - longest.tokenStart) longest = m
  }
  // A lone word may be a surname ("Trump"), so only a name of two words or more counts.
  const first = longest && tokens[longest.tokenStart]?.text
  return first ? nameGenders.get(nameKey(first)) : undefined
}

/** The person a pronoun at `offset` in sentence `s` refers to, or undefined. */
function antecedent(people: readonly PersonMention[], s: number, offset: number, g: Gender, gender: ReadonlyMap<MentionGroup, Gender>): MentionGroup | undefined {
  const fits = (p: PersonMention): boolean => (gender.get(p.group) ?? g) === g
  for (let k = s; k >= 0 && k >= s - SENTENCE_WINDOW; k--) {
    const here = people.filter((p) => p.sentence === k && p.mention.start < offset && fits(p))
    if (here.length === 0) continue
    return (here.find((p) => p.subject) ?? here[here.length - 1]!).group
  }
  return undefined
}

// Determiners: a person's name after one and before a common noun modifies that noun.
const DETERMINERS = new Set(['the', 'a', 'an'])

/** Whether a mention reads as a subject: not possessive, not after a preposition, not a modifier. */
function isSubject(tokens: readonly Token[], m: GroupMention): boolean {
  const after = tokens[m.tokenEnd]?.text ?? ''
  if (/^['’]s?$/u.test(after) || /['’]s$/u.test(m.text)) return false
  // "The Hillary Clinton campaign canceled events with Sanders after he ..." names the campaign.
  if (DETERMINERS.has((tokens[m.tokenStart - 1]?.text ?? '').toLowerCase()) && /^\p{Ll}+$/u.test(after)) return false
  let i = m.tokenStart - 1
  // Skip the title and nationality words in front of the name ("North Korean leader").
  while (i >= 0 && (TITLE_WORDS.has(tokens[i]!.text.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}/u.test(tokens[i]!.text))) i--
  const before = tokens[i]?.text.toLowerCase() ?? ''
  return !OBJECT_MARKERS.has(before)
}
