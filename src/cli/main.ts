/**
 * The `newsgraph` command line: dispatches to one command module per sub-command and turns
 * every fault into one line and an exit code through `faults.ts` (0 ok, 1 some input failed,
 * 2 usage, 3 store, 4 queue, 5 internal error).
 */
import { describeFault, unfinishedLine, EXIT } from './faults.js'
import { COMMAND_USAGE } from './usage.js'
import { ownEntry } from '../model/own-entry.js'

const HELP = `newsgraph — news in, structured evidence-backed knowledge out

Usage:
${Object.values(COMMAND_USAGE)
  .flatMap((u) => u.split('\n'))
  .map((l) => `  ${l}`)
  .join('\n')}

Run "newsgraph <command> --help" for the options of a command.
`

type Command = (args: string[]) => Promise<number>

// Commands load on demand so `analyze` never pays for the store or the server at start-up.
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./commands/analyze.js')).runAnalyzeCommand,
  extract: async () => (await import('./commands/extract.js')).runExtractCommand,
  ner: async () => (await import('./commands/ner.js')).runNerCommand,
  parse: async () => (await import('./commands/parse.js')).runParseCommand,
  cluster: async () => (await import('./commands/cluster.js')).runClusterCommand,
  ingest: async () => (await import('./commands/ingest.js')).runIngestCommand,
  search: async () => (await import('./commands/search.js')).runSearchCommand,
  stories: async () => (await import('./commands/stories.js')).runStoriesCommand,
  story: async () => (await import('./commands/story.js')).runStoryCommand,
  export: async () => (await import('./commands/export.js')).runExportCommand,
  serve: async () => (await import('./commands/serve.js')).runServeCommand,
  watch: async () => (await import('./commands/watch.js')).runWatchCommand,
  attention: async () => (await import('./commands/attention.js')).runAttentionCommand,
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
  const load = ownEntry(COMMANDS, name)
  if (!load) {
    process.stderr.write(`newsgraph: unknown command \`${name}\`\n\n${HELP}`)
    return 2
  }
  try {
    const command = await load()
    return await command(rest)
  } catch (error) {
    const fault = describeFault(error, name)
    if (fault.line) process.stderr.write(`${fault.line}\n`)
    return fault.exitCode
  }
}

/**
 * Runs the CLI as the `newsgraph` process (bin/newsgraph.js): `main`, plus the faults no
 * try/catch sees, each ending in one line and its exit code: an error emitted outside the
 * command's own promise, a closed standard output (`newsgraph export | head`), and a command
 * whose pending work was dropped so the process would otherwise end half-way without a word.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const name = argv[0]
  let finished = false
  const end = (error: unknown): void => {
    finished = true
    const fault = describeFault(error, name)
    if (fault.line) {
      try {
        process.stderr.write(`${fault.line}\n`)
      } catch {
        // stderr itself is gone: nothing left to tell
      }
    }
    process.exit(fault.exitCode)
  }
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') return end(error)
      finished = true
      process.exit(EXIT.ok)
    })
  }
  process.on('uncaughtException', end)
  process.on('unhandledRejection', end)
  process.on('exit', () => {
    if (finished) return
    process.stderr.write(`${unfinishedLine(name)}\n`)
    process.exitCode = EXIT.internal
  })
  const code = await main(argv)
  finished = true
  // The command is done: a connection or timer something left open must not keep the process
  // running for good. Output still being written to a slow reader is waited for.
  const exitWhenFlushed = (): void => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code)
    setTimeout(exitWhenFlushed, 500).unref()
  }
  setTimeout(exitWhenFlushed, 2000).unref()
  return code
}
