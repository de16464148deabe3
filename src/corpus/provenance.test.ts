import { test } from 'node:test'
import assert from 'node:assert/strict'
import { storyProvenance } from './provenance.js'
import { claimDrift } from './claim-drift.js'
import type { CorpusDoc } from './corpus-doc.js'

const ORIGIN =
  'Kim Jong Un attended the Victory Day parade in Moscow on Friday alongside 29 foreign leaders, the Kremlin said. ' +
  '"Our friendship is unbreakable and will only grow stronger," Kim said after the ceremony in Red Square. ' +
  'Analysts in Seoul said the visit marked a new stage in military ties between the two countries.'

test('should name the credited or earliest article the origin and label copies, rewrites and independent reports', () => {
  const members: CorpusDoc[] = [
    { input: 'copy', text: ORIGIN.replace('Analysts in Seoul', 'Experts in Seoul'), published: '2025-05-09T12:00:00Z', url: 'https://copy.example/a' },
    { input: 'origin', text: ORIGIN, published: '2025-05-09T08:00:00Z', url: 'https://wire.example/kim' },
    {
      input: 'rewrite',
      text: 'North Korean leader Kim Jong Un was in Moscow for the parade. "Our friendship is unbreakable and will only grow stronger," Kim said after the ceremony in Red Square, according to state media.',
      published: '2025-05-09T10:00:00Z',
      originalSource: { name: 'Wire', url: 'https://wire.example/' },
    },
    { input: 'own', text: 'Russian troops marched through Red Square as the country marked the 80th anniversary of the end of the war in Europe.', published: '2025-05-09T09:00:00Z' },
  ]
  const p = storyProvenance(members)
  assert.equal(p.origin, 'origin')
  const rel = Object.fromEntries(p.entries.map((e) => [e.input, e.relation]))
  assert.deepEqual(rel, { copy: 'copy', origin: 'origin', rewrite: 'rewrite', own: 'independent' })
  const copy = p.entries.find((e) => e.input === 'copy')!
  assert.equal(copy.copyOf, 'origin')
  const passage = copy.evidence?.passages[0]
  assert.ok((passage?.words ?? 0) >= 20, 'a copy shows the passages it shares')
  assert.equal(ORIGIN.slice(passage!.a.start, passage!.a.end), passage!.text, 'offsets point into the origin text')
  const rewrite = p.entries.find((e) => e.input === 'rewrite')!
  assert.equal(rewrite.evidence?.credit, 'Wire')
})

test('should report numbers, quotes and speakers that changed between origin and copy', () => {
  const changed = ORIGIN.replace('29 foreign leaders', '30 foreign leaders').replace('will only grow stronger', 'will grow stronger').replace('Kim said after', 'Peskov said after')
  const drift = claimDrift(ORIGIN, changed)
  const kinds = drift.map((d) => d.kind).sort()
  assert.deepEqual(kinds, ['attribution', 'number', 'quote'])
  const number = drift.find((d) => d.kind === 'number')!
  assert.equal(number.origin.text, '29 foreign leaders')
  assert.equal(number.other.text, '30 foreign leaders')
  assert.equal(ORIGIN.slice(number.origin.start, number.origin.end), '29 foreign leaders')
  assert.deepEqual(claimDrift(ORIGIN, ORIGIN), [])
})

test('should not call a restyled number or a publication date drift', () => {
  const a = 'Police said they had recovered 80 percent of the haul, worth 2 million euros. Posted 10 Nov 2011.'
  const b = 'Police said they had recovered 80% of the haul, worth 2 - million euros. Posted 11 Nov 2011.'
  assert.deepEqual(claimDrift(a, b), [])
})
