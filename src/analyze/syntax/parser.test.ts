import { test } from 'node:test'
import assert from 'node:assert/strict'
import { loadModels } from '../index.js'
import { TRANSITIONS } from './arc-eager.js'
import { classTagIds, loadParserInput, type SyntaxModel } from './model.js'
import { labelFor, parseLoaded, ParserWorkspace } from './parser.js'
import { parserFeatures } from './parser-features.js'
import { tagWords } from './tagger.js'
import type { WordIds } from './lexical.js'

const parser = loadModels().parser

const SENTENCES = [
  'Honeymooners from Argentina checked out around March 11 .',
  'Thomas was found fatally wounded in the street , police said on Tuesday .',
  'The minister , who had resigned in May , said the talks would resume next week .',
  '" I \'m super excited , " says Maura McLaughlin .',
  'Shares fell 3 % ; analysts expect more cuts .',
]

test('should parse exactly as when every state is scored, though states with one legal transition are not', () => {
  assert.ok(parser, 'the parser model (models/parser/syntax.bin.gz) must load')
  const model: SyntaxModel = parser.model
  const ids = classTagIds(model.tagger.classes)
  let forced = 0
  for (const sentence of SENTENCES) {
    const words: WordIds[] = parser.wordIds(sentence.split(' '))
    const classes = tagWords(model.tagger, words)
    const n: number = words.length
    const fast = new ParserWorkspace(n, model.parser.labelNames.length)
    loadParserInput(fast, words, (i) => ids.xpos[classes[i]!]!, (i) => ids.upos[classes[i]!]!)
    parseLoaded(model.parser, fast, new Int32Array(n), new Int32Array(n))
    // The reference: score every state, whatever is legal.
    const full = new ParserWorkspace(n, model.parser.labelNames.length)
    loadParserInput(full, words, (i) => ids.xpos[classes[i]!]!, (i) => ids.upos[classes[i]!]!)
    const st = full.state
    st.reset(n)
    while (!st.terminal()) {
      let legal = 0
      for (let t = 0; t < TRANSITIONS; t++) if (st.legal(t)) legal++
      if (legal === 1) forced++
      const k = parserFeatures(st, full.input, full.keys)
      model.parser.transitions.score(full.keys, k, full.scores)
      let best = -1
      for (let t = 0; t < TRANSITIONS; t++) if (st.legal(t) && (best < 0 || full.scores[t]! > full.scores[best]!)) best = t
      st.apply(best, labelFor(model.parser, full, best))
    }
    assert.deepEqual([...fast.state.head.subarray(0, n)], [...st.head.subarray(0, n)], sentence)
    assert.deepEqual([...fast.state.label.subarray(0, n)], [...st.label.subarray(0, n)], sentence)
  }
  assert.ok(forced > 0, 'some states have one legal transition')
})
