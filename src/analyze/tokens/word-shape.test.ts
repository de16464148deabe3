import { test } from 'node:test'
import assert from 'node:assert/strict'
import { wordShape } from './word-shape.js'

test('should collapse each run of one character class into one letter', () => {
  const cases: Array<[word: string, plain: string, uncased: string]> = [
    ['Jong-un', 'Xx-x', 'Xx-x'],
    ['1,200', 'd,d', 'd,d'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['Αθήνα', 'Xx', 'Xx'],
    ['٣٤', 'd', 'd'],
    // Titlecase and caseless letters: themselves by default, capital and lower case when classed.
    ['ǅemal', 'ǅx', 'Xx'],
    ['北京', '北京', 'x'],
  ]
  for (const [word, plain, uncased] of cases) {
    assert.equal(wordShape(word), plain, word)
    assert.equal(wordShape(word, { uncasedLetters: true }), uncased, word)
  }
})

test('should cut a shape at its maximum length', () => {
  assert.equal(wordShape('abcDEF123-gh.ij,kl'), 'xXd-x.x,x')
  assert.equal(wordShape('abcDEF123-gh.ij,kl', { maxLength: 8 }), 'xXd-x.x,')
})
