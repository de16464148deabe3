import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createPipeline } from '../../pipeline.js'

// The whole shipped pipeline (entities and dates included: a mention's own date is read from the
// dates step) at the default threshold, on articles written in the shapes read on WikiEvents dev
// and real pages (issue 15): an incident named again is one event with several mentions; a
// second incident of the same kind stays its own event.
const pipeline = createPipeline()
const run = (text: string) => pipeline.run({ input: 'test', body: text, contentType: 'text/plain' })

const coded = (text: string): Array<{ type: string; trigger: string; mentions: string[]; actor?: string }> =>
  run(text).events.map((e) => ({
    type: e.type,
    trigger: e.trigger?.text ?? '',
    mentions: (e.mentions ?? []).map((m) => m.text),
    ...(e.actorMention ? { actor: e.actorMention.text } : {}),
  }))

test('should keep an incident named again as a mention of the event first reported', () => {
  const events = coded('A car bomb exploded outside the embassy in Kabul on Monday, killing 12 people. Police said the attack had been planned for weeks.')
  assert.ok(!events.some((e) => e.trigger === 'attack'), 'no second event for "the attack"')
  const first = events.find((e) => e.type === 'ASSAULT' && e.mentions.includes('attack'))
  assert.ok(first, `the bombing keeps "the attack" as a mention: ${JSON.stringify(events)}`)
  // The evidence stays findable: the mention's span is the word in the second sentence.
  const text = 'Gunmen opened fire on guests at a hotel in Mogadishu on Friday. Police said the attack lasted an hour.'
  const [event, ...others] = run(text).events
  assert.equal(others.length, 0)
  assert.deepEqual(
    event?.mentions?.map((m) => text.slice(m.start, m.end)),
    ['attack'],
  )
})

test('should keep two incidents of one kind on two days as two events', () => {
  const text = 'Militants bombed a police post in Kandahar on Monday. On Wednesday, another bombing hit a checkpoint in Helmand.'
  const bombings = coded(text).filter((e) => e.type === 'ASSAULT')
  assert.equal(bombings.length, 2, JSON.stringify(bombings))
  assert.ok(bombings.every((e) => e.mentions.length === 0))
})

test('should not take an incident of another kind, or a date of its own, as the one named again', () => {
  // "the bombing" is not the clashes reported before it.
  const clashes = coded('Protesters clashed with police in the capital on Sunday. Three days after the bombing, the city was calm.')
  assert.ok(!clashes.some((e) => e.mentions.includes('bombing')), JSON.stringify(clashes))
  // "the May 3 attack" is another day's attack than the one on June 9.
  const dated = coded('Gunmen attacked a bus near Quetta on June 9, killing four. The May 3 attack had killed eleven.')
  assert.ok(!dated.some((e) => e.mentions.includes('attack')), JSON.stringify(dated))
})

test('should give the first report a doer its later mention names', () => {
  const events = coded('A bomb exploded at a checkpoint in Kandahar on Tuesday. Police said the Taliban carried out the attack.')
  const blast = events.find((e) => e.mentions.includes('attack'))
  assert.equal(blast?.actor, 'the Taliban', JSON.stringify(events))
})

test('should read a wiki section heading as no event', () => {
  const events = coded('Zabiullah Mujahid said the Taliban were responsible. ==Attack==\nA suicide bomber crashed into a patrol near Bagram Air Base.')
  assert.ok(!events.some((e) => e.trigger === 'Attack'), JSON.stringify(events))
})
