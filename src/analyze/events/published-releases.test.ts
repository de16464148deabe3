import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { ruleTypes } from './test-context.js'

// The shipped detector and parser, on sentences written in the shapes of records made public,
// read on scrapinghub pages (issue 15): each was coded CONCEDE at the rule-test bar before the
// rule; prisoners and hostages released stay.
const models = loadModels()
const typed = (text: string): string[] => ruleTypes(models, text)

test('should code no concession on a video, footage or data released', () => {
  for (const text of [
    'Police released dramatic video showing the arrest of the suspect.',
    'Federal prosecutors released the body camera footage when the trial ended.',
    'According to data released by the ministry in August, exports grew by 4 percent.',
  ]) {
    const events = typed(text)
    assert.ok(!events.includes('CONCEDE released'), `${text}: ${events.join(', ')}`)
  }
})

test('should keep prisoners and hostages released', () => {
  assert.ok(typed('The rebels released the hostages on Monday.').includes('RETREAT released'))
  assert.ok(typed('The government released 300 prisoners under the amnesty.').includes('RETREAT released'))
})
