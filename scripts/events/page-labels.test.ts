import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPipeline } from '../../src/pipeline.js'
import { pageDocs, readPageLabels, type PageLabel } from './page-labels.js'

const PAGE = `<html><head><title>Council meets</title></head><body><article>
<h1>Council meets over the harbour plan</h1>
<p>The mayor of Portvale met the harbour board on Monday to discuss the new ferry plan for the town.</p>
<p>Residents said the plan would take action on noise, and the board promised more ferries before the summer season.</p>
<p>Police arrested two men after a fight near the old pier late on Sunday, the town council said in a statement.</p>
</article></body></html>`

test('should turn a wrong label into a non-event and a right one into its corrected type', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-labels-'))
  const html = join(dir, 'town', 'html')
  mkdirSync(html, { recursive: true })
  writeFileSync(join(html, 'council.html'), PAGE)
  const extractor = createPipeline({ analyze: false })
  const text = extractor.run({ input: join(html, 'council.html'), body: PAGE }).text
  const span = (word: string): { start: number; end: number; trigger: string } => {
    const start = text.indexOf(word)
    assert.ok(start >= 0, word)
    return { start, end: start + word.length, trigger: word }
  }
  const labels: PageLabel[] = [
    { folder: 'town', file: 'council.html', ...span('take action'), coded: 'THREATEN', label: 'wrong', note: 'sense' },
    { folder: 'town', file: 'council.html', ...span('met'), coded: 'AGREE', label: 'right', type: 'CONSULT' },
    { folder: 'town', file: 'council.html', ...span('arrested'), coded: 'COERCE', label: 'right' },
    // Wrong only because the act did not happen: left out unless asked for (the pipeline marks modality).
    { folder: 'town', file: 'council.html', ...span('promised'), coded: 'AGREE', label: 'wrong', note: 'hypothetical' },
    // Offsets that do not hold the trigger word: skipped, not trained on.
    { folder: 'town', file: 'council.html', start: 0, end: 4, trigger: 'ferry', coded: 'AID', label: 'wrong' },
    // A folder not given to the trainer is left out.
    { folder: 'elsewhere', file: 'council.html', ...span('met'), coded: 'CONSULT', label: 'right' },
  ]
  const labelsPath = join(dir, 'labels.jsonl')
  writeFileSync(labelsPath, labels.map((l) => JSON.stringify(l)).join('\n') + '\n')
  const docs = pageDocs(readPageLabels(labelsPath), [html], extractor, join(dir, 'cache'))
  assert.equal(docs.length, 1)
  assert.equal(docs[0]!.set, 'pages')
  assert.equal(docs[0]!.exhaustive, false)
  assert.deepEqual(
    docs[0]!.events.map((e) => [e.trigger?.text, e.type]),
    [
      ['take action', 'NONE'],
      ['met', 'CONSULT'],
      ['arrested', 'COERCE'],
    ],
  )
  const withModality = pageDocs(readPageLabels(labelsPath), [html], extractor, join(dir, 'cache'), new Set())
  assert.deepEqual(
    withModality[0]!.events.map((e) => e.trigger?.text),
    ['take action', 'met', 'arrested', 'promised'],
  )
  // The extracted text is cached: a second read gives the same documents without extracting again.
  assert.deepEqual(pageDocs(readPageLabels(labelsPath), [html], createPipeline({ analyze: false, extract: {} }), join(dir, 'cache')), docs)
})

test('should refuse a label with an unknown type', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-labels-'))
  const path = join(dir, 'labels.jsonl')
  writeFileSync(path, JSON.stringify({ folder: 'a', file: 'b.html', start: 0, end: 3, trigger: 'met', coded: 'MEET', label: 'right' }) + '\n')
  assert.throws(() => readPageLabels(path), /bad label or type/)
})
