import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { indexDocument } from './document-index.js'
import { findQuotedSpans } from './quote-marks.js'
import { sourceFeatures } from './span-features.js'

const parser = loadModels().parser

/** The cue-subject features of the empty source candidate for the first `cue` in `text`. */
function emptySourceFeatures(text: string, cue: string): string[] {
  assert.ok(parser, 'the parser model (models/parser/syntax.bin.gz) must load')
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const from = tokens.findIndex((t) => t.text === cue)
  const sentence = sentences.find((s) => s.tokenStart <= from && from < s.tokenEnd)!
  const site = { from, to: from + 1, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd }
  const syntax = parseTokens(parser, tokens, sentences)
  return sourceFeatures(doc, site, cue, { from: -1, to: -1, tags: ['none'] }, syntax).filter((f) => f.startsWith('none|sj'))
}

test('should tell the empty source that the cue has a named subject before it', () => {
  const text = 'Mohamed Soltan was freed in May. Lead attorney Eric Lewis, who represents Soltan, called Egypt’s actions "outrageous."'
  assert.ok(emptySourceFeatures(text, 'called').includes('none|sj=B|PROPN|a'))
})

test('should tell the empty source when the cue has no subject of its own', () => {
  const text = 'According to the report, the plant will close in May.'
  assert.deepEqual(emptySourceFeatures(text, 'According'), ['none|sj=0', 'none|sj|ln=-|0', 'none|sj|h=0|According'])
})

test('should mark a passive subject, which is told rather than telling', () => {
  const text = 'The senator was asked about the vote on Monday.'
  assert.ok(emptySourceFeatures(text, 'asked').includes('none|sj=B|NOUN|p'))
})

test('should not mark a finite verb as passive when the parse reads it only as a participle after a noun', () => {
  // The parser may read "projected" as a reduced relative ("the Foundation projected ..."); only an
  // explicit passive ("was asked") earns the passive mark that tells the ranker nobody spoke.
  const text = 'Other estimates agree. The conservative-leaning Tax Foundation projected in May that the tariffs would reduce GDP by 0.25 percent.'
  const features = emptySourceFeatures(text, 'projected')
  assert.ok(
    features.some((f) => f.startsWith('none|sj=B|')),
    features.join(' '),
  )
  assert.ok(!features.some((f) => f.startsWith('none|sj=') && f.endsWith('|p')), features.join(' '))
})

test('should read no subject features without a parse', () => {
  const text = 'Lead attorney Eric Lewis called the ruling "outrageous."'
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const site = { from: 4, to: 5, sentenceStart: 0, sentenceEnd: tokens.length }
  assert.deepEqual(
    sourceFeatures(doc, site, 'call', { from: -1, to: -1, tags: ['none'] }).filter((f) => f.startsWith('none|sj')),
    [],
  )
})
