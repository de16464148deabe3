import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadModels } from '../../analyze/models.js'
import { readConllu } from '../../analyze/syntax/conllu.js'
import { main } from '../main.js'
import { parseConlluText } from './parse.js'
import { sharedPath } from '../../testing/shared-data.js'

const GOLD = [
  '# sent_id = a',
  "# text = I don't know her.",
  '1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\t_',
  '5\ther\tshe\tPRON\tPRP\t_\t4\tobj\t4:obj\tSpaceAfter=No',
  '5.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t4:conj\t_',
  '6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '1\tHello\n2\tthere\n',
].join('\n')

const models = loadModels()

test('should write predicted columns on the gold words and pass ranges, empty nodes and comments through', () => {
  assert.ok(models.parser, 'the parser model must load')
  const { output, problems } = parseConlluText(GOLD, models.parser)
  assert.deepEqual(problems, [])
  const lines = output.split('\n')
  assert.equal(lines[0], '# sent_id = a')
  assert.equal(lines[3], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_")
  assert.equal(lines[8], '5.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t4:conj\t_')
  const [first, second] = readConllu(output).sentences
  assert.deepEqual(
    first!.words.map((w) => w.form),
    ['I', 'do', "n't", 'know', 'her', '.'],
  )
  assert.deepEqual(
    first!.words.map((w) => w.head),
    [4, 4, 4, 0, 4, 4],
  )
  assert.deepEqual(
    first!.words.map((w) => w.deprel.split(':')[0]),
    ['nsubj', 'aux', 'advmod', 'root', 'obj', 'punct'],
  )
  assert.equal(first!.words[4]!.misc, 'SpaceAfter=No')
  assert.equal(first!.words[0]!.feats, '_')
  assert.deepEqual(
    second!.words.map((w) => w.form),
    ['Hello', 'there'],
  )
  assert.equal(second!.words.filter((w) => w.head === 0).length, 1)
})

test('should be scored by the shared scorer against the gold file', () => {
  assert.ok(models.parser)
  const dir = mkdtempSync(join(tmpdir(), 'parse-'))
  const gold = join(dir, 'gold.conllu')
  const pred = join(dir, 'pred.conllu')
  writeFileSync(gold, GOLD.split('\n\n')[0]! + '\n\n')
  writeFileSync(pred, parseConlluText(readFileSync(gold, 'utf8'), models.parser).output)
  const out = execFileSync(process.execPath, [sharedPath('tools/score-ud.mjs'), gold, pred], { encoding: 'utf8' })
  assert.match(out, /ud: UPOS [0-9.]+ UAS [0-9.]+ LAS [0-9.]+ \| words 6/)
})

test('should refuse a call without input and explain the usage', async () => {
  const errors: string[] = []
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string) => {
    errors.push(String(chunk))
    return true
  }) as typeof process.stderr.write
  try {
    assert.equal(await main(['parse']), 2)
    assert.equal(await main(['parse', '--conllu', 'x.conllu', 'extra']), 2)
  } finally {
    process.stderr.write = write
  }
  assert.match(errors.join(''), /give one article/)
})
