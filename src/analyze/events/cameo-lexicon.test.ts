import { test } from 'node:test'
import assert from 'node:assert/strict'
import { indexCameo, matchCameoPattern, type CameoPattern } from './cameo-lexicon.js'

// A few patterns in the shapes of the PETRARCH2 dictionaries: a verb alone, with an object word,
// with words on both sides, and with two slots that one word could fill.
const PATTERNS: CameoPattern[] = [
  ['attack', '190', [], []],
  ['attack', '193', [], [['troops', 'soldiers']]],
  ['attack', '195', [['air', 'aerial']], [['base']]],
  ['hold', '040', [], [['talks'], ['peace']]],
  ['hold', '043', [], [['talks'], ['talks', 'meeting']]],
]
const index = indexCameo({ verbs: { attack: '190', hold: '040' }, forms: {}, patterns: PATTERNS })

function code(sentence: string): string | undefined {
  const words = sentence.split(' ')
  const at = words.findIndex((w) => w === 'attacked' || w === 'held')
  const lemmas = words.map((w, i) => (i === at ? (w === 'held' ? 'hold' : 'attack') : w))
  return matchCameoPattern(index, words, lemmas, at)
}

test('the most specific CAMEO pattern whose words all occur on their side codes the verb', () => {
  assert.equal(code('jets in an air raid attacked the base'), '195')
  assert.equal(code('gunmen attacked soldiers near the border'), '193')
  assert.equal(code('gunmen attacked the base'), '190', 'the left word is missing')
  assert.equal(code('the base was where the air force attacked'), '190', 'each word must be on its own side')
})

test('a CAMEO pattern word counts only within reach of the verb', () => {
  assert.equal(code('rebels attacked a convoy and then , hours later , troops'), '190')
  assert.equal(code('rebels attacked a convoy of troops'), '193')
})

test('one word fills every slot that lists it, but a repeated word fills no other slot', () => {
  assert.equal(code('they held talks with talks'), '043', 'one word may fill two slots that both list it')
  assert.equal(code('they held peace talks'), '040', 'among equally specific patterns the one listed first')
  const only = indexCameo({ verbs: {}, forms: {}, patterns: PATTERNS.slice(3, 4) })
  assert.equal(matchCameoPattern(only, ['held', 'talks', 'talks'], ['hold', 'talks', 'talks'], 0), undefined, 'talks twice does not stand for peace')
  assert.equal(matchCameoPattern(only, ['held', 'peace', 'talks'], ['hold', 'peace', 'talks'], 0), '040')
})
