import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tagConllText } from './ner.js'
import type { NerTagger } from '../../analyze/ner/types.js'

// A stand-in tagger that marks every capitalized token as a one-word location.
const capitals: NerTagger = {
  tag: (tokens, sentences) =>
    sentences.flatMap((s) =>
      tokens
        .slice(s.tokenStart, s.tokenEnd)
        .map((t, k) => ({ t, i: s.tokenStart + k }))
        .filter(({ t }) => /^[A-Z]/.test(t.text))
        .map(({ t, i }) => ({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, label: 'LOC' as const, score: 1 })),
    ),
}

test('should add a predicted column and keep document and sentence breaks', () => {
  const input = '-DOCSTART- -X- -X- O\n\nIn IN B-PP O\nSeoul NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nTokyo NNP B-NP B-LOC\n'
  assert.equal(tagConllText(input, capitals), '-DOCSTART- -X- -X- O\n\nIn IN B-PP O B-LOC\nSeoul NNP B-NP B-LOC B-LOC\n\n-DOCSTART- -X- -X- O\n\nTokyo NNP B-NP B-LOC B-LOC\n')
})
