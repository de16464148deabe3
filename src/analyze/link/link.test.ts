import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Article, Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import { analyze, loadModels } from '../index.js'

// The shipped models, KB included: these examples are the ones quoted in issue 16.
const models = loadModels()

function run(text: string, extra: { referenceDate?: string; domain?: string } = {}): Article {
  const article = newArticle({ input: 'test', text, ...(extra.domain ? { url: `https://${extra.domain}/a` } : {}) })
  return analyze(article, { models, ...(extra.referenceDate ? { referenceDate: extra.referenceDate } : {}) })
}

function named(a: Article, name: string): Entity {
  const e = a.entities.find((x) => x.name === name || x.aliases.includes(name))
  assert.ok(e, `no entity named ${name}: ${a.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`)
  return e
}

describe('entity linking and places', { skip: models.kb ? false : 'models/kb not built' }, () => {
  it('reads "Georgia" next to "Atlanta" as the US state, with coordinates', () => {
    const a = run('Police in Atlanta said a man was shot on Tuesday. Georgia officials said the state would help.')
    const georgia = named(a, 'Georgia')
    assert.equal(georgia.wikidata, 'Q1428')
    assert.equal(georgia.wikipedia, 'Georgia (U.S. state)')
    assert.equal(georgia.key, 'Q1428')
    const atlanta = named(a, 'Atlanta')
    assert.equal(atlanta.wikidata, 'Q23556')
    assert.ok(atlanta.geo && Math.abs(atlanta.geo.lat - 33.8) < 0.5 && Math.abs(atlanta.geo.lon + 84.4) < 0.5)
    assert.equal(atlanta.geo?.country, 'USA')
    assert.deepEqual(
      a.focus?.countries.map((c) => c.country),
      ['USA'],
    )
  })

  it('reads "Georgia" next to "Tbilisi" as the country', () => {
    const a = run('Protesters gathered in Tbilisi on Sunday. Georgia has applied to join the European Union.')
    assert.equal(named(a, 'Georgia').wikidata, 'Q230')
  })

  it('reads a country name in a New York story as the country, and the town only with its state', () => {
    const story =
      'New York City has no working fallout shelters, officials in New York said. Some Democrats are intent on saber-rattling with Russia, and the mayor said the city would not build new ones.'
    assert.equal(named(run(story, { domain: 'example.com' }), 'Russia').wikidata, 'Q159')
    const town = run('A barn burned in Russia, N.Y., on Tuesday, and firefighters from Herkimer County came to help.', { domain: 'example.com' })
    assert.equal(named(town, 'Russia').wikidata, 'Q3708651')
    // A place written with its state is that state's, wherever the rest of the story is.
    const portland = run('Officials in New York and Albany said the drill, like a 1957 film about an attack on Portland, Oregon, was meant to calm people.', { domain: 'example.com' })
    assert.equal(named(portland, 'Portland').wikidata, 'Q6106')
  })

  it('places a town written with its state in that state, spelled out or abbreviated', () => {
    const full = run('Police in Birmingham, Alabama, arrested two men, and a storm hit Cambridge, Massachusetts, and Paris, Texas.', { domain: 'example.com' })
    assert.equal(named(full, 'Birmingham').wikidata, 'Q79867')
    assert.equal(named(full, 'Cambridge').country, 'USA')
    // GeoNames gives Paris, Texas its point and Wikidata its identity: both stay on the entity.
    const paris = named(full, 'Paris')
    assert.equal(paris.wikidata, 'Q830149')
    assert.equal(paris.geo?.country, 'USA')
    const short = run('A fire in Athens, Tenn., spread to a farm; officers from Birmingham, Ala., and Paris, Tex., helped.', { domain: 'example.com' })
    assert.equal(named(short, 'Athens').wikipedia, 'Athens, Tennessee')
    assert.equal(named(short, 'Birmingham').wikidata, 'Q79867')
    assert.equal(named(short, 'Paris').wikipedia, 'Paris, Texas')
    assert.equal(named(short, 'Athens').wikidata, 'Q3292481')
    // The Wikidata id of a namesake in another state never goes to the town meant.
    const fairfax = named(run('Officers in Fairfax, Virginia, arrested a man.', { domain: 'example.com' }), 'Fairfax')
    assert.equal(fairfax.wikipedia, 'Fairfax, Virginia')
    assert.notEqual(fairfax.wikidata, 'Q2108879')
  })

  it('keeps a bare "Birmingham" English in a story about England, American beside Alabama', () => {
    const uk = run('Police in Birmingham said two men were arrested after the match. Officers from Coventry helped, a spokesman in London said.', { domain: 'example.com' })
    assert.equal(named(uk, 'Birmingham').country, 'GBR')
    const us = run('Police in Birmingham arrested two men on Friday, the Alabama governor said.', { domain: 'example.com' })
    assert.equal(named(us, 'Birmingham').wikidata, 'Q79867')
  })

  it('never takes "Georgetown" in a US story for the capital of Guyana', () => {
    const a = run('Students at a Washington university marched through Georgetown on Friday, police in Virginia and Maryland said.', { domain: 'example.com' })
    const g = named(a, 'Georgetown')
    assert.notEqual(g.wikidata, 'Q10717')
    assert.notEqual(g.geo?.country, 'GUY')
  })

  it('keeps a California utilities official apart from the Attorney General of the same name', () => {
    const official = run('Loretta Lynch, president of the California Public Utilities Commission, said rates would rise. Lynch spoke in San Francisco.', { referenceDate: '2001-01-16' })
    const lynch = named(official, 'Loretta Lynch')
    assert.equal(lynch.wikidata, undefined)
    assert.equal(lynch.wikipedia, undefined)
    assert.equal(lynch.key, 'person:loretta-lynch')
    const ag = run('Attorney General Loretta Lynch said the Justice Department would investigate.', { referenceDate: '2016-03-02' })
    assert.equal(named(ag, 'Loretta Lynch').wikipedia, 'Loretta Lynch')
    assert.notEqual(named(ag, 'Loretta Lynch').key, lynch.key)
  })

  it('makes "California ISO" one organization, not a state and a product', () => {
    const a = run('The California ISO said the grid was under strain. The California ISO asked users to save power.')
    const iso = named(a, 'California ISO')
    assert.equal(iso.type, 'ORG')
    assert.ok(!a.entities.some((e) => e.type === 'PRODUCT'))
  })

  it('relates "Israeli" to Israel so its events count for the country', () => {
    const a = run('Israeli troops entered the town on Monday. Israel said the operation would last days.')
    const israel = named(a, 'Israel')
    assert.equal(israel.key, 'Q801')
    const israeli = named(a, 'Israeli')
    assert.equal(israeli.type, 'NORP')
    assert.deepEqual(israeli.related, [{ key: 'Q801', relation: 'nationality-of' }])
  })

  it('makes names that link to one identity one entity, with all its mentions', () => {
    const a = run(
      'The U.S. Federal Reserve raised interest rates on Wednesday. The Fed said it expected three more increases next year, and traders in Los Angeles and New York sold bonds. "We are watching prices," the Fed said. Brokers in L.A. were calm.',
    )
    const fed = a.entities.filter((e) => e.wikidata === 'Q53536')
    assert.equal(fed.length, 1, a.entities.map((e) => `${e.name}/${e.wikidata}`).join(', '))
    assert.equal(fed[0]!.name, 'U.S. Federal Reserve')
    assert.ok(fed[0]!.aliases.includes('Fed'))
    assert.ok(fed[0]!.mentions.length >= 3)
    assert.equal(a.entities.filter((e) => e.wikidata === 'Q65').length, 1)
    // The speaker of the quote is the one merged entity.
    assert.ok(a.quotes.some((q) => q.speaker === fed[0]!.id))
  })

  it('links by context and leaves unknown people unlinked', () => {
    const a = run('President Donald Trump met Chinese officials in Beijing. Trump said talks went well. Jane Qwertyuiop, a local teacher, disagreed.', { referenceDate: '2019-11-20' })
    const trump = named(a, 'Donald Trump')
    assert.equal(trump.wikidata, 'Q22686')
    assert.ok((trump.linkConfidence ?? 0) >= 0.5)
    assert.equal(trump.slug, 'person:donald-trump')
    const jane = named(a, 'Jane Qwertyuiop')
    assert.equal(jane.wikidata, undefined)
    assert.equal(jane.key, 'person:jane-qwertyuiop')
    assert.equal(named(a, 'Beijing').wikipedia, 'Beijing')
  })
})

