import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { tokenize } from '../tokens/tokenize.js'
import { loadNerModel } from './load.js'
import { createTagger } from './tagger.js'

const model = loadNerModel(join(import.meta.dirname, '../../../models/ner'))

const entities = (text: string): string[] => {
  const { tokens, sentences } = tokenize(text)
  return createTagger(model!)
    .tag(tokens, sentences)
    .map((s) => `${s.label}:${text.slice(s.start, s.end)}`)
}

test('should find people and places in a news sentence', { skip: model === null && 'no shipped model' }, () => {
  const found = entities('North Korean leader Kim Jong-un will not attend Russia’s Victory Day celebrations in Moscow, Yury Ushakov said.')
  for (const e of ['PER:Kim Jong-un', 'LOC:Russia', 'LOC:Moscow', 'PER:Yury Ushakov']) assert.ok(found.includes(e), `${e} in ${found.join(', ')}`)
})

test('should find organizations and give spans with scores in [0, 1]', { skip: model === null && 'no shipped model' }, () => {
  const text = 'Shares of General Motors Corp. fell 3 percent on the New York Stock Exchange on Monday.'
  const { tokens, sentences } = tokenize(text)
  const spans = createTagger(model!).tag(tokens, sentences)
  const orgs = spans.filter((s) => s.label === 'ORG').map((s) => text.slice(s.start, s.end))
  assert.ok(orgs.includes('General Motors Corp.'), orgs.join(', '))
  for (const s of spans) assert.ok(s.score >= 0 && s.score <= 1)
})
