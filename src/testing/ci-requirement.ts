/**
 * Tests that need something outside the repository (a PostgreSQL or NATS server, Chromium, the
 * shared data) skip on a developer's machine that lacks it, saying what is missing. In CI
 * (CI=true) CI is meant to run them, so a missing requirement fails instead: a skipped test must
 * never leave CI green.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'

/** True when running under CI, where every test is required to run. */
export const IN_CI = process.env['CI'] === 'true' || process.env['CI'] === '1'

/**
 * The `skip` option of a test whose requirement may be missing (`missing` names it, or is false):
 * locally the reason to skip; in CI false, with a failing test registered in its place.
 */
export function skipUnlessCi(name: string, missing: string | false): string | false {
  if (!missing) return false
  if (IN_CI) {
    test(`${name} (required in CI)`, () => assert.fail(`CI must run "${name}" but ${missing}`))
    return `required in CI: ${missing}`
  }
  return missing
}

/** Registers the stand-in for a group of tests that cannot be defined without their requirement. */
export function requiredTest(name: string, missing: string): void {
  if (IN_CI) test(`${name} (required in CI)`, () => assert.fail(`CI must run "${name}" but ${missing}`))
  else test(`${name} (skipped: ${missing})`, { skip: missing }, () => undefined)
}
