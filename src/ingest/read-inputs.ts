/**
 * Turns command-line input arguments (files, folders, globs, `-` for stdin, URLs) into raw
 * documents, one at a time, so a batch of thousands never sits in memory at once. An input that
 * cannot be read becomes an `InputFailure` and the batch goes on.
 */
import { readFile, stat, readdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { glob } from 'tinyglobby'
import type { RawDocument } from '../model/raw-document.js'
import { fetchUrl, type FetchOptions } from './fetch-url.js'
import type { AddressPolicy } from './ssrf-guard.js'

/** An input that could not be read, with a message for the user. */
export interface InputFailure {
  readonly input: string
  readonly error: string
}

/** Options for reading inputs. */
export interface ReadInputsOptions {
  /** Largest file read, in bytes (default 20 MiB); larger files are refused with an error. */
  readonly maxBytes?: number
  /** Extensions taken from folders (default: .html .htm .xhtml .txt .text). */
  readonly extensions?: readonly string[]
  /** Limits for URLs, and which addresses they may reach (`fetch.addressPolicy`, default public only). */
  readonly fetch?: Partial<FetchOptions> & { readonly addressPolicy?: AddressPolicy }
  /** Forces the format of every document. */
  readonly format?: RawDocument['format']
}

const DEFAULT_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.text']

/**
 * Expands the arguments into the list of concrete inputs (files, URLs, `-`), in a stable order.
 * A folder or file that cannot be listed (no permission, gone) is an `InputFailure` in the list,
 * so one bad folder costs one failed input and the rest of the batch goes on.
 */
export async function expandInputs(args: readonly string[], options: ReadInputsOptions = {}): Promise<Array<string | InputFailure>> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS
  const out: Array<string | InputFailure> = []
  for (const arg of args) {
    if (arg === '-' || /^https?:\/\//i.test(arg)) {
      out.push(arg)
      continue
    }
    const info = await stat(arg).catch(() => null)
    if (info?.isDirectory()) {
      out.push(...(await listFolder(arg, extensions)))
    } else if (info === null && /[*?[{]/.test(arg)) {
      const matches = await glob(arg, { onlyFiles: true, expandDirectories: false })
      out.push(...matches.sort())
    } else {
      out.push(arg)
    }
  }
  return out
}

/**
 * Files under `dir` with one of the extensions, recursively and sorted. Symbolic links are
 * followed (to files and to folders, each real folder listed once, so a link cycle ends);
 * a folder that cannot be read becomes a failure instead of ending the listing.
 */
async function listFolder(dir: string, extensions: readonly string[]): Promise<Array<string | InputFailure>> {
  const files: string[] = []
  const failures: InputFailure[] = []
  const seen = new Set<string>()
  const walk = async (folder: string): Promise<void> => {
    let real: string
    let entries
    try {
      real = await realpath(folder)
      if (seen.has(real)) return
      seen.add(real)
      entries = await readdir(folder, { withFileTypes: true })
    } catch (error) {
      failures.push({ input: folder, error: `cannot list folder: ${describeError(error)}` })
      return
    }
    for (const e of entries) {
      const path = join(folder, e.name)
      let isDir = e.isDirectory()
      let isFile = e.isFile()
      if (e.isSymbolicLink()) {
        const target = await stat(path).catch(() => null)
        // A dangling link to a file the user meant to include is reported; other dangling links are not ours.
        if (!target) {
          if (wanted(e.name, extensions)) failures.push({ input: path, error: 'broken symbolic link' })
          continue
        }
        isDir = target.isDirectory()
        isFile = target.isFile()
      }
      if (isDir) await walk(path)
      else if (isFile && wanted(e.name, extensions)) files.push(path)
    }
  }
  await walk(dir)
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return [...files.sort(byPath), ...failures.sort((a, b) => byPath(a.input, b.input))]
}

function wanted(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return extensions.some((ext) => lower.endsWith(ext))
}

/** Reads one concrete input (file path, URL or `-`) into a raw document, or says why it could not. */
export async function readInput(input: string, options: ReadInputsOptions = {}): Promise<RawDocument | InputFailure> {
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024
  const format = options.format
  try {
    if (input === '-') {
      const body = await readStdin(maxBytes)
      return format ? { input, body, format } : { input, body }
    }
    if (/^https?:\/\//i.test(input)) {
      const fetched = await fetchUrl(input, options.fetch ?? {})
      if ('error' in fetched) return { input, error: fetched.error }
      if ('notModified' in fetched) return { input, error: 'not modified' }
      return { ...fetched.document, ...(format ? { format } : {}) }
    }
    const info = await stat(input)
    if (!info.isFile()) return { input, error: 'not a regular file' }
    if (info.size > maxBytes) return { input, error: `file is ${info.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)` }
    const body = new Uint8Array(await readFile(input))
    return { input, body, lastModified: info.mtime.toISOString(), ...(format ? { format } : {}) }
  } catch (error) {
    return { input, error: describeError(error) }
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buf.length
    if (size > maxBytes) throw new Error(`standard input is over the ${maxBytes}-byte limit (--max-bytes)`)
    chunks.push(buf)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

/** A one-line, user-facing description of a filesystem or network error. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'no such file'
    if (code === 'EACCES') return 'permission denied'
    if (code === 'EISDIR') return 'is a directory'
    if (code === 'ENOTDIR') return 'not a folder'
    if (code === 'ELOOP') return 'too many levels of symbolic links'
    return error.message
  }
  return String(error)
}
