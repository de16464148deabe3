/**
 * Reporters: who puts a trigger's clause in someone's mouth ("Authorities say [a stabbing killed a
 * passenger]", "according to the WHO") — the event's source, never its actor or recipient.
 */
import { dependents, markedDependents, subjectsOf } from '../syntax/relations.js'
import type { SentenceView } from './sentence-view.js'
import { REPORTING_VERBS } from './word-classes.js'

/**
 * Verbs that put a clause in someone's mouth or estimate, besides the reporting verbs ("Scher and
 * Van Den Hoek estimate [buildings have been destroyed]").
 */
export const REPORTED_BY: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'estimate', 'calculate', 'conclude', 'allege', 'assess'])

/**
 * Nouns that report ("reports say", "according to reports", "reports that troops attacked"): the
 * phrase they head tells of another act, it never takes part in it.
 */
export const REPORTING_NOUNS: ReadonlySet<string> = new Set(['report', 'claim', 'statement', 'allegation', 'account', 'rumor', 'rumour', 'estimate'])

/**
 * Who reports the trigger's clause ("Authorities say [a stabbing killed a passenger]"): the subjects
 * of the first reporting verb above it whose complement holds it, as sentence-local token indices.
 * They are the event's source, never its actor or recipient, unless the reported clause's subject
 * is a pronoun that may stand for them. So is whoever an "according to" phrase names ("struck a
 * convoy, according to the World Health Organization", "according to an analysis by Corey Scher").
 */
export function reportersOf(view: SentenceView, i: number): Set<number> {
  const syn = view.syntax
  const article = view.articleSyntax
  const out = accordingTo(view)
  for (const a of toldThat(view, i)) out.add(a)
  if (!syn || !article) return out
  const from = view.sentence.tokenStart
  let k = i
  for (let steps = 0; steps < 6 && syn[k]!.head >= 0; steps++) {
    const h = syn[k]!.head
    // "Pakistani reports that troops attacked a post": a clause that completes a reporting noun
    // is what the noun reports, however the parser attached it (as a relative clause too), and
    // the noun's phrase is its reporter.
    if (/^(acl|ccomp)/.test(syn[k]!.deprel) && /^(NOUN|PROPN)$/.test(syn[h]!.upos) && REPORTING_NOUNS.has(view.lemmas[h]!)) {
      for (const t of phraseOf(view, h, k)) out.add(t)
      return out
    }
    // Only a reported clause: "Italy announced a suspension of air links" is Italy's own act.
    if (/^(ccomp|parataxis)/.test(syn[k]!.deprel) && REPORTED_BY.has(view.lemmas[h]!)) {
      // Whom it is told ("a spokeswoman told the Guardian that protesters started fires", "said to
      // reporters") hears the report and takes no part in the act.
      for (const a of addressees(view, from + h, from + k)) out.add(a - from)
      // "Police said they arrested him", "Serbs said their forces withdrew": a pronoun in the
      // reported clause's subject may stand for the reporter.
      const pronoun = (t: number): boolean => article[t]!.upos === 'PRON' || dependents(article, t, 'nmod:poss').some((p) => article[p]!.upos === 'PRON')
      if (subjectsOf(article, from + k).some((s) => pronoun(s.token))) return out
      // A reporting noun's whole phrase reports ("Pakistani media reports said ..."), its modifiers too.
      for (const s of subjectsOf(article, from + h)) {
        if (s.passive) continue
        const r = s.token - from
        if (r >= 0 && r < syn.length && syn[r]!.upos === 'NOUN' && REPORTING_NOUNS.has(view.lemmas[r]!)) for (const t of phraseOf(view, r, k)) out.add(t)
        else out.add(r)
      }
      return out
    }
    k = h
  }
  for (const s of reportingSubjects(view, i)) out.add(s)
  for (const s of trailingReporters(view, i)) out.add(s)
  return out
}

// "Two men were arrested in the raid, police said": a reporting clause after a comma at the end
// of the sentence that the parser hung from the reported clause (as a conjunct or an aside) rather
// than above it; its subjects report the clause. (Unless the clause's subject is a pronoun that may
// stand for them, as above: "They fired on the crowd, police said".)
function trailingReporters(view: SentenceView, i: number): number[] {
  const syn = view.syntax
  const article = view.articleSyntax
  if (!syn || !article) return []
  const from = view.sentence.tokenStart
  const chain = [i]
  for (let k = i, steps = 0; steps < 6 && syn[k]!.head >= 0; steps++) chain.push((k = syn[k]!.head))
  const out: number[] = []
  for (let d = i + 1; d < syn.length; d++) {
    const t = syn[d]!
    if (!/^(conj|parataxis)/.test(t.deprel) || !chain.includes(t.head) || !REPORTED_BY.has(view.lemmas[d]!)) continue
    // Only a reporting clause of its own, with nothing it reports but what came before it.
    if (dependents(article, from + d, 'obj', 'ccomp', 'xcomp', 'cc').length > 0) continue
    const subjects = dependents(article, from + d, 'nsubj').map((s) => s - from)
    const first = Math.min(d, ...subjects)
    if (subjects.length === 0 || view.words[first - 1] !== ',') continue
    // (A clause with no subject of its own is the reporter's: "Condemning the attack, he said".)
    const own = subjectsOf(article, from + chain[chain.length - 1]!)
    if (own.length > 0 && !own.some((s) => article[s.token]!.upos === 'PRON')) out.push(...subjects)
  }
  return out
}

