/** The rule family of preposed attributions: "X said (that) ...", "X told reporters ...", participle cues. */
import type { Sentence } from '../../tokens/tokenize.js'
import type { QuoteDoc as Doc } from '../document-index.js'
import { CLAUSE_BREAKERS, LEADING_FILLERS, LISTENER_CUES, PRONOUNS, isAdverb } from '../word-classes.js'
import { clauseEnd, contentSpan, lower, quotation, skipAdverbsLeft, span, word } from './spans.js'
import type { CharSpan, CueMatch, Found } from './types.js'
import { ADJUNCT_START, DAYS, MAX_APPOSITIVE, MAX_SOURCE, PUNCT, SETTING_START, WH_WORDS } from './words.js'

/** The subject phrase that ends at token `e` (inclusive), walking left to a clause boundary. */
function subjectEndingAt(doc: Doc, last: number, floor: number): CharSpan | null {
  let e = last
  if (e < floor) return null
  if (word(doc, e) === ',') {
    // An appositive: "Yury Ushakov, a presidential aide in Russia, mentioned".
    let p = e - 1
    while (p >= floor && word(doc, p) !== ',' && e - p <= MAX_APPOSITIVE) p--
    if (p < floor || word(doc, p) !== ',') return null
    const head = subjectEndingAt(doc, p - 1, floor)
    // "Hillary Clinton, at a later press gaggle, said": a setting, not an appositive.
    if (head && SETTING_START.test(word(doc, p + 1))) return head
    return head ? { start: head.start, end: doc.tokens[e - 1]!.end } : null
  }
  let i = e
  while (i >= floor && e - i < MAX_SOURCE) {
    const w = word(doc, i)
    if (w === ')') {
      // "Rep. Trey Gowdy (R-S.C.) said": a parenthesis inside the subject.
      let p = i - 1
      while (p > floor && word(doc, p) !== '(' && i - p < 8) p--
      if (word(doc, p) === '(') {
        i = p - 1
        continue
      }
    }
    if (doc.closes.has(i) || doc.opens.has(i)) break
    if (PUNCT.test(w) && w !== '’s' && w !== "'s" && w !== '-') break
    // "Both Mr. King and Mr. Schultz say": a conjunction between names stays in the subject.
    if (CLAUSE_BREAKERS.has(w) && !(w === 'and' && /^\p{Lu}/u.test(word(doc, i + 1)) && /^\p{Lu}/u.test(word(doc, i - 1)))) break
    i--
  }
  let from = i + 1
  // "how experts say", "with experts offering", "what the senators said": the subject follows.
  for (let t = e - 1; t >= from; t--) {
    if (/^(?:how|what|whom|whose|why|where|with|despite|amounting)$/i.test(word(doc, t)) && t < e) {
      from = t + 1
      break
    }
  }
  if (e > from && /^(?:which|who|whom|that)$/i.test(word(doc, from))) from++
  // "... radio program who said": the relative pronoun is the source.
  if (e > from && /^(?:who|which)$/i.test(word(doc, e))) from = e
  // "David Axelrod on Wednesday called": the time is not part of the source.
  for (let t = from + 1; t <= e; t++) {
    if (/^(?:on|last|this|early|late|earlier)$/i.test(word(doc, t)) && DAYS.test(word(doc, t + 1))) {
      e = t - 1
      break
    }
    if (t > from && DAYS.test(word(doc, t)) && t === e) {
      // "a state media report this past week": the words dating the time go with it.
      e = t - 1
      while (e > from && /^(?:last|this|past|next|early|late|earlier)$/i.test(word(doc, e))) e--
    }
  }
  while (from <= e && (LEADING_FILLERS.has(lower(doc, from)) || PUNCT.test(word(doc, from)))) from++
  return span(doc, from, e + 1)
}

/** The sentence's grammatical subject, for participle cues ("..., noting ..."). */
function sentenceSubject(doc: Doc, s: Sentence, before: number): CharSpan | null {
  let from = s.tokenStart
  while (from < before && (LEADING_FILLERS.has(lower(doc, from)) || PUNCT.test(word(doc, from)))) from++
  const first = word(doc, from)
  if (!/^\p{Lu}/u.test(first) && !PRONOUNS.has(first.toLowerCase())) return null
  let i = from
  while (i < before && i - from < MAX_SOURCE) {
    const w = word(doc, i)
    if (PUNCT.test(w) && w !== '’s' && w !== "'s") break
    if (i > from && /^\p{Ll}+(?:ed|s)$/u.test(w) && !/(?:ss|us|is|as)$/.test(w)) break
    i++
  }
  while (i > from + 1 && isAdverb(word(doc, i - 1))) i--
  return i < before ? span(doc, from, i) : null
}

/** The token of a relative or wh-word right before `source` ("which", "what", "who", "whom"), or -1. */
function relativeBefore(doc: Doc, source: CharSpan, s: Sentence): number {
  for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
    if (doc.tokens[t]!.start !== source.start) continue
    // "which together vowed": an adverb read as the source means the wh-word is the subject.
    if (isAdverb(word(doc, t)) || /^(?:together|jointly|themselves)$/.test(lower(doc, t))) return -1
    return /^(?:which|what|who|whom)$/.test(lower(doc, t - 1)) && !doc.quoteOf[t - 1] ? t - 1 : -1
  }
  return -1
}

