/**
 * Nouns that name acts, as role reading meets them: the noun heading the phrase an act noun stands
 * in, which names before it can be its doer, and the verbs and nouns around it that point to
 * whoever did it ("blamed Israel for the bombing", "a group of refugees").
 */
import type { ActorIndex } from './actor-dictionary.js'
import type { ArgumentCandidate } from './arguments.js'
import type { SentenceView } from './sentence-view.js'

/** Whether local token `a` reaches `k` through compound modifiers only ("army" in "army helicopter attack"). */
export function isCompoundChain(syn: NonNullable<SentenceView['syntax']>, a: number, k: number): boolean {
  for (let u = a, steps = 0; steps < 4 && u >= 0; steps++) {
    if (syn[u]!.deprel !== 'compound') return false
    if (syn[u]!.head === k) return true
    u = syn[u]!.head
  }
  return false
}

/**
 * Whether a name modifying an event noun can be who did it: an agent word, a state or nationality,
 * or an organisation the actor dictionary codes or that writes itself as an acronym ("FBI").
 * (People named before a meeting or a deal are its parties: "the Clinton-Trump debate".)
 */
export function namesDoer(c: ArgumentCandidate | null, view: SentenceView, actors: ActorIndex | undefined, type: string): boolean {
  if (!c) return false
  if (c.agent) return true
  const e = c.mention?.mention.entity
  if (!e) return false
  if (e.type === 'NORP' || e.type === 'GPE' || (e.type === 'PERSON' && PARTNERED.has(type))) return true
  if (e.type !== 'ORG') return false
  if (!actors) return true
  const m = c.mention!
  const name = view.words
    .slice(m.first, m.last + 1)
    .join(' ')
    .replace(/^the /, '')
  const text = view.tokens
    .slice(m.first, m.last + 1)
    .map((t) => t.text)
    .join('')
  return actors.actors.has(name) || actors.metonyms.has(name) || actors.agents.has(view.words[m.last]!) || /^\p{Lu}{2,}$/u.test(text.replace(/\./g, ''))
}

/** Verbs that hold their object to account for an act ("blamed Israel for the bombing"). */
export const ACCOUNTING_VERBS = new Set([
  'blame',
  'accuse',
  'charge',
  'convict',
  'indict',
  'arrest',
  'detain',
  'jail',
  'sentence',
  'prosecute',
  'punish',
  'suspect',
  'hold',
  'condemn',
  'thank',
  'credit',
  'praise',
  'sanction',
  'fine',
])
/** Prepositions of what someone is held to account for. */
export const ACCOUNT_PREPOSITIONS = new Set(['for', 'over', 'of'])
/** Adjectives that hold their subject to account ("responsible for the bombings"). */
export const RESPONSIBLE = new Set(['responsible', 'guilty', 'liable'])

// Types done between partners, whose parties a name before the noun may be.
const PARTNERED = new Set(['CONSULT', 'AGREE', 'COOPERATE'])
/** Nouns of people by their suffix ("officer", "soldier", "militant"), not of acts. */
export const PERSON_NOUN = /(er|or|ist|ian|ant|ent)s?$/

/**
 * The noun that heads the phrase an act noun at `i` stands in: the noun it modifies ("hunger" in
 * "a hunger strike") or the measure it counts ("4 million dollars of aid", "a wave of attacks").
 */
export function actPhraseHead(view: SentenceView, i: number): number {
  const syn = view.syntax!
  let h = i
  for (let steps = 0; steps < 3; steps++) {
    const t = syn[h]!
    if (t.deprel === 'compound' && t.head > h && syn[t.head]!.upos === 'NOUN') h = t.head
    else if (t.deprel === 'nmod' && t.head >= 0 && t.head < h && /^(NOUN|NUM)$/.test(syn[t.head]!.upos) && syn.some((c, k) => c.head === h && c.deprel === 'case' && view.words[k] === 'of')) h = t.head
    else break
  }
  return h
}

/** Nouns that count or group the people of their of-phrase ("a group of refugees"). */
export const PARTITIVE = new Set(['group', 'number', 'band', 'crowd', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'handful', 'couple'])
