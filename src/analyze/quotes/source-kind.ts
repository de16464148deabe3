/**
 * What kind of source an attribution has: someone (a person, a group, an organization), a thing
 * (a title, a place, a record, a tool), nobody (a field label on a spec line), or an agency that
 * relays someone else's post; and whether its content is a clause or a noun phrase.
 */
import { isActingEntityType } from '../../model/acting-entities.js'
import type { Entity, Quote } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import type { QuotedSpan } from './quote-marks.js'
import { tokenRange } from './span-candidates.js'
import { isAgentNoun } from './agent-nouns.js'
import { isWritingOrDocument } from './attribution-class.js'
import type { Syntax } from '../syntax/types.js'

/**
 * "According to AFP, one user on Weibo posted: “...”": the agency relays the post, whose words are
 * the user's. When an "according to" quote has the same content as a quote whose cue follows it,
 * the agency's content is the relayed attribution (from its source on), not the post's words.
 */
export function relayed(text: string, q: Quote, all: readonly Quote[]): Quote {
  if (!q.cueSpan || !/^according to$/i.test(q.cue?.trim() ?? '')) return q
  const inner = all.find((o) => o !== q && o.start === q.start && o.end === q.end && o.cueSpan && o.cueSpan.start > q.cueSpan!.end && o.cueSpan.end <= o.start)
  if (!inner) return q
  const start = inner.speakerMention && inner.speakerMention.start > q.cueSpan.end ? inner.speakerMention.start : inner.cueSpan!.start
  return { ...q, start, text: text.slice(start, q.end), kind: 'mixed' }
}
// A field label opening a line: title-case words up to a colon ("Stated Weight per Ski:", "Factory Recommended Mount Point:").
const FIELD_LABEL = /^[^\S\n]*(?:(?:\p{Lu}[\p{L}'’-]*|per|of|and|or|for|to|in|on|the|a)[^\S\n]+){0,6}\p{Lu}[\p{L}'’-]*(?:[^\S\n]*\([^)\n]{0,20}\))?[^\S\n]*:/u

/**
 * Whether a quote's cue is a word of a field label on a spec line ("Stated Weight per Ski: 2030
 * grams", "Recommended Mount Point: -4.2 cm"): the line opens with title-case words and a colon
 * and the cue lies before the colon. "Trump said: ..." has a lower-case cue and stays.
 */
export function inFieldLabel(text: string, q: Quote): boolean {
  if (!q.cueSpan || q.cue?.trim() === ':') return false
  const lineStart = text.lastIndexOf('\n', q.cueSpan.start) + 1
  const label = FIELD_LABEL.exec(text.slice(lineStart, lineStart + 120))
  return label !== null && lineStart + label[0].length > q.cueSpan.end
}

/** Whether a name of a person, organization, place or group (not a pronoun) overlaps `span`. */
export function overlapsNamedSomeone(ctx: AnalysisContext, span: { readonly start: number; readonly end: number }): boolean {
  return ctx.entities.some((e) => isActingEntityType(e.type) && e.mentions.some((n) => n.kind !== 'pronoun' && n.start < span.end && span.start < n.end))
}

/**
 * Whether a label line's label is a common word rather than who speaks ("More: “...”", "Grade:
 * C+", "Summary: ..."): in title case (a transcript's "PENCE:" in capitals names a speaker), no
 * name in it (no person, organization, place or group entity, no proper noun in the parse), no
 * noun for people ("Moderator:") and no document ("Poll:", which shows what follows).
 */
export function isCommonWordLabel(ctx: AnalysisContext, q: Quote): boolean {
  const m = q.speakerMention
  if (q.cue?.trim() !== ':' || !m || q.speaker) return false
  const label = ctx.text.slice(m.start, m.end)
  if (!/\p{Ll}/u.test(label)) return false
  if (overlapsNamedSomeone(ctx, m)) return false
  const [from, to] = tokenRange({ tokens: ctx.tokens }, m.start, m.end)
  if (to <= from) return false
  if (ctx.syntax) for (let t = from; t < to; t++) if (ctx.syntax[t]?.upos === 'PROPN') return false
  // "Poll: Clinton and Trump in dead heat": a document label reports what it shows (evidence).
  const head = ctx.tokens[to - 1]!.text.toLowerCase()
  return !isAgentNoun(head) && !isWritingOrDocument(head)
}

/** Pronouns that stand for someone (or a relative pronoun for the phrase before it). */
export const PERSONAL = /^(?:he|she|they|i|we|you|who|whom|it|one|him|her|them|me|us)$/i
const COMPLEMENTIZER = /^(?:that|whether|if|how|what|why|when|where|who|which|to)$/i

/** Entity types that name places and happenings, never someone who speaks (PRODUCT is left out: the recognizer gives it to bands and outlets too). */
const THING_TYPES = new Set(['LOC', 'FAC', 'EVENT'])
const PREPOSITION = /^(?:of|in|on|at|for|with|by|from|about|to|into|over|under|near|inside|outside|among)$/i

/**
 * Whether a source phrase names a thing rather than someone: a quotation standing alone as the
 * source (a title: "“Imola” suggests"), a place, facility, event or product entity ("Imola"), or
 * a common noun phrase whose head is no agent noun ("A simple metal detector", "Their latest, a
 * self-titled effort"). Pronouns, names of people, organizations and groups ("Democrats"), a
 * capitalized name the entity step did not type, and the subject of a verb of saying ("the
 * captain said", "the associate told") that is no document ("the report said") all stand for
 * someone.
 */
export function namesThing(
  ctx: AnalysisContext,
  quoted: readonly QuotedSpan[],
  source: { start: number; end: number },
  phrase: { start: number; end: number },
  named: string,
  entity: Entity | null,
  cue?: { start: number; end: number },
): boolean {
  const { text } = ctx
  if (quoted.some((q) => q.start >= source.start - 1 && q.start <= source.start + 1 && source.end - 1 <= q.end && q.end - q.start <= source.end - source.start + 2)) return true
  if (entity) return false
  if (PERSONAL.test(text.slice(source.start, source.end).trim()) || PERSONAL.test(named.trim())) return false
  const head = headWord(ctx, phrase, named)
  if (!head) return false
  // The entity the head word belongs to decides ("Health authorities in Inner Mongolia": the head is no place).
  for (const e of ctx.entities) if (e.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return THING_TYPES.has(e.type)
  if (/^\p{Lu}/u.test(head.word) || /^\p{N}/u.test(head.word)) return false
  // "the president-elect", "the governor-elect": an office held from a coming date is the office.
  if (/^elect$/i.test(head.word) || /-elect$/i.test(text.slice(head.start, head.end + 6).split(/\s/)[0]!)) return false
  const noun = head.word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^ex-/, '')
  if (isAgentNoun(noun)) return false
  // No list of person nouns is ever complete ("the pilot", "the associate", "the 38-year-old"):
  // who says or tells something is someone, unless the noun names a document that speaks ("the
  // report said", "the sign says").
  return !(cue && ctx.syntax && head.token !== undefined && subjectOfSaying(ctx, ctx.syntax, head.token, cue) && !isWritingOrDocument(noun))
}

/** Most words between a determiner and its noun ("the | veteran long-serving team | captain"). */
const MAX_PREMODIFIERS = 8

/**
 * Lemmas of verbs whose subject is someone who speaks (documents aside): "said", "told", "added",
 * "quipped". Verbs a notice or a form does as well ("the alert asked", "the guide explains",
 * "the plan promises") are left out.
 */
const SAYING =
  /^(?:say|tell|add|reply|insist|admit|recount|quip|joke|exclaim|shout|yell|scream|whisper|sigh|laugh|boast|brag|complain|concede|vow|swear|reminisce|gush|rave|muse|marvel|confide|confess)$/

/**
 * Whether token `t` is the subject of a verb of saying inside the cue, as a common noun phrase
 * with a determiner, possessive or number ("the captain", "her coach", "one associate") or a
 * plural ("residents").
 */
function subjectOfSaying(ctx: AnalysisContext, syntax: Syntax, t: number, cue: { start: number; end: number }): boolean {
  const x = syntax[t]
  // The tagger takes a rare lower-case noun for a name or an adjective now and then ("the nanny").
  if (!x || x.deprel !== 'nsubj' || !/^(?:NOUN|PROPN|ADJ)$/.test(x.upos) || x.head < 0) return false
  const verb = ctx.tokens[x.head]!
  if (verb.start < cue.start || verb.end > cue.end || !SAYING.test(syntax[x.head]!.lemma.toLowerCase())) return false
  if (x.xpos === 'NNS') return true
  for (let d = Math.max(0, t - MAX_PREMODIFIERS); d < t; d++) if (syntax[d]!.head === t && /^(?:det|nmod:poss|nummod)$/.test(syntax[d]!.deprel)) return true
  return false
}

/** Entity types that name someone who can be cited as the origin of news. */
const SOMEONE_TYPES = new Set(['PERSON', 'ORG', 'NORP'])

/**
 * Whether a noun phrase names someone: its head word lies in a person, organization or group
 * entity, or is a noun for people or a body of people ("two officials familiar with the matter",
 * "the regional health commission"); "a threat to public health" names no one.
 */
export function namesSomeone(ctx: AnalysisContext, phrase: { start: number; end: number }): boolean {
  const head = headWord(ctx, phrase, ctx.text.slice(phrase.start, phrase.end))
  if (!head) return false
  for (const e of ctx.entities) if (e.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return SOMEONE_TYPES.has(e.type)
  return isAgentNoun(head.word.toLowerCase().replace(/['’]s$/, ''))
}

/**
 * The head word of a source phrase: the word the parse hangs the phrase from ("Two people briefed
 * on the talks": people), else the last word before a preposition, appositive or relative clause.
 */
function headWord(ctx: AnalysisContext, phrase: { start: number; end: number }, named: string): { word: string; start: number; end: number; token?: number } | null {
  const syntax = ctx.syntax
  if (syntax) {
    // The nominal nearest the top of the phrase's tree (a participle may head it: "people briefed on ...").
    const [from, to] = tokenRange({ tokens: ctx.tokens }, phrase.start, phrase.end)
    let best = -1
    let bestDepth = Infinity
    for (let t = from; t < to; t++) {
      // "Their latest": a possessive is no head; an adjective standing as a noun is.
      if (!/^(?:NOUN|PROPN|PRON|NUM|ADJ)$/.test(syntax[t]?.upos ?? '') || /^(?:nmod:poss|det|amod)$/.test(syntax[t]!.deprel)) continue
      let depth = 0
      for (let h = syntax[t]!.head; h >= from && h < to && depth < 64; h = syntax[h]!.head) depth++
      if (depth < bestDepth) {
        best = t
        bestDepth = depth
      }
    }
    if (best >= 0) return { word: ctx.tokens[best]!.text, start: ctx.tokens[best]!.start, end: ctx.tokens[best]!.end, token: best }
  }
  const words: string[] = []
  for (const w of named.split(/[,(—–]|\b(?:who|which|that|whose)\b/)[0]!.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) {
    if (PREPOSITION.test(w) && words.length) break
    words.push(w)
  }
  const last = words.at(-1)
  const at = last ? ctx.text.indexOf(last, phrase.start) : -1
  return last ? { word: last, start: at, end: at + last.length } : null
}

/**
 * Whether an entity is a title: each of its mentions sits between quotation marks ("the dealers
 * from “Antiques Roadshow”"), so it names a show, a song or a book, not a person.
 */
export function isQuotedTitle(text: string, entity: Entity): boolean {
  const names = entity.mentions.filter((m) => m.kind !== 'pronoun')
  return names.length > 0 && names.every((m) => /["“‘'«]\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*[,.]?["”’'»]/.test(text.slice(m.end, m.end + 3)))
}

/**
 * Whether a source phrase carries a piece of its clause ("Words cannot" before "describe", "The
 * premier took to X" before ", writing"): it holds a subject together with an auxiliary of the
 * cue, or with a verb that governs the cue, so the phrase is no noun phrase and names no one. A
 * verb inside a relative clause ("officials who spoke to reporters") governs no cue, and a
 * phrase with no subject in it ("Aid groups", which the parse may take for an imperative) is
 * left alone.
 */
export function isClauseFragment(ctx: AnalysisContext, syntax: Syntax, source: { start: number; end: number }, cue: { start: number; end: number }): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, source.start, source.end)
  const [cueFrom, cueTo] = tokenRange({ tokens: ctx.tokens }, cue.start, cue.end)
  const inSource = (t: number): boolean => t >= from && t < to
  const governsCue = (h: number): boolean => {
    for (let c = cueFrom; c < cueTo; c++) if (c === h || syntax[c]?.head === h) return true
    return false
  }
  for (let t = from; t < to; t++) {
    const x = syntax[t]
    // "settlers, who overwhelmingly form part of ...": a relative clause's subject is the phrase's own.
    if (!x?.deprel.startsWith('nsubj') || x.head < 0 || /^(?:who|which|that|whom)$/i.test(ctx.tokens[t]!.text)) continue
    // "The premier took to X, writing": the subject's verb is in the phrase and the cue hangs from it.
    if (inSource(x.head) && syntax[x.head]!.upos === 'VERB' && governsCue(x.head)) return true
    // "Words cannot describe": the subject's verb is the cue and one of its auxiliaries is in the phrase.
    if (!inSource(x.head) && governsCue(x.head)) for (let u = from; u < to; u++) if (syntax[u]!.upos === 'AUX' && syntax[u]!.head === x.head) return true
  }
  return false
}

/**
 * Whether the content `[start, end)` is a clause: it opens with a complementizer ("that",
 * "whether") or its head word in the parse is a verb ("showed no signs": the head is a noun).
 */
export function isClause(ctx: AnalysisContext, syntax: Syntax, start: number, end: number): boolean {
  const [from, to] = tokenRange({ tokens: ctx.tokens }, start, end)
  if (to <= from) return true
  if (COMPLEMENTIZER.test(ctx.tokens[from]!.text)) return true
  let nominal = false
  for (let t = from; t < to; t++) {
    const x = syntax[t]
    if (!x) return true
    if (x.upos === 'PUNCT' || (x.head >= from && x.head < to)) continue
    // "revealed people as young as teenagers have been admitted": the parse may take the clause's
    // subject for the cue's object; a verb of the content that hangs from outside it still makes a clause.
    if (x.upos === 'VERB' || x.upos === 'AUX') return true
    nominal = true
  }
  return !nominal
}
