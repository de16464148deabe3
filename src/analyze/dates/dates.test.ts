import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newArticle } from '../../model/new-article.js'
import type { DateExpression } from '../../model/article.js'
import type { AnalysisContext } from '../context.js'
import { tokenize } from '../tokens/tokenize.js'
import { findDateExpressions } from './index.js'

/** The context the dates step sees for `text` read against `referenceDate`. */
function contextOf(text: string, referenceDate: string | null): AnalysisContext {
  const { tokens, sentences } = tokenize(text)
  const article = newArticle({ input: 'test', text, referenceDate })
  return { article, text, tokens, sentences, referenceDate, models: { loaded: [] }, entities: [], dates: [], quantities: [], quotes: [] }
}

function findIn(text: string, referenceDate: string | null = '2025-05-08'): DateExpression[] {
  return findDateExpressions(contextOf(text, referenceDate))
}

/** Dates found in `text` against `referenceDate`, as `[text, value]` pairs. */
function datesOf(text: string, referenceDate: string | null = '2025-05-08'): Array<[string, string]> {
  return findIn(text, referenceDate).map((d) => [d.text, d.value])
}

test('should resolve the reference example dates against the publication day', () => {
  const found = datesOf(
    'Kim will not attend the May 9 parade. On May 8, 2025, the Kremlin confirmed it. Media on April 28 had raised hopes, ' +
      'and a report this past Sunday showed a tank factory. Delegations came in 2015 and 2005.',
  )
  assert.deepEqual(found, [
    ['May 9', '2025-05-09'],
    ['May 8, 2025', '2025-05-08'],
    ['April 28', '2025-04-28'],
    ['this past Sunday', '2025-05-04'],
    ['2015', '2015'],
    ['2005', '2005'],
  ])
})

/** What the dates step should find: per behaviour, texts with their `[text, value]` pairs (read against 2025-05-08 unless a reference date is given). */
const CASES: ReadonlyArray<{ readonly why: string; readonly referenceDate?: string | null; readonly cases: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> }> = [
  {
    why: 'place weekdays by tense: past reports look back, future clauses ahead',
    cases: [
      ['The ministry said on Sunday that talks failed.', [['Sunday', '2025-05-04']]],
      ['The leaders will meet on Tuesday in Geneva.', [['Tuesday', '2025-05-13']]],
      ['Markets rallied Thursday.', [['Thursday', '2025-05-08']]],
    ],
  },
  {
    why: 'normalize deictic days, weeks, months, years and day parts',
    cases: [
      [
        'Yesterday prices fell; today they rose and tomorrow nobody knows.',
        [
          ['Yesterday', '2025-05-07'],
          ['today', '2025-05-08'],
          ['tomorrow', '2025-05-09'],
        ],
      ],
      [
        'It happened last week, after last month and before next year.',
        [
          ['last week', '2025-W18'],
          ['last month', '2025-04'],
          ['next year', '2026'],
        ],
      ],
      [
        'He spoke two days ago and this morning.',
        [
          ['two days ago', '2025-05-06'],
          ['this morning', '2025-05-08TMO'],
        ],
      ],
    ],
  },
  {
    why: 'normalize quarters, halves, seasons, decades and centuries',
    cases: [
      [
        'Profit in the first quarter rose, and third-quarter sales fell from the 2024 third quarter.',
        [
          ['the first quarter', '2025-Q1'],
          ['third-quarter', '2024-Q3'],
          ['the 2024 third quarter', '2024-Q3'],
        ],
      ],
      [
        'Growth slowed in the first half of 2024 and this summer.',
        [
          ['the first half of 2024', '2024-H1'],
          ['this summer', '2025-SU'],
        ],
      ],
      [
        'Since the 1990s and the early 20th century.',
        [
          ['the 1990s', '199'],
          ['the early 20th century', '19'],
        ],
      ],
    ],
  },
  {
    why: 'mark vague present, past and future references',
    cases: [
      [
        'Talks are now stalled; officials recently met and will decide in the near future.',
        [
          ['now', 'PRESENT_REF'],
          ['recently', 'PAST_REF'],
          ['in the near future', 'FUTURE_REF'],
        ],
      ],
    ],
  },
  {
    why: 'not report durations, counts or verbs as dates',
    cases: [
      ['He served for five years, and 2000 employees may march after the fall of the regime.', []],
      ['Sales fell 12% to $2,015 million, and prices may fall.', []],
    ],
  },
  {
    why: 'leave relative dates unresolved without a reference date',
    referenceDate: null,
    cases: [
      [
        'The parade on May 9 was in 2015; yesterday nothing happened.',
        [
          ['May 9', 'XXXX-05-09'],
          ['2015', '2015'],
        ],
      ],
    ],
  },
  {
    why: 'anchor "the next day" and "the following month" on the latest date the story named',
    cases: [
      [
        'On March 3, rebels attacked; the next day troops answered. In January a plan was drafted and the following month approved.',
        [
          ['March 3', '2025-03-03'],
          ['the next day', '2025-03-04'],
          ['January', '2025-01'],
          ['the following month', '2025-02'],
        ],
      ],
    ],
  },
  { why: 'not take recurring days for dates', cases: [['Services are held every Sunday.', []]] },
]

for (const { why, referenceDate, cases } of CASES) {
  test(`should ${why}`, () => {
    for (const [text, expected] of cases) assert.deepEqual(datesOf(text, referenceDate === undefined ? '2025-05-08' : referenceDate), expected, text)
  })
}

test('should join a clock time and its day into one TIME expression', () => {
  const dates = findIn('The vote closes at 5 p.m. EST Friday.')
  assert.equal(dates.length, 1)
  assert.equal(dates[0]?.type, 'TIME')
  assert.match(dates[0]?.value ?? '', /^2025-05-0\dT17:00$/)
})
