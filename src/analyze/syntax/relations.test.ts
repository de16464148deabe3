import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  agentOf,
  appositionsOf,
  argumentsOf,
  children,
  clausalComplementsOf,
  conjunctsOf,
  hasCase,
  headOfSpan,
  isPassive,
  markedDependents,
  negationOf,
  objectsOf,
  obliquesOf,
  predicateOf,
  reportedClauseOf,
  subjectsOf,
  subtreeSpan,
} from './relations.js'
import { readConllu } from './conllu.js'
import type { Syntax } from './types.js'

// The trees of relations.test.conllu by `sent_id`, as the UD reader reads them (heads 1-based, 0 for the root).
const TREES = (() => {
  const { sentences, problems } = readConllu(readFileSync(join(import.meta.dirname, 'relations.test.conllu'), 'utf8'))
  if (problems.length > 0) throw new Error(`relations.test.conllu: ${JSON.stringify(problems)}`)
  return new Map(sentences.map((s) => [s.comments.find((c) => c.startsWith('# sent_id = '))?.slice(12), s.words]))
})()

// A tree of the fixture as token syntax with 0-based heads (lemma: the lower-cased form). `offset`
// shifts it, as in a longer article.
function tree(id: string, offset = 0): { syntax: Syntax; at: (form: string, nth?: number) => number } {
  const words = TREES.get(id)
  if (!words) throw new Error(`no tree ${id} in relations.test.conllu`)
  const pad = Array.from({ length: offset }, () => ({ upos: 'X', xpos: 'X', lemma: 'x', head: -1, deprel: 'root' }))
  const syntax = [
    ...pad,
    ...words.map((w) => ({
      upos: w.upos,
      xpos: w.xpos,
      lemma: w.form.toLowerCase(),
      head: w.head === 0 ? -1 : w.head - 1 + offset,
      deprel: w.deprel,
    })),
  ]
  const forms = words.map((w) => w.form)
  const at = (form: string, nth = 0): number => {
    let seen = 0
    for (let i = 0; i < forms.length; i++) if (forms[i] === form && seen++ === nth) return i + offset
    throw new Error(`no ${form}`)
  }
  return { syntax, at }
}

test('should find the subject of a passive and read it as the patient', () => {
  const { syntax, at } = tree('passive-subject')
  const found = at('found')
  assert.deepEqual(subjectsOf(syntax, found), [{ token: at('Thomas'), link: 'direct', passive: true }])
  assert.equal(isPassive(syntax, found), true)
  const args = argumentsOf(syntax, found)
  assert.deepEqual(args.patients, [at('Thomas')])
  assert.deepEqual(args.agents, [])
  assert.deepEqual(clausalComplementsOf(syntax, found), [at('wounded')])
})

test('should take the by-phrase of a passive as its agent', () => {
  const { syntax, at } = tree('passive-agent', 3)
  const killed = at('killed')
  assert.equal(agentOf(syntax, killed), at('police'))
  assert.deepEqual(argumentsOf(syntax, killed).agents, [at('police')])
  assert.deepEqual(argumentsOf(syntax, killed).patients, [at('man')])
  assert.deepEqual(obliquesOf(syntax, killed), [{ token: at('police'), relation: 'obl:agent', preposition: 'by', caseTokens: [at('by')] }])
})

test('should resolve a relative pronoun to the noun it refers to', () => {
  const { syntax, at } = tree('relative-pronoun')
  assert.deepEqual(subjectsOf(syntax, at('left')), [{ token: at('man'), link: 'relative', passive: false }])
})

test('should take the subject of a participle modifying a noun from that noun, as a passive', () => {
  const { syntax, at } = tree('participle-modifier')
  const killed = at('killed')
  assert.deepEqual(subjectsOf(syntax, killed), [{ token: at('officers'), link: 'relative', passive: true }])
  assert.deepEqual(argumentsOf(syntax, killed).agents, [at('gunmen')])
  assert.deepEqual(argumentsOf(syntax, killed).patients, [at('officers')])
})

test('should share a subject across coordinated predicates, passive included', () => {
  const { syntax, at } = tree('coordinated-passive')
  assert.deepEqual(subjectsOf(syntax, at('charged')), [{ token: at('He'), link: 'coordination', passive: true }])
  assert.equal(isPassive(syntax, at('charged')), true)
})

test('should find the controller of an open complement (subject and object control)', () => {
  const a = tree('subject-control')
  assert.deepEqual(subjectsOf(a.syntax, a.at('leave')), [{ token: a.at('She'), link: 'control', passive: false }])
  const b = tree('object-control')
  assert.deepEqual(subjectsOf(b.syntax, b.at('leave')), [{ token: b.at('him'), link: 'control', passive: false }])
})

test('should give a participle clause the subject of the clause it adjoins', () => {
  const { syntax, at } = tree('participle-clause')
  assert.deepEqual(subjectsOf(syntax, at('saying')), [{ token: at('Kim'), link: 'participle', passive: false }])
  assert.deepEqual(subjectsOf(syntax, at('over')), [{ token: at('it'), link: 'direct', passive: false }])
  assert.equal(reportedClauseOf(syntax, at('saying')), at('over'))
})

