import { test } from 'node:test'
import assert from 'node:assert/strict'
import { wordShape } from './word-shape.js'

test('should collapse each run of one character class into one letter, in any script', () => {
  const cases: Array<[string, string]> = [
    ['Jong-un', 'Xx-x'],
    ['1,200', 'd,d'],
    ['U.S.', 'X.X.'],
    ['Αθήνα', 'Xx'],
    ['٣٤', 'd'],
  ]
  for (const [word, shape] of cases) {
    assert.equal(wordShape(word), shape, word)
    assert.equal(wordShape(word, { uncasedLetters: true }), shape, word)
  }
})

test('should keep titlecase and caseless letters as themselves unless asked to class them', () => {
  assert.equal(wordShape('ǅemal'), 'ǅx')
  assert.equal(wordShape('ǅemal', { uncasedLetters: true }), 'Xx')
  assert.equal(wordShape('北京'), '北京')
  assert.equal(wordShape('北京', { uncasedLetters: true }), 'x')
})

test('should cut a shape at its maximum length', () => {
  assert.equal(wordShape('abcDEF123-gh.ij,kl'), 'xXd-x.x,x')
  assert.equal(wordShape('abcDEF123-gh.ij,kl', { maxLength: 8 }), 'xXd-x.x,')
})
