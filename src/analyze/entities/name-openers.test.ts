/**
 * Names whose first word is also a function word where a sentence opens with them: a modal that
 * is a given name ("Will", "Can", "Do") and a company name written with "&" ("AT&T").
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Article } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { analyze, loadModels } from '../index.js'

const models = loadModels()

function names(text: string): string[] {
  const a: Article = analyze(newArticle({ input: 'test', text, url: 'https://example.com/a' }), { models, steps: ['entities'] })
  return a.entities.map((e) => e.name)
}

describe('a name opening a sentence with a function word', { skip: models.ner ? false : 'tagger not built' }, () => {
  it('keeps a modal that is the given name of a person opening a statement', () => {
    assert.ok(names('Will Ferrell thanked the crew on Sunday. Ferrell then left the stage.').includes('Will Ferrell'))
    assert.ok(names('Can Dündar, a columnist for the paper, said the verdict was unjust.').includes('Can Dündar'))
    assert.ok(names('Do Kwon, the founder, said the coin was safe.').includes('Do Kwon'))
  })

  it('still reads the modal of a question as no part of the name', () => {
    const found = names('Will Macron survive the vote? Few expect it.')
    assert.ok(!found.some((n) => /^Will\b/.test(n)), found.join(', '))
  })

  it('keeps a company name written with "&" whole at a sentence start', () => {
    const found = names('AT&T raised its prices. Verizon did not.')
    assert.ok(found.includes('AT&T'), found.join(', '))
    assert.ok(!found.includes('T'), found.join(', '))
  })
})
