import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { DATE_RULES } from './grammar.js'
import { gateWordFinder, scanRule } from './rule-scan.js'
import { sharedPath } from '../../testing/shared-data.js'

const wordsOf = gateWordFinder(DATE_RULES)

// Texts that exercise every rule and the edges of the lookbehind: letters, digits, accented and
// astral characters right before a date word, long whitespace, empty-match positions.
const SAMPLES = [
  'On Friday, May 9, 2025, at 5 p.m. EST the parade began; last Sunday morning it rained. Talks resume Monday.',
  'Revenue rose in the third quarter of 2024 and the year-ago quarter; Q3 2023, 2Q24 and the first half of 2019.',
  'Two days ago, three weeks later, a year earlier and decades from now; in recent years, the past few months.',
  'In the 1990s, the late eighties, the 21st century and the nineteenth century; nineteen ninety-six; the year two thousand.',
  "Christmas Eve, New Year's Day 2020, Thanksgiving, this summer, last winter, the fall of Rome, spring 2021.",
  'Now, currently, at present, in the near future, soon, lately, formerly, the following year, that day, year-end.',
  'xMay 9, éMay 9, 5May 9, 𝔸May 9, 𝟘 1999, ©1999, May\u00a09, Sept.\u2003\u20035th, 2020-01-02T10:30, 3/4/2021, 1800 GMT at noon.',
  'Mayday, Marching, April Ryan, 1,990 people, $2015 and No. 1999; rooms 2001-2005 percent; F-2015 and M2020.',
  'On 9 May 2025 and the fifth of June, in March 2020, late January of last year, later in the week, early in the day.',
  'tonight, tomorrow evening, the day before yesterday, this afternoon, last night, mid-afternoon, every Sunday.',
]

function expected(pattern: RegExp, text: string): Array<[number, string]> {
  return [...text.matchAll(pattern)].filter((m) => m[0].length > 0).map((m) => [m.index, m[0]])
}

test('should find exactly what matching the full pattern finds, for every rule', () => {
  const texts = [...SAMPLES, readFileSync(sharedPath('examples/kim-victory-day/input.txt'), 'utf8')]
  for (const text of texts) {
    const has = wordsOf(text)
    for (const rule of DATE_RULES) {
      const got = scanRule(rule, text, has).map((m) => [m.index, m.text])
      assert.deepEqual(got, expected(rule.pattern, text), `${rule.name} on ${JSON.stringify(text.slice(0, 40))}`)
    }
  }
})

test('should keep every rule gated by what its matches contain', () => {
  // A match that fails its rule's gate would be lost; the samples above must not produce one.
  for (const text of SAMPLES) {
    for (const rule of DATE_RULES) {
      if (expected(rule.pattern, text).length === 0) continue
      assert.ok(scanRule(rule, text, wordsOf(text)).length > 0, `${rule.name} gated out ${JSON.stringify(text.slice(0, 40))}`)
    }
  }
})

test('should find the gate words a text contains, overlapping ones included', () => {
  const words = [...new Set(DATE_RULES.flatMap((r) => r.gate?.words ?? []))]
  for (const text of [...SAMPLES, "Todays holidayear: the 1990's, nineteenth-century Marchers, two thousand."]) {
    const has = wordsOf(text)
    const lower = text.toLowerCase()
    for (const w of words) assert.equal(has(w), lower.includes(w), `${w} in ${JSON.stringify(text.slice(0, 40))}`)
  }
})
