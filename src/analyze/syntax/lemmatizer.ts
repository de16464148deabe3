/**
 * The lemmatizer: suffix rules learnt per Penn tag from the treebank ("-ies" NNS -> "-y"), with
 * a lexicon of the words the rules get wrong (irregular forms: "went" VBD -> "go", "'s" VBZ ->
 * "be"). Lookup tries the exact form, then its lower case, then the rules.
 */
import { normalizeForm } from './lexical.js'

/** How a lemma is made from a form: lower-case it or not, cut `strip` characters, add `append`. */
interface Rule {
  readonly lower: boolean
  readonly strip: number
  readonly append: string
}

/** A trained lemmatizer. */
export interface Lemmatizer {
  /** The lemma of `form` read with Penn tag `xpos`. */
  lemma(form: string, xpos: string): string
}

/** Longest form suffix a rule is keyed by. */
const MAX_SUFFIX = 5

const ruleText = (r: Rule): string => `${r.lower ? 'L' : 'K'}${r.strip}:${r.append}`
const parseRule = (s: string): Rule => {
  const colon = s.indexOf(':')
  return { lower: s[0] === 'L', strip: Number(s.slice(1, colon)), append: s.slice(colon + 1) }
}

/** The rule turning `form` into `lemma` (keeping case when the lemma starts like the form). */
function ruleFor(form: string, lemma: string): Rule {
  let source = form
  let lower = false
  // A form already in lower case counts as lower-cased, so "the" and "The" teach the same rule.
  if (form === form.toLowerCase() || !lemma.startsWith(form.slice(0, 1)) || (form !== lemma && form.toLowerCase() === lemma)) {
    source = form.toLowerCase()
    lower = true
  }
  let common = 0
  while (common < source.length && common < lemma.length && source[common] === lemma[common]) common++
  return { lower, strip: source.length - common, append: lemma.slice(common) }
}

function apply(rule: Rule, form: string): string {
  const source = rule.lower ? form.toLowerCase() : form
  if (rule.strip >= source.length) return source
  return source.slice(0, source.length - rule.strip) + rule.append
}

/** Learns rules and exceptions from `(form, xpos, lemma)` triples; returns its text form. */
export function trainLemmatizer(triples: Iterable<readonly [string, string, string]>, minRuleCount = 2): string {
  // Per tag and suffix, how often each rule applies.
  const counts = new Map<string, Map<string, number>>()
  const seen = new Map<string, Map<string, number>>()
  for (const [rawForm, xpos, lemma] of triples) {
    if (lemma === '_' || lemma === '') continue
    const form = normalizeForm(rawForm)
    const rule = ruleText(ruleFor(form, normalizeForm(lemma)))
    const lower = form.toLowerCase()
    for (let k = 0; k <= Math.min(MAX_SUFFIX, lower.length); k++) {
      const key = `${xpos}\t${lower.slice(lower.length - k)}`
      const m = counts.get(key) ?? new Map<string, number>()
      m.set(rule, (m.get(rule) ?? 0) + 1)
      counts.set(key, m)
    }
    const entry = `${form}\t${xpos}`
    const lm = seen.get(entry) ?? new Map<string, number>()
    lm.set(normalizeForm(lemma), (lm.get(normalizeForm(lemma)) ?? 0) + 1)
    seen.set(entry, lm)
  }
  const best = (m: Map<string, number>): [string, number] => {
    let top: [string, number] = ['', 0]
    for (const [k, v] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (v > top[1]) top = [k, v]
    return top
  }
  const rules = new Map<string, string>()
  for (const [key, m] of counts) {
    const [rule, n] = best(m)
    // The empty suffix is the tag's default rule and is always kept.
    if (n >= minRuleCount || key.endsWith('\t')) rules.set(key, rule)
  }
  // A rule that says what the next shorter suffix's rule says adds nothing: drop it (shortest
  // first, so each comparison is with the rule lookup would really fall back to).
  const bySuffixLength = [...rules.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
  for (const key of bySuffixLength) {
    const tab = key.indexOf('\t')
    const suffix = key.slice(tab + 1)
    for (let k = suffix.length - 1; k >= 0; k--) {
      const shorter = rules.get(`${key.slice(0, tab)}\t${suffix.slice(suffix.length - k)}`)
      if (shorter === undefined) continue
      if (shorter === rules.get(key)) rules.delete(key)
      break
    }
  }
  const lines: string[] = []
  for (const key of [...rules.keys()].sort()) lines.push(`R\t${key}\t${rules.get(key)!}`)
  const lemmatizer = fromRules(rules, new Map())
  for (const entry of [...seen.keys()].sort()) {
    const [lemma] = best(seen.get(entry)!)
    const [form, xpos] = entry.split('\t') as [string, string]
    if (lemmatizer.lemma(form, xpos) !== lemma) lines.push(`X\t${entry}\t${lemma}`)
  }
  return `${lines.join('\n')}\n`
}

function fromRules(rules: ReadonlyMap<string, string>, exceptions: ReadonlyMap<string, string>): Lemmatizer {
  const parsed = new Map<string, Rule>()
  for (const [k, v] of rules) parsed.set(k, parseRule(v))
  return {
    lemma(rawForm: string, xpos: string): string {
      const form = normalizeForm(rawForm)
      const exact = exceptions.get(`${form}\t${xpos}`)
      if (exact !== undefined) return exact
      const lower = form.toLowerCase()
      if (lower !== form) {
        const folded = exceptions.get(`${lower}\t${xpos}`)
        if (folded !== undefined) return folded
      }
      for (let k = Math.min(MAX_SUFFIX, lower.length); k >= 0; k--) {
        const rule = parsed.get(`${xpos}\t${lower.slice(lower.length - k)}`)
        if (rule) return apply(rule, form)
      }
      return form
    },
  }
}

/** Loads a lemmatizer from the text `trainLemmatizer` wrote. */
export function loadLemmatizer(text: string): Lemmatizer {
  const rules = new Map<string, string>()
  const exceptions = new Map<string, string>()
  for (const line of text.split('\n')) {
    const parts = line.split('\t')
    if (parts.length !== 4) continue
    const key = `${parts[1]}\t${parts[2]}`
    if (parts[0] === 'R') rules.set(key, parts[3]!)
    else if (parts[0] === 'X') exceptions.set(key, parts[3]!)
  }
  return fromRules(rules, exceptions)
}
