/**
 * Runs the `newsgraph` CLI as a real child process, from source, the way bin/newsgraph.js runs it
 * (through `runCli`, with its fault handling), for the tests that check what a user sees.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const MAIN = pathToFileURL(join(import.meta.dirname, '../cli/main.ts')).href

/** A stack frame as Node prints it ("    at fn (file.js:1:2)"): what no user should see. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m

/** What a finished CLI process left. */
export interface CliResult {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

/** Options of a CLI run. */
export interface CliOptions {
  readonly env?: Record<string, string>
  readonly input?: string
  readonly cwd?: string
  /** Kill (SIGKILL) after this many milliseconds; default 120,000. */
  readonly timeoutMs?: number
  /**
   * Make file permissions bind even when the tests run as root (CI): the CLI then runs through
   * setpriv without the capabilities that let root read and search any folder.
   */
  readonly permissionsBind?: boolean
}

/** Starts the CLI with `args`; stdio are pipes. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): ChildProcess {
  // main stands in for runCli when the suite is run against a checkout from before runCli existed.
  const script = `import(${JSON.stringify(MAIN)}).then(async (m) => { process.exitCode = await (m.runCli ?? m.main)(${JSON.stringify(args)}) })`
  const node = [process.execPath, '--import', 'tsx', '-e', script]
  const dropRootOverride = options.permissionsBind === true && process.getuid?.() === 0
  const caps = '-dac_override,-dac_read_search'
  const [command, ...args_] = dropRootOverride ? ['setpriv', `--inh-caps=${caps}`, `--bounding-set=${caps}`, '--', ...node] : node
  return spawn(command!, args_, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NEWSGRAPH_DEBUG: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}

/** Runs the CLI to its end and collects its output. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const started = Date.now()
  const child = spawnCli(args, options)
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  child.stdin!.end(options.input ?? '')
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
}
