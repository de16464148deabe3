import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { tokenize } from '../tokens/tokenize.js'
import { loadModels } from '../models.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { findEvents } from './index.js'

// The shipped detector and parser, no entities: sentences written here in the shapes of the
// accidents a real page coded as attacks (issue 15), and of bombings that must stay attacks.
const models = loadModels()

function assaults(text: string): string[] {
  const { tokens, sentences } = tokenize(text)
  const syntax = models.parser ? parseTokens(models.parser, tokens, sentences) : null
  const events: ArticleEvent[] = findEvents({
    article: newArticle({ input: 'test', text }),
    text,
    tokens,
    sentences,
    referenceDate: '2025-05-08',
    models,
    syntax,
    entities: [],
    dates: [],
    quantities: [],
    quotes: [],
  })
  return events.filter((e) => e.type === 'ASSAULT').map((e) => `${e.trigger?.text} in ${text}`)
}

test('should code no attack from the explosion of a rocket, capsule, plant or tanker', () => {
  const accidents = [
    'Two months after a rocket explosion wrecked its test stand, the startup is flying again.',
    'The cargo capsule exploded minutes after liftoff and scattered debris over the ocean.',
    'Engineers are still studying the Vega 7 explosion that grounded the fleet last spring.',
    'An explosion at the fertilizer plant shattered windows across the town on Tuesday.',
    'The tanker exploded while it was unloading fuel in the harbour.',
  ]
  assert.deepEqual(accidents.flatMap(assaults), [])
})

test('should keep an explosion of a bomb, or one in fighting, as an attack', () => {
  const attacks = ['A bomb exploded in a crowded market in the capital, killing six shoppers.', 'A rocket fired by militants exploded near the army base on Sunday.']
  assert.deepEqual(
    attacks.filter((text) => assaults(text).length === 0),
    [],
  )
})

test('should code no attack from an explosion at a plant, nor from what it killed', () => {
  assert.deepEqual(assaults('An explosion at the chemical plant killed four workers.'), [])
  // At a market it is a bombing until said otherwise.
  assert.ok(assaults('An explosion at the market killed four people.').length > 0)
})
