import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readConllu, writeConllu } from './conllu.js'

const SAMPLE = [
  '# sent_id = 1',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '4.1\tknows\t_\t_\t_\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '',
].join('\n')

test('should read words, ranges, empty nodes and comments', () => {
  const { sentences, problems } = readConllu(SAMPLE)
  assert.deepEqual(problems, [])
  assert.equal(sentences.length, 1)
  const s = sentences[0]!
  assert.deepEqual(s.comments, ['# sent_id = 1', "# text = I don't know."])
  assert.deepEqual(
    s.words.map((w) => w.form),
    ['I', 'do', "n't", 'know', '.'],
  )
  assert.deepEqual(
    s.words.map((w) => w.head),
    [4, 4, 4, 0, 4],
  )
  assert.deepEqual(
    s.others.map((o) => [o.kind, o.before]),
    [
      ['range', 1],
      ['empty', 4],
    ],
  )
})

test('should write back exactly what it read', () => {
  assert.equal(writeConllu(readConllu(SAMPLE).sentences), `${SAMPLE.trimEnd()}\n\n`)
})

test('should accept word lines with only ID and FORM, and report broken lines', () => {
  const { sentences, problems } = readConllu('1\tHello\n2\tworld\nfoo bar\n\n1\tAgain\n')
  assert.deepEqual(
    sentences.map((s) => s.words.map((w) => [w.form, w.upos, w.head])),
    [
      [
        ['Hello', '_', -1],
        ['world', '_', -1],
      ],
      [['Again', '_', -1]],
    ],
  )
  assert.equal(problems.length, 1)
  assert.equal(problems[0]!.line, 3)
})
