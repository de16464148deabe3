/**
 * Reading the attribution model files of `models/quotes` (written gzip-compressed by
 * `scripts/train-quotes.ts`; a plain `.json` file of the same content reads as well).
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** Parses one model file, gunzipping it when its name ends in `.gz`. */
export function readModelJson(path: string): unknown {
  const bytes = readFileSync(path)
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'))
}
