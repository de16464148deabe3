#!/usr/bin/env node
// Entry point installed as `newsgraph`: runs the compiled CLI (built by `npm install` via `prepare`).
// No top-level await: runCli itself reports a command that never settles, in one line.
import { runCli } from '../dist/cli/main.js'

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
