import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze, loadModels } from '../index.js'
import { newArticle } from '../../model/new-article.js'
import { tokenize } from '../tokens/tokenize.js'
import { SyntaxParser } from './model.js'
import { parseTokens } from './parse-tokens.js'
import { argumentsOf, headOfSpan, isPassive, obliquesOf, predicateOf, reportedClauseOf, subjectsOf, subtreeSpan } from './relations.js'
import type { Syntax } from './types.js'

// These tests run the shipped model (models/parser) on the project's own tokenization, as
// `analyze` does: they fail when the model is missing, since CI must have it.
const models = loadModels()
const parser = models.parser

function parse(text: string): { syntax: Syntax; words: string[]; at: (word: string) => number; span: (i: number) => string } {
  assert.ok(parser, 'the parser model (models/parser/syntax.bin.gz) must load')
  const { tokens, sentences } = tokenize(text)
  const syntax = parseTokens(parser, tokens, sentences)
  const words = tokens.map((t) => t.text)
  const at = (word: string): number => {
    const i = words.indexOf(word)
    assert.ok(i >= 0, `no token ${word}`)
    return i
  }
  const span = (i: number): string => {
    const s = subtreeSpan(syntax, i)
    return text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end)
  }
  return { syntax, words, at, span }
}

/** The words of the one subject of `verb` in a parse, asserting it has exactly one. */
function soleSubject({ syntax, span }: ReturnType<typeof parse>, verb: number): string {
  const subjects = subjectsOf(syntax, verb)
  assert.equal(subjects.length, 1)
  return span(subjects[0]!.token)
}

test('should read "March" as a noun in an oblique, not as the verb', () => {
  const { syntax, at } = parse('Honeymooners from Argentina checked out around March 11.')
  const march = at('March')
  const checked = at('checked')
  assert.ok(['PROPN', 'NOUN'].includes(syntax[march]!.upos), `March tagged ${syntax[march]!.upos}`)
  // EWT heads "March 11" either way ("11" with "March" as nmod:unmarked in its newer releases):
  // what matters is that the date is an oblique of "checked", introduced by "around".
  const oblique = obliquesOf(syntax, checked).find((o) => {
    const span = subtreeSpan(syntax, o.token)
    return span.start <= march && march < span.end
  })
  assert.ok(oblique, 'March sits in an oblique of "checked"')
  const span = subtreeSpan(syntax, oblique.token)
  assert.ok(span.start <= at('around'), '"around" opens the oblique')
  assert.deepEqual(
    subjectsOf(syntax, checked).map((s) => s.token),
    [at('Honeymooners')],
  )
  assert.equal(syntax[checked]!.lemma, 'check')
})

test('should read "Thomas was found fatally wounded" as a passive with Thomas acted on', () => {
  const { syntax, at } = parse('Thomas was found fatally wounded.')
  const found = at('found')
  assert.equal(syntax[at('Thomas')]!.deprel, 'nsubj:pass')
  assert.equal(isPassive(syntax, found), true)
  assert.deepEqual(argumentsOf(syntax, found).patients, [at('Thomas')])
  assert.deepEqual(argumentsOf(syntax, found).agents, [])
  assert.equal(syntax[found]!.lemma, 'find')
})

test('should find the postposed speaker of "says"', () => {
  const parsed = parse('“I’m super excited,” says Maura McLaughlin.')
  const says = parsed.at('says')
  assert.equal(soleSubject(parsed, says), 'Maura McLaughlin')
  assert.equal(reportedClauseOf(parsed.syntax, says), parsed.at('excited'))
})

test('should find "Eric Lewis" as the subject of "called"', () => {
  const parsed = parse("In a statement, lead attorney Eric Lewis called Egypt's actions 'outrageous'.")
  const { syntax, at } = parsed
  const called = at('called')
  assert.match(soleSubject(parsed, called), /^(lead attorney )?Eric Lewis$/)
  assert.equal(headOfSpan(syntax, at('Eric'), at('Lewis') + 1) >= 0, true)
  assert.deepEqual(argumentsOf(syntax, called).objects, [at('actions')])
})

test('should give every token a head inside its sentence and one root per sentence', () => {
  const text = 'The well-known U.S. envoy didn’t say who’d won. Kim Jong-un, North Korea’s leader, cannot attend — officials said.'
  const { tokens, sentences } = tokenize(text)
  const syntax = parseTokens(parser!, tokens, sentences)
  assert.equal(syntax.length, tokens.length)
  for (const s of sentences) {
    let roots = 0
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const h = syntax[t]!.head
      if (h === -1) roots++
      else assert.ok(h >= s.tokenStart && h < s.tokenEnd && h !== t)
      assert.ok(predicateOf(syntax, t) >= -1)
    }
    assert.ok(roots >= 1)
  }
  const envoy = tokens.findIndex((t) => t.text === 'envoy')
  assert.equal(syntax[tokens.findIndex((t) => t.text === 'well-known')]!.head, envoy)
})

test('should parse only when a step reads ctx.syntax', () => {
  assert.ok(parser)
  let calls = 0
  class Counting extends SyntaxParser {
    override parse(forms: readonly string[]): ReturnType<SyntaxParser['parse']> {
      calls++
      return super.parse(forms)
    }
  }
  const counting = new Counting(parser.model)
  const article = newArticle({ input: 'test', text: 'Kim met Lee in Seoul. They talked.' })
  analyze(article, { models: { ...models, parser: counting }, steps: ['dates'] })
  assert.equal(calls, 0)
})

test("should put every token's syntax in the article only when asked", () => {
  const article = newArticle({ input: 'test', text: 'Thomas was found fatally wounded. Police said nothing.' })
  assert.equal(analyze(article, { models, steps: ['dates'] }).syntax, undefined)
  const out = analyze(article, { models, steps: ['dates'], withSyntax: true }).syntax
  assert.ok(out)
  const { tokens } = tokenize(article.text)
  assert.equal(out.length, tokens.length)
  const thomas = out[0]!
  assert.deepEqual([article.text.slice(thomas.start, thomas.end), thomas.upos, thomas.deprel], ['Thomas', 'PROPN', 'nsubj:pass'])
  assert.equal(article.text.slice(out[thomas.head]!.start, out[thomas.head]!.end), 'found')
  assert.equal(out.filter((t) => t.head === -1).length, 2)
})
