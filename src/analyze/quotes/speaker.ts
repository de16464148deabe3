/**
 * Who the speaker of an attribution is, from the phrase naming its source: a person or an
 * organization entity (a country standing alone for its government counts as one), reached
 * through the entity step's coreference when the source is a pronoun and through the antecedent
 * when it is a relative pronoun ("the report, which said"). A possessor is never the speaker
 * ("Soltan's lead attorney Eric Lewis" is Lewis), nor an entity after a preposition ("officials in
 * Moscow"). When no entity is found the name is the source phrase if it reads as a noun phrase
 * ("a senior official"), and nothing when it is a pronoun, a relative pronoun or a fragment of a
 * clause: a wrong name is worse for an analyst than none.
 */
import type { Entity } from '../../model/article.js'
import { isAgentNoun } from './agent-nouns.js'

/** A character range. */
export interface SourceSpan {
  readonly start: number
  readonly end: number
}

/** The noun phrase the parse gives a relative pronoun; `exact` when the text's phrase before it holds a clause, so the parse's is taken as it is. */
export interface ParsedAntecedent extends SourceSpan {
  readonly exact?: boolean
}

/** The speaker of one attribution: the entity, when one is known, and the name to show. */
export interface Speaker {
  readonly entity: Entity | null
  readonly name: string | null
}

const PERSONAL_PRONOUN = /^(?:he|she|they|i|we|it|you|him|her|them|me|us|one)$/i
const RELATIVE_PRONOUN = /^(?:which|who|whom|that|whose)$/i
// "According to WHO", "US officials": a word in capitals is a name (the World Health Organization), no pronoun.
const CAPITALS = /^\p{Lu}{2,}$/u
// "those who believe": a demonstrative standing alone names no one the reader can tell.
const DEMONSTRATIVE = /^(?:this|these|those)$/i
const PREPOSITION_BEFORE = /\b(?:of|from|between|and|in|at|with|by|for|on|about|to|against|among|near|inside|outside|within)\s+(?:the\s+)?$/i
// A phrase headed by a common noun and its preposition ("representatives of two of the former
// Rockefeller estates", "a lawyer for the family of Jane Doe"): every name after it modifies the
// head. Case-sensitive on purpose: "Secretary of State Hillary Clinton" is a title and its name;
// a capital opens the head only for a plural at a sentence start ("Relatives of the victim").
const COMMON_HEAD_OF = /^(?:(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Tt]op|[Ss]enior)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,2}|\p{Lu}\p{Ll}+s\s+)(?:of|for|from|at|with|to)\s/u
const POSSESSIVE_AFTER = /^(?:['’]s?\b|['’](?=\s))/
// Words that make a phrase a piece of a clause rather than a noun phrase naming someone.
const CLAUSE_WORD =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|could|should|can|may|might|must|shall|do|does|did|said|says|say|told|that|if|because|when|while|although|though|whether|not|n['’]t|cannot|can['’]t)$/i
const MAX_NAME_WORDS = 14
// Words that make a noun phrase only with a noun after them ("the other", "some", "both").
const ELLIPTIC_WORD =
  /^(?:the|a|an|this|that|these|those|other|others|another|one|ones|some|many|most|more|few|several|all|both|each|either|neither|none|latter|former|rest|same|such|any|first|second|last|former)$/i

// Marks a source phrase never starts or ends with: the comma of "…, residents said" and the dash of "— officials said".
const SOURCE_EDGE = /[\s,;:\u2013\u2014\u2015-]/u

/**
 * A source span without the commas, colons and dashes at its edges: the source ranker's candidates
 * are token stretches and one may take the comma before a postposed source (", residents"), which a
 * speaker's name then shows. Null when nothing but marks is left.
 */
export function withoutEdgeMarks(text: string, source: SourceSpan): SourceSpan | null {
  let { start, end } = source
  while (start < end && SOURCE_EDGE.test(text[start]!)) start++
  while (end > start && SOURCE_EDGE.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}

// Characters that join the parts of one written word: "AT&T", "T-Mobile", "Jong-un", "3M".
const WORD_CHAR = /[\p{L}\p{N}&]/u
const inWord = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && (WORD_CHAR.test(text[at]!) || (text[at] === '-' && WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '')))

