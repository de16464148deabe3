/**
 * The shared folder the tests read (`../shared` beside the repository, or `NEWSGRAPH_SHARED`):
 * the reference examples, the scorers and the public data sets. A test that needs it fails,
 * naming what is missing, rather than skip: a skipped golden check looks like a passed one.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Root of the shared folder. */
export const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../../shared'))

/** The path of a file or folder under the shared folder; throws, naming it, when it is not there. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED, ...parts)
  if (!existsSync(path)) throw new Error(`${path} is missing: these tests read the shared folder beside the repository (../shared, or set NEWSGRAPH_SHARED)`)
  return path
}