/** "X said (that) ...", "X told reporters ...", "X remarked, “...”". */
export function preposed(doc: Doc, cue: CueMatch, s: Sentence, nextCue: number, sentenceSource: CharSpan | null): Found | null {
  const k = skipAdverbsLeft(doc, cue.from - 1, s.tokenStart)
  const participle = /ing$/.test(cue.key) && (word(doc, k) === ',' || k < s.tokenStart)
  let source: CharSpan | null
  // "Trump tweeted ... and encouraged Americans to ...": a second verb of the same subject.
  const coordinated = k > s.tokenStart && /^(?:and|but)$/i.test(word(doc, k))
  if (participle || coordinated) source = sentenceSource ?? sentenceSubject(doc, s, cue.from)
  else source = subjectEndingAt(doc, k, s.tokenStart)
  let j = cue.to
  const last = cue.key.split(' ').at(-1) ?? ''
  if (/^(?:was|were|is|are|been|be|has been|had been)\b/.test(lower(doc, cue.from)) && lower(doc, j) === 'by') {
    // "it was confirmed by the Kremlin that ...": the agent is the source.
    let t = j + 1
    while (t < s.tokenEnd && t - j <= MAX_SOURCE && !PUNCT.test(word(doc, t)) && word(doc, t) !== 'that') t++
    const agent = span(doc, j + 1, t)
    if (agent && (word(doc, t) === 'that' || PUNCT.test(word(doc, t)))) {
      source = agent
      j = t
    }
  }
  const limit = Math.min(s.tokenEnd, j + 9)
  // "mentioned in a recent briefing that ...": the content starts at "that".
  // Only adjuncts ("in a recent briefing", "on Tuesday") or a listener may come before "that";
  // "illustrates significant alignment that ..." is a relative clause.
  if (j < limit && (ADJUNCT_START.test(word(doc, j)) || LISTENER_CUES.has(last) || word(doc, j) === 'that')) {
    // "says at a campaign stop in Toledo, Ohio, that ...": an adjunct may hold commas.
    const far = Math.min(s.tokenEnd, j + (ADJUNCT_START.test(word(doc, j)) ? 14 : 9))
    for (let t = j; t < far; t++) {
      const w = word(doc, t)
      if (w === 'that' || (LISTENER_CUES.has(last) && WH_WORDS.test(w) && t > j)) {
        j = t
        break
      }
      if (PUNCT.test(w) && !(w === ',' && ADJUNCT_START.test(word(doc, j)))) break
    }
  }
  if (j === cue.to && LISTENER_CUES.has(last)) {
    // "told reporters on Tuesday ...": skip the listener.
    let t = j
    while (t < limit && !PUNCT.test(word(doc, t)) && word(doc, t) !== 'that' && !doc.opens.has(t)) t++
    if (t < s.tokenEnd && t - j <= 4 && (PUNCT.test(word(doc, t)) || doc.opens.has(t))) j = t
    else if (j + 1 < s.tokenEnd && /^(?:him|her|them|me|us|you|reporters)$/i.test(word(doc, j))) j++
  }
  if (word(doc, j) === ':' && j + 1 === s.tokenEnd) {
    // "The governor added:" and the quoted words as the next paragraph.
    let t = j + 1
    if (doc.opens.has(t)) t++
    let e = t
    while (e + 1 < doc.tokens.length && !/\n[^\S\n]*\n/.test(doc.text.slice(doc.tokens[e]!.end, doc.tokens[e + 1]!.start))) e++
    const content = t < doc.tokens.length ? contentSpan(doc, t, e + 1) : null
    if (content) return { source, content, direct: doc.opens.has(j + 1) }
  }
  while (j < s.tokenEnd && (word(doc, j) === ',' || word(doc, j) === ':')) j++
  const opening = doc.opens.get(j)
  if (opening) return { source, content: quotation(doc, opening), direct: true }
  // Stop before a following attribution in the same sentence ("..., adding ...", "..., he said").
  let end = s.tokenEnd
  if (nextCue < s.tokenEnd) {
    let c = nextCue - 1
    while (c > j && word(doc, c) !== ',' && nextCue - c < 4) c--
    if (word(doc, c) === ',') end = c
  }
  // "promised to continue supporting Clinton and said she would ...": a second verb of the same
  // subject ends a content that is not a clause of its own.
  if (!/^(?:that|if|whether|how|why|what)$/i.test(word(doc, j))) {
    // After "said" the content is a clause whose own verbs may be coordinated ("he rated ... and
    // talked about ..."); only a comma before "and" then marks the speaker's second verb.
    const clausal = /^(?:said|says|say|saying|told|tells|added|adding|wrote|writes|believe|believes|think|thinks|argued|noted|explained)$/.test(last)
    for (let t = j + 1; t < end - 1; t++) {
      if (doc.opens.has(t)) break
      if (clausal && word(doc, t - 1) !== ',') continue
      if (/^(?:and|but)$/.test(word(doc, t)) && /^(?:has|have|had|is|was|will|would|also|then|said|says|told|tells|\p{Ll}+ed)$/u.test(word(doc, t + 1))) {
        end = t
        break
      }
    }
  }
  const content = contentSpan(doc, j, clauseEnd(doc, j, end))
  if (!content) return null
  // "which Mr. Clarke says he is keeping open", "what the senators said was gerrymandering": the
  // relative or wh-word opens what was said (PolNeAR train: 106 of 142 such contents when a word
  // follows the cue; "how" and "that" go the other way).
  const wh = j === cue.to && source ? relativeBefore(doc, source, s) : -1
  const contentStart = wh >= 0 ? doc.tokens[wh]!.start : content.start
  // A quote opened inside the content that runs on past the sentence belongs to it.
  let contentEnd = content.end
  for (let t = j; t < end; t++) {
    const q = doc.opens.get(t)
    if (q && q.end > contentEnd) contentEnd = q.end
  }
  return { source, content: { start: contentStart, end: contentEnd }, direct: false }
}
