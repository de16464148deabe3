/**
 * Who can take part in an event: the phrases of a sentence that may be its actor or recipient —
 * entity mentions (names, pronouns, nominals), generic agents the actor dictionary knows
 * ("police", "Afghan soldiers", "the protesters") and the common targets of violence and coercion
 * ("civilians", "a hospital", "the village"). Each is a token range with a head word.
 */
import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../../model/dates/calendar-names.js'
import type { ActorIndex } from './actor-dictionary.js'
import type { SentenceView, ViewMention } from './sentence-view.js'
import { isNominalGerund } from './gerund-nouns.js'
import { dependents } from '../syntax/relations.js'

/** A phrase that may fill a role; indices are local to the sentence. */
export interface ArgumentCandidate {
  readonly first: number
  readonly last: number
  /** The head word: the last of a name, the agent noun of "Afghan police". */
  readonly head: number
  readonly mention?: ViewMention
  /** Sector code of an agent head ("police" COP). */
  readonly agent?: string
  /**
   * Agent words that only modify the head ("a coalition air strike", "a police raid"): no
   * candidates of their own, but the doer of an event the head names.
   */
  readonly modifierAgents?: ReadonlyArray<{ readonly at: number; readonly agent: string }>
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC'])

// Things and people events are done to, which no entity recogniser names.
const TARGET_NOUNS = new Set([
  'civilian',
  'civilians',
  'people',
  'person',
  'villager',
  'villagers',
  'resident',
  'residents',
  'man',
  'men',
  'woman',
  'women',
  'child',
  'children',
  'boy',
  'boys',
  'girl',
  'girls',
  'family',
  'families',
  'victim',
  'victims',
  'hostage',
  'hostages',
  'prisoner',
  'prisoners',
  'detainee',
  'detainees',
  'suspect',
  'suspects',
  'passenger',
  'passengers',
  'worker',
  'workers',
  'hospital',
  'hospitals',
  'school',
  'schools',
  'village',
  'villages',
  'town',
  'towns',
  'city',
  'building',
  'buildings',
  'house',
  'houses',
  'home',
  'homes',
  'mosque',
  'church',
  'temple',
  'market',
  'convoy',
  'convoys',
  'base',
  'bases',
  'position',
  'positions',
  'checkpoint',
  'checkpoints',
  'camp',
  'camps',
  'embassy',
  'station',
  'office',
  'offices',
  'compound',
  'bus',
  'vehicle',
  'vehicles',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'plane',
  'aircraft',
  'border',
  'territory',
  'island',
  'region',
  'area',
  'areas',
  'neighborhood',
  'neighbourhood',
  'crowd',
  'crowds',
  'mob',
  'leader',
  'leaders',
  'official',
  'officials',
  'journalist',
  'journalists',
  'activist',
  'activists',
  'student',
  'students',
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'opponent',
  'opponents',
])

const STOP = new Set('the a an of and or , to in on at by for with from that which who was were is are has have had will said'.split(' '))

/** The role candidates of a sentence, in text order, without overlaps (a name wins over an agent word inside it). */
export function argumentCandidates(view: SentenceView, actors: ActorIndex | undefined): ArgumentCandidate[] {
  return view.syntax ? parsedCandidates(view, actors) : wordCandidates(view, actors)
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON'])
// Calendar and clock words: when an event happened, never who took part in it.
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_WEEKDAY_NAMES,
  ...ENGLISH_MONTH_NAMES,
  ...'today yesterday tomorrow tonight morning afternoon evening night week weekend month year day hour hours days weeks months years minute minutes time'.split(' '),
])
// Dependents that belong to a noun phrase's own words ("the two Afghan police officers").
const NP_PARTS = new Set(['det', 'amod', 'compound', 'flat', 'nmod:poss', 'nummod', 'case', 'det:poss', 'nmod:npmod', 'obl:npmod'])

