/**
 * Every fault a command can end on, mapped in one place to one line on stderr and a documented
 * exit code (README "Exit codes"). Nothing a user does or has on their machine should show them a
 * stack trace: a usage mistake, a store that is missing or damaged, a queue or database that is
 * down, a reader that closed the pipe. A stack trace is printed only for a bug, and only with
 * NEWSGRAPH_DEBUG=1. The wording of every message lives in this file.
 */
import { isUnavailable } from '../model/unavailable.js'
import { isQueryRefused } from '../store/search-limits.js'
import { UsageError } from './usage-error.js'
import { commandUsage } from './usage.js'

/** Exit codes of the `newsgraph` command. */
export const EXIT = {
  /** Everything went through. Also: the reader of standard output closed it (`| head`), which is not a fault. */
  ok: 0,
  /** Some inputs failed (each named on stderr); the others were processed. */
  someInputsFailed: 1,
  /** The command was called wrongly (unknown option, bad value, a search over its bounds). */
  usage: 2,
  /** The store cannot be used: missing, empty, not a newsgraph store, damaged, locked, or its PostgreSQL server unreachable. */
  store: 3,
  /** The message queue (NATS JetStream) cannot be reached. */
  queue: 4,
  /** A bug in newsgraph: the one line names it; NEWSGRAPH_DEBUG=1 prints the stack trace. */
  internal: 5,
} as const

/** What to tell the user about a fault, and the exit code. An empty `line` prints nothing. */
export interface FaultReport {
  readonly line: string
  readonly exitCode: number
}

// Connection failures of a PostgreSQL store met after it was opened (the server stopped mid-run).
const LOST_CONNECTION = new Set(['ECONNREFUSED', 'ECONNRESET', '57P01', '57P02', '57P03', '08000', '08003', '08006'])

/** The one-line report and exit code of an error that ended the command `command`. */
export function describeFault(error: unknown, command: string | undefined): FaultReport {
  const who = command ? `newsgraph ${command}` : 'newsgraph'
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
    // The fault, then how the command is called.
    const usage = commandUsage(command)
    return { line: `${who}: ${code.startsWith('ERR_PARSE_ARGS') ? parseArgsMessage(code, message) : message}${usage ? `\n\n${usage}` : ''}`, exitCode: EXIT.usage }
  }
  if (isQueryRefused(error)) return { line: `${who}: ${message}`, exitCode: EXIT.usage }
  if (isUnavailable(error)) return { line: `${who}: ${error.message}; ${error.hint}`, exitCode: error.service === 'queue' ? EXIT.queue : EXIT.store }
  if (code === 'EPIPE') return { line: '', exitCode: EXIT.ok }
  // SQLite errors met after the store opened: a page found damaged, the file locked or removed.
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return { line: `${who}: the store is damaged (${message}); restore it from a backup, or re-ingest the sources into a new --db`, exitCode: EXIT.store }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return { line: `${who}: the store stayed locked by another process (${message}); try again when it has finished`, exitCode: EXIT.store }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_FULL')
    return { line: `${who}: the store cannot be written (${message}); check the file, its folder and the free disk space`, exitCode: EXIT.store }
  if (LOST_CONNECTION.has(code)) return { line: `${who}: lost the connection to the store's database (${message}); check that the server runs, then run the command again`, exitCode: EXIT.store }
  if (code === 'CONNECTION_REFUSED' || code === 'DISCONNECT' || /^(TIMEOUT|CONNECTION_CLOSED)$/.test(code))
    return { line: `${who}: lost the connection to NATS (${message}); check that nats-server runs, then run the command again`, exitCode: EXIT.queue }
  if (code === 'ENOSPC') return { line: `${who}: the disk is full (${message})`, exitCode: EXIT.store }
  const where = process.env['NEWSGRAPH_DEBUG'] ? `\n${(error as Error)?.stack ?? ''}` : ' (set NEWSGRAPH_DEBUG=1 to see where)'
  return { line: `${who}: internal error: ${message}; this is a bug in newsgraph${where}`, exitCode: EXIT.internal }
}

/**
 * node:util parseArgs' messages in the project's voice: "Unknown option '--bogus'. To specify a
 * positional argument starting with a '-', place it ..." becomes "unknown option `--bogus`".
 */
function parseArgsMessage(code: string, message: string): string {
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option \`${option}\``
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return /does not take/.test(message) ? `\`${option}\` takes no value` : `\`${option}\` needs a value`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument \`${/'([^']*)'/.exec(message)?.[1] ?? '?'}\`: this command takes no inputs`
  return message.charAt(0).toLowerCase() + message.slice(1)
}

/** The line printed when the process is about to exit although the command never finished. */
export function unfinishedLine(command: string | undefined): string {
  return `newsgraph${command ? ` ${command}` : ''}: internal error: the command stopped without finishing (a pending operation was dropped); this is a bug in newsgraph`
}
