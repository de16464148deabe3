import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { tokenize } from '../tokens/tokenize.js'
import { parseTokens } from '../syntax/parse-tokens.js'
import type { Syntax, TokenSyntax } from '../syntax/types.js'
import { findQuotedSpans } from './quote-marks.js'
import { indexDocument } from './document-index.js'
import { cueScore, parsedCueFeatures } from './cue-features.js'
import { parsedScoreBound } from './cue-bound.js'

const models = loadModels({ kb: false })
const TEXT = '“I’m super excited,” says Maura McLaughlin, who said the plant was unsafe. Thomas was found fatally wounded, police told reporters.'

/** A seeded generator, so a failure names the tree that broke the bound. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

test('should bound what any parse adds to a cue score, whatever heads and relations it gives', () => {
  const weights = models.quoteCues?.weights
  assert.ok(weights && models.parser, 'the cue classifier and the parser model must load')
  const { tokens, sentences } = tokenize(TEXT)
  const doc = indexDocument(TEXT, tokens, sentences, findQuotedSpans(TEXT))
  const parsed = parseTokens(models.parser, tokens, sentences)
  // Relations the classifier weighs most, so the random trees reach the high scores.
  const relations = [...new Set([...weights.keys()].filter((f) => f.startsWith('rel=')).map((f) => f.slice(4)))]
  const next = random(13)
  for (const s of sentences) {
    const n = s.tokenEnd - s.tokenStart
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const bound = parsedScoreBound(weights, parsed[i]!.lemma.toLowerCase(), parsed[i]!.upos, n)
      let best = cueScore(weights, parsedCueFeatures(doc, parsed, i))
      const lemma = parsed[i]!.lemma.toLowerCase()
      const gain = (r: string): number => (weights.get(`ch=${r}`) ?? 0) + (weights.get(`lem|ch=${lemma}|${r}`) ?? 0) + (weights.get(`u|ch=${parsed[i]!.upos}|${r}`) ?? 0)
      const richest = relations.reduce((a, b) => (gain(b) > gain(a) ? b : a))
      // The real parse, then trees where every other token hangs from token i with the relation
      // that pays most, then random ones: none may pass the bound.
      const trees: Syntax[] = [parsed]
      for (let k = 0; k < 200; k++) {
        const star = k % 2 === 0
        trees.push(
          parsed.map((t, j): TokenSyntax => {
            if (j < s.tokenStart || j >= s.tokenEnd) return t
            const head = j === i ? (next() < 0.2 ? -1 : s.tokenStart + Math.floor(next() * n)) : star ? i : s.tokenStart + Math.floor(next() * n)
            const deprel = star && next() < 0.8 ? richest : relations[Math.floor(next() * relations.length)]!
            return { ...t, head: head === j ? -1 : head, deprel }
          }),
        )
      }
      for (const tree of trees) best = Math.max(best, cueScore(weights, parsedCueFeatures(doc, tree, i)))
      assert.ok(best <= bound + 1e-9, `${tokens[i]!.text}: a parse adds ${best}, over the bound ${bound}`)
    }
  }
})
