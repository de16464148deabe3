import { test } from 'node:test'
import assert from 'node:assert/strict'
import { openingDatelineSpan } from './dateline.js'

/** Plain texts and the dateline each opens its body with (null: none). */
const OPENINGS: ReadonlyArray<{ name: string; text: string; dateline: string | null }> = [
  { name: 'a dateline opening the text', text: 'WASHINGTON (AP) — The Senate voted on Tuesday.', dateline: 'WASHINGTON (AP) — ' },
  {
    name: 'a dateline after a title and a blank line',
    text: 'Senate passes budget bill\n\nWASHINGTON (AP) — The Senate voted on Tuesday.\n\nThe House votes next.',
    dateline: 'WASHINGTON (AP) — ',
  },
  { name: 'a dateline on the line after the title', text: 'Storm hits coast\nMIAMI, Sept. 3 (Reuters) - A storm hit the coast.', dateline: 'MIAMI, Sept. 3 (Reuters) - ' },
  { name: 'a dateline after a title and Windows line ends', text: 'Storm hits coast\r\n\r\nMIAMI - A storm hit the coast.', dateline: 'MIAMI - ' },
  { name: 'no dateline after a title', text: 'Senate passes budget bill\n\nThe Senate voted on Tuesday.', dateline: null },
  {
    name: 'no dateline after a first line that is a paragraph of the body',
    text: 'The Senate voted on Tuesday to pass the budget after a long night of debate that ran past midnight, with several senators from both parties changing their votes at the end.\n\nWASHINGTON - The House votes next.',
    dateline: null,
  },
  { name: 'no dateline after a line that runs on into the next', text: 'Talks went on in two capitals,\nWASHINGTON - and Paris - for a week.', dateline: null },
  { name: 'no dateline below a title and a deck', text: 'Senate passes budget\n\nThe vote was close.\n\nWASHINGTON - The Senate voted.', dateline: null },
  { name: 'no dateline in a one-line text', text: 'The Senate voted on Tuesday.', dateline: null },
]

for (const { name, text, dateline } of OPENINGS) {
  test(`should find ${name}`, () => {
    const span = openingDatelineSpan(text)
    assert.equal(span && text.slice(span.start, span.end), dateline)
  })
}