/**
 * A source span widened to the whole words and names it cuts: the tokenizer splits "AT&T" and the
 * parse heads it at "T"; the parse reads "Can" of "Can Dündar" or "Will" of "Will Smith" as a
 * modal, so the subject starts at the surname. A name the entity step found across an edge
 * (any mention but a pronoun) is taken whole, unless that would reach into the cue.
 */
export function wholeNames(text: string, entities: readonly Entity[], source: SourceSpan, cue: SourceSpan): SourceSpan {
  let { start, end } = source
  while (inWord(text, start - 1) && inWord(text, start)) start--
  while (inWord(text, end) && inWord(text, end - 1)) end++
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue
      if (m.start < start && start < m.end && m.end <= end) start = m.start
      else if (start <= m.start && m.start < end && end < m.end) end = m.end
    }
  }
  const overlapsCue = start < cue.end && cue.start < end && !(source.start < cue.end && cue.start < source.end)
  return overlapsCue ? source : { start, end }
}

// Titles whose period the tokenizer reads as a full stop ("said Del. Stacey Plaskett" ends a
// sentence at "Del."): the name after it is the same person.
const CUT_TITLE = /(?:^|\s)(?:Del|Amb|Atty|Ald|Assemb|Sec|Secy|Treas|Msgr|Fr|Brig|Lieut|Cong|Comm|Supv|Insp|Sup)$/

/**
 * A source ending on a title abbreviation that the sentence splitter ended a sentence at, widened
 * over the person's name right after its period ("Del" -> "Del. Stacey Plaskett"); the source as
 * it was otherwise.
 */
export function acrossCutTitle(text: string, entities: readonly Entity[], source: SourceSpan): SourceSpan {
  if (!CUT_TITLE.test(text.slice(source.start, source.end))) return source
  const gap = /^\.[ \t]+/.exec(text.slice(source.end, source.end + 4))
  if (!gap) return source
  const at = source.end + gap[0].length
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    const m = e.mentions.find((n) => n.kind !== 'pronoun' && n.start === at)
    if (m) return { start: source.start, end: m.end }
  }
  return source
}

/** Whether a phrase is one word in capitals ("According to WHO", "US officials"): a name, never the pronoun it spells. */
export function isCapitalsWord(phrase: string): boolean {
  return CAPITALS.test(phrase)
}

/** The speaker of a source phrase (see the module summary); `antecedent` is the noun phrase the parse gives a relative pronoun, when known. */
export function resolveSpeaker(text: string, entities: readonly Entity[], source: SourceSpan, antecedent?: ParsedAntecedent | null): Speaker {
  // The comma or dash before a relative clause's antecedent (", a former pilot who said") names no one.
  const edged = withoutEdgeMarks(text, source)
  // "the EGRP's projected growth rate", "Trump's claim that ...": a possessive source names its possessor.
  const bare = edged && withoutPossessive(text, edged)
  if (!bare) return { entity: null, name: null }
  // "Among those who believe": the preposition heads no part of who speaks.
  const led = withoutLeadingPreposition(text, bare)
  if (led !== bare) return resolveSpeaker(text, entities, led, antecedent)
  const phrase = text.slice(bare.start, bare.end)
  if (RELATIVE_PRONOUN.test(phrase) && !CAPITALS.test(phrase)) {
    const before = relativeAntecedent(text, source, antecedent)
    const found = before ? resolveSpeaker(text, entities, before) : { entity: null, name: null }
    // "a remark from author Maria Lopez, who said": "who" stands for a person, never the thing the
    // parse hung its clause on; the name right before it is who spoke.
    const textual = /^whom?$/i.test(phrase) && !found.entity && antecedent ? relativeAntecedent(text, source, null) : null
    const named = textual ? resolveSpeaker(text, entities, textual) : null
    return named?.entity?.type === 'PERSON' ? named : found
  }
  const found = headEntity(text, entities, bare)
  if (found) {
    const name = bareName(found.name)
    // The entity the name belongs to, when another one bears it exactly.
    const entity = name === found.name ? found : (entities.find((e) => e.type === found.type && e.name === name) ?? found)
    return { entity, name }
  }
  if (PERSONAL_PRONOUN.test(phrase) && !CAPITALS.test(phrase)) return { entity: null, name: null }
  return { entity: null, name: readsAsName(phrase) ? bareName(phrase) : null }
}