// "a spokeswoman told the Guardian that protesters were starting fires": whom a "told ... that"
// before the trigger names, read from the words (the parser often loses the clause after quotes).
function toldThat(view: SentenceView, i: number): number[] {
  const words = view.words
  for (let k = i - 2; k >= 0; k--) {
    if (!TELLING.has(view.lemmas[k]!) && !TELLING.has(words[k]!.toLowerCase())) continue
    for (let j = k + 2; j < i && j <= k + ADDRESSEE_REACH; j++) {
      if (/^[,;:.!?()"“”]$/.test(words[j - 1]!)) break
      if (words[j]!.toLowerCase() === 'that') return Array.from({ length: j - k - 1 }, (_, n) => k + 1 + n)
    }
    return []
  }
  return []
}
const TELLING = new Set(['tell', 'told', 'tells', 'telling', 'inform', 'assure', 'notify', 'remind'])
const ADDRESSEE_REACH = 6

// The addressees of the reporting verb at `verb` (article indices): its objects other than the
// reported clause at `clause`, and its "to" phrase.
function addressees(view: SentenceView, verb: number, clause: number): number[] {
  const article = view.articleSyntax!
  const objects = dependents(article, verb, 'obj', 'iobj').filter((o) => o !== clause && article[o]!.upos !== 'VERB')
  const to = markedDependents(article, verb, 'obl', 'to')
  return [...objects, ...to]
}

// The words of the phrase headed by `head` (sentence-local), leaving out the clause at `clause` it governs.
function phraseOf(view: SentenceView, head: number, clause: number): number[] {
  const syn = view.syntax!
  const out: number[] = []
  for (let t = 0; t < syn.length; t++) {
    let u = t
    for (let steps = 0; steps < 8 && u !== head && u !== clause && u >= 0; steps++) u = syn[u]!.head
    if (u === head) out.push(t)
  }
  return out
}

// Every word of an "according to" phrase: its object's subtree, and at least the words up to the next comma.
function accordingTo(view: SentenceView): Set<number> {
  const out = new Set<number>()
  const words = view.words
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k]!.toLowerCase() !== 'according' || words[k + 1]!.toLowerCase() !== 'to') continue
    let end = k + 2
    while (end < words.length && !/^[,;:.!?()"“”]$/.test(words[end]!)) out.add(end++)
    const syn = view.syntax
    const obj = syn ? syn[k]!.head : -1
    // (Only an object inside those words: "has, according to filings, advised other companies"
    // may hang the phrase from the verb's object.)
    if (!syn || obj <= k + 1 || obj >= end || syn[k]!.deprel !== 'case') continue
    for (let t = k + 2; t < words.length; t++) {
      let u = t
      // (Through the noun phrase's own relations and an apposition, "the Syria-based activist"; not a conjunct the parser misattached.)
      for (let steps = 0; steps < 8 && u !== obj && u >= 0 && /^(nmod|appos|compound|flat|det|amod|case|fixed|nummod|punct)/.test(syn[u]!.deprel); steps++) u = syn[u]!.head
      if (u === obj) out.add(t)
    }
  }
  return out
}

// Who the parser missed as the subject of a reporting verb left of the trigger: "Scher and Van Den
// Hoek estimate at least 8,900 buildings have been damaged", with "estimate" misread as a noun.
// The words right before the verb name its subject, with the names coordinated with them.
function reportingSubjects(view: SentenceView, i: number): number[] {
  const words = view.words
  for (let k = i - 1; k > 0; k--) {
    if (/^[;:"“”()]$/.test(words[k]!)) return []
    if (!REPORTED_BY.has(view.lemmas[k]!) || words[k] === 'according') continue
    // Only where the parser missed the verb ("Italy announced a suspension" is Italy's own act),
    // and only a clause it reports.
    if (view.syntax?.[k]?.upos === 'VERB' || (view.syntax && !view.syntax[i]!.xpos.startsWith('VB'))) return []
    // A verb: no determiner or possessive before it, and not "the estimate of".
    const prev = words[k - 1]!
    if (/^(the|a|an|this|that|its|their|his|her|our|'s|of|to|will|would|could|may|might)$/i.test(prev) || !/^\p{L}/u.test(prev)) return []
    // "Police say they were attacked": a pronoun may stand for the reporter.
    if (/^(he|she|it|they|we|i|his|her|its|their|our)$/i.test(words[k + 1] === 'that' ? (words[k + 2] ?? '') : (words[k + 1] ?? ''))) return []
    const out: number[] = []
    let j = k - 1
    while (j >= 0 && /^\p{Lu}/u.test(view.tokens[j]!.text)) {
      // A capitalised name ("Van Den Hoek") and the names "and" or a comma joins to it.
      const last = j
      while (j >= 0 && /^\p{Lu}/u.test(view.tokens[j]!.text)) j--
      for (let t = j + 1; t <= last; t++) out.push(t)
      if (j >= 1 && (words[j] === 'and' || words[j] === ',')) j--
      else break
    }
    return out
  }
  return []
}
