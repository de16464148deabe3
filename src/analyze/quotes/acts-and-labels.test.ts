/**
 * Real-page misreadings of issue 14, each from sentences written here: an inverted reporter after
 * the clause it reports, votes and other acts read as attributions, a relational noun as speaker,
 * a lawsuit as speech, a place dateline as a speaker label, and the writer saying words fail them.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

/** Each quote as "speaker name | class | cue | content". */
function readable(a: Article): string[] {
  return a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.class} | ${q.cue} | ${q.text}`)
}

test('should credit a clause to the reporter named after an inverted "reported"', () => {
  for (const [text, reporter, clause] of [
    ['As the verdict was announced, Marsh sat still and silent, reported Dana Keller of Ohio Public Radio.', 'Dana Keller', 'As the verdict was announced, Marsh sat still and silent'],
    ['The crowd fell quiet when the mayor arrived, wrote Peter Hale, who covered the meeting.', 'Peter Hale', 'The crowd fell quiet when the mayor arrived'],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => /reported|wrote/.test(x.cue ?? ''))
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, reporter, JSON.stringify(readable(a)))
    assert.equal(q.text, clause)
  }
})

test('should keep a name after an inverted "told" as the listener, not the speaker', () => {
  const a = analyzed('The budget will not pass this year, Senator Ruth Adler told Reuters on Monday.')
  const q = a.quotes.find((x) => /told/.test(x.cue ?? ''))
  assert.ok(q, JSON.stringify(readable(a)))
  assert.equal(q.speakerName, 'Ruth Adler', JSON.stringify(readable(a)))
})

test('should not read a vote as a statement', () => {
  const a = analyzed('Two electors from Texas voted for Mark Ellison instead, and a third voted for Dana Ruiz.')
  assert.deepEqual(
    a.quotes.filter((q) => /vot/.test(q.cue ?? '')),
    [],
    JSON.stringify(readable(a)),
  )
})

test('should not read reading a room, or criticism from nobody named, as an attribution', () => {
  for (const text of ['A good manager reads the temperature in a room before speaking.', 'The health ministry has copped backlash for publishing a graphic advertisement about the virus.']) {
    const a = analyzed(text)
    assert.deepEqual(readable(a), [], text)
  }
  // The critics named after "from" stay the source; a quoted sign still reads.
  const critics = analyzed('The plan drew sharp criticism from farm groups for raising fees.')
  assert.equal(critics.quotes[0]?.speakerName, 'farm groups', JSON.stringify(readable(critics)))
  const sign = analyzed('The sign on the gate reads “No entry for visitors after dark”.')
  assert.equal(sign.quotes[0]?.text, 'No entry for visitors after dark', JSON.stringify(readable(sign)))
})

test('should name a rival, an ally or a counterpart as the speaker', () => {
  for (const [text, name] of [
    ['Senator Jane Moreau is running again. Her rival has long argued that the tax is unfair to farmers.', 'Her rival'],
    ['The minister flew to Rome. His Italian counterpart said the talks had gone well.', 'His Italian counterpart'],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => /argued|said/.test(x.cue ?? ''))
    assert.ok(q, JSON.stringify(readable(a)))
    assert.equal(q.speakerName, name, JSON.stringify(readable(a)))
    assert.equal(q.class, 'speech')
  }
})

test('should read filing a lawsuit as a legal act, not speech', () => {
  const a = analyzed('The union filed a lawsuit against the city on Monday over the new rules.')
  for (const q of a.quotes) assert.equal(q.class, 'legal', JSON.stringify(readable(a)))
})

test('should read a place in capitals before a colon as a dateline, not a speaker', () => {
  const a = analyzed('ALBANY: The state budget is late again this year, and lawmakers are blaming each other.\n\nThe governor said talks would go on.')
  assert.deepEqual(readable(a), ['The governor | speech | said | talks would go on'])
  // A transcript's labels name people and stay.
  const t = analyzed('PENCE: Well, look, we will win this state.\n\nWALLACE: Why not?')
  assert.deepEqual(
    t.quotes.map((q) => q.speakerName),
    ['PENCE', 'WALLACE'],
  )
})

test('should not read the writer saying words fail them as an attribution', () => {
  const a = analyzed('I don’t want this year to end. I can’t describe how happy I’ve been with the results.')
  assert.deepEqual(readable(a), [])
  // Somebody unable to say a figure is still reported.
  const b = analyzed('The officer said she could not say how many people were hurt.')
  assert.ok(
    b.quotes.some((q) => q.speakerName === 'The officer'),
    JSON.stringify(readable(b)),
  )
})

test('should carry a speaker named by a common noun to the pronoun after it', () => {
  const a = analyzed('The workers are not aiming to disrupt travel, a spokeswoman for the union said on Monday. “They do want to gain public support,” she said.')
  assert.deepEqual(
    a.quotes.map((q) => q.speakerName),
    ['a spokeswoman for the union', 'a spokeswoman for the union'],
  )
  const b = analyzed('The officials said the devices were old. They said a second bomb had failed to go off.')
  assert.deepEqual(
    b.quotes.map((q) => q.speakerName),
    ['The officials', 'The officials'],
  )
  // A spokesman is no "she".
  const c = analyzed('A spokesman for the city said the road was closed. “We regret it,” she said.')
  assert.equal(c.quotes[1]?.speakerName ?? null, null, JSON.stringify(readable(c)))
})

test('should not credit a name that only modifies the noun of the source ("Trump advisers")', () => {
  const a = analyzed('Donald Trump met Mitt Romney. Trump advisers have urged him to fire workers faster, and Trump sources said that he would meet Romney again.')
  assert.deepEqual(
    a.quotes.map((q) => [q.speakerName, q.speaker]),
    [
      ['Trump advisers', null],
      ['Trump sources', null],
    ],
  )
})

test('should read the name before "told NBC News" as the speaker, the outlet as the listener', () => {
  for (const text of [
    'The crash shows how one failure can set a company back, Jim Cantrell, chief executive of Vector and a founder of SpaceX, told NBC News.',
    'The crash shows how one failure can set a company back, Jim Cantrell told NBC News.',
  ]) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => x.cue === 'told')
    assert.ok(q, JSON.stringify(readable(a)))
    assert.equal(q.speakerName, 'Jim Cantrell', JSON.stringify(readable(a)))
    assert.equal(q.text, 'The crash shows how one failure can set a company back')
  }
})

test('should credit a quotation to the name after "wrote" and its title, never to the quotation’s first word', () => {
  const a = analyzed('“Three in four families who asked for help got nothing,” wrote sociologist Matthew Desmond in his book Evicted: Poverty and Profit.')
  assert.equal(a.quotes.length, 1, JSON.stringify(readable(a)))
  assert.equal(a.quotes[0]!.speakerName, 'Matthew Desmond', JSON.stringify(readable(a)))
})