// A possessive closing a phrase: "’s", or a lone mark after a plural's "s" ("the Mexicans’").
const POSSESSIVE_END = /(?:['’]s|(?<=s)['’])$/u

/** A source phrase without the possessive closing it, or the phrase itself; null when nothing is left. */
function withoutPossessive(text: string, span: SourceSpan): SourceSpan | null {
  const phrase = text.slice(span.start, span.end)
  const mark = POSSESSIVE_END.exec(phrase)
  // "the ‘Squad’": a closing quotation mark, not a possessive.
  if (!mark || (mark[0].length === 1 && /[‘']/u.test(phrase.slice(0, -1)))) return span
  return withoutEdgeMarks(text, { start: span.start, end: span.end - mark[0].length })
}

// A bracketed or quoted group inside a name: "Coach (Frank) Vogel", 'Marcia "Cia" Price', "Price (D-Newport News)".
const NAME_GROUP = /\s*([([]|["“„«])\s*([^()[\]"“”„«»]*?)\s*[)\]"”“»]\s*/gu
// Marks left without their pair once the name recognizer cut a group in two ("Frank) Vogel").
const NAME_MARKS = /[()[\]{}"“”«»„]/g

/**
 * A speaker's name as a list shows it: a party label in brackets ("Rep. Gwen Moore (D-Wis.)")
 * and a quoted nickname inside the name go, a bracketed first name stays a name ("Coach (Frank)
 * Vogel" -> "Coach Frank Vogel"). The entity step already names people without a clause-opening
 * word or a stray bracket ("To LeBron James", "Frank) Vogel"); this reads source phrases too.
 */
export function bareName(name: string): string {
  let bare = name.replace(NAME_GROUP, (group: string, mark: string, inner: string, at: number) => {
    const bracket = mark === '(' || mark === '['
    // A first name in brackets, or a quoted word that ends the name ('The "Squad"'), is the name itself.
    const keep = bracket ? /^\p{Lu}[\p{L}'’-]*$/u.test(inner) : at + group.length === name.length
    return keep ? ` ${inner} ` : ' '
  })
  // "South Dakota Gov. (R": a bracket the name's end cut open holds a label, not the name.
  bare = (bare.replace(/\s*[([][^)\]]*$/, '') || bare)
    .replace(NAME_MARKS, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim()
  return bare || name
}

/** Whether a phrase can stand as a speaker's name: a short noun phrase, not a pronoun or a piece of a clause. */
function readsAsName(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  if (/["“”«»„]|^['‘’]/.test(phrase)) return false
  if (words.length === 1 && CAPITALS.test(words[0]!)) return true
  if (words.some((w) => CLAUSE_WORD.test(w.replace(/[,.;:]+$/, '')))) return false
  if (words.length === 1 && (PERSONAL_PRONOUN.test(words[0]!) || RELATIVE_PRONOUN.test(words[0]!) || DEMONSTRATIVE.test(words[0]!))) return false
  // "The other", "another", "the latter", "many": determiners and quantifiers without a noun stand for someone unnamed.
  if (words.every((w) => ELLIPTIC_WORD.test(w.replace(/[,.;:]+$/, '')))) return false
  // Possessive determiners alone ("his", "their") and a phrase ending on a preposition are fragments.
  return !/^(?:his|her|their|its|our|my|your)$/i.test(phrase) && !/\b(?:of|in|on|at|for|to|by|with|the|a|an)$/i.test(phrase)
}

/**
 * The noun phrase a relative pronoun source stands for, or null when it is not one: the phrase
 * right before it in the text ("Aid groups, who"), unless the parse names a word outside that
 * phrase ("the head of the agency, who": the head) or the parse's phrase is marked exact ("he
 * retweeted supporters who": supporters), then the parse's phrase.
 */
export function relativeAntecedent(text: string, source: SourceSpan, parsed?: ParsedAntecedent | null): SourceSpan | null {
  const phrase = text.slice(source.start, source.end).trim()
  if (!RELATIVE_PRONOUN.test(phrase) || CAPITALS.test(phrase)) return null
  if (parsed?.exact) return { start: parsed.start, end: parsed.end }
  const before = antecedentBefore(text, source.start)
  if (!parsed) return before
  // "heard from lots of customers who": the parse's phrase takes the preposition heading it in.
  const head = withoutLeadingPreposition(text, parsed)
  // ... and stops at the quantity; the noun after "of" that the text gives belongs to it.
  if (before && head.end < before.start && PARTITIVE_END.test(text.slice(head.start, head.end)) && /^\s+of\s+$/.test(text.slice(head.end, before.start))) return { start: head.start, end: before.end }
  return before && before.start <= head.start && head.end <= before.end ? before : head
}

// A phrase ending on a quantity or a part, whose "of" phrase names what it counts ("lots of customers").
const PARTITIVE_END =
  /\b(?:lots?|dozens|hundreds|thousands|millions|scores|some|many|most|all|none|several|few|one|two|three|majority|number|group|handful|rest|couple|half|percent|each|both|either|neither)$/i
const LEADING_PREPOSITION = /^(?:from|of|in|at|with|by|for|on|about|to|among|against|between|like|including)\s+/i

/** A phrase without the preposition that opens it ("from lots" -> "lots"). */
function withoutLeadingPreposition(text: string, span: SourceSpan): SourceSpan {
  const lead = LEADING_PREPOSITION.exec(text.slice(span.start, span.end))
  return lead && span.start + lead[0].length < span.end ? { start: span.start + lead[0].length, end: span.end } : span
}

// What joins a document to who made it: "a report from Kotak", "a survey by Abernathy", "data released by MOTIE".
const AUTHOR_BEFORE = /\b(?:from|by)\s+(?:the\s+)?$/i
// A piece of news in an outlet: "a report in the Argus Leader", "an article published in Politico"
// (an organization only: "a poll in February", "exit polls in New Hampshire" name no issuer).
const OUTLET_BEFORE = /\b(?:reports?|article|story|stories|piece|editorial|column|op-ed|interview|investigation|analysis)\s+(?:(?:published|printed|posted|aired)\s+)?in\s+(?:the\s+)?$/i
// A name no entity holds, ending a document's phrase after "from" or "by" ("the TexAuto Facts report
// from InfoNation"): capitalized words, "of", "and", "for" and "&" between them.
const AUTHOR_NAME_END = /\b(?:from|by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}\p{N}.&'’-]*){0,6})$/u

/**
 * Who made the document a source phrase names ("data from MarketAxess", "a 2018 survey by
 * Penelope Muse Abernathy", "The Verge's Stadia review", "Security Council resolutions"): the person
 * or organization after "by" or "from" (or an outlet after "a report in"), the possessor or name
 * opening the phrase, or a name ending it after "by" or "from" that no entity holds. Null when the
 * phrase names none.
 */
export function documentAuthor(text: string, entities: readonly Entity[], source: SourceSpan): Speaker | null {
  let best: { entity: Entity; at: number } | null = null
  for (const e of entities) {
    // A newspaper or a data firm the entity step typed a product makes documents too ("a report in the Argus Leader").
    const product = e.type === 'PRODUCT'
    if (e.type !== 'PERSON' && e.type !== 'ORG' && !product) continue
    for (const m of e.mentions) {
      if (m.kind === 'pronoun' || m.start < source.start || m.end > source.end) continue
      const before = text.slice(source.start, m.start)
      const opens = /^(?:the\s+)?$/i.test(before)
      // "The Verge's Stadia review"; "Security Council resolutions": the name opens the phrase and qualifies the document.
      const owner = !product && opens && (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)) || /^\s+\p{Ll}[\p{Ll}-]*$/u.test(text.slice(m.end, source.end)))
      if (!owner && !AUTHOR_BEFORE.test(before) && !(e.type !== 'PERSON' && OUTLET_BEFORE.test(before))) continue
      if (!best || m.start < best.at) best = { entity: e, at: m.start }
    }
  }
  // A product is named, not linked: speakers are people and organizations.
  if (best) return { entity: best.entity.type === 'PRODUCT' ? null : best.entity, name: bareName(best.entity.name) }
  // The entity step found no person or organization there, but the phrase ends in a name after
  // "by" or "from" ("the TexAuto Facts report from InfoNation", which it typed a product): the
  // name is who issued it, unless it is a place or a time ("a report from Washington").
  const phrase = text.slice(source.start, source.end).replace(/[\s,;:]+$/u, '')
  const named = AUTHOR_NAME_END.exec(phrase)
  if (!named || NOT_A_MAKER.test(named[1]!)) return null
  const at = source.start + phrase.length - named[1]!.length
  const place = entities.some((e) => !MAKER_TYPES.has(e.type) && e.mentions.some((m) => m.start < at + named[1]!.length && at < m.end))
  return place ? null : { entity: null, name: bareName(named[1]!) }
}

// Entity types a document's maker may have been given: a newspaper or a data firm is often typed a product.
const MAKER_TYPES = new Set(['PERSON', 'ORG', 'PRODUCT'])

// Capitalized words after "by" or "from" that name no maker: a pronoun or a date ("by Him", "from Monday").
const NOT_A_MAKER = /^(?:him|her|them|me|us|it|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i

/**
 * The noun phrase a relative pronoun at `at` refers to, read back from the text: what ends right
 * before it ("The report, which", "an official who"), up to a clause boundary.
 */
function antecedentBefore(text: string, at: number): SourceSpan | null {
  let end = at
  while (end > 0 && /[\s,]/.test(text[end - 1]!)) end--
  if (end === 0) return null
  let start = end
  let words = 0
  while (start > 0 && words < 8) {
    let w = start
    while (w > 0 && /[^\s,;:.!?()"“”]/.test(text[w - 1]!)) w--
    if (w === start) break
    const word = text.slice(w, start)
    if (/^(?:and|but|or|that|said|says|while|when|because|after|before|as|if|so|since|though|although|once)$/i.test(word) || /^(?:is|are|was|were|has|have|had)$/i.test(word)) break
    // "criticism from nervous investors who": the preposition heads no part of the phrase; "a
    // friend of mine, who": a possessive pronoun after "of" belongs to the noun before it.
    const ownPronoun = words === 1 && /^(?:mine|yours|his|hers|ours|theirs)$/i.test(text.slice(start, end).trim())
    if (words > 0 && /^(?:of|from|in|at|with|by|for|on|about|to|among|against|between)$/i.test(word) && !(ownPronoun && /^of$/i.test(word))) break
    start = w
    words++
    if (/^(?:the|a|an|this|that|these|those)$/i.test(word)) break
    while (start > 0 && text[start - 1] === ' ') start--
    if (start > 0 && /[,;:.!?()"“”]/.test(text[start - 1]!)) break
  }
  while (start < end && /\s/.test(text[start]!)) start++
  return start < end ? { start, end } : null
}

// What may stand between a modifying name and the person it modifies: title-case or lower-case
// words, no comma, bracket, conjunction or preposition ("Policy Consultant", "adviser").
const TITLE_WORDS = /^(?:\s+[\p{L}.'’-]+)*\s+$/u
const INITIAL_END = /(?:^|\s)\p{Lu}\.$/u
const INITIAL_START = /^(?:\p{Lu}\.|[JS]r\.?|II|III|IV)(?:\s|,|$)/u
const JOINING_WORD = /\s(?:and|or|of|for|from|at|in|with|by|to|on|who|whom|whose|which|that|said|says)\s/i

/**
 * Whether a person mention is followed inside the source by another person's name with only title
 * words between, so it modifies that name ("... Health Policy Consultant Bill Bowtell").
 */
function premodifiesPerson(text: string, entities: readonly Entity[], m: SourceSpan, source: SourceSpan): boolean {
  for (const e of entities) {
    if (e.type !== 'PERSON') continue
    for (const n of e.mentions) {
      if (n.kind === 'pronoun' || n.start <= m.end || n.end > source.end) continue
      // "Del. Stacey Plaskett": a title the entity step took for a name, its period between.
      const between = CUT_TITLE.test(text.slice(m.start, m.end)) ? text.slice(m.end, n.start).replace(/^\./, '') : text.slice(m.end, n.start)
      if (!TITLE_WORDS.test(between) || JOINING_WORD.test(` ${between} `)) continue
      // "Patrick W. | Carlineo Jr.": one name the recognizer cut at an initial; the first part stays
      // the head. A title ("executive VP | Marni Walden", "... Adviser | Joan Ferris") gives way.
      if (/\S/.test(between) || !(INITIAL_END.test(text.slice(m.start, m.end)) || INITIAL_START.test(text.slice(n.start, n.end)))) return true
    }
  }
  return false
}

/**
 * The person or organization a source phrase names at its head: a person anywhere in it that is
 * not a possessor or after a preposition ("Senior research fellow Hong Min at the institute",
 * "lead attorney Eric Lewis"), else an organization at its start or end ("The Kremlin"), else a
 * country that is the whole phrase ("Russia said"). A pronoun names one only as the whole source,
 * through the entity step's coreference.
 */
function headEntity(text: string, entities: readonly Entity[], source: SourceSpan): Entity | null {
  let best: Entity | null = null
  let bestScore = -Infinity
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'GPE') continue
    for (const m of e.mentions) {
      if (m.start < source.start || m.end > source.end) continue
      const whole = m.start === source.start && m.end === source.end
      // "Her Argentine counterpart, Martín Esquivel": a pronoun inside a longer phrase is a
      // possessive or a modifier, never the speaker.
      if (m.kind === 'pronoun' && !whole) continue
      // "Russia said": a country speaks for its government only as the whole source.
      if (e.type === 'GPE' && !whole) continue
      // "Soltan's lead attorney Eric Lewis": the possessor is not who spoke.
      if (!whole && m.end < source.end && POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2))) continue
      // "Reports out of North Korea", "a spokesman for Smith": an entity after a preposition is not the head.
      const before = text.slice(source.start, m.start)
      // An apposition after a comma names the head itself ("The head of the agency, Maria Lopez").
      if (PREPOSITION_BEFORE.test(before) || (COMMON_HEAD_OF.test(before) && !/,\s*$/.test(before))) continue
      // "Trump advisers", "Clinton aides", "Boeing engineers": a name before a noun for people modifies it.
      const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(m.end, source.end))
      if (!whole && next && isAgentNoun(next[1]!)) continue
      // "LEGO Star Wars sets", "the Acme data": an organization's name before the common noun that ends the phrase modifies a thing.
      if (!whole && e.type === 'ORG' && next && next[0].length === source.end - m.end) continue
      // "Eric Lewis, who represents Soltan": a name inside a relative clause is not the head.
      if (/\b(?:who|whom|whose|which|that)\b/i.test(before)) continue
      const atEdge = m.start === source.start || m.end === source.end || /^\s*,/.test(text.slice(m.end, source.end))
      if (e.type === 'ORG' && !atEdge) continue
      // "Adjunct Professor UNSW Health Policy Consultant Bill Bowtell": a name run into a later
      // person's name with nothing but title words between modifies it; the later name heads.
      if (e.type === 'PERSON' && premodifiesPerson(text, entities, m, source)) continue
      if (e.type === 'PERSON' && !atEdge && /^(?:reports?|a report|media|the report)\b/i.test(text.slice(source.start, source.end))) continue
      // People first, then organizations, then the earliest (the head before its appositive).
      const score = (e.type === 'PERSON' ? 1000 : e.type === 'ORG' ? 500 : 100) - (m.start - source.start) / 1000
      if (score > bestScore) {
        best = e
        bestScore = score
      }
    }
  }
  return best
}
