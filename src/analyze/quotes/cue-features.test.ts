import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../models.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import { indexDocument } from './document-index.js'
import { findQuotedSpans } from './quote-marks.js'
import { cueFeatures, cueLeftWord, cueScore, knowsNest, scoreCue } from './cue-features.js'
import { createCueLexicon, type CueLexicon } from './cue-lexicon.js'
import { cueEndCandidates, cueEndFeatureSets, bestCueEnd } from './cue-end-features.js'
import { bestCandidate } from './span-ranker.js'

const { parser, quoteCues } = loadModels({ kb: false })

// Training reads feature names, the quotes step sums hashed weights: both must score alike.
test('should score every word as the sum of its feature names’ weights, with and without the parse', { skip: !parser || !quoteCues }, () => {
  const text = '“We will not back down,” the mayor told reporters on Friday, adding that the council had warned residents in an interview.'
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const syntax = parseTokens(parser!, tokens, sentences)
  const lexicon = quoteCues!
  let scored = 0
  for (let i = 0; i < tokens.length; i++) {
    if (doc.quoteOf[i] || !/\p{L}/u.test(tokens[i]!.text)) continue
    for (const parse of [syntax, undefined]) {
      assert.equal(scoreCue(doc, lexicon, i, parse), cueScore(lexicon.weights!, cueFeatures(doc, lexicon, i, parse)), tokens[i]!.text)
      const ends = cueEndCandidates(doc, i, sentences[0]!.tokenEnd)
      assert.equal(bestCueEnd(lexicon.cueEnd!, doc, i, ends, 1, sentences[0]!.tokenEnd, parse), bestCandidate(lexicon.cueEnd!, cueEndFeatureSets(doc, i, ends, 1, sentences[0]!.tokenEnd, parse)))
    }
    scored++
  }
  assert.ok(scored > 10)
  const told = tokens.findIndex((t) => t.text === 'told')
  assert.ok(scoreCue(doc, lexicon, told, syntax) > 0, 'told is a cue')
})

// PolNeAR marks a nested attribution ("X said that Y claimed ...") less often than one of its own.
test('should tell the cue classifier when a word lies in the clause a reliable cue reports', { skip: !parser || !quoteCues }, () => {
  const text = 'The mayor said that the governor claimed the bridge was safe.'
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const syntax = parseTokens(parser!, tokens, sentences)
  // What training reads: the lexicon before the classifier has weights.
  const training = createCueLexicon([...quoteCues!.entries].map(([phrase, e]) => [phrase, e.hits, e.total] as const))
  const features = (word: string, lexicon: CueLexicon = training): string[] =>
    cueFeatures(
      doc,
      lexicon,
      tokens.findIndex((t) => t.text === word),
      syntax,
    )
  assert.ok(
    features('claimed').includes('nest=ccomp|0'),
    features('claimed')
      .filter((f) => f.startsWith('nest'))
      .join(' '),
  )
  assert.ok(features('said').includes('nest=none'))
  // A classifier trained with them reads them; one trained before them is spared the walk.
  const entries = [...quoteCues!.entries].map(([phrase, e]) => [phrase, e.hits, e.total] as const)
  const trained = createCueLexicon(
    entries,
    new Map([
      ['nest=none', -0.5],
      ['w=said', 2],
    ]),
  )
  assert.ok(features('claimed', trained).includes('nest=ccomp|0'))
  const before = createCueLexicon(entries, new Map([['w=said', 2]]))
  assert.equal(knowsNest(before), false)
  assert.deepEqual(
    features('claimed', before).filter((f) => f.startsWith('nest')),
    [],
  )
  // The installed classifier, whichever recipe made it, reads them exactly when its weights hold them.
  assert.equal(
    features('claimed', quoteCues!).some((f) => f.startsWith('nest')),
    knowsNest(quoteCues!),
  )
})

// The cue classifier is trained to fire on the word after these, so the step must add them back.
test('should keep auxiliaries, negations and manner adverbs on a cue’s left, but not other words', () => {
  for (const [word, upos] of [
    ['has', 'AUX'],
    ['to', 'PART'],
    ["n't", 'PART'],
    ['publicly', 'ADV'],
    ['also', 'ADV'],
    ['often', undefined],
    ['long', 'ADV'],
    ['sharply', undefined],
  ] as const)
    assert.equal(cueLeftWord(word, upos), true, word)
  for (const [word, upos] of [
    ['mayor', 'NOUN'],
    ['said', 'VERB'],
    ['Kelly', 'PROPN'],
    ['friendly', 'ADJ'],
    ['family', undefined],
    ['soon', 'ADV'],
    ['long', 'ADJ'],
  ] as const)
    assert.equal(cueLeftWord(word, upos), false, word)
})

// "said in the email" keeps its written channel when the ranker weighs the channel's end.
test('should tell the cue-end ranker where a channel phrase after the verb ends', () => {
  const text = 'The mayor said on Friday in a long email to staff that the bridge would reopen.'
  const { tokens, sentences } = tokenize(text)
  const doc = indexDocument(text, tokens, sentences, findQuotedSpans(text))
  const said = tokens.findIndex((t) => t.text === 'said')
  const ends = cueEndCandidates(doc, said, sentences[0]!.tokenEnd)
  const sets = cueEndFeatureSets(doc, said, ends, 1, sentences[0]!.tokenEnd)
  const word = (e: number): string => tokens[e - 1]!.text
  const chan = ends.map((e, n) => [word(e), sets[n]!.find((f) => f.startsWith('chan='))])
  assert.deepEqual(chan.slice(0, 8), [
    ['said', 'chan=before'],
    ['on', 'chan=before'],
    ['Friday', 'chan=before'],
    ['in', 'chan=before'],
    ['a', 'chan=before'],
    ['long', 'chan=before'],
    ['email', 'chan=at'],
    ['to', 'chan=after'],
  ])
  // No channel: "said on Friday" is not one ("on" opens no channel noun within four words).
  const plain = 'The mayor said on Friday that the bridge would reopen.'
  const t2 = tokenize(plain)
  const d2 = indexDocument(plain, t2.tokens, t2.sentences, findQuotedSpans(plain))
  const s2 = t2.tokens.findIndex((t) => t.text === 'said')
  const e2 = cueEndCandidates(d2, s2, t2.sentences[0]!.tokenEnd)
  assert.ok(cueEndFeatureSets(d2, s2, e2, 1, t2.sentences[0]!.tokenEnd).every((f) => f.includes('chan=none')))
})
