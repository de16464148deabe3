import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatSummary } from './format-summary.js'
import { newArticle } from '../model/new-article.js'
import type { Quote } from '../model/article.js'

const quote = (text: string, speakerName: string, cls: Quote['class']): Quote => ({
  text,
  start: 0,
  end: text.length,
  kind: 'indirect',
  ...(cls ? { class: cls } : {}),
  speaker: null,
  speakerName,
  speakerMention: null,
  cue: null,
  cueSpan: null,
})

test("should list what was said or written and count a record's evidence apart, as the UI's quote list does", () => {
  const article = newArticle({
    input: 'review.html',
    text: 'The band said the tour starts in May. Their latest album finds the duo back on form.',
    quotes: [quote('the tour starts in May', 'the band', 'speech'), quote('the duo back on form', 'Their latest album', 'evidence'), quote('it was stored long ago', 'the archive', undefined)],
  })
  const summary = formatSummary(article)
  assert.match(summary, /quote \(indirect\) the band: the tour starts in May/)
  assert.match(summary, /quote \(indirect\) the archive: it was stored long ago/, 'a quote stored before classes is speech')
  assert.doesNotMatch(summary, /Their latest album/)
  assert.match(summary, /other attributions \(belief, evidence, charges…\): 1, listed with --json/)
})
