/** The rule family of postposed attributions: "..., X said." and "“...,” said X." */
import type { Sentence } from '../../tokens/tokenize.js'
import type { QuoteDoc as Doc } from '../document-index.js'
import { CLAUSE_BREAKERS, LEADING_FILLERS } from '../word-classes.js'
import { clauseEnd, contentSpan, lower, quotation, skipAdverbsLeft, span, word } from './spans.js'
import type { CueMatch, Found } from './types.js'
import type { Syntax } from '../../syntax/types.js'
import { children, isRelation } from '../../syntax/relations.js'
import { ADJUNCT_START, COMMA, DAYS, FINAL, INTRODUCTORY, INVERTING, LISTENERS, MAX_APPOSITIVE, PUNCT, SETTING_START } from './words.js'

/** The token after the listener a "told" names ("reporters", "Reuters", "The New York Times"), or `j` when none is there. */
function afterListener(doc: Doc, j: number, end: number): number {
  if (j < end && LISTENERS.test(word(doc, j))) return j + 1
  let t = j
  if (t < end && /^(?:the|a|an)$/i.test(word(doc, t)) && /^\p{Lu}/u.test(word(doc, t + 1))) t++
  while (t < end && t - j < 6 && /^\p{Lu}/u.test(word(doc, t))) t++
  return t
}

/** Most tokens inside a parenthesis that a source name carries ("(R-S.C.)", "(D)"). */
const MAX_PARENTHESIS = 8

/** The "(" matching the ")" at `close` within a few tokens, or -1. */
function parenthesisOpen(doc: Doc, close: number, floor: number): number {
  for (let p = close - 1; p >= floor && close - p <= MAX_PARENTHESIS; p--) {
    const w = word(doc, p)
    if (w === '(') return p
    if (w === ')' || doc.closes.has(p) || doc.opens.has(p)) return -1
  }
  return -1
}

/** Auxiliaries and modals: one after an inverting cue makes a clause, not a name ("said the charges were false"). */
const FINITE_AUX = /^(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|does|did|wo|ca)$/

/**
 * Whether tokens `[from, to)` after an inverting cue hold a clause rather than a name: a verb with
 * a subject of its own there, or a finite verb in lower case after the first word ("parents still
 * want", where the parse may miss the subject).
 */
function holdsClause(doc: Doc, syntax: Syntax, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (syntax[t]!.upos !== 'VERB' && syntax[t]!.upos !== 'AUX') continue
    if (t > from && FINITE_TAG.test(syntax[t]!.xpos) && /^\p{Ll}/u.test(word(doc, t))) return true
    if (children(syntax, t).some((c) => c >= from && c < t && isRelation(syntax[c]!.deprel, 'nsubj'))) return true
  }
  return false
}

const FINITE_TAG = /^(?:VBZ|VBP|VBD|MD)$/

/** Whether tokens `[from, to)` hold a finite verb ("“...” campaign did not appeal to X, she said" is a clause, not a name). */
function finiteBetween(syntax: Syntax, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (FINITE_TAG.test(syntax[t]!.xpos) && (syntax[t]!.upos === 'VERB' || syntax[t]!.upos === 'AUX')) return true
  return false
}

/** The ")" closing the "(" at `open` within a few tokens of words, hyphens and the periods of initials ("(D-N.Y.)"), or -1. */
function parenthesisClose(doc: Doc, open: number, end: number): number {
  for (let p = open + 1; p < end && p - open <= MAX_PARENTHESIS; p++) {
    const w = word(doc, p)
    if (w === ')') return p > open + 1 ? p : -1
    if (doc.opens.has(p) || doc.closes.has(p) || (PUNCT.test(w) && w !== '.' && w !== '-')) return -1
  }
  return -1
}

/** Most tokens of the source in "..., as police have said": a short noun phrase. */
const MAX_AS_SOURCE = 8

/**
 * "The man fled in a van, as police have said, and ...", "As officials said, the road is shut": a
 * parenthetical "as" clause credits the clause it is attached to, not words after the cue.
 */
function asParenthetical(doc: Doc, cue: CueMatch, s: Sentence, k: number): Found | null {
  let a = k
  while (a >= s.tokenStart && k - a < MAX_AS_SOURCE && lower(doc, a) !== 'as' && !PUNCT.test(word(doc, a)) && !CLAUSE_BREAKERS.has(lower(doc, a))) a--
  if (a >= s.tokenStart && lower(doc, a) !== 'as') return null
  if (a < s.tokenStart || a === k || doc.quoteOf[a]) return null
  const source = span(doc, a + 1, k + 1)
  // What follows the cue must close the parenthesis soon ("as police said on Monday,").
  let tail = cue.to
  while (tail < s.tokenEnd && !PUNCT.test(word(doc, tail)) && tail - cue.to <= 4) tail++
  if (tail < s.tokenEnd && !/^[,.;!?]$/.test(word(doc, tail))) return null
  if (!source) return null
  if (a === s.tokenStart || (a === s.tokenStart + 1 && LEADING_FILLERS.has(lower(doc, s.tokenStart)))) {
    // "As police have said, the suspect ...": the clause after the comma.
    if (word(doc, tail) !== ',') return null
    const content = contentSpan(doc, tail + 1, clauseEnd(doc, tail + 1, s.tokenEnd))
    return content ? { source, content, direct: false } : null
  }
  if (word(doc, a - 1) !== ',') return null
  const content = contentSpan(doc, s.tokenStart, a - 1, true)
  return content ? { source, content, direct: false } : null
}

