/** The GDELT-style export of the reference example fills the CAMEO, Goldstein, actor and place columns. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createPipeline } from '../pipeline.js'
import { GDELT_HEADER, gdeltRow } from './export-formats.js'
import { sharedPath } from '../testing/shared-data.js'

test('every exported event of the reference example has its CAMEO root, score, actors and places', () => {
  const text = readFileSync(sharedPath('examples/kim-victory-day/input.txt'), 'utf8')
  const a = createPipeline().run({ input: 'kim-victory-day.txt', body: text, format: 'text' })
  const rows = a.events.map((e) =>
    Object.fromEntries(
      gdeltRow(a, e)
        .split('\t')
        .map((v, i) => [GDELT_HEADER[i]!, v]),
    ),
  )
  assert.ok(rows.length >= 3, `events found: ${rows.length}`)
  for (const r of rows) {
    assert.match(r['EventRootCode']!, /^(0[1-9]|1\d|20)$/, `${r['EventCode']} has a CAMEO root`)
    assert.ok(Number.isFinite(Number(r['GoldsteinScale'])) && r['GoldsteinScale'] !== '', 'a Goldstein-style score')
    assert.equal(Object.keys(r).length, GDELT_HEADER.length)
  }
  assert.ok(
    rows.some((r) => /^[A-Z]{3}(GOV|MIL)$/.test(r['Actor1Code']!)),
    'a source actor coded country + sector (PRKGOV)',
  )
  assert.ok(
    rows.some((r) => /^[A-Z]{3}/.test(r['Actor2Code']!)),
    'a target actor coded by country',
  )
  assert.ok(
    rows.some((r) => r['ActionGeo_FullName'] && /^[A-Z]{3}$/.test(r['ActionGeo_CountryCode']!)),
    'a place with its country',
  )
  // The trained detector (#15) codes the war in Ukraine here; its place row carries the KB's
  // coordinates of Ukraine (the old lexicon coder placed Kim's non-visit in Moscow instead).
  const placed = rows.find((r) => r['ActionGeo_FullName'] === 'Ukraine')
  assert.ok(placed, 'an event placed in Ukraine')
  const [lat, long] = [Number(placed['ActionGeo_Lat']), Number(placed['ActionGeo_Long'])]
  assert.ok(lat > 44 && lat < 53 && long > 22 && long < 41, `Ukraine's coordinates: ${lat}, ${long}`)
  // Each row carries the event's own actor coding, the recipient's sector included ("Russian troops" → MIL).
  a.events.forEach((e, i) => {
    if (e.actorCode) assert.equal(rows[i]!['Actor1Code'], e.actorCode)
    if (e.recipientCode) assert.equal(rows[i]!['Actor2Code'], e.recipientCode)
    if (e.recipientSector) assert.equal(rows[i]!['Actor2Type1Code'], e.recipientSector)
  })
  assert.ok(
    a.events.some((e) => e.recipientSector),
    'the example has a recipient with a sector',
  )
  const mobilize = rows.find((r) => r['EventCode'] === 'MOBILIZE')
  if (mobilize) assert.equal(mobilize['EventRootCode'], '15')
})
