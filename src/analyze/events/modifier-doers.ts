/**
 * Who an event noun's own modifiers name as its doer beyond its direct dependents: a name two
 * compounds away ("the US arms embargo", "a Russian air strike" parsed with "Russian" on "air"),
 * and an agent word the parser tags as an adjective ("a militant attack", "jihadist bombings"),
 * which the candidate builder only reads off compounds.
 */
import { dependents } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'
import type { ActorIndex } from './actor-dictionary.js'
import type { ArgumentCandidate } from './arguments.js'
import { isActingEntityType } from '../../model/acting-entities.js'

// The relations by which a word before a noun qualifies it.
const QUALIFYING = ['compound', 'amod', 'nmod:poss'] as const

/**
 * The qualifiers of the compounds before the event noun at article token `at` (up to two
 * compounds deep): "US" in "the US arms embargo", "coalition" in "a coalition air strike".
 */
export function chainedModifiers(article: NonNullable<SentenceView['articleSyntax']>, at: number): number[] {
  const out: number[] = []
  let level = dependents(article, at, 'compound').filter((m) => m < at)
  for (let depth = 0; depth < 2 && level.length > 0; depth++) {
    const next: number[] = []
    for (const m of level) {
      const qualifiers = dependents(article, m, ...QUALIFYING).filter((q) => q < m)
      out.push(...qualifiers)
      next.push(...qualifiers.filter((q) => article[q]!.deprel === 'compound'))
    }
    level = next
  }
  return out
}

// Types whose act an agent adjective names the doer of ("militant fire", "separatist wars"); of
// others it names the kind ("a military alliance", "military aid").
const DONE_BY_MODIFIER = new Set(['ASSAULT', 'PROTEST', 'THREATEN', 'MOBILIZE'])

// Agent adjectives that name the kind of an act, not a party to it ("a terrorist attack", "a
// military conflict", "criminal violence"): the act is no more a terrorist's than a soldier's.
const KIND_WORDS = new Set(['terrorist', 'military', 'criminal', 'paramilitary', 'violent', 'armed', 'political'])

// Agent words that name who an act is done to when they qualify it ("civilian deaths", "child abuse").
const UNDERGOING_WORDS = new Set(['civilian', 'civilians', 'child', 'children', 'women', 'prisoner', 'prisoners', 'refugee', 'refugees', 'migrant', 'migrants', 'student', 'students'])

/**
 * The agent code of an agent word at local token `k` that the parser tags as an adjective or an
 * adjectival modifier before the event noun at `i` ("a militant attack": UAF), or undefined.
 */
export function adjectivalAgent(view: SentenceView, actors: ActorIndex | undefined, k: number, i: number, type: string): string | undefined {
  const syn = view.syntax
  if (!syn || !actors || k >= i || !DONE_BY_MODIFIER.has(type)) return undefined
  const t = syn[k]!
  if (t.deprel !== 'amod' && t.upos !== 'ADJ') return undefined
  const word = view.words[k]!
  const lower = word.toLowerCase()
  if (UNDERGOING_WORDS.has(lower) || KIND_WORDS.has(lower)) return undefined
  return actors.agents.get(word) ?? actors.agents.get(lower)
}

// "Saudi-led", "Iranian-backed": a word that names who leads or backs what it qualifies.
const LED_BY = /^(.+?)-(?:led|backed|sponsored|supported|directed)$/i

/**
 * The doer an event noun's own words name where the parse does not: the phrase after "the attack
 * by" (which the parser may make the subject of the next verb: "The attack by Houthi rebels killed
 * 30 soldiers") or a "-led"/"-backed" word right before it ("Saudi-led airstrikes"). Local
 * indices; null when none.
 */
export function surfaceDoer(view: SentenceView, cands: readonly ArgumentCandidate[], i: number, triggerLast: number): ArgumentCandidate | null {
  if (view.words[triggerLast + 1]?.toLowerCase() === 'by') {
    const c = cands.find((x) => x.first <= triggerLast + 2 && triggerLast + 2 <= x.last && x.first > triggerLast)
    // (Only someone: "the attack by the river" names a place.)
    if (c && (c.agent !== undefined || (c.mention !== undefined && isActingEntityType(c.mention.mention.entity.type)))) return c
  }
  // (Only where a name is found in it: "state-backed hacking" names no one.)
  const mention = i > 0 && LED_BY.test(view.words[i - 1]!.replace(/’/g, "'")) ? view.mentions.find((m) => m.first <= i - 1 && i - 1 <= m.last) : undefined
  if (mention) return { first: i - 1, last: i - 1, head: i - 1, mention }
  return null
}
