/**
 * The `newsgraph` command line: dispatches to one command module per sub-command and turns
 * errors into exit codes (0 ok, 1 bad input for some item, 2 usage).
 */
import { UsageError } from './usage-error.js'

const HELP = `newsgraph — news in, structured evidence-backed knowledge out

Usage:
  newsgraph analyze <file|folder|glob|url|->... [--json|--jsonl] [--plain] [--reference-date YYYY-MM-DD]
  newsgraph analyze --from-jsonl FILE [--jsonl]
  newsgraph extract <file|folder|glob|url|->... [--json|--jsonl]
  newsgraph ner --conll FILE
  newsgraph parse <file|url|-> | --conllu FILE
  newsgraph cluster --from-jsonl FILE --jsonl
  newsgraph ingest <file|folder|url|feed|sitemap|opml|warc>... [--db FILE]
  newsgraph search ["words"] [--entity K] [--outlet D] [--from DATE] [--to DATE] [--event TYPE]
  newsgraph stories | story ID | export --format jsonl|csv|gdelt
  newsgraph serve [--db FILE] [--port N] [--host 127.0.0.1] [--token T]
  newsgraph ingest --queue <source>... [--nats URL]   then: newsgraph worker --stage extract|analyze|cluster [--nats URL] [--db URL]

Run "newsgraph <command> --help" for the options of a command.
`

type Command = (args: string[]) => Promise<number>

// Commands load on demand so `analyze` never pays for the store or the server at start-up.
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/article.js')).runAnalyzeCommand,
  extract: async () => (await import('./commands/article.js')).runExtractCommand,
  ner: async () => (await import('./commands/ner.js')).runNerCommand,
  parse: async () => (await import('./commands/parse.js')).runParseCommand,
  cluster: async () => (await import('./commands/cluster.js')).runClusterCommand,
  ingest: async () => (await import('./commands/corpus.js')).runIngestCommand,
  search: async () => (await import('./commands/corpus.js')).runSearchCommand,
  stories: async () => (await import('./commands/corpus.js')).runStoriesCommand,
  story: async () => (await import('./commands/corpus.js')).runStoryCommand,
  export: async () => (await import('./commands/corpus.js')).runExportCommand,
  serve: async () => (await import('./commands/serve.js')).runServeCommand,
  worker: async () => (await import('./commands/worker.js')).runWorkerCommand,
}

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('newsgraph 0.1.0\n')
    return 0
  }
  const load = COMMANDS[name]
  if (!load) {
    process.stderr.write(`newsgraph: unknown command \`${name}\`\n\n${HELP}`)
    return 2
  }
  try {
    const command = await load()
    return await command(rest)
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsgraph ${name}: ${(error as Error).message}\n`)
      return 2
    }
    throw error
  }
}