/** "..., X said." / "“...,” said X." : content before, source between or after. */
export function postposed(doc: Doc, cue: CueMatch, s: Sentence, syntax?: Syntax): Found | null {
  const k = skipAdverbsLeft(doc, cue.from - 1, s.tokenStart)
  const parenthetical = asParenthetical(doc, cue, s, k)
  if (parenthetical) return parenthetical
  let L = k
  while (L >= s.tokenStart && !COMMA.has(word(doc, L)) && !doc.closes.has(L) && k - L < 10) {
    // "“...,” Rep. Jane Doe (D-Ore.) said": a party and state in parentheses belong to the name.
    const open = word(doc, L) === ')' ? parenthesisOpen(doc, L, s.tokenStart) : -1
    if (open > s.tokenStart && /^\p{Lu}/u.test(word(doc, open - 1))) {
      L = open - 1
      continue
    }
    if (CLAUSE_BREAKERS.has(word(doc, L)) && word(doc, L) !== 'and') return null
    if (PUNCT.test(word(doc, L)) && word(doc, L) !== '’s' && word(doc, L) !== "'s") return null
    L--
  }
  // “How many times?” Clinton said. — the splitter ended the sentence at the question mark.
  if (L === s.tokenStart - 1 && doc.closes.has(L) && k >= s.tokenStart) {
    const closing = doc.closes.get(L)!
    let tail = cue.to
    while (tail < s.tokenEnd && !PUNCT.test(word(doc, tail)) && tail - cue.to <= 6) tail++
    if (tail === s.tokenEnd || FINAL.test(word(doc, tail))) {
      return { source: span(doc, s.tokenStart, k + 1), content: quotation(doc, closing), direct: true }
    }
  }
  if (L < s.tokenStart || !(COMMA.has(word(doc, L)) || doc.closes.has(L))) {
    // No comma: only a quote opened in an earlier sentence can be the content ("“...” he said").
    return null
  }
  if (!doc.closes.has(L)) {
    // “...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: a
    // long source between a closing quote and the cue.
    for (let b = L - 1; b >= s.tokenStart && L - b < 40; b--) {
      if (doc.closes.has(b)) {
        // Only a name or a noun phrase follows the quotation: “...” Scott Pruitt, the attorney ...
        // ("“...,” study lead author Lucas Paganini, a scientist at ..., said": a noun the parse tags).
        if (/^(?:\p{Lu}|the$|a$|an$)/u.test(word(doc, b + 1)) || (syntax && /^(?:NOUN|ADJ)$/.test(syntax[b + 1]!.upos) && !finiteBetween(syntax, b + 1, L))) L = b
        break
      }
      if (FINAL.test(word(doc, b)) || doc.opens.has(b) || word(doc, b) === 'that') break
    }
  }
  // ", which he said were ..." is a relative clause, not a postposed attribution.
  if (/^(?:which|who|whom|that|what)$/i.test(word(doc, L + 1))) return null
  let sourceFrom = L + 1
  while (sourceFrom <= k && LEADING_FILLERS.has(lower(doc, sourceFrom))) sourceFrom++
  let source = span(doc, sourceFrom, k + 1)
  let j = cue.to
  if (!source) {
    // ", said X." — only verbs that invert with their subject; "..., said in a statement" and
    // ", said Monday" put an adjunct there, and the subject stands before the comma.
    if (!INVERTING.has(cue.key.split(' ').at(-1) ?? '') || ADJUNCT_START.test(word(doc, cue.to))) return null
    while (j < s.tokenEnd && j - cue.to < 10 && (!PUNCT.test(word(doc, j)) || (j > cue.to && word(doc, j) === '(' && parenthesisClose(doc, j, s.tokenEnd) > 0)) && !doc.opens.has(j)) {
      // ", said Rep. Jane Doe (D-N.Y.)": a party and state in parentheses belong to the name.
      if (word(doc, j) === '(') {
        j = parenthesisClose(doc, j, s.tokenEnd) + 1
        continue
      }
      // "Can Dündar, a columnist, said the charges were false": words holding a finite verb are
      // what was said, and the subject stands before the comma (the preposed reading).
      if (lower(doc, j) === 'that' || CLAUSE_BREAKERS.has(lower(doc, j)) || FINITE_AUX.test(word(doc, j))) return null
      j++
    }
    // "Megan Hester, a teacher, said parents still want ...": a verb with a subject of its own
    // after the cue makes the words a clause, what was said.
    if (syntax && holdsClause(doc, syntax, cue.to, j)) return null
    source = span(doc, cue.to, j)
    if (!source) return null
    // "-- told me, “...”": a listener and a quotation follow; the subject came before.
    if (/^(?:me|him|her|us|them|reporters|you)$/i.test(word(doc, cue.to)) || (word(doc, j) === ',' && doc.opens.has(j + 1))) return null
    // ", said Donna Brazile, the interim chairwoman of the committee." keeps the appositive.
    if (word(doc, j) === ',') {
      let a = j + 1
      while (a < s.tokenEnd && !doc.opens.has(a) && !FINAL.test(word(doc, a)) && a - j <= MAX_APPOSITIVE) {
        // "..., the top Democrat on the committee, in a statement." ends before the setting.
        if (word(doc, a) === ',' && SETTING_START.test(word(doc, a + 1))) break
        a++
      }
      if (a > j + 1 && (a === s.tokenEnd || FINAL.test(word(doc, a)) || doc.opens.has(a) || word(doc, a) === ',')) {
        source = span(doc, cue.to, a)
        j = a
      }
    }
  }
  let end = L
  if (word(doc, L) === ',' && doc.closes.has(L - 1)) end = L - 1
  const closing = doc.closes.get(end)
  // What follows must end the clause: punctuation soon, never a "that" clause. After a closing
  // quote mark the shape is certain, so a long tail ("said on Saturday at the gala in ...") is fine.
  let tail = j
  while (tail < s.tokenEnd && !PUNCT.test(word(doc, tail))) {
    const w = lower(doc, tail)
    if (w === 'that' || (tail - j > 6 && !closing) || doc.opens.has(tail)) return null
    tail++
  }
  if (tail < s.tokenEnd && word(doc, tail) === ':') return null
  // “That,” he added, “promises ...”: the interrupted quote goes on after the attribution.
  let resume = tail
  while (resume < s.tokenEnd && resume - tail < 3 && !doc.opens.has(resume) && !FINAL.test(word(doc, resume))) resume++
  const resumed = doc.opens.get(resume)
  if (tail < s.tokenEnd && doc.opens.has(tail) && !closing) return null
  if (!closing) {
    // "As a phone rang, the announcer said, “...”": the quotation after the cue is the content.
    if (/^[,:]$/.test(word(doc, tail)) && doc.opens.has(tail + 1)) return null
    // "In a speech Friday, Clinton laid out her proposals": an object after the cue, not an
    // adjunct. The listener of "told" is no such object ("..., Vergara told reporters after ...").
    const obj = /^(?:told|tells|tell|telling)$/i.test(cue.key.split(' ').at(-1) ?? '') ? afterListener(doc, j, tail) : j
    if (tail > obj && !ADJUNCT_START.test(word(doc, obj)) && !DAYS.test(word(doc, obj))) return null
  }
  if (closing) {
    let opener = end
    while (opener >= 0 && doc.tokens[opener]!.start > closing.open) opener--
    // A quote that starts mid-sentence is part of a longer content: "... a top priority ''is ...,'' Mr. Kamin said."
    let start = quotation(doc, closing).start
    if (opener > s.tokenStart && doc.sentenceOf[opener] === doc.sentenceOf[cue.from]) {
      start = contentSpan(doc, s.tokenStart, opener + 1)?.start ?? start
    }
    const endChar = resumed ? Math.max(closing.end, resumed.end) : closing.end
    return { source, content: { start, end: endChar }, direct: start === quotation(doc, closing).start }
  }
  if (end <= s.tokenStart) return null
  const first = doc.tokens[s.tokenStart]!
  const inside = doc.quoteOf[s.tokenStart]
  const start = inside ? inside.start : first.start
  const content = contentSpan(doc, s.tokenStart, end, true)
  if (!content) return null
  let contentEnd = content.end
  // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": a parenthetical cue; the
  // content goes on to the end of the sentence.
  if (word(doc, tail) === ',' && tail + 1 < s.tokenEnd && !/(?:ing)$|^(?:according|who|which|in|on|at|as|after|before|during|while|when)$/i.test(word(doc, tail + 1))) {
    const rest = contentSpan(doc, tail + 1, clauseEnd(doc, tail + 1, s.tokenEnd))
    // "During his years in office, Mr. Obama said, a majority ...": an introductory phrase is the
    // writer's; what was said starts after the attribution.
    if (rest && end - s.tokenStart <= 15 && INTRODUCTORY.test(word(doc, s.tokenStart)) && !resumed) {
      return { source, content: rest, direct: false }
    }
    if (rest && rest.end > contentEnd) contentEnd = rest.end
    if (resumed && resumed.end > contentEnd) contentEnd = resumed.end
    // "..., but the pollution was so bad, Mr. Obama noted, that ...": the parenthetical belongs
    // to the last clause before it.
    for (let b = end - 2; b > s.tokenStart; b--) {
      if (doc.quoteOf[b]) continue
      if ((word(doc, b) === ',' && /^(?:but|and|who|which|while|because|so|whereas)$/i.test(word(doc, b + 1))) || word(doc, b) === ';') {
        const clause = contentSpan(doc, b + 1, end, true)
        if (clause) return { source, content: { start: clause.start, end: contentEnd }, direct: false }
        break
      }
    }
  }
  return { source, content: { start: inside ? Math.min(start, content.start) : content.start, end: contentEnd }, direct: false }
}
