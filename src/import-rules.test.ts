import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser'

// The import rule itself runs over src/ in `npm run lint`; this test shows that it catches the
// shapes it exists for, on a throw-away tree, so a rule that silently matches nothing fails here.
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration

/**
 * The rule violations in a throw-away tree given as `module -> imported imported; module; ...`
 * (paths under src/ without `.ts`, or under scripts/ when they start with `scripts/`): each module
 * imports the ones after its arrow.
 */
async function violations(graph: string): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-imports-'))
  const path = (name: string): string => (name.startsWith('scripts/') ? name : `src/${name}`)
  try {
    for (const entry of graph.split(';')) {
      const [from = '', to = ''] = entry.split('->').map((side) => side.trim())
      const specifier = (target: string): string => relative(dirname(path(from)), path(target)).replace(/^(?!\.)/, './')
      const imports = to
        .split(/\s+/)
        .filter(Boolean)
        .map((target) => `import '${specifier(target)}.js'\n`)
      const file = join(root, `${path(from)}.ts`)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, `${imports.join('')}export {}\n`)
    }
    const roots = ['src', 'scripts'].filter((dir) => existsSync(join(root, dir)))
    const { output } = await cruise(roots, { ruleSet: { forbidden: config.forbidden ?? [] }, validate: true, tsPreCompilationDeps: true, baseDir: root })
    const result = output as ICruiseResult
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

test('an import against the layers, a cycle, a store implementation or test support is reported', async () => {
  const found = await violations(
    'model/ids; corpus/dedup -> store/article-store; store/article-store -> model/ids corpus/text-hash; corpus/text-hash -> corpus/dedup; store/postgres/postgres-store; distributed/stage-worker -> store/postgres/postgres-store; testing/local-fleet; server/app -> testing/local-fleet; extract/body -> distributed/stage-worker',
  )
  assert.ok(found.includes('layer-store: src/store/article-store.ts -> src/corpus/text-hash.ts'), found.join('\n'))
  assert.ok(found.includes('layer-extract: src/extract/body.ts -> src/distributed/stage-worker.ts'), found.join('\n'))
  assert.ok(
    found.some((v) => v.startsWith('no-circular: ')),
    found.join('\n'),
  )
  assert.ok(found.includes('store-implementations-via-open-store: src/distributed/stage-worker.ts -> src/store/postgres/postgres-store.ts'), found.join('\n'))
  assert.ok(found.includes('no-test-support-in-production: src/server/app.ts -> src/testing/local-fleet.ts'), found.join('\n'))
})

test('imports that run down the layers pass, and tests may compose any layers', async () => {
  const found = await violations(
    'model/ids; store/article-store -> model/ids; extract/body -> model/ids; analyze/quotes -> extract/body; corpus/pairs -> analyze/quotes store/article-store; server/app -> corpus/pairs; testing/local-fleet -> server/app; store/article-store.test -> server/app testing/local-fleet',
  )
  assert.deepEqual(found, [])
})

test("an analysis step reaching into another step's files, a shared analysis module importing a step, or a later stage reaching a step is reported", async () => {
  const found = await violations(
    'model/mention-index; analyze/entities/index -> analyze/entities/mention-index; analyze/entities/mention-index; analyze/tokens/tokenize; analyze/quotes/cues -> analyze/entities/mention-index analyze/entities/index analyze/tokens/tokenize model/mention-index; analyze/classify/words -> analyze/entities/index; analyze/events/country-pairs; corpus/pairs -> analyze/events/country-pairs analyze/tokens/tokenize; analyze/quotes/cues.test -> analyze/entities/mention-index analyze/events/country-pairs',
  )
  assert.deepEqual(found, [
    'analysis-shared-below-steps: src/analyze/classify/words.ts -> src/analyze/entities/index.ts',
    'analysis-steps-apart: src/analyze/quotes/cues.ts -> src/analyze/entities/mention-index.ts',
    'analysis-steps-via-analyze: src/corpus/pairs.ts -> src/analyze/events/country-pairs.ts',
  ])
})

test("a script reaching into the quotes step's files instead of its index is reported", async () => {
  const found = await violations(
    'analyze/quotes/cue-lexicon; analyze/quotes/index -> analyze/quotes/cue-lexicon; scripts/quotes/trainer -> analyze/quotes/index; scripts/train-quotes -> analyze/quotes/cue-lexicon',
  )
  assert.deepEqual(found, ['scripts-via-step-index: scripts/train-quotes.ts -> src/analyze/quotes/cue-lexicon.ts'])
})
