import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Article, Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { analyze, loadModels } from '../index.js'
import { tokenize, type Token } from '../tokens/tokenize.js'
import type { GroupMention, MentionGroup } from './coreference.js'
import { retypeCuelessPeople } from './person-cues.js'

// The shipped models (tagger, given names, KB): these fixes read what the trained tagger gives.
const models = loadModels()

function run(text: string): Article {
  return analyze(newArticle({ input: 'test', text, url: 'https://example.com/a' }), { models })
}

function named(a: Article, name: string): Entity {
  const e = a.entities.find((x) => x.name === name || x.aliases.includes(name))
  assert.ok(e, `no entity named ${name}: ${a.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`)
  return e
}

describe('who and what a name is, with the shipped models', { skip: models.kb && models.ner ? false : 'models not built' }, () => {
  it('gives a name the tagger calls a person the KB type when no person cue stands near it', () => {
    const a = run('So AT&T and Verizon are now trying to be video companies. The card was used in Athens, Clanton, Falkville and Huntsville last week.')
    assert.equal(named(a, 'Verizon').type, 'ORG')
    assert.equal(named(a, 'Clanton').type, 'GPE')
    const b = run('The offer is available in Austin, Denver, Los Angeles and San Diego.')
    assert.equal(named(b, 'Denver').type, 'GPE')
    assert.equal(named(b, 'Denver').wikidata, 'Q16554')
  })

  it('keeps a person where a title, a given name or a known surname says so', () => {
    // "Obama" is also a town in Japan; the KB knows a person of that surname.
    assert.equal(named(run('Critics of President Obama met on Monday in a hall.'), 'Obama').type, 'PERSON')
    assert.equal(named(run('Volunteers included Paul Smith, Mark Harris and Anne Cole, the organizers said.'), 'Paul Smith').type, 'PERSON')
  })

  it('keeps a month that is a surname in the name, and a date out of it', () => {
    const a = run('Theresa May said the deal would pass. Guitarist Brian May played on. The vote was set for May 9, Smith said.')
    assert.equal(named(a, 'Theresa May').type, 'PERSON')
    assert.equal(named(a, 'Brian May').type, 'PERSON')
    assert.equal(a.quotes[0]?.speakerName, 'Theresa May')
    assert.ok(!a.entities.some((e) => /May/.test(e.name) && /Smith/.test(e.name)), a.entities.map((e) => e.name).join(', '))
  })

  it('cuts a count glued to the last word of a name', () => {
    const a = run('Cases by district: Porbandar3 Kheda3 Gir Somnath3 Dahod3 and Dakshin Kannada14 were reported on Monday.')
    assert.ok(
      a.entities.some((e) => e.name === 'Gir Somnath'),
      a.entities.map((e) => e.name).join(', '),
    )
    assert.ok(!a.entities.some((e) => /\d/.test(e.name)), a.entities.map((e) => e.name).join(', '))
  })

  it('takes the noun an organization name the tagger cut after an adjective', () => {
    const a = run('The Indian Council of Medical Research had recommended the drug, officials said.')
    assert.equal(named(a, 'Indian Council of Medical Research').type, 'ORG')
    assert.ok(!a.entities.some((e) => e.name === 'Indian Council of Medical'))
  })

  it('reads a job word opening a sentence before a known surname as no part of the name', () => {
    const a = run('In Brampton, realtor Shaun Ghulam said prices rose sharply. Realtor Ghulam said buyers waited for months.')
    const people = a.entities.filter((e) => e.type === 'PERSON')
    assert.deepEqual(
      people.map((e) => e.name),
      ['Shaun Ghulam'],
    )
    assert.ok(named(a, 'Shaun Ghulam').mentions.some((m) => m.text === 'Ghulam'))
  })

  it('keeps a sentence-initial given name whose lower-case form is a common word', () => {
    const a = run('Police said Will Smith arrived late and will speak. Will Smith left at noon.')
    assert.equal(named(a, 'Will Smith').type, 'PERSON')
  })

  it('reads AP state abbreviations after a town or a party initial as states', () => {
    const a = run('A man from Orlando, Fla., was held. Officers met in Portland, Ore., and South Orange, N.J., on Friday.')
    for (const name of ['Fla', 'Ore', 'N.J.']) assert.equal(named(a, name).type, 'GPE')
    const b = run('House Speaker Paul Ryan (R-Wis.) spoke to reporters on Tuesday.')
    assert.equal(named(b, 'Wis').type, 'GPE')
    assert.ok(!b.entities.some((e) => e.name.startsWith('R-')))
  })

  it('does not read a lone abbreviation-like word as a state', () => {
    const a = run('Miss Jones said the Pa of the family was away. Mass was held at noon.')
    assert.ok(!a.entities.some((e) => e.type === 'GPE' && (e.name === 'Mass' || e.name === 'Pa' || e.name === 'Miss')), a.entities.map((e) => `${e.name}/${e.type}`).join(', '))
  })
})