describe('names that merge in a document', { skip: models.ner ? false : 'no NER model' }, () => {
  it('merges "Hazem el-Beblawi", "Beblawi" and "El Beblawi" into one person', () => {
    const a = run('Hazem el-Beblawi, the former prime minister, resigned on Monday. Beblawi said Egypt needed a new government. El Beblawi later left Cairo.')
    const people = a.entities.filter((e) => /beblawi/i.test(e.name) || e.aliases.some((x) => /beblawi/i.test(x)))
    assert.equal(people.length, 1)
    assert.equal(people[0]!.type, 'PERSON')
    assert.equal(people[0]!.name, 'Hazem el-Beblawi')
    assert.equal(people[0]!.mentions.filter((m) => m.kind !== 'pronoun').length, 3)
  })

  it('joins a name the tagger split before a particle surname, and types the short form a person', () => {
    const a = run('Egyptian President Abdel Fattah el-Sissi met Donald Trump on Monday. Sissi said Trump was a friend.')
    const sissi = named(a, 'Sissi')
    assert.equal(sissi.name, 'Abdel Fattah el-Sissi')
    assert.equal(sissi.type, 'PERSON')
    assert.equal(named(a, 'Trump').type, 'PERSON')
    assert.ok(!a.entities.some((e) => e.type === 'PRODUCT'))
  })

  it('takes an acronym defined in the text as a name of the long form', () => {
    const a = run('Astronomers using the Five-hundred-meter Aperture Spherical Radio Telescope (FAST) found a pulsar. FAST is in Guizhou province.')
    const fast = named(a, 'FAST')
    assert.equal(fast.name, 'Five-hundred-meter Aperture Spherical Radio Telescope')
    assert.ok(fast.mentions.length >= 3)
  })

  it('merges a name given with initials into the full name', () => {
    const a = run('John Whitaker, the mayor, opened the bridge. Residents cheered as J. Whitaker cut the ribbon.')
    const w = named(a, 'John Whitaker')
    assert.ok(w.aliases.includes('J. Whitaker'))
  })

  it('does not take a people or a science for a place', () => {
    const a = run('Neanderthal remains were found in a cave in Spain, scientists said.')
    assert.ok(!a.entities.some((e) => e.name === 'Neanderthal' && (e.type === 'GPE' || e.type === 'LOC')))
  })
  it('links a head of state no legislator list has, from the actor dictionary', () => {
    const a = run('Chinese President Xi Jinping will visit New Delhi next week. Pakistani opposition leader Imran Khan said he would travel to Beijing.')
    assert.equal(named(a, 'Xi Jinping').wikipedia, 'Xi Jinping')
    assert.equal(named(a, 'Xi Jinping').country, 'CHN')
    assert.equal(named(a, 'Imran Khan').wikipedia, 'Imran Khan')
  })

  it('links a common short form of a name the dictionary spells in full', () => {
    const a = run('Hillary Clinton spoke in Ohio on Tuesday, and voters there cheered her plan.')
    assert.equal(named(a, 'Hillary Clinton').wikipedia, 'Hillary Rodham Clinton')
  })
  it('reads a town of a state named paragraphs away as the big city of its name, and a town named near its state as the town', () => {
    const filler = 'The committee heard from farmers, teachers and nurses about rents, and members said they would return to the question after the recess. '.repeat(4)
    const far = run(`Lawmakers in Texas voted on the budget on Monday. ${filler}In a speech in Paris, the president urged leaders to end the war.`)
    assert.equal(named(far, 'Paris').wikipedia, 'Paris')
    const near = run('Lawmakers in Texas voted on the budget on Monday, and the mayor of Paris said the town would repave its main street.')
    assert.equal(near.entities.find((e) => e.name === 'Paris')?.wikipedia, 'Paris, Texas')
  })

  it('does not move a capital to a small US namesake because the story is American', () => {
    const a = run('The White House said on Tuesday that the president would meet governors from Ohio and Iowa. A delegation will also travel to Moscow next month.')
    assert.equal(named(a, 'Moscow').country, 'RUS')
  })

  it('leaves unlinked a small town whose region is never named in a story about several countries', () => {
    const a = run('The historian wrote that Gladstone and Salisbury both opposed the plan, which writers in Canada, Australia and the United States still debate.')
    for (const name of ['Gladstone', 'Salisbury']) assert.equal(a.entities.find((e) => e.name === name)?.wikipedia, undefined, name)
  })
})
