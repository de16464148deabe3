import { test } from 'node:test'
import assert from 'node:assert/strict'
import { looksLikeHtml } from './sniff.js'

test('should read a page as HTML when server warnings fill its first kilobytes', () => {
  const warning = '<br />\n<b>Deprecated</b>: Assigning the return value of new by reference is deprecated in <b>/www/wp-settings.php</b> on line <b>520</b><br />\n'
  const page = `${warning.repeat(40)}<!DOCTYPE html>\n<html lang="en"><head><title>Colours</title></head><body><p>Text.</p></body></html>`
  assert.ok(page.indexOf('<!DOCTYPE') > 4096)
  assert.equal(looksLikeHtml(page), true)
})

test('should read a long text file with angle brackets as text', () => {
  const notes = 'Turnout rose where the margin was < 5 points and fell where it was > 20 points, the analysts said.\n\n'.repeat(60)
  assert.ok(notes.length > 4096)
  assert.equal(looksLikeHtml(notes), false)
})
