import { test } from 'node:test'
import assert from 'node:assert/strict'
import { canonicalizeUrl, sameUrl } from './canonical-url.js'

test('should treat tracking links, www, fragments and index.html as the same article URL', () => {
  const canonical = canonicalizeUrl('https://example.org/news/story')
  for (const variant of [
    'http://www.Example.org/news/story/',
    'https://example.org/news/story?utm_source=twitter&utm_medium=social',
    'https://example.org/news/story#comments',
    'https://example.org/news/story?fbclid=abc123&gclid=xyz',
    'https://WWW.EXAMPLE.ORG:443/news/story',
  ])
    assert.equal(canonicalizeUrl(variant), canonical, variant)
  assert.equal(canonicalizeUrl('https://example.org/news/index.html'), canonicalizeUrl('https://example.org/news/'))
})

test('should keep parameters that select the content, in a stable order', () => {
  assert.equal(canonicalizeUrl('https://example.org/a?id=7&page=2&utm_campaign=x'), canonicalizeUrl('https://example.org/a?page=2&id=7'))
  assert.ok(!sameUrl('https://example.org/a?id=7', 'https://example.org/a?id=8'))
})

test('should refuse what is not an http(s) URL', () => {
  assert.equal(canonicalizeUrl('not a url'), null)
  assert.equal(canonicalizeUrl('ftp://example.org/file'), null)
  assert.ok(!sameUrl(null, null))
})
