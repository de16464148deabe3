/**
 * The entities analysis step: names from the sequence tagger (when loaded), the gazetteer,
 * model-code patterns and capitalized phrases become typed, coreferent entities with every
 * mention (names, short forms, pronouns, "the aide"), canonical countries, sectors, stable keys and salience.
 */
import type { Entity } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { assembleEntities } from './assemble.js'
import { collectCandidates } from './candidates.js'
import { classifyCandidates } from './classify.js'
import { groupNames } from './coreference.js'
import { EMPTY_GAZETTEER, gazetteerKey, type Gazetteer } from '../kb/gazetteer.js'
import { splitTokens } from '../tokens/tokenize.js'
import { resolveNominals } from './nominals.js'
import { resolvePronouns } from './pronouns.js'
import { findAcronymDefinitions } from './acronyms.js'
import { addSurnameMentions, joinSplitNames } from './split-names.js'
import { normalizeName } from './coreference.js'
import { nameKey } from '../kb/name-gender.js'
import { retypeCuelessPeople } from './person-cues.js'
import type { EntityType } from '../../model/article.js'
import type { KnowledgeBase } from '../kb/knowledge-base.js'

export { buildMentionIndex, entityAt, entityById, mentionAt, mentionsIn, type IndexedMention, type MentionIndex } from '../../model/mention-index.js'
export { entityKey } from './assemble.js'
export { normalizeName } from './coreference.js'
export { withNationalityAliases } from './nationality-aliases.js'
export { EMPTY_GAZETTEER, loadGazetteer, type Gazetteer, type GazetteerEntry } from '../kb/gazetteer.js'

/** Options of `findEntities` beyond the context. */
export interface FindEntitiesOptions {
  /** Gazetteer to use instead of `Models.gazetteer` (custom lexicons); with neither, no gazetteer names. */
  readonly gazetteer?: Gazetteer
  /**
   * Names from the gazetteer, model-code patterns and defined acronyms only: no tagger, no
   * capitalized phrases, no pronouns or "the aide" (default false). For text in a language the
   * tagger and those word lists were not made for.
   */
  readonly gazetteerOnly?: boolean
}

/** Finds the entities of the article text, each with all its mentions. */
export function findEntities(ctx: AnalysisContext, options: FindEntitiesOptions = {}): Entity[] {
  const gazetteer = options.gazetteer ?? ctx.models.gazetteer ?? EMPTY_GAZETTEER
  const gazetteerOnly = options.gazetteerOnly === true
  const tagged = ctx.models.ner && !gazetteerOnly ? ctx.models.ner.tag(ctx.tokens, ctx.sentences) : null
  const acronyms = findAcronymDefinitions(ctx.tokens, ctx.sentences)
  const candidates = collectCandidates({ text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, gazetteer, tagged, acronyms, chunks: !gazetteerOnly })
  const kb = ctx.models.kb
  const nameGenders = ctx.models.nameGenders
  const knownPlace = kb ? (name: string): boolean => kb.lookup(name).some((i) => kb.entity(i).type !== 'ORG' && kb.entity(i).type !== 'PERSON') : undefined
  const givenName = nameGenders ? (word: string): boolean => nameGenders.has(nameKey(word)) : undefined
  const kbKnows = kb
    ? (name: string, exact: boolean): { person: boolean; other: boolean } => {
        const found = kb.lookup(name).map((i) => kb.entity(i))
        const own = exact ? found.filter((e) => normalizeName(e.name) === normalizeName(name)) : found
        return { person: own.some((e) => e.type === 'PERSON'), other: own.some((e) => e.type !== 'PERSON') }
      }
    : undefined
  const classified = classifyCandidates(candidates, tagged !== null, {
    tokens: ctx.tokens,
    ...(knownPlace ? { knownPlace } : {}),
    ...(givenName ? { givenName } : {}),
    ...(kbKnows ? { kbKnows } : {}),
  })
  const typed = addSurnameMentions(joinSplitNames(classified, ctx.tokens, ctx.text), ctx.tokens, ctx.text)
  const defined = new Map(acronyms.map((d) => [d.acronym, normalizeName(ctx.text.slice(ctx.tokens[d.tokenStart]!.start, ctx.tokens[d.tokenEnd - 1]!.end))]))
  const named = groupNames(typed, { definedAcronyms: defined, tokens: ctx.tokens, ...(kb ? { knownName: (name) => kb.lookup(name).some((i) => kb.entity(i).type !== 'PERSON') } : {}) })
  const resolved = gazetteerOnly ? named : resolveNominals(resolvePronouns(named, ctx.tokens, ctx.sentences, nameGenders ? { nameGenders } : {}), ctx.tokens)
  const groups =
    kb && !gazetteerOnly ? retypeCuelessPeople(resolved, { tokens: ctx.tokens, otherThanPerson: (name) => kbTypeOtherThanPerson(kb, name), ...(givenName ? { givenName } : {}) }) : resolved
  return assembleEntities({
    groups,
    textLength: ctx.text.length,
    title: ctx.article.title,
    countryNames: gazetteer.countryNames,
    countryInName: (name) => countryInName(gazetteer, name),
    tokens: ctx.tokens,
  })
}

/**
 * The type of the best-known KB entity whose own name (not an alias) this is, when the KB knows
 * the name only as a place or an organization and no person it knows ends their name with it.
 */
function kbTypeOtherThanPerson(kb: KnowledgeBase, name: string): EntityType | undefined {
  const own = kb.lookup(name).filter((i) => kb.isPrimaryName(i, name))
  if (own.length === 0) return undefined
  const found = own.map((i) => kb.entity(i))
  // "the Clintons" is a family, whatever shop bears the name.
  const last = name.slice(name.lastIndexOf(' ') + 1)
  if (found.some((e) => e.type === 'PERSON') || kb.personSurname?.(last) === true || (/s$/.test(last) && kb.personSurname?.(last.slice(0, -1)) === true)) return undefined
  return found.sort((x, y) => y.prior - x.prior)[0]!.type
}

/** The country a country name or nationality inside a name refers to ("Korea Institute ..." -> KOR). */
function countryInName(gazetteer: Gazetteer, name: string): string | undefined {
  const words = splitTokens(name).map((t) => t.text)
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const entry = gazetteer.entries.get(gazetteerKey(words.slice(i, i + n)))
      if (entry?.country && (entry.kind === 'country' || entry.kind === 'demonym')) return entry.country
    }
  }
  return undefined
}