describe('person cues', () => {
  const tokens = (text: string): readonly Token[] => tokenize(text).tokens
  const group = (text: string, name: string, extra: Partial<GroupMention> = {}): MentionGroup => {
    const ts = tokens(text)
    const at = text.indexOf(name)
    const i = ts.findIndex((t) => t.start === at)
    const j = ts.findIndex((t) => t.end === at + name.length)
    return { type: 'PERSON', mentions: [{ start: at, end: at + name.length, tokenStart: i, tokenEnd: j + 1, text: name, kind: 'name', ...extra }] }
  }
  const retype = (text: string, name: string, extra: Partial<GroupMention> = {}): string =>
    retypeCuelessPeople([group(text, name, extra)], { tokens: tokens(text), givenName: (w) => w === 'Paul', otherThanPerson: () => 'ORG' })[0]!.type

  it('retypes a name with no cue, and keeps one with a title, a given name or a verb of saying', () => {
    assert.equal(retype('Shares of Acme rose on Monday.', 'Acme'), 'ORG')
    assert.equal(retype('Shares of Acme rose on Monday.', 'Acme', { titled: true }), 'PERSON')
    assert.equal(retype('Acme said on Monday it would sell.', 'Acme'), 'PERSON')
    assert.equal(retype('Shares of Paul Acme rose on Monday.', 'Paul Acme'), 'PERSON')
  })

  it('makes a place of a cueless name the KB knows as a town only in a list beside a place', () => {
    const asTown = (text: string, name: string): string =>
      retypeCuelessPeople(
        [group(text, name), group(text, 'Athens')].map((g) => (g.mentions[0]!.text === 'Athens' ? { ...g, type: 'GPE' as const } : g)),
        { tokens: tokens(text), otherThanPerson: () => 'GPE' },
      )[0]!.type
    assert.equal(asTown('It was used in Athens, Vassburg and Troy. Athens', 'Vassburg'), 'GPE')
    assert.equal(asTown('Vassburg won the vote easily in Athens.', 'Vassburg'), 'PERSON')
  })

  it('reads a noun of works or firms right before a cueless name as its kind, even unknown to the KB', () => {
    const unknown = (text: string, name: string): string => retypeCuelessPeople([group(text, name)], { tokens: tokens(text), otherThanPerson: () => undefined })[0]!.type
    assert.equal(unknown('She starred in the movie Dark Harbor last year.', 'Dark Harbor'), 'PRODUCT')
    assert.equal(unknown('Shares of the company Zentrix rose.', 'Zentrix'), 'ORG')
    assert.equal(unknown('Shares of Zentrix rose.', 'Zentrix'), 'PERSON')
  })

  it('reads a plural noun of works or firms before the list a cueless name stands in as its kind', () => {
    const unknown = (text: string, name: string): string => retypeCuelessPeople([group(text, name)], { tokens: tokens(text), otherThanPerson: () => undefined })[0]!.type
    assert.equal(unknown('Several companies including Belmar, Zentrix and Oakline sell them.', 'Zentrix'), 'ORG')
    assert.equal(unknown('Users can try apps such as Zentrix or Belmar for free.', 'Zentrix'), 'PRODUCT')
    // A list of people, or a noun the list does not follow, says nothing.
    assert.equal(unknown('Several players including Belmar, Zentrix and Oakline left.', 'Zentrix'), 'PERSON')
    assert.equal(unknown('The companies agreed, and Zentrix left.', 'Zentrix'), 'PERSON')
    assert.equal(unknown('Companies including those run by Zentrix agreed.', 'Zentrix'), 'PERSON')
  })

  it('knows the surnames of the KB people, not their first names', () => {
    assert.equal(models.kb?.personSurname?.('Obama'), true)
    assert.equal(models.kb?.personSurname?.('Barack'), false)
  })
})
