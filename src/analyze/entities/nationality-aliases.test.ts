import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { analyze, loadModels } from '../index.js'
import { withNationalityAliases } from './nationality-aliases.js'

const models = loadModels()

function entity(id: string, name: string, type: Entity['type'], country?: string, aliases: string[] = []): Entity {
  return { id, name, type, aliases, mentions: [], ...(country ? { country } : {}) }
}

test('a country answers to the nationality word the article uses for it', () => {
  const out = withNationalityAliases([entity('e1', 'Turkish', 'NORP', 'TUR'), entity('e2', 'Cizre', 'GPE', 'TUR'), entity('e3', 'Turkey', 'GPE', 'TUR')], models.gazetteer)
  assert.deepEqual(out[2]!.aliases, ['Turkish'])
  // A town of that country is not called "Turkish", and the nationality keeps its own name.
  assert.deepEqual(out[1]!.aliases, [])
  assert.deepEqual(out[0], entity('e1', 'Turkish', 'NORP', 'TUR'))
})

test('only a demonym of that very country becomes an alias', () => {
  const entities = [entity('e1', 'Kurds', 'NORP', 'IRQ'), entity('e2', 'Iraq', 'GPE', 'IRQ'), entity('e3', 'Hungarian', 'NORP', 'HUN'), entity('e4', 'Austria', 'GPE', 'AUT')]
  const out = withNationalityAliases(entities, models.gazetteer)
  assert.deepEqual(
    out.map((e) => e.aliases),
    [[], [], [], []],
  )
})

test('the state an office is coded to answers to the word the sentence used ("Hungarian officials")', () => {
  const text = 'Senior Hungarian officials agreed on Wednesday to reopen two border crossings with Austria. ' + 'Trucks have waited for days on the road into Hungary, drivers said.'
  const article = analyze(newArticle({ input: 'hu.txt', text, referenceDate: '2025-05-08' }), { models })
  const byId = new Map(article.entities.map((e) => [e.id, e]))
  const hungary = article.entities.find((e) => e.name === 'Hungary')
  assert.ok(hungary, 'Hungary is an entity')
  assert.ok(hungary.aliases.includes('Hungarian'), `aliases ${JSON.stringify(hungary.aliases)}`)
  const agreed = article.events.find((e) => e.type === 'AGREE')
  assert.ok(agreed, `events ${JSON.stringify(article.events.map((e) => e.type))}`)
  const actor = byId.get(agreed.actor ?? '')
  assert.ok(actor && [actor.name, ...actor.aliases].includes('Hungarian'), `actor ${actor?.name}`)
  // The word stays the nationality's mention: no span belongs to two entities.
  const at = text.indexOf('Hungarian')
  const owners = article.entities.filter((e) => e.mentions.some((m) => m.start <= at && m.end > at))
  assert.deepEqual(
    owners.map((e) => e.type),
    ['NORP'],
  )
})
