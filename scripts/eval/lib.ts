/**
 * Shared helpers of the evaluation scripts: where the shared data and scorers are, how to run a
 * scorer exactly as shipped, and how figures are checked against the floors pinned in
 * `scripts/eval/floors.json`.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Root of `../shared` (override with NEWSGRAPH_SHARED). */
export const SHARED = resolve(process.env['NEWSGRAPH_SHARED'] ?? join(import.meta.dirname, '../../../shared'))

/** Scratch folder for predictions (git-ignored). */
export const EVAL_DIR = resolve(import.meta.dirname, '../../.eval')

/** Path of a shared data file or folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts)
}

/** Writes JSON lines to `.eval/<name>` and returns the path. */
export function writeJsonl(name: string, rows: Iterable<unknown>): string {
  mkdirSync(EVAL_DIR, { recursive: true })
  const path = join(EVAL_DIR, name)
  const lines: string[] = []
  for (const row of rows) lines.push(JSON.stringify(row))
  writeFileSync(path, lines.length ? `${lines.join('\n')}\n` : '')
  return path
}

/** Runs one of the shared scorers unchanged and returns its whole output. */
export function runScorer(tool: string, args: string[]): string {
  return execFileSync(process.execPath, [join(SHARED, 'tools', tool), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** The last non-empty line of a scorer's output: its headline figures. */
export function lastLine(output: string): string {
  const lines = output.trim().split('\n')
  return lines[lines.length - 1] ?? ''
}

/** Reads `NAME value` pairs such as `F1 0.833` out of a headline line. */
export function figure(line: string, name: string): number {
  const m = new RegExp(`(?:^|[\\s,(])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s:=]+([0-9.]+)`).exec(line)
  if (!m?.[1]) throw new Error(`figure \`${name}\` not found in: ${line}`)
  return Number(m[1])
}

/** Compares measured figures with their floors; prints each and returns false when one is under. */
export function checkFloors(figures: Record<string, number>): boolean {
  const floors = JSON.parse(readFileSync(join(import.meta.dirname, 'floors.json'), 'utf8')) as Record<string, unknown>
  let ok = true
  for (const [key, value] of Object.entries(figures)) {
    const floor = floors[key]
    if (typeof floor !== 'number') {
      console.log(`${key} = ${value.toFixed(3)} (no floor)`)
      continue
    }
    const pass = value + 1e-9 >= floor
    if (!pass) ok = false
    console.log(`${key} = ${value.toFixed(3)} floor ${floor.toFixed(3)} ${pass ? 'ok' : 'BELOW FLOOR'}`)
  }
  return ok
}
