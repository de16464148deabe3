import { test } from 'node:test'
import assert from 'node:assert/strict'
import { upgradeProgressOnStderr } from './progress.js'

test('should announce a store upgrade once in logs and stay silent for a new store', () => {
  let log = ''
  const report = upgradeProgressOnStderr({ write: (text: string) => (log += text), isTTY: false })
  report({ step: 'search index', done: 0, total: 0 })
  assert.equal(log, '', 'a new store has nothing to rebuild')
  report({ step: 'search index', done: 0, total: 1200 })
  report({ step: 'search index', done: 500, total: 1200 })
  report({ step: 'search index', done: 1200, total: 1200 })
  assert.equal(log, 'newsgraph: upgrading the store (search index, 1200 articles); this happens once\n')
})

test('should keep one updating line on a terminal', () => {
  let log = ''
  const report = upgradeProgressOnStderr({ write: (text: string) => (log += text), isTTY: true })
  report({ step: 'search index', done: 500, total: 1200 })
  report({ step: 'search index', done: 1200, total: 1200 })
  assert.match(log, /\rupgrading search index 500\/1200/)
  assert.ok(log.endsWith('\r\u001b[K'), 'the line is cleared when done')
})
