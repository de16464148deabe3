/**
 * Reads JSON-lines document lists (`--from-jsonl`): each line `{input or id, text, title?,
 * published?, url?}` becomes a plain-text RawDocument whose `input` names it in the output. A
 * malformed line is a failure for that line only.
 */
import { readFileSync } from 'node:fs'
import type { RawDocument } from '../model/raw-document.js'

/** A line that could not be turned into a document. */
export interface JsonlFailure {
  readonly input: string
  readonly error: string
}

/** One JSON-lines record with its name and text, the fields every document line must have. */
export interface JsonlRecord {
  readonly input: string
  readonly text: string
  /** Reads an optional string field of the line. */
  readonly str: (key: string) => string | undefined
  readonly record: Readonly<Record<string, unknown>>
}

/**
 * Parses JSON-lines content into named records (or per-line failures), in line order. A line is
 * named by `input`, else `id`, else `FILE:LINE`; one without a `text` string, not JSON, or not an
 * object is a failure for that line only.
 */
export function parseJsonlRecords(content: string, path: string): Array<JsonlRecord | JsonlFailure> {
  const out: Array<JsonlRecord | JsonlFailure> = []
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const where = `${path}:${index + 1}`
    let record: Record<string, unknown>
    try {
      record = JSON.parse(line) as Record<string, unknown>
    } catch {
      out.push({ input: where, error: 'not valid JSON' })
      return
    }
    if (record === null || typeof record !== 'object') {
      out.push({ input: where, error: 'line is not a JSON object' })
      return
    }
    const str = (key: string): string | undefined => (typeof record[key] === 'string' ? (record[key] as string) : undefined)
    const input = str('input') ?? str('id') ?? where
    const text = str('text')
    if (text === undefined) {
      out.push({ input, error: 'line has no "text" string' })
      return
    }
    out.push({ input, text, str, record })
  })
  return out
}

/** Parses JSON-lines content into plain-text documents (or per-line failures), in line order. */
export function parseJsonlDocuments(content: string, path: string): Array<RawDocument | JsonlFailure> {
  return parseJsonlRecords(content, path).map((r) => {
    if ('error' in r) return r
    const title = r.str('title')
    const published = r.str('published')
    const url = r.str('url')
    const id = r.str('id')
    return {
      input: r.input,
      body: r.text,
      format: 'plain' as const,
      ...(url ? { url } : {}),
      hints: { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}), ...(id ? { id } : {}) },
    }
  })
}

/** Reads a JSON-lines file (`-` for standard input) into documents; throws only when the file cannot be read. */
export function readJsonlDocuments(path: string): Array<RawDocument | JsonlFailure> {
  return parseJsonlDocuments(readFileSync(path === '-' ? 0 : path, 'utf8'), path)
}
