/**
 * `tsx bench/search-counts.ts --pg URL [--articles N]`: what the `total` of a listing or search
 * costs on PostgreSQL at millions of articles, counted in full and capped (`SearchLimits.countCap`).
 *
 * Fills a throw-away schema with N synthetic article rows in one INSERT ... SELECT (the rows carry
 * what listing and search read: dates, outlets, full-text vectors; not analyses), runs ANALYZE,
 * then times each common query (unfiltered listing, a common word, a rarer word, an outlet, a date
 * range) with the count cap lifted and at its default, interleaved, median of 5. The schema is
 * dropped at the end (`--keep` keeps it for another run with `--reuse`).
 */
import { parseArgs } from 'node:util'
import pg from 'pg'
import { openPostgresStore } from '../src/store/postgres/postgres-store.js'
import { DEFAULT_SEARCH_LIMITS } from '../src/store/search-limits.js'
import type { SearchQuery } from '../src/store/article-store.js'

const { values } = parseArgs({
  options: {
    pg: { type: 'string', default: process.env['NEWSGRAPH_PG_URL'] },
    articles: { type: 'string', default: '1000000' },
    schema: { type: 'string', default: 'bench_counts' },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
  },
})
if (!values.pg) throw new Error('give --pg postgres://… (or NEWSGRAPH_PG_URL)')
const n = Number(values.articles)
const schema = values.schema!
const rounds = Number(values.rounds)

const admin = new pg.Client({ connectionString: values.pg })
await admin.connect()
if (!values.reuse) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
// Opening a store creates the schema and its tables (every migration).
const open = (countCap: number): ReturnType<typeof openPostgresStore> => openPostgresStore(values.pg!, { schema, searchLimits: { countCap, timeLimitMs: 60_000 } })
const exact = await open(Infinity)
const capped = await open(DEFAULT_SEARCH_LIMITS.countCap)
if (!values.reuse) {
  const started = Date.now()
  await admin.query(`SET search_path = ${schema}`)
  // 40 outlets, 2,000 articles a day, "harbour" in every 4th article, "lighthouse" in every 400th.
  await admin.query(
    `INSERT INTO ${schema}.articles (id, arrival, input, text_hash, has_text, title, site_domain, reference_date, language, json, snippet, fts, stories_pending)
     SELECT 'a' || i, i, 'in' || i, md5(i::text), true, 'Note ' || i, 'site' || (i % 40) || '.example',
            to_char(date '2020-01-01' + (i / 2000), 'YYYY-MM-DD'), 'en', '\\x00'::bytea, 'note',
            to_tsvector('newsgraph', 'note council ' || (i % 997) || CASE WHEN i % 4 = 0 THEN ' harbour' ELSE '' END || CASE WHEN i % 400 = 0 THEN ' lighthouse' ELSE '' END),
            false
     FROM generate_series(1, $1::int) AS i`,
    [n],
  )
  await admin.query(`ANALYZE ${schema}.articles`)
  console.log(`filled ${n} article rows in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const queries: Array<[string, SearchQuery]> = [
  ['listing, no filter', {}],
  ['common word (1 in 4)', { text: 'harbour' }],
  ['rarer word (1 in 400)', { text: 'lighthouse' }],
  ['one outlet (1 in 40)', { outlet: 'site7.example' }],
  ['a year of dates', { from: '2020-06-01', to: '2021-05-31' }],
]
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
for (const [name, q] of queries) {
  const times: Record<'exact' | 'capped', number[]> = { exact: [], capped: [] }
  let seen = { exact: '', capped: '' }
  for (let r = 0; r < rounds; r++) {
    for (const [kind, store] of [
      ['exact', exact],
      ['capped', capped],
    ] as const) {
      const t = process.hrtime.bigint()
      const page = await store.search({ ...q, limit: 20 })
      times[kind].push(Number(process.hrtime.bigint() - t) / 1e6)
      seen = { ...seen, [kind]: `${page.total}${page.totalIsLowerBound ? '+' : ''}` }
    }
  }
  console.log(
    `${name}: total ${seen.exact} counted in full ${median(times.exact).toFixed(0)} ms; capped at ${DEFAULT_SEARCH_LIMITS.countCap} (total ${seen.capped}) ${median(times.capped).toFixed(0)} ms (median of ${rounds}, wall time of search with its count)`,
  )
}
await exact.close()
await capped.close()
if (!values.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`)
await admin.end()
