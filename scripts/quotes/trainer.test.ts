import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildLexicon, crossFitLexicons, fitCueWeights, prepareText } from './trainer.js'
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

// `TrainOptions.cueOrders`: the classifier is the mean of perceptrons that visit the texts in
// different orders, so one order's accidents weigh less in the shipped weights.
test('should average the cue classifier over visiting orders', () => {
  // Three written "texts": each token a word and whether a cue starts there.
  const row = (word: string, y: 1 | -1, context: string) => ({ features: ['bias', `w=${word}`, `c=${context}`], y })
  const rows = [
    [row('said', 1, 'name'), row('the', -1, 'name'), row('vote', -1, 'det')],
    [row('claimed', 1, 'name'), row('said', 1, 'pron'), row('budget', -1, 'det')],
    [row('said', -1, 'det'), row('warned', 1, 'name'), row('tax', -1, 'name')],
  ]
  const one = fitCueWeights(rows, { seed: 42 })
  // One order is the classifier as before.
  assert.deepEqual(fitCueWeights(rows, { seed: 42, cueOrders: 1 }), one)
  const other = fitCueWeights(rows, { seed: 1042 })
  const mean = fitCueWeights(rows, { seed: 42, cueOrders: 2 })
  // Every weight both orders keep is their mean (two decimals), and the same run gives the same weights.
  for (const f of Object.keys(one)) {
    if (other[f] === undefined) continue
    assert.ok(Math.abs((mean[f] ?? 0) - (one[f]! + other[f]!) / 2) <= 0.011, f)
  }
  assert.deepEqual(fitCueWeights(rows, { seed: 42, cueOrders: 2 }), mean)
})
