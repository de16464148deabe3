import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  agentOf,
  appositionsOf,
  argumentsOf,
  children,
  clausalComplementsOf,
  conjunctsOf,
  headOfSpan,
  isPassive,
  negationOf,
  objectsOf,
  obliquesOf,
  predicateOf,
  reportedClauseOf,
  subjectsOf,
  subtreeSpan,
} from './relations.js'
import type { Syntax } from './types.js'

// A tree written as CoNLL-U rows "form UPOS XPOS head deprel" (heads 1-based, 0 for the root),
// turned into token syntax with 0-based heads. `offset` shifts it, as in a longer article.
function tree(rows: string, offset = 0): { syntax: Syntax; at: (form: string, nth?: number) => number } {
  const lines = rows
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
  const pad = Array.from({ length: offset }, () => ({ upos: 'X', xpos: 'X', lemma: 'x', head: -1, deprel: 'root' }))
  const syntax = [
    ...pad,
    ...lines.map(([form, upos, xpos, head, deprel]) => ({
      upos: upos!,
      xpos: xpos!,
      lemma: form!.toLowerCase(),
      head: Number(head) === 0 ? -1 : Number(head) - 1 + offset,
      deprel: deprel!,
    })),
  ]
  const forms = lines.map((l) => l[0]!)
  const at = (form: string, nth = 0): number => {
    let seen = 0
    for (let i = 0; i < forms.length; i++) if (forms[i] === form && seen++ === nth) return i + offset
    throw new Error(`no ${form}`)
  }
  return { syntax, at }
}

test('should find the subject of a passive and read it as the patient', () => {
  const { syntax, at } = tree(`
    Thomas PROPN NNP 3 nsubj:pass
    was AUX VBD 3 aux:pass
    found VERB VBN 0 root
    fatally ADV RB 5 advmod
    wounded ADJ JJ 3 xcomp`)
  const found = at('found')
  assert.deepEqual(subjectsOf(syntax, found), [{ token: at('Thomas'), link: 'direct', passive: true }])
  assert.equal(isPassive(syntax, found), true)
  const args = argumentsOf(syntax, found)
  assert.deepEqual(args.patients, [at('Thomas')])
  assert.deepEqual(args.agents, [])
  assert.deepEqual(clausalComplementsOf(syntax, found), [at('wounded')])
})

test('should take the by-phrase of a passive as its agent', () => {
  const { syntax, at } = tree(
    `
    The DET DT 2 det
    man NOUN NN 4 nsubj:pass
    was AUX VBD 4 aux:pass
    killed VERB VBN 0 root
    by ADP IN 6 case
    police NOUN NNS 4 obl:agent`,
    3,
  )
  const killed = at('killed')
  assert.equal(agentOf(syntax, killed), at('police'))
  assert.deepEqual(argumentsOf(syntax, killed).agents, [at('police')])
  assert.deepEqual(argumentsOf(syntax, killed).patients, [at('man')])
  assert.deepEqual(obliquesOf(syntax, killed), [{ token: at('police'), relation: 'obl:agent', preposition: 'by', caseTokens: [at('by')] }])
})

test('should resolve a relative pronoun to the noun it refers to', () => {
  const { syntax, at } = tree(`
    the DET DT 2 det
    man NOUN NN 0 root
    who PRON WP 4 nsubj
    left VERB VBD 2 acl:relcl`)
  assert.deepEqual(subjectsOf(syntax, at('left')), [{ token: at('man'), link: 'relative', passive: false }])
})

test('should take the subject of a participle modifying a noun from that noun, as a passive', () => {
  const { syntax, at } = tree(`
    officers NOUN NNS 0 root
    killed VERB VBN 1 acl
    by ADP IN 4 case
    gunmen NOUN NNS 2 obl:agent`)
  const killed = at('killed')
  assert.deepEqual(subjectsOf(syntax, killed), [{ token: at('officers'), link: 'relative', passive: true }])
  assert.deepEqual(argumentsOf(syntax, killed).agents, [at('gunmen')])
  assert.deepEqual(argumentsOf(syntax, killed).patients, [at('officers')])
})

test('should share a subject across coordinated predicates, passive included', () => {
  const { syntax, at } = tree(`
    He PRON PRP 3 nsubj:pass
    was AUX VBD 3 aux:pass
    arrested VERB VBN 0 root
    and CCONJ CC 5 cc
    charged VERB VBN 3 conj`)
  assert.deepEqual(subjectsOf(syntax, at('charged')), [{ token: at('He'), link: 'coordination', passive: true }])
  assert.equal(isPassive(syntax, at('charged')), true)
})

