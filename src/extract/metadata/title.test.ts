import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chooseTitle, stripSiteName } from './title.js'

test('should cut a site name after or before the headline', () => {
  assert.equal(stripSiteName('Why Trump won’t change | CNN Politics', ['CNN Politics']), 'Why Trump won’t change')
  assert.equal(stripSiteName('Fed lifts rates - Reuters', ['reuters']), 'Fed lifts rates')
  assert.equal(stripSiteName('The Guardian: Standing Rock protesters hold out', ['theguardian']), 'Standing Rock protesters hold out')
  assert.equal(stripSiteName('記事の見出し｜ガジェット通信 GetNews', ['getnews']), '記事の見出し')
})

test('should keep a headline whose dash is not followed by the site name', () => {
  assert.equal(stripSiteName('Breaking: Houston hires Major Applewhite - as head coach', ['247sports']), 'Breaking: Houston hires Major Applewhite - as head coach')
})

test('should prefer the visible headline over a different social title', () => {
  const chosen = chooseTitle(
    [
      { text: 'It’s been a rough few months for SpaceX', source: 'opengraph', kind: 'headline' },
      { text: 'What’s the Hold-Up at SpaceX? - NBC News', source: 'markup', kind: 'title' },
      { text: 'What’s the Hold-Up at SpaceX?', source: 'markup', kind: 'h1', className: 'headline' },
    ],
    ['NBC News'],
  )
  assert.equal(chosen?.text, 'What’s the Hold-Up at SpaceX?')
})

test('should skip a heading that is the site logo', () => {
  const chosen = chooseTitle(
    [
      { text: 'Fantastic Beasts: A Nice Place to Visit', source: 'opengraph', kind: 'headline' },
      { text: 'The New Republic', source: 'markup', kind: 'h1', className: 'logo' },
    ],
    ['The New Republic'],
  )
  assert.equal(chosen?.text, 'Fantastic Beasts: A Nice Place to Visit')
})

test('should cut a site name and tagline after the headline', () => {
  assert.equal(stripSiteName('Three Ways to Be the Thermostat — Postlight — Digital Strategy, Design and Engineering', ['postlight']), 'Three Ways to Be the Thermostat')
})
