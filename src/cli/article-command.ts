/**
 * What `newsgraph extract` and `newsgraph analyze` share: inputs in, one Article per input out,
 * as a human summary, one JSON object (`--json`) or JSON lines (`--jsonl`). A bad input is
 * reported on stderr and skipped; the exit code is then 1. The commands themselves (their help)
 * are `commands/extract.ts` and `commands/analyze.ts`.
 */
import { parseArgs } from 'node:util'
import type { Article } from '../model/article.js'
import type { RawDocument } from '../model/raw-document.js'
import { createPipeline, type Pipeline } from '../pipeline.js'
import { ANALYSIS_STEPS, type AnalysisStep } from '../analyze/index.js'
import { whyUnusable } from '../extract/index.js'
import { expandInputs, readInput, describeError, type InputFailure } from '../ingest/read-inputs.js'
import { readJsonlDocuments, type parseJsonlDocuments } from '../ingest/jsonl-documents.js'
import { Progress } from './progress.js'
import { UsageError } from './usage-error.js'
import { formatSummary } from './format-summary.js'
import { plural } from './usage.js'
import { positiveInt } from './flag-values.js'

// Options both commands take; analyze adds the ones that only matter to analysis.
const EXTRACT_OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'timeout-ms': { type: 'string' },
  'max-redirects': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'with-syntax': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const ANALYZE_OPTIONS = {
  ...EXTRACT_OPTIONS,
  plain: { type: 'boolean' },
  'from-jsonl': { type: 'string' },
  'reference-date': { type: 'string' },
  steps: { type: 'string' },
} as const

/** Help lines of the options both commands take. */
export const COMMON_HELP = `  --max-bytes N          largest input accepted (default 20971520)
  --timeout-ms N         time limit per URL (default 20000)
  --max-redirects N      redirects followed per URL (default 5)
  --allow-private        fetch private and loopback addresses (refused by default)
`

/** Runs `extract` or `analyze` with its arguments; `help` is what `--help` prints. */
export async function runArticleCommand(name: 'extract' | 'analyze', args: string[], help: string): Promise<number> {
  const parsed = parseArgs({ args, options: name === 'analyze' ? ANALYZE_OPTIONS : EXTRACT_OPTIONS, allowPositionals: true, strict: true })
  const values: { [K in keyof typeof ANALYZE_OPTIONS]?: (typeof ANALYZE_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string } = parsed.values
  const { positionals } = parsed
  if (values.help) {
    process.stdout.write(help)
    return 0
  }
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new UsageError(`--reference-date must be YYYY-MM-DD, got \`${referenceDate}\``)
  }
  const maxBytes = positiveInt(values['max-bytes'], '--max-bytes')
  const timeoutMs = positiveInt(values['timeout-ms'], '--timeout-ms')
  const maxRedirects = positiveInt(values['max-redirects'], '--max-redirects', true)
  const steps = values.steps === undefined ? undefined : stepList(values.steps)
  const fromJsonl = values['from-jsonl']
  if (fromJsonl === undefined && positionals.length === 0) throw new UsageError('give at least one input (a file, folder, glob, URL or -)')

  const pipeline = createPipeline({
    analyze: name === 'analyze',
    ...(steps ? { steps } : {}),
    ...(values['with-syntax'] ? { withSyntax: true } : {}),
    ...(referenceDate ? { referenceDate } : {}),
    extract: maxBytes ? { maxBytes } : {},
  })
  const mode: OutputMode = values.jsonl ? 'jsonl' : values.json ? 'json' : 'summary'
  const sources = fromJsonl !== undefined ? loadJsonl(fromJsonl) : null
  const inputs: Array<string | InputFailure> = sources ? sources.map((s) => s.input) : await expandInputs(positionals)
  if (inputs.length === 0) {
    process.stderr.write(`newsgraph ${name}: no inputs matched\n`)
    return 1
  }
  const format = values.plain ? ('plain' as const) : undefined
  const readOptions = {
    ...(maxBytes ? { maxBytes } : {}),
    ...(format ? { format } : {}),
    fetch: {
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(maxBytes ? { maxBytes } : {}),
      ...(maxRedirects !== undefined ? { maxRedirects } : {}),
      addressPolicy: { allowPrivate: values['allow-private'] === true },
    },
  }
  const progress = new Progress(inputs.length, name)
  let failures = 0
  for (let i = 0; i < inputs.length; i++) {
    const item = inputs[i]!
    const input = typeof item === 'string' ? item : item.input
    const doc = sources ? sources[i]! : typeof item === 'string' ? await readInput(item, readOptions) : item
    if ('error' in doc) {
      failures++
      process.stderr.write(`newsgraph ${name}: ${input}: ${doc.error}\n`)
    } else {
      const article = runOne(pipeline, doc)
      if ('error' in article) {
        failures++
        process.stderr.write(`newsgraph ${name}: ${input}: ${article.error}\n`)
      } else {
        write(article, mode, inputs.length)
      }
    }
    progress.tick()
  }
  progress.end()
  if (failures > 0) {
    process.stderr.write(`newsgraph ${name}: ${failures} of ${plural(inputs.length, 'input')} failed\n`)
    return 1
  }
  return 0
}

type OutputMode = 'json' | 'jsonl' | 'summary'

function runOne(pipeline: Pipeline, doc: RawDocument): Article | { error: string } {
  try {
    const article = pipeline.run(doc)
    // Binary or empty input has nothing to show: report it like an unreadable file.
    const unusable = whyUnusable(article)
    return unusable ? { error: unusable } : article
  } catch (error) {
    // A stage threw on content: a bug, but one bad page must not end a batch of thousands.
    return { error: `internal error: ${describeError(error)}` }
  }
}

function write(article: Article, mode: OutputMode, count: number): void {
  if (mode === 'jsonl' || (mode === 'json' && count > 1)) process.stdout.write(`${JSON.stringify(article)}\n`)
  else if (mode === 'json') process.stdout.write(`${JSON.stringify(article, null, 2)}\n`)
  else process.stdout.write(formatSummary(article))
}

/** The steps named in `--steps a,b,c`, each checked against the known ones. */
function stepList(value: string): AnalysisStep[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (names.length === 0) throw new UsageError(`--steps needs at least one step: ${ANALYSIS_STEPS.join(', ')}`)
  const unknown = names.find((s) => !(ANALYSIS_STEPS as readonly string[]).includes(s))
  if (unknown !== undefined) throw new UsageError(`--steps: unknown analysis step \`${unknown}\`; the steps are ${ANALYSIS_STEPS.join(', ')}`)
  return names as AnalysisStep[]
}

function loadJsonl(path: string): ReturnType<typeof parseJsonlDocuments> {
  try {
    return readJsonlDocuments(path)
  } catch (error) {
    throw new UsageError(`cannot read --from-jsonl ${path}: ${describeError(error)}`)
  }
}
