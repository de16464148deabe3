import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { loadModels } from '../models.js'
import { ruleEventAt, type GivenEntity } from './test-context.js'

// Actors read off the parse in shapes news writes often and the role model misses (issue 15):
// a by-phrase the parser heads with a bare weekday, a by-phrase hung from the act's of-phrase,
// and "those responsible for".
const models = loadModels()

const eventAt = (trigger: string, text: string, names: GivenEntity[] = []): ArticleEvent => ruleEventAt(models, trigger, text, names)

test('the agent of a passive is found when a bare weekday follows it', () => {
  const e = eventAt('stabbed', 'A rabbi was stabbed to death by a Palestinian terrorist Thursday in his home.')
  assert.match(e.actorMention?.text ?? '', /terrorist/)
  // The weekday itself is never a participant.
  assert.doesNotMatch(e.actorMention?.text ?? '', /Thursday/)
})

test('a by-phrase after the of-phrase of an act noun names its doer', () => {
  const e = eventAt('murder', 'The report blames the murder of four villagers by Wagner mercenaries on Moscow.', [['Moscow', 'GPE', 'RUS']])
  assert.match(e.actorMention?.text ?? '', /Wagner mercenaries/)
  assert.match(e.recipientMention?.text ?? '', /villagers/)
})

test('those responsible for an attack are its actor', () => {
  const e = eventAt('bombing', 'Detectives are still searching for those responsible for the bombing.')
  assert.match(e.actorMention?.text ?? '', /^those\b/)
})
