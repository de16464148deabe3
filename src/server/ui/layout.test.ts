import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timeHtml } from './layout.js'

test('should show timestamps from different zones in UTC, keeping the published value', () => {
  assert.equal(String(timeHtml('2025-03-04T15:10:00-03:00')), '<time datetime="2025-03-04T15:10:00-03:00" title="as published: 2025-03-04T15:10:00-03:00">2025-03-04 18:10 UTC</time>')
  assert.equal(String(timeHtml('2025-03-04T17:32:00Z')), '<time datetime="2025-03-04T17:32:00Z" title="as published: 2025-03-04T17:32:00Z">2025-03-04 17:32 UTC</time>')
  assert.equal(String(timeHtml('2025-03-05')), '<time datetime="2025-03-05">2025-03-05</time>', 'a date alone stays a date')
  assert.equal(String(timeHtml(null)), 'undated')
  assert.equal(String(timeHtml('"><script>')), '<time datetime="&quot;&gt;&lt;script&gt;">&quot;&gt;&lt;script&gt;</time>', 'a stored value is escaped')
})
