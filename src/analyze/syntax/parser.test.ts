import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { loadModels } from '../index.js'
import { sharedPath } from '../../testing/shared-data.js'
import { LEFT, RIGHT, TRANSITIONS } from './arc-eager.js'
import { readConllu } from './conllu.js'
import { classTagIds, loadParserInput, SyntaxParser, type ParsedWord, type SyntaxModel } from './model.js'
import { ParserWorkspace } from './parser.js'
import { labelFeatures, parserFeatures } from './parser-features.js'
import { ambiguityClasses } from './tag-dictionary.js'
import { lookaheadFeatures, taggerFeatures } from './tagger-features.js'
import type { WordIds } from './lexical.js'

const loaded = loadModels().parser

/** Index of the best score among the classes `ok` lets through (the first on ties). */
function best(scores: Float64Array, ok: (c: number) => boolean): number {
  let top = -1
  for (let c = 0; c < scores.length; c++) if (ok(c) && (top < 0 || scores[c]! > scores[top]!)) top = c
  return top
}

/**
 * The reference: every feature of every word and state scored in floating point, each time, in
 * states with one legal transition too. The parser caches scores per word and skips forced
 * states; its parse must not differ by one tag, head or label.
 */
function referenceParse(model: SyntaxModel, words: readonly WordIds[]): { classes: Int32Array; heads: Int32Array; labels: Int32Array } {
  const n = words.length
  const tagScores = new Float64Array(model.tagger.classes.length)
  const keys = new Int32Array(256)
  const classes = new Int32Array(n)
  const amb = model.tagger.dictionary ? ambiguityClasses(model.tagger.dictionary, words) : null
  for (let i = 0; i < n; i++) {
    const k = taggerFeatures(words, i, i > 0 ? classes[i - 1]! : -1, i > 1 ? classes[i - 2]! : -1, keys, amb)
    model.tagger.weights.score(keys, k, tagScores)
    classes[i] = best(tagScores, () => true)
  }
  const second = model.tagger.second
  if (second) {
    const first = classes.slice()
    for (let i = 0; i < n; i++) {
      const prev1 = i > 0 ? classes[i - 1]! : -1
      const k = lookaheadFeatures(words, i, first, prev1, keys, taggerFeatures(words, i, prev1, i > 1 ? classes[i - 2]! : -1, keys, amb))
      second.score(keys, k, tagScores)
      classes[i] = best(tagScores, () => true)
    }
  }
  const ids = classTagIds(model.tagger.classes)
  const ws = new ParserWorkspace(n, model.parser.labelNames.length)
  loadParserInput(
    ws,
    words,
    (i) => ids.xpos[classes[i]!]!,
    (i) => ids.upos[classes[i]!]!,
  )
  const st = ws.state
  const scores = new Float64Array(TRANSITIONS)
  const labelScores = new Float64Array(model.parser.labelNames.length)
  const label = (h: number, d: number): number => {
    model.parser.labels.score(keys, labelFeatures(st, ws.input, h, d, keys), labelScores)
    return best(labelScores, (c) => c !== model.parser.rootLabel)
  }
  st.reset(n)
  while (!st.terminal()) {
    model.parser.transitions.score(keys, parserFeatures(st, ws.input, keys), scores)
    const t = best(scores, (c) => st.legal(c))
    st.apply(t, t === LEFT ? (st.b === n ? model.parser.rootLabel : label(st.b, st.s0())) : t === RIGHT ? label(st.s0(), st.b) : -1)
  }
  return { classes, heads: Int32Array.from(st.head.subarray(0, n), (h) => (h === n ? -1 : h)), labels: st.label.slice(0, n) }
}

test('should tag and parse all of EWT dev exactly as scoring every feature in every state does', () => {
  assert.ok(loaded, 'the parser model (models/parser/syntax.bin.gz) must load')
  // The shipped model without its shortcuts: every decision scored, through the kept scores.
  const model = { ...loaded.model, tagger: { ...loaded.model.tagger, fixed: undefined }, parser: { ...loaded.model.parser, fixedLabels: undefined, fixedTransitions: undefined } }
  const sentences = readConllu(readFileSync(sharedPath('data/nlp/ud-ewt/en_ewt-ud-dev.conllu'), 'utf8')).sentences.map((s) => s.words.map((w) => w.form))
  // A fresh parser (its caches empty) parsing the whole set at once, as parseTokens does.
  const parser = new SyntaxParser(model)
  const fast = parser.parseAll(sentences)
  let words = 0
  sentences.forEach((forms, s) => {
    const ref = referenceParse(model, parser.wordIds(forms))
    const got = fast[s]!
    // A sentence the parser leaves with several roots keeps one and attaches the others to it
    // afterwards: those words are compared by their tags only.
    const oneRoot = ref.heads.filter((h) => h === -1).length === 1
    for (let i = 0; i < forms.length; i++) {
      const where = `sentence ${s} word ${i} (${forms.join(' ')})`
      const tag = model.tagger.classes[ref.classes[i]!]!
      assert.equal(`${got[i]!.upos}/${got[i]!.xpos}`, `${tag.upos}/${tag.xpos}`, where)
      if (oneRoot || ref.heads[i] !== -1) {
        assert.equal(got[i]!.head, ref.heads[i], where)
        assert.equal(got[i]!.deprel, model.parser.labelNames[ref.labels[i]!], where)
      }
      words++
    }
  })
  assert.equal(words, 25147)
  // Parsed again one by one, with warm caches, nothing changes either.
  for (const s of [0, 1, 500, 2000]) assert.deepEqual(parser.parse(sentences[s]!), fast[s])
})

test('should take the shortcuts and leave almost every decision of EWT dev as scoring gives it', () => {
  assert.ok(loaded, 'the parser model (models/parser/syntax.bin.gz) must load')
  const shipped = loaded.model
  assert.ok(shipped.tagger.fixed && shipped.parser.fixedLabels && shipped.parser.fixedTransitions, 'the shipped model has shortcuts')
  const plain = { ...shipped, tagger: { ...shipped.tagger, fixed: undefined }, parser: { ...shipped.parser, fixedLabels: undefined, fixedTransitions: undefined } }
  const sentences = readConllu(readFileSync(sharedPath('data/nlp/ud-ewt/en_ewt-ud-dev.conllu'), 'utf8')).sentences.map((s) => s.words.map((w) => w.form))
  const fast = new SyntaxParser(shipped).parseAll(sentences).flat()
  const full = new SyntaxParser(plain).parseAll(sentences).flat()
  const same = (f: (w: ParsedWord) => string | number): number => fast.filter((w, i) => f(w) === f(full[i]!)).length / fast.length
  assert.ok(same((w) => w.xpos) > 0.999, 'tags')
  assert.ok(same((w) => w.head) > 0.995, 'heads')
  assert.ok(same((w) => `${w.head} ${w.deprel}`) > 0.995, 'heads and relations')
  // Every word with a tag shortcut (a fifth of dev and more) has its class.
  const parser = new SyntaxParser(shipped)
  const ids = sentences.flatMap((forms) => parser.wordIds(forms))
  let fixed = 0
  ids.forEach((w, i) => {
    const c = shipped.tagger.fixed!.get(w.form)
    if (c === undefined) return
    fixed++
    assert.equal(fast[i]!.xpos, shipped.tagger.classes[c]!.xpos, fast[i]!.form)
  })
  assert.ok(fixed > 0.2 * ids.length, `${fixed} of ${ids.length} words`)
})
