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
  ['model'], // the contract, shared identities (canonical URL, text hash), the PLOVER ontology, the calendar vocabulary, helpers several stages read
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

// Inside src/analyze: the steps (one folder each, docs/ARCHITECTURE.md "The steps are one table")
// and the modules they share (tokens, the parse, the NER tagger, linear models, the knowledge base
// and name lists). A step reaches another step only through its index.ts, and the shared modules
// sit below every step; what two steps share lives in a shared module or in src/model.
const ANALYSIS_STEPS = ['entities', 'dates', 'quantities', 'quotes', 'events', 'link', 'tone', 'topics', 'summary', 'language']
const ANALYSIS_SHARED = ['tokens', 'syntax', 'ner', 'classify', 'kb']
const STEP_FOLDERS = `^src/analyze/(${ANALYSIS_STEPS.join('|')})/`

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
      name: 'analysis-steps-apart',
      severity: 'error',
      comment:
        "An analysis step never reaches into another step's files: it calls the other step through its index.ts, and helpers both need move to a shared module (src/analyze/{tokens,syntax,ner,classify,kb}) or src/model.",
      from: { path: STEP_FOLDERS, pathNot: TEST_FILE },
      to: { path: STEP_FOLDERS, pathNot: ['^src/analyze/$1/', `^src/analyze/(${ANALYSIS_STEPS.join('|')})/index\\.ts$`] },
    },
    {
      name: 'analysis-shared-below-steps',
      severity: 'error',
      comment: 'The modules the analysis steps share sit below every step: they import no step, so a step can be changed without them.',
      from: { path: `^src/analyze/(${ANALYSIS_SHARED.join('|')})/`, pathNot: TEST_FILE },
      to: { path: STEP_FOLDERS },
    },
    {
      name: 'analysis-steps-via-analyze',
      severity: 'error',
      comment: "Outside src/analyze, code reaches analysis through src/analyze's top-level modules or the shared modules, never a step's files: what a step has that others need belongs in src/model.",
      from: { path: '^src/', pathNot: ['^src/analyze/', TEST_FILE, ...TEST_SUPPORT] },
      to: { path: STEP_FOLDERS },
    },
    {
      name: 'scripts-via-step-index',
      severity: 'error',
      comment:
        "Scripts and benchmarks reach the quotes, tone and topics steps through their index.ts, the step's public surface, which exports the features and candidates its models score (so training and running read the same code). The event scripts still import their step's files.",
      from: { path: '^(scripts|bench)/' },
      to: { path: '^src/analyze/(quotes|tone|topics)/', pathNot: '^src/analyze/(quotes|tone|topics)/index\\.ts$' },
    },
    {
      name: 'store-implementations-via-open-store',
      severity: 'error',
      comment: 'Code outside src/store reaches a store through the ArticleStore interface (opened by store/open-store); what one implementation can do is a capability on the interface.',
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