// With a parse: every nominal head is a candidate, spanning its noun phrase's own words, and
// takes the entity mention that covers it.
function parsedCandidates(view: SentenceView, actors: ActorIndex | undefined): ArgumentCandidate[] {
  const syn = view.syntax!
  const n = syn.length
  const kids: number[][] = syn.map(() => [])
  syn.forEach((t, i) => {
    if (t.head >= 0 && t.head !== i) kids[t.head]!.push(i)
  })
  const mentionAt = new Array<ViewMention | undefined>(n)
  for (const vm of view.mentions) if (ACTOR_TYPES.has(vm.mention.entity.type)) for (let k = vm.first; k <= vm.last; k++) mentionAt[k] ??= vm
  const out: ArgumentCandidate[] = []
  for (let h = 0; h < n; h++) {
    const t = syn[h]!
    // ("the police firing": a gerund used as a noun with a modifier or possessor heads its phrase,
    // whose agent words are its doers; "the following" is no participant.)
    const gerund = isNominalGerund(syn, h) && dependents(syn, h, 'compound', 'nmod:poss').some((d) => syn[d]!.deprel === 'compound' || syn[d]!.deprel === 'nmod:poss')
    if (!NOMINAL.has(t.upos) && !(t.upos === 'NUM' && /^(obj|nsubj)/.test(t.deprel)) && !(t.upos === 'ADJ' && mentionAt[h]) && !gerund) continue
    if (t.deprel === 'compound' || t.deprel === 'flat' || t.deprel.startsWith('flat:') || t.deprel === 'fixed') continue
    // A date or time is when, never who.
    // ("killed by a gunman Thursday": the parser may head the agent's phrase with the bare weekday
    // after it; the noun before the weekday is the participant.)
    if (view.inDate[h] || /^obl:tmod|^nmod:tmod/.test(t.deprel) || TIME_WORDS.has(view.words[h]!)) {
      const named = h > 0 && syn[h - 1]!.head === h && syn[h - 1]!.deprel === 'compound' ? h - 1 : -1
      if (named < 0 || !NOMINAL.has(syn[named]!.upos) || view.inDate[named] || TIME_WORDS.has(view.words[named]!)) continue
      out.push(phraseCandidate(view, kids, mentionAt, actors, named, h))
      continue
    }
    // An adjective of nationality ("Israeli tanks") belongs to its noun.
    if (t.upos === 'ADJ' && t.deprel === 'amod' && t.head >= 0 && NOMINAL.has(syn[t.head]!.upos)) continue
    out.push(phraseCandidate(view, kids, mentionAt, actors, h, h))
  }
  return mergeTitles(
    view,
    out.sort((a, b) => a.first - b.first),
  )
}

// The candidate headed by `h`, spanning the noun phrase's own words under `top` (its head, or the
// time word the parser made head of it) up to `h`, with the mention that covers it.
function phraseCandidate(view: SentenceView, kids: readonly number[][], mentionAt: ReadonlyArray<ViewMention | undefined>, actors: ActorIndex | undefined, h: number, top: number): ArgumentCandidate {
  const syn = view.syntax!
  let first = h
  let last = h
  const grow = (k: number): void => {
    for (const c of kids[k]!) {
      const r = syn[c]!.deprel
      if (!NP_PARTS.has(r) || (r === 'case' && view.words[c] !== "'s")) continue
      if (c < first) first = c
      if (c > last) last = c
      grow(c)
    }
  }
  grow(top)
  // (The time word heading the phrase and what follows it are not the participant's words.)
  if (top !== h) last = Math.min(last, h)
  const modifierAgents: Array<{ at: number; agent: string }> = []
  for (let k = first; k < h; k++) {
    // ("the hospital attacks": a place attacked, whatever sector a hospital's staff has)
    const word = k === 0 ? view.words[k]!.toLowerCase() : view.words[k]!
    const a = syn[k]!.deprel === 'compound' && !mentionAt[k] && !TARGET_NOUNS.has(word) ? actors?.agents.get(word) : undefined
    if (a) modifierAgents.push({ at: k, agent: a })
  }
  // The name it is, or the nationality or country that qualifies it ("North Korean troops").
  const vm = mentionAt[h] ?? view.mentions.find((m) => m.first >= first && m.last <= last && ACTOR_TYPES.has(m.mention.entity.type))
  if (vm) {
    first = Math.min(first, vm.first)
    last = Math.max(last, vm.last)
  }
  const agent = actors?.agents.get(view.words[h]!)
  return { first, last, head: h, ...(vm ? { mention: vm } : {}), ...(agent ? { agent } : {}), ...(modifierAgents.length ? { modifierAgents } : {}) }
}

