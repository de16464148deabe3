/**
 * The detector's view of one sentence written in a test, for tests of a rule's own reading: a
 * rule is checked on the shape a detector proposed, whatever the shipped weights propose.
 */
import type { Models } from '../models.js'
import { mentionLookup, viewSentence } from './sentence-view.js'
import { testContext, type GivenEntity } from './test-context.js'
import { triggerSentence } from './trigger-features.js'
import type { TriggerSentence } from './trigger-sentence.js'

/** The trigger sentence of the first sentence of `text`, parsed by the shipped parser (entities given by hand, whole words). */
export function testSentence(models: Models, text: string, names: readonly GivenEntity[] = []): TriggerSentence {
  const model = models.events
  if (!model) throw new Error('models/events is missing')
  const ctx = testContext(models, text, names, { wholeWords: true })
  const view = viewSentence(ctx, ctx.sentences[0]!, mentionLookup(ctx.entities), model.resources)
  return triggerSentence(view, ctx.tokens, model.resources.agents)
}

/** The local index of the word `word` (lower case) in `ts`; throws when it is not there. */
export function wordIndex(ts: TriggerSentence, word: string): number {
  const i = ts.view.words.indexOf(word)
  if (i < 0) throw new Error(`no word ${JSON.stringify(word)} in ${JSON.stringify(ts.view.words.join(' '))}`)
  return i
}
