/**
 * The dates analysis step: every date and time expression in the text, with its offsets and a
 * TimeML value normalized against the article's reference date. Durations and recurring sets
 * are not reported: they are not points on the calendar.
 *
 * How: every rule of `grammar.ts` is matched over the text; the longest non-overlapping matches
 * are kept; they are resolved in reading order (so "that year" can refer back to a year named
 * before it), each with the tense of its clause; a clock time next to a day becomes one TIME.
 */
import type { DateExpression } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import type { Sentence } from '../tokens/tokenize.js'
import { parseIsoDay, type Day } from './calendar.js'
import { DATE_RULES, type DateRule, type Groups, type RuleValue } from './grammar.js'
import { gateWordFinder, scanRule } from './rule-scan.js'
import { lastCompletedQuarter, quarterYear, type ResolveEnv, type YearQuarter } from './resolve.js'
import { clauseTense, type Tense } from './tense.js'

interface Candidate {
  readonly start: number
  readonly end: number
  readonly rule: DateRule
  readonly order: number
  readonly groups: Groups
}

interface Resolved extends RuleValue {
  start: number
  end: number
}

const CONTEXT = 40

/** Words of a results sentence: in a quarterly report "a year earlier" is the year-ago quarter. */
const EARNINGS = /\b(?:a share|net income|net loss|profit|revenue|sales|earnings|earned|income|loss)\b/i

/** Dates in the text: finds the date and time expressions of the article text and normalizes them against the reference date. */
export function findDateExpressions(ctx: AnalysisContext): DateExpression[] {
  const text = ctx.text
  const ref = parseIsoDay(ctx.referenceDate)
  const candidates = selectLongest(matchRules(text))
  const reporting = reportingQuarterOf(text, ref)
  const earnings = /\bquarter/i.test(text)
  const resolved: Resolved[] = []
  let anchorYear: number | null = null
  let anchorDay: Day | null = null
  let anchorMonth: { y: number; m: number } | null = null
  for (const c of candidates) {
    const sentence = sentenceAround(ctx.sentences, text, c.start, c.end)
    const env: ResolveEnv = {
      ref,
      ...tenseAt(text, sentence, c.start, c.end),
      reportingQuarter: reporting,
      anchorYear,
      anchorDay,
      anchorMonth,
      quarterContext: /\b(?:quarter|quarterly|period)\b/i.test(sentence.text) || (earnings && EARNINGS.test(sentence.text)),
    }
    const value = c.rule.resolve(c.groups, env)
    if (value === null) continue
    if (value.anchorYear !== undefined) anchorYear = value.anchorYear
    // Later "the next day", "that month" refer back to the latest day or month on the calendar.
    const named = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(value.value)
    if (named) {
      anchorMonth = { y: Number(named[1]), m: Number(named[2]) }
      anchorDay = named[3] !== undefined ? parseIsoDay(`${named[1]}-${named[2]}-${named[3]}`) : null
    }
    resolved.push({ ...value, start: c.start, end: c.end })
  }
  return attachClockTimes(resolved, text).map((r) => ({
    text: text.slice(r.start, r.end),
    start: r.start,
    end: r.end,
    value: r.value,
    type: r.type,
  }))
}

const gateWordsOf = gateWordFinder(DATE_RULES)

/** Every accepted match of every rule. */
function matchRules(text: string): Candidate[] {
  const out: Candidate[] = []
  const has = gateWordsOf(text)
  DATE_RULES.forEach((rule, order) => {
    for (const m of scanRule(rule, text, has)) {
      const start = m.index
      const end = start + m.text.trimEnd().length
      const groups: Groups = m.groups
      const before = text.slice(Math.max(0, start - CONTEXT), start)
      const after = text.slice(end, end + CONTEXT)
      if (rule.accept && !rule.accept(groups, before, after)) continue
      out.push({ start, end, rule, order, groups })
    }
  })
  return out
}

/** Longest matches first; a match overlapping a kept one is dropped; ties go to the earlier rule. */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start)
  const kept: Candidate[] = []
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue
    kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The quarter an earnings story is about: its first ordinal quarter, else the last completed one. */
function reportingQuarterOf(text: string, ref: Day | null): YearQuarter | null {
  if (!ref) return null
  // The substring test first: most stories have no quarter, and the regex would scan them whole.
  const m = /quarter/i.test(text) ? /\b(first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter\b/i.exec(text) : null
  if (m) {
    const q = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase()) + 1
    const env: ResolveEnv = {
      ref,
      tense: null,
      strict: false,
      reportingQuarter: null,
      anchorYear: null,
      anchorDay: null,
      anchorMonth: null,
      quarterContext: false,
    }
    const y = quarterYear(q, env)
    if (y !== null) return { y, q }
  }
  return lastCompletedQuarter(ref)
}

function sentenceAround(sentences: readonly Sentence[], text: string, start: number, end: number): { text: string; start: number } {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (s.end <= start) lo = mid + 1
    else if (s.start > start) hi = mid - 1
    else {
      const last = sentences.slice(mid).find((x) => x.end >= end) ?? s
      return { text: text.slice(s.start, last.end), start: s.start }
    }
  }
  // Outside every sentence (odd whitespace): the surrounding line will do.
  const from = text.lastIndexOf('\n', start) + 1
  const to = text.indexOf('\n', end)
  return { text: text.slice(from, to < 0 ? text.length : to), start: from }
}

/** "X said Friday": the report is past whatever the rest of the sentence says. */
const REPORTED_ON = /\b(?:said|says|announced|reported|confirmed|told\s+\S+|added|stated|disclosed)\s+(?:on\s+|late\s+|early\s+)?$/i

/** Words right before a date that fix its direction: a period "ended" before the report, a deadline lies after it. */
const BEFORE_PAST = /\b(?:ended|since)\s+(?:on\s+)?$/i
const BEFORE_FUTURE = /\b(?:until|till|effective|ahead\s+of|due|starting|expires?|expiring|payable|record)\s+(?:on\s+)?$/i

function tenseAt(text: string, sentence: { text: string; start: number }, start: number, end: number): { tense: Tense; strict: boolean } {
  const before = text.slice(Math.max(0, start - CONTEXT), start)
  if (BEFORE_PAST.test(before)) return { tense: 'past', strict: true }
  if (BEFORE_FUTURE.test(before)) return { tense: 'future', strict: false }
  if (REPORTED_ON.test(before)) return { tense: 'past', strict: false }
  return { tense: clauseTense(sentence.text, sentence.start, start, end), strict: false }
}

/** A clock time right before or after a day ("5 p.m. EST, Nov. 9", "Friday at noon") becomes one TIME. */
function attachClockTimes(items: Resolved[], text: string): Resolved[] {
  const out: Resolved[] = []
  for (const item of items) {
    const prev = out[out.length - 1]
    if (prev && /^,?\s+(?:on\s+|at\s+)?$|^\s*,\s*$/.test(text.slice(prev.end, item.start))) {
      const clock = prev.clock ?? item.clock
      const dayValue = prev.day ? prev.value : item.day ? item.value : undefined
      if (clock !== undefined && dayValue !== undefined) {
        out[out.length - 1] = { value: `${dayValue}${clock}`, type: 'TIME', start: prev.start, end: item.end }
        continue
      }
    }
    out.push(item)
  }
  return out
}