test('should find the controller of an open complement (subject and object control)', () => {
  const a = tree(`
    She PRON PRP 2 nsubj
    wants VERB VBZ 0 root
    to PART TO 4 mark
    leave VERB VB 2 xcomp`)
  assert.deepEqual(subjectsOf(a.syntax, a.at('leave')), [{ token: a.at('She'), link: 'control', passive: false }])
  const b = tree(`
    They PRON PRP 2 nsubj
    urged VERB VBD 0 root
    him PRON PRP 2 obj
    to PART TO 5 mark
    leave VERB VB 2 xcomp`)
  assert.deepEqual(subjectsOf(b.syntax, b.at('leave')), [{ token: b.at('him'), link: 'control', passive: false }])
})

test('should give a participle clause the subject of the clause it adjoins', () => {
  const { syntax, at } = tree(`
    Kim PROPN NNP 2 nsubj
    left VERB VBD 0 root
    , PUNCT , 4 punct
    saying VERB VBG 2 advcl
    it PRON PRP 7 nsubj
    was AUX VBD 7 cop
    over ADJ JJ 4 ccomp`)
  assert.deepEqual(subjectsOf(syntax, at('saying')), [{ token: at('Kim'), link: 'participle', passive: false }])
  assert.deepEqual(subjectsOf(syntax, at('over')), [{ token: at('it'), link: 'direct', passive: false }])
  assert.equal(reportedClauseOf(syntax, at('saying')), at('over'))
})

test('should list coordinated subjects and objects', () => {
  const { syntax, at } = tree(`
    Kim PROPN NNP 4 nsubj
    and CCONJ CC 3 cc
    Lee PROPN NNP 1 conj
    met VERB VBD 0 root
    Park PROPN NNP 4 obj
    and CCONJ CC 7 cc
    Moon PROPN NNP 5 conj`)
  assert.deepEqual(
    subjectsOf(syntax, at('met')).map((s) => s.token),
    [at('Kim'), at('Lee')],
  )
  assert.deepEqual(objectsOf(syntax, at('met')), [at('Park'), at('Moon')])
  assert.deepEqual(conjunctsOf(syntax, at('Moon')), [at('Park'), at('Moon')])
})

test('should find a postposed subject and the quote a reporting verb is attached to', () => {
  // "'I'm super excited,' says Maura McLaughlin": the quote is the root, the reporting clause parataxis.
  const { syntax, at } = tree(`
    ' PUNCT \`\` 5 punct
    I PRON PRP 5 nsubj
    'm AUX VBP 5 cop
    super ADV RB 5 advmod
    excited ADJ JJ 0 root
    , PUNCT , 5 punct
    ' PUNCT '' 5 punct
    says VERB VBZ 5 parataxis
    Maura PROPN NNP 8 nsubj
    McLaughlin PROPN NNP 9 flat`)
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
  const { syntax, at } = tree(`
    He PRON PRP 4 nsubj
    did AUX VBD 4 aux
    not PART RB 4 advmod
    say VERB VB 0 root
    they PRON PRP 7 nsubj
    had AUX VBD 7 aux
    left VERB VBN 4 ccomp`)
  assert.equal(negationOf(syntax, at('say')), at('not'))
  assert.equal(negationOf(syntax, at('left')), -1)
  assert.equal(argumentsOf(syntax, at('say')).negation, at('not'))
})

test('should find the head of a name span, its subtree and its appositions', () => {
  const { syntax, at } = tree(`
    Hazem PROPN NNP 8 nsubj
    el-Beblawi PROPN NNP 1 flat
    , PUNCT , 7 punct
    the DET DT 7 det
    former ADJ JJ 7 amod
    prime ADJ JJ 7 amod
    minister NOUN NN 1 appos
    said VERB VBD 0 root`)
  assert.equal(headOfSpan(syntax, at('Hazem'), at('el-Beblawi') + 1), at('Hazem'))
  assert.equal(headOfSpan(syntax, at('the'), at('minister') + 1), at('minister'))
  assert.equal(headOfSpan(syntax, 3, 3), -1)
  assert.deepEqual(appositionsOf(syntax, at('Hazem')), [at('minister')])
  assert.deepEqual(appositionsOf(syntax, at('minister')), [at('Hazem')])
  assert.deepEqual(subtreeSpan(syntax, at('minister')), { start: at(','), end: at('minister') + 1 })
  assert.deepEqual(children(syntax, at('Hazem')), [at('el-Beblawi'), at('minister')])
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
})
