// The import rule of src/ (docs/ARCHITECTURE.md, "Imports run one way"), checked by
// `npm run lint:imports` (part of `npm run lint`, so of `npm test` and CI).
//
// LAYERS lists the folders of src/ lowest first (`pipeline` and `index` are the files
// src/pipeline.ts and src/index.ts). Production code may import its own folder and any folder on
// a lower line; folders on one line are peers and may not import each other. Tests (*.test.ts)
// compose whatever they exercise, so only the cycle and test-support rules apply to them;
// src/testing is test and benchmark support and sits outside the layers.
'use strict'

const LAYERS = [
  ['model'], // the contract, shared identities (canonical URL, text hash), the PLOVER ontology, the calendar vocabulary
  ['extract', 'store'], // bytes to Article; persistence of model types
  ['analyze'], // analysis steps over an Article (reads extract's shared signals)
  ['pipeline', 'corpus'], // extract + analyze as one call; corpus-level work over many articles
  ['ingest'], // reading inputs, and the ingest driver that runs the pipeline into the store
  ['alerts'], // saved searches and webhooks over the store
  ['distributed'], // queue workers: the same stages over NATS JetStream
  ['server'], // HTTP API and web UI
  ['cli'], // the commands
  ['index'], // the library's public surface
]

const TEST_FILE = '\\.test\\.ts$'
const TEST_SUPPORT = ['^src/testing/']

/** Regular expression for the modules of the named layer folders (or top-level files). */
const modulesOf = (names) => `^src/(${names.join('|')})(/|\\.ts$)`

const layerRules = LAYERS.flatMap((line, level) =>
  line.map((name) => {
    const above = LAYERS.slice(level + 1).flat()
    const peers = line.filter((other) => other !== name)
    return {
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name} may import only ${LAYERS.slice(0, level).flat().join(', ') || 'nothing outside itself'}${level > 0 ? ` (and itself)` : ''}: ${[...peers, ...above].join(', ')} sit beside or above it`,
      from: { path: modulesOf([name]), pathNot: TEST_FILE },
      to: { path: modulesOf([...peers, ...above]) },
    }
  }),
)

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Imports run one way: a cycle means two modules cannot be understood (or moved) apart.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'store-implementations-via-open-store',
      severity: 'error',
      comment:
        'Code outside src/store reaches a store through the ArticleStore interface (opened by store/open-store); what one implementation can do is a capability on the interface.',
      from: { path: '^src/', pathNot: ['^src/store/', TEST_FILE, '^src/testing/'] },
      to: { path: '^src/store/(sqlite|postgres)/' },
    },
    {
      name: 'no-test-support-in-production',
      severity: 'error',
      comment: 'Test and benchmark helpers are left out of dist/, so production code must not import them.',
      from: { path: '^src/', pathNot: [TEST_FILE, ...TEST_SUPPORT] },
      to: { path: [TEST_FILE, ...TEST_SUPPORT] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the resolver cannot find is either a typo or a missing dependency.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-check|node_modules)/' },
    // Type-only imports count: a type is as much a dependency as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