test('should list coordinated subjects and objects', () => {
  const { syntax, at } = tree('coordinated-arguments')
  assert.deepEqual(
    subjectsOf(syntax, at('met')).map((s) => s.token),
    [at('Kim'), at('Lee')],
  )
  assert.deepEqual(objectsOf(syntax, at('met')), [at('Park'), at('Moon')])
  assert.deepEqual(conjunctsOf(syntax, at('Moon')), [at('Park'), at('Moon')])
})

test('should find a postposed subject and the quote a reporting verb is attached to', () => {
  // "'I'm super excited,' says Maura McLaughlin": the quote is the root, the reporting clause parataxis.
  const { syntax, at } = tree('postposed-subject')
  const says = at('says')
  assert.deepEqual(
    subjectsOf(syntax, says).map((s) => s.token),
    [at('Maura')],
  )
  assert.deepEqual(subtreeSpan(syntax, at('Maura')), { start: at('Maura'), end: at('McLaughlin') + 1 })
  assert.equal(reportedClauseOf(syntax, says), at('excited'))
  assert.equal(predicateOf(syntax, at('McLaughlin')), says)
  assert.equal(predicateOf(syntax, at('super')), at('excited'))
})

test('should scope negation to its clause', () => {
  const { syntax, at } = tree('negation-scope')
  assert.equal(negationOf(syntax, at('say')), at('not'))
  assert.equal(negationOf(syntax, at('left')), -1)
  assert.equal(argumentsOf(syntax, at('say')).negation, at('not'))
})

test('should find the head of a name span, its subtree and its appositions', () => {
  const { syntax, at } = tree('name-apposition')
  assert.equal(headOfSpan(syntax, at('Hazem'), at('el-Beblawi') + 1), at('Hazem'))
  assert.equal(headOfSpan(syntax, at('the'), at('minister') + 1), at('minister'))
  assert.equal(headOfSpan(syntax, 3, 3), -1)
  assert.deepEqual(appositionsOf(syntax, at('Hazem')), [at('minister')])
  assert.deepEqual(appositionsOf(syntax, at('minister')), [at('Hazem')])
  assert.deepEqual(subtreeSpan(syntax, at('minister')), { start: at(','), end: at('minister') + 1 })
  assert.deepEqual(children(syntax, at('Hazem')), [at('el-Beblawi'), at('minister')])
})

test('should pick the modifiers of a noun by their preposition', () => {
  const { syntax, at } = tree('marked-modifiers')
  const raid = at('raid')
  assert.deepEqual(markedDependents(syntax, raid, 'nmod', 'by'), [at('soldiers')])
  assert.deepEqual(markedDependents(syntax, raid, 'nmod', 'by', 'on'), [at('soldiers'), at('camp')])
  // Only the noun's own modifiers: "of the rebels" belongs to the camp.
  assert.deepEqual(markedDependents(syntax, raid, 'nmod', 'of'), [])
  assert.deepEqual(markedDependents(syntax, at('camp'), 'nmod', 'of'), [at('rebels')])
  assert.deepEqual(markedDependents(syntax, raid, 'obl', 'by'), [])
  assert.equal(hasCase(syntax, at('camp'), 'on', 'in'), true)
  assert.equal(hasCase(syntax, at('camp'), 'in'), false)
  assert.equal(hasCase(syntax, at('police'), 'by'), false)
})

test('should share one child list per token that no caller can change', () => {
  const { syntax, at } = tree('name-apposition')
  const kids = children(syntax, at('Hazem'))
  // Asked again (as every relation helper does), the same list, not a copy per call.
  assert.equal(children(syntax, at('Hazem')), kids)
  assert.throws(() => (kids as number[]).push(0), TypeError)
  assert.deepEqual(children(syntax, at('Hazem')), [at('el-Beblawi'), at('minister')])
  assert.deepEqual(children(syntax, -1), [])
  assert.deepEqual(children(syntax, syntax.length), [])
})

test('should answer nothing rather than loop on a malformed tree', () => {
  const syntax: Syntax = [
    { upos: 'VERB', xpos: 'VBN', lemma: 'a', head: 1, deprel: 'conj' },
    { upos: 'VERB', xpos: 'VBN', lemma: 'b', head: 0, deprel: 'conj' },
  ]
  assert.deepEqual(subjectsOf(syntax, 0), [])
  assert.equal(isPassive(syntax, 0), false)
  assert.equal(predicateOf(syntax, 0), -1)
  assert.deepEqual(subtreeSpan(syntax, 0), { start: 0, end: 2 })
  // Asked again (the span is then kept per token), and from the other token of the loop.
  assert.deepEqual(subtreeSpan(syntax, 0), { start: 0, end: 2 })
  assert.deepEqual(subtreeSpan(syntax, 1), { start: 0, end: 2 })
})
