import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from './tokenize.js'

const words = (text: string): string[] => tokenize(text).tokens.map((t) => t.text)
const sentences = (text: string): string[] => tokenize(text).sentences.map((s) => text.slice(s.start, s.end))

test('should keep abbreviations and initials whole', () => {
  assert.deepEqual(words('Mr. Smith met J.R.R. Tolkien in the U.S. on Jan. 5.'), ['Mr.', 'Smith', 'met', 'J.R.R.', 'Tolkien', 'in', 'the', 'U.S.', 'on', 'Jan.', '5', '.'])
  assert.deepEqual(words('George W. Bush'), ['George', 'W.', 'Bush'])
})

test('should split possessives and keep hyphenated names whole', () => {
  assert.deepEqual(words("Russia’s ally Kim Jong-un met Lim Eul-chul and O'Brien's aide."), ['Russia', '’s', 'ally', 'Kim', 'Jong-un', 'met', 'Lim', 'Eul-chul', 'and', "O'Brien", "'s", 'aide', '.'])
  assert.deepEqual(words("don't"), ['do', "n't"])
})

test('should separate quote marks of every style', () => {
  assert.deepEqual(words('«Da» „Ja“ “Yes” "Si" ‘no’'), ['«', 'Da', '»', '„', 'Ja', '“', '“', 'Yes', '”', '"', 'Si', '"', '‘', 'no', '’'])
})

test('should keep numbers, URLs and e-mail addresses whole', () => {
  assert.deepEqual(words('It cost $1,200.50 (3.5%) at 8:30, see https://example.org/a?b=1. Mail info@yna.co.kr or bbc.co.uk.'), [
    'It',
    'cost',
    '$',
    '1,200.50',
    '(',
    '3.5',
    '%',
    ')',
    'at',
    '8:30',
    ',',
    'see',
    'https://example.org/a?b=1',
    '.',
    'Mail',
    'info@yna.co.kr',
    'or',
    'bbc.co.uk',
    '.',
  ])
})

test('should keep dates and scores whole', () => {
  assert.deepEqual(words('On 1996-08-22 they won 3-1 in 2024-25.'), ['On', '1996-08-22', 'they', 'won', '3-1', 'in', '2024-25', '.'])
})

test('should tokenize datelines and dashes', () => {
  assert.deepEqual(words('SEOUL, May 8 (Yonhap) -- North Korea — and Russia – met'), ['SEOUL', ',', 'May', '8', '(', 'Yonhap', ')', '--', 'North', 'Korea', '—', 'and', 'Russia', '–', 'met'])
})

test('should give UTF-16 offsets into the text', () => {
  const text = 'Émile 😀 met “Kim”.'
  for (const t of tokenize(text).tokens) assert.equal(text.slice(t.start, t.end), t.text)
})

test('should not end a sentence after titles, initials or mid-name abbreviations', () => {
  assert.deepEqual(sentences('Mr. Kim met Dr. J. R. Smith of Acme Corp. in Seoul. He left.'), ['Mr. Kim met Dr. J. R. Smith of Acme Corp. in Seoul.', 'He left.'])
  assert.deepEqual(sentences('U.S. officials met in Washington. They agreed.'), ['U.S. officials met in Washington.', 'They agreed.'])
  assert.deepEqual(sentences('The call included Asst. Chief Ann Miller and Assoc. Professor Li, according to interviews. It was short.'), [
    'The call included Asst. Chief Ann Miller and Assoc. Professor Li, according to interviews.',
    'It was short.',
  ])
})

test('should end a sentence after an abbreviation when a sentence opener follows', () => {
  assert.deepEqual(sentences('He moved to the U.S. The move was quick.'), ['He moved to the U.S.', 'The move was quick.'])
})

test('should end sentences inside quotes after the closing mark', () => {
  assert.deepEqual(sentences('He said: “We won.” Then he left. “Really?” she asked. Why?'), ['He said: “We won.”', 'Then he left.', '“Really?” she asked.', 'Why?'])
})

test('should always end a sentence at a paragraph break', () => {
  assert.deepEqual(sentences('Loading Now\n\nKim hails victory\n\nSEOUL, May 8 (Yonhap) - North Korea said so.'), ['Loading Now', 'Kim hails victory', 'SEOUL, May 8 (Yonhap) - North Korea said so.'])
})

test('should keep a sloppy closing quote with its sentence', () => {
  assert.deepEqual(sentences('“Tanks matter.“. In conclusion, he left.'), ['“Tanks matter.“.', 'In conclusion, he left.'])
})

test('should not end a sentence inside a party and state abbreviation', () => {
  const text = 'Rep. Trey Gowdy (R-S.C.) said the claim was false. Sen. Jane Doe (D-N.Y.), a critic, agreed.'
  assert.deepEqual(sentences(text), ['Rep. Trey Gowdy (R-S.C.) said the claim was false.', 'Sen. Jane Doe (D-N.Y.), a critic, agreed.'])
})
