/**
 * Nominal mentions of people: a role noun the article has attached to a person ("North Korean
 * leader Kim Jong-un", "Yury Ushakov, a presidential aide") refers back to that person when it
 * returns with "the" ("the leader said", "the aide added"). Only roles the text itself gave a
 * named person count, so an unnamed "the president" stays unresolved.
 */
import type { Token } from '../tokens/tokenize.js'
import type { GroupMention, MentionGroup } from './coreference.js'
import { PERSON_TITLES, TITLE_MODIFIERS, TITLE_WORDS } from './cue-words.js'

/** How many words may stand between an appositive's article and its role noun ("a senior presidential aide"). */
const APPOSITIVE_WORDS = 4

interface Role {
  readonly group: MentionGroup
  /** Offset where the role was given, so only later uses refer back to it. */
  readonly from: number
}

/** Returns the groups with "the <role>" mentions added to the people those roles were given to. */
export function resolveNominals(groups: readonly MentionGroup[], tokens: readonly Token[]): MentionGroup[] {
  const roles = new Map<string, Role[]>()
  const give = (noun: string, group: MentionGroup, from: number): void => {
    const list = roles.get(noun)
    if (list) list.push({ group, from })
    else roles.set(noun, [{ group, from }])
  }
  const named = new Uint8Array(tokens.length)
  for (const group of groups) {
    for (const m of group.mentions) named.fill(1, m.tokenStart, m.tokenEnd)
    if (group.type !== 'PERSON') continue
    for (const m of group.mentions) {
      if (m.kind === 'pronoun') continue
      const before = roleBefore(tokens, m.tokenStart)
      if (before) give(before, group, m.start)
      const after = appositiveRole(tokens, m.tokenEnd)
      if (after) give(after, group, m.start)
    }
  }
  if (roles.size === 0) return [...groups]
  const added = new Map<MentionGroup, GroupMention[]>()
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!.text
    const candidates = roles.get(noun)
    if (!candidates || named[i] || tokens[i - 1]!.text.toLowerCase() !== 'the') continue
    // "the leader Kim", "the president of France": a new name or another office follows.
    const next = tokens[i + 1]?.text ?? ''
    if (/^\p{Lu}/u.test(next) || next === 'of' || next === '’s' || next === "'s") continue
    const earlier = candidates.filter((r) => r.from < tokens[i]!.start)
    const role = earlier[earlier.length - 1]
    if (!role) continue
    const t = tokens[i]!
    const mention: GroupMention = { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, text: t.text, kind: 'nominal' }
    const list = added.get(role.group)
    if (list) list.push(mention)
    else added.set(role.group, [mention])
  }
  return groups.map((g) => {
    const extra = added.get(g)
    return extra ? { ...g, mentions: [...g.mentions, ...extra].sort((x, y) => x.start - y.start) } : g
  })
}

/** The role noun right before a name, in lower case: "leader" in "North Korean leader Kim". */
function roleBefore(tokens: readonly Token[], at: number): string | undefined {
  const t = tokens[at - 1]?.text
  if (t === undefined) return undefined
  const noun = t.toLowerCase().replace(/\.$/, '')
  return PERSON_TITLES.has(noun) && !t.endsWith('.') ? noun : undefined
}

/** The role noun of an appositive after a name: "aide" in "Yury Ushakov, a presidential aide". */
function appositiveRole(tokens: readonly Token[], at: number): string | undefined {
  if (tokens[at]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[at + 1]?.text ?? '')) return undefined
  for (let k = at + 2; k < at + 2 + APPOSITIVE_WORDS && k < tokens.length; k++) {
    const w = tokens[k]!.text
    if (!/^\p{Ll}/u.test(w)) return undefined
    if (PERSON_TITLES.has(w) || (TITLE_WORDS.has(w) && !/^\p{Ll}+ly$/u.test(w) && isRoleNoun(w))) return w
  }
  return undefined
}

// Title words that are nouns for a person (not qualifiers like "senior" or "foreign").
function isRoleNoun(w: string): boolean {
  return !TITLE_MODIFIERS.has(w) && w !== 'general'
}
