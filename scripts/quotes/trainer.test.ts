import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildLexicon, crossFitLexicons, prepareText } from './trainer.js'
import type { PolnearText } from './polnear.js'

/** A one-sentence training text of `month` whose gold cue is the word `cue`. */
function text(name: string, month: string, sentence: string, cue: string): PolnearText {
  const at = sentence.indexOf(cue)
  return { name, month, text: sentence, gold: [{ cue: [at, at + cue.length] }], rawCues: [[at, at + cue.length]] }
}

// `TrainOptions.lexiconFolds`: a text's lexicon features come from the other months' lexicon, so a
// cue phrase annotated only in this month looks unseen there, as it would in a new text.
test('should read each training text with a lexicon of the other months only', () => {
  const texts = [
    text('a', '2016-01', 'The mayor remarked that taxes would rise.', 'remarked'),
    text('b', '2016-02', 'The governor remarked that roads were closed.', 'remarked'),
    text('c', '2016-03', 'The senator remarked that the vote was near.', 'remarked'),
    text('d', '2016-03', 'The judge quipped that the case was over.', 'quipped'),
    text('e', '2016-03', 'The clerk quipped that the office was shut.', 'quipped'),
  ].map((t) => prepareText(t))
  // Built on every text, the lexicon knows both phrases.
  const all = buildLexicon(texts)
  assert.deepEqual(all['remarked'], [3, 3])
  assert.deepEqual(all['quipped'], [2, 2])
  const byText = crossFitLexicons(texts, 3)
  for (const p of texts) {
    const lexicon = byText.get(p)!
    // "remarked", annotated in three months, is known from the other two, counted there only.
    assert.deepEqual(lexicon.entries.get('remarked'), { hits: 2, total: 2 }, p.text.name)
    // "quipped" is annotated in one month only: the texts of that month never see it in the
    // lexicon, the others see both of its cues.
    assert.equal(lexicon.entries.has('quipped'), p.text.month !== '2016-03', p.text.name)
  }
})
