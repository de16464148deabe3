import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser'

// The import rule itself runs over src/ in `npm run lint`; this test shows that it catches the
// shapes it exists for, on a throw-away tree, so a rule that silently matches nothing fails here.
const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration

async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-imports-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    const { output } = await cruise(['src'], { ruleSet: { forbidden: config.forbidden ?? [] }, validate: true, tsPreCompilationDeps: true, baseDir: root })
    const result = output as ICruiseResult
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort()
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

test('an import against the layers, a cycle, a store implementation or test support is reported', async () => {
  const found = await violations({
    'src/model/ids.ts': 'export const id = 1\n',
    'src/corpus/dedup.ts': "import type { Store } from '../store/article-store.js'\nexport type Dedup = Store\n",
    'src/store/article-store.ts': "import { id } from '../model/ids.js'\nimport { hash } from '../corpus/text-hash.js'\nexport type Store = typeof id | typeof hash\n",
    'src/corpus/text-hash.ts': "import type { Dedup } from './dedup.js'\nexport const hash: Dedup | number = 2\n",
    'src/store/postgres/postgres-store.ts': 'export const exclusive = true\n',
    'src/distributed/stage-worker.ts': "import { exclusive } from '../store/postgres/postgres-store.js'\nexport const w = exclusive\n",
    'src/testing/local-fleet.ts': 'export const fleet = 1\n',
    'src/server/app.ts': "import { fleet } from '../testing/local-fleet.js'\nexport const app = fleet\n",
    'src/extract/body.ts': "import { w } from '../distributed/stage-worker.js'\nexport const body = w\n",
  })
  assert.ok(found.includes('layer-store: src/store/article-store.ts -> src/corpus/text-hash.ts'), found.join('\n'))
  assert.ok(found.includes('layer-extract: src/extract/body.ts -> src/distributed/stage-worker.ts'), found.join('\n'))
  assert.ok(found.some((v) => v.startsWith('no-circular: ')), found.join('\n'))
  assert.ok(found.includes('store-implementations-via-open-store: src/distributed/stage-worker.ts -> src/store/postgres/postgres-store.ts'), found.join('\n'))
  assert.ok(found.includes('no-test-support-in-production: src/server/app.ts -> src/testing/local-fleet.ts'), found.join('\n'))
})

test('imports that run down the layers pass, and tests may compose any layers', async () => {
  const found = await violations({
    'src/model/ids.ts': 'export const id = 1\n',
    'src/store/article-store.ts': "import { id } from '../model/ids.js'\nexport const store = id\n",
    'src/extract/body.ts': "import { id } from '../model/ids.js'\nexport const body = id\n",
    'src/analyze/quotes.ts': "import { body } from '../extract/body.js'\nexport const quotes = body\n",
    'src/corpus/pairs.ts': "import { quotes } from '../analyze/quotes.js'\nimport { store } from '../store/article-store.js'\nexport const pairs = quotes + store\n",
    'src/server/app.ts': "import { pairs } from '../corpus/pairs.js'\nexport const app = pairs\n",
    'src/testing/local-fleet.ts': "import { app } from '../server/app.js'\nexport const fleet = app\n",
    'src/store/article-store.test.ts': "import { app } from '../server/app.js'\nimport { fleet } from '../testing/local-fleet.js'\nexport const t = app + fleet\n",
  })
  assert.deepEqual(found, [])
})
