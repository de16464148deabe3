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

/** Parses JSON-lines content into documents (or per-line failures), in line order. */
export function parseJsonlDocuments(content: string, path: string): Array<RawDocument | JsonlFailure> {
  const out: Array<RawDocument | JsonlFailure> = []
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
    const id = str('id')
    const input = str('input') ?? id ?? where
    const text = str('text')
    if (text === undefined) {
      out.push({ input, error: 'line has no "text" string' })
      return
    }
    const title = str('title')
    const published = str('published')
    const url = str('url')
    out.push({
      input,
      body: text,
      format: 'plain',
      ...(url ? { url } : {}),
      hints: { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}), ...(id ? { id } : {}) },
    })
  })
  return out
}

/** Reads a JSON-lines file (`-` for standard input) into documents; throws only when the file cannot be read. */
export function readJsonlDocuments(path: string): Array<RawDocument | JsonlFailure> {
  return parseJsonlDocuments(readFileSync(path === '-' ? 0 : path, 'utf8'), path)
}
