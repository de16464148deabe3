import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from './tokenize.js'

const sentences = (text: string, dateline?: { start: number; end: number }): string[] => tokenize(text, dateline ? { dateline } : {}).sentences.map((s) => text.slice(s.start, s.end))

// Texts written here: each line break either ends a sentence (a line of its own) or not (a
// sentence wrapped by hand); the expected sentences say which.
const CASES: ReadonlyArray<{ name: string; text: string; want: string[] }> = [
  {
    name: 'a heading in sentence case',
    text: 'Combat lessons\nWhile the scale of the attack was huge, few were hurt.',
    want: ['Combat lessons', 'While the scale of the attack was huge, few were hurt.'],
  },
  {
    name: 'a label ending in a colon and a related-link title',
    text: 'Related:\nKim meets Putin in Vladivostok\nThe two leaders met on Thursday.',
    want: ['Related:', 'Kim meets Putin in Vladivostok', 'The two leaders met on Thursday.'],
  },
  {
    name: 'a caption and a credit line',
    text: 'Protesters gather outside parliament in Tbilisi\nPhoto: Reuters\nThousands marched on Sunday.',
    want: ['Protesters gather outside parliament in Tbilisi', 'Photo: Reuters', 'Thousands marched on Sunday.'],
  },
  {
    name: 'wiki and Markdown headings',
    text: 'Two soldiers were hurt.\n==Aftermath==\nPolice sealed the street.\n## Reaction\nLeaders condemned it.',
    want: ['Two soldiers were hurt.', '==Aftermath==', 'Police sealed the street.', '## Reaction', 'Leaders condemned it.'],
  },
  {
    name: 'list items',
    text: 'The bill would:\n- cut fuel taxes\n- Raise the pension age\n1. First reading in May',
    want: ['The bill would:', '- cut fuel taxes', '- Raise the pension age', '1. First reading in May'],
  },
  {
    name: 'a schedule without final punctuation',
    text: 'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\nJune 10 -- Credit Union Amphitheatre, Tampa, FL',
    want: ['June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- Credit Union Amphitheatre, Tampa, FL'],
  },
  {
    name: 'a quotation signed on its own line',
    text: '“We will not back down” ― Maria Lopez\n“This is our city” ― Tom Reyes',
    want: ['“We will not back down” ― Maria Lopez', '“This is our city” ― Tom Reyes'],
  },
  {
    name: 'a paragraph wrapped by hand, broken before lower-case words and after "the"',
    text: 'The minister met with the\nPresident of France on Monday and\nthen flew back to Rome.',
    want: ['The minister met with the\nPresident of France on Monday and\nthen flew back to Rome.'],
  },
  {
    name: 'a wrapped paragraph broken before a capitalized name',
    text: 'Officials said the talks with Secretary of State\nJohn Kerry went on late into the night and\nended without a deal.',
    want: ['Officials said the talks with Secretary of State\nJohn Kerry went on late into the night and\nended without a deal.'],
  },
  {
    name: 'a line ending in a comma or a title',
    text: 'The company, based in Ohio,\nSaid nothing. They met Mr.\nSmith later.',
    want: ['The company, based in Ohio,\nSaid nothing.', 'They met Mr.\nSmith later.'],
  },
  {
    name: 'a headline joined to its deck by a semicolon',
    text: 'Trump questions the fairness of moderators; \nTalk compared to working the referees',
    want: ['Trump questions the fairness of moderators; \nTalk compared to working the referees'],
  },
  {
    name: 'a quotation still open at the line break',
    text: 'He wrote: “We need\nSupport from every county”, the letter said.',
    want: ['He wrote: “We need\nSupport from every county”, the letter said.'],
  },
  {
    name: 'sentences with final punctuation on their own lines',
    text: 'He left at noon.\nShe stayed until 5 p.m.\nThe U.S. embassy was shut.',
    want: ['He left at noon.', 'She stayed until 5 p.m.', 'The U.S. embassy was shut.'],
  },
]

for (const c of CASES) {
  test(`should split lines: ${c.name}`, () => {
    assert.deepEqual(sentences(c.text), c.want)
  })
}

test('should end a sentence after the opening dateline extraction found', () => {
  const text = 'WASHINGTON (AP) — The Senate passed the bill on Friday.'
  assert.deepEqual(sentences(text, { start: 0, end: 'WASHINGTON (AP) — '.length }), ['WASHINGTON (AP) —', 'The Senate passed the bill on Friday.'])
  const wire = 'LONDON, March 3 (Reuters) - Shares fell.'
  assert.deepEqual(sentences(wire, { start: 0, end: 'LONDON, March 3 (Reuters) - '.length }), ['LONDON, March 3 (Reuters) -', 'Shares fell.'])
  // Without a dateline the same words stay one sentence: only extraction says a dateline is there.
  assert.deepEqual(sentences(text), [text])
})