// "Vice President Joe Biden", "Billionaire tech investor Peter Thiel": a title phrase right before
// a name is one participant, named by the name; so is one that a nationality or party only
// qualifies ("Republican presidential nominee Donald Trump", "French opposition leader X").
function mergeTitles(view: SentenceView, cands: ArgumentCandidate[]): ArgumentCandidate[] {
  const out: ArgumentCandidate[] = []
  for (const c of cands) {
    const prev = out[out.length - 1]
    const person = c.mention && (c.mention.mention.entity.type === 'PERSON' || c.mention.mention.entity.type === 'ORG')
    // (A pronoun is no title: "McDaniel, whom Ramaswamy called on to resign".)
    const pronoun = prev !== undefined && view.syntax?.[prev.head]?.upos === 'PRON'
    if (prev && person && !pronoun && (!prev.mention || qualifiesOnly(prev)) && prev.last + 1 === c.first && /^\p{L}/u.test(view.words[prev.last]!)) {
      out[out.length - 1] = { ...c, first: prev.first, ...(prev.agent && !c.agent ? { agent: prev.agent } : {}) }
      continue
    }
    out.push(c)
  }
  return out
}

// Whether the candidate's mention is a nationality or place that only qualifies its head noun
// ("Republican presidential nominee"): the phrase is a title, not that entity.
function qualifiesOnly(c: ArgumentCandidate): boolean {
  const vm = c.mention
  return vm !== undefined && (vm.first > c.head || vm.last < c.head) && (vm.mention.entity.type === 'NORP' || vm.mention.entity.type === 'GPE')
}

// Without a parse: entity mentions, agent nouns and common target nouns.
function wordCandidates(view: SentenceView, actors: ActorIndex | undefined): ArgumentCandidate[] {
  const out: ArgumentCandidate[] = []
  const taken = new Array<boolean>(view.words.length).fill(false)
  for (const vm of view.mentions) {
    if (!ACTOR_TYPES.has(vm.mention.entity.type)) continue
    if (taken[vm.first]) continue
    const { first } = vm
    let last = vm.last
    let head = last
    // "Israeli tanks", "North Korean troops": a nationality before an agent noun describes it.
    if (vm.mention.entity.type === 'NORP' || vm.mention.entity.type === 'GPE') {
      let k = last + 1
      while (k < view.words.length && k <= last + 2 && !STOP.has(view.words[k]!) && !actors?.agents.has(view.words[k]!) && !TARGET_NOUNS.has(view.words[k]!) && /^\p{Ll}/u.test(view.tokens[k]!.text))
        k++
      if (k < view.words.length && (actors?.agents.has(view.words[k]!) || TARGET_NOUNS.has(view.words[k]!))) {
        last = k
        head = k
      }
    }
    for (let t = first; t <= last; t++) taken[t] = true
    const agent = actors?.agents.get(view.words[head]!)
    out.push({ first, last, head, mention: vm, ...(agent ? { agent } : {}) })
  }
  for (let i = 0; i < view.words.length; i++) {
    if (taken[i]) continue
    const w = view.words[i]!
    const two = i + 1 < view.words.length ? `${w} ${view.words[i + 1]}` : ''
    const agent = (two && actors?.agents.get(two)) || actors?.agents.get(w)
    const isTarget = TARGET_NOUNS.has(w)
    if (!agent && !isTarget) continue
    const last = two && actors?.agents.has(two) ? i + 1 : i
    // Extend over modifiers: "riot police", "Afghan security forces", "the protesters".
    let first = i
    while (first > 0 && !taken[first - 1] && first > i - 3 && !STOP.has(view.words[first - 1]!) && /\p{L}/u.test(view.words[first - 1]!) && !/(ed|ing)$/.test(view.words[first - 1]!)) first--
    for (let t = first; t <= last; t++) taken[t] = true
    out.push({ first, last, head: last, ...(agent ? { agent } : {}) })
  }
  return out.sort((a, b) => a.first - b.first)
}
