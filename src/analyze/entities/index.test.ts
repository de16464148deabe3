import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity } from '../../model/article.js'
import { newArticle } from '../../model/new-article.js'
import type { AnalysisContext } from '../context.js'
import type { NerLabel, NerSpan, NerTagger } from '../ner/types.js'
import { tokenize, type Sentence, type Token } from '../tokens/tokenize.js'
import { findEntities } from './index.js'
import { assertEach } from '../../testing/assert-each.js'
import { join } from 'node:path'
import { DEFAULT_MODELS_DIR } from '../models.js'
import { loadNameGenders } from '../kb/name-gender.js'
import { loadGazetteer } from '../kb/gazetteer.js'

// The shipped given-name list, as `loadModels` reads it.
const nameGenders = loadNameGenders(join(DEFAULT_MODELS_DIR, 'entities/first-name-gender.json'))!
const gazetteer = loadGazetteer(join(DEFAULT_MODELS_DIR, 'entities/gazetteer.json'))!

/** A tagger that labels every occurrence of the given phrases, as a trained model would. */
function phraseTagger(phrases: Record<string, NerLabel>): NerTagger {
  return {
    tag(tokens: readonly Token[], sentences: readonly Sentence[]): NerSpan[] {
      const spans: NerSpan[] = []
      for (const s of sentences) {
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          for (const [phrase, label] of Object.entries(phrases)) {
            const words = tokenize(phrase).tokens.map((t) => t.text)
            if (i + words.length > s.tokenEnd || words.some((w, k) => tokens[i + k]!.text !== w)) continue
            const last = tokens[i + words.length - 1]!
            spans.push({ start: tokens[i]!.start, end: last.end, tokenStart: i, tokenEnd: i + words.length, label, score: 1 })
          }
        }
      }
      return spans.sort((x, y) => x.start - y.start)
    },
  }
}

function run(text: string, tagger?: NerTagger, title: string | null = null, names = true): Entity[] {
  const { tokens, sentences } = tokenize(text)
  const ctx: AnalysisContext = {
    article: newArticle({ input: 'test', text, title }),
    text,
    tokens,
    sentences,
    referenceDate: null,
    models: { loaded: tagger ? ['ner'] : [], gazetteer, ...(tagger ? { ner: tagger } : {}), ...(names ? { nameGenders } : {}) },
    entities: [],
    dates: [],
    quantities: [],
    quotes: [],
  }
  return findEntities(ctx)
}

function named(entities: readonly Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name)
  assert.ok(e, `no entity named ${name}: ${entities.map((x) => x.name).join(', ')}`)
  return e
}

function texts(text: string, e: Entity): string[] {
  return e.mentions.map((m) => text.slice(m.start, m.end))
}

test('should join a hyphenated surname written alone to the full name', () => {
  const text = 'Naomi Lark-Whitby listed the house in March. Buyers waited, Lark-Whitby said, as prices fell.'
  const entities = run(text, phraseTagger({ 'Naomi Lark-Whitby': 'PER', 'Lark-Whitby': 'PER' }))
  assert.deepEqual(texts(text, named(entities, 'Naomi Lark-Whitby')), ['Naomi Lark-Whitby', 'Lark-Whitby'])
  assert.equal(entities.filter((x) => x.type === 'PERSON').length, 1)
})

test('should join a bare surname to the full name it abbreviates', () => {
  const text = 'Yury Ushakov, a presidential aide, spoke on Monday. Later Ushakov declined to comment.'
  const entities = run(text, phraseTagger({ 'Yury Ushakov': 'PER', Ushakov: 'PER' }))
  const e = named(entities, 'Yury Ushakov')
  assert.equal(e.type, 'PERSON')
  assert.deepEqual(texts(text, e), ['Yury Ushakov', 'Ushakov'])
  assert.deepEqual(
    e.mentions.map((m) => m.kind),
    ['name', 'short'],
  )
  assert.deepEqual(e.aliases, ['Ushakov'])
  assert.equal(entities.filter((x) => x.type === 'PERSON').length, 1)
})

test('should keep Kim Il-sung apart and give a later bare Kim to the more often named Kim Jong-un', () => {
  const text =
    'Kim Jong-un visited a factory. Kim Jong-Un praised workers. ' + 'Kim Jong-un avoids summits, unlike his grandfather, Kim Il-sung, who attended them. ' + 'Observers expected Kim’s attendance.'
  const entities = run(text, phraseTagger({ 'Kim Jong-un': 'PER', 'Kim Jong-Un': 'PER', 'Kim Il-sung': 'PER', Kim: 'PER' }))
  const jong = named(entities, 'Kim Jong-un')
  const il = named(entities, 'Kim Il-sung')
  assert.deepEqual(texts(text, il), ['Kim Il-sung'])
  assert.ok(jong.aliases.includes('Kim Jong-Un'), 'case variant is the same person')
  const kim = text.indexOf('Kim’s')
  assert.ok(
    jong.mentions.some((m) => m.start === kim && m.end === kim + 3),
    'possessive Kim goes to Kim Jong-un',
  )
  assert.ok(jong.mentions.some((m) => m.kind === 'pronoun' && text.slice(m.start, m.end) === 'his'))
})

test('should link a nationality to its country and countries to ISO codes', () => {
  const text = 'North Korean leader Kim Jong-un will skip the parade in Moscow. North Korea and Russia are allies. The DPRK said so.'
  const entities = run(text, phraseTagger({ 'North Korean': 'MISC', 'Kim Jong-un': 'PER', Moscow: 'LOC', 'North Korea': 'LOC', Russia: 'ORG' }))
  const norp = named(entities, 'North Korean')
  assert.equal(norp.type, 'NORP')
  assert.equal(norp.country, 'PRK')
  const nk = named(entities, 'North Korea')
  assert.equal(nk.type, 'GPE')
  assert.equal(nk.key, 'country:PRK')
  assert.deepEqual(texts(text, nk), ['North Korea', 'DPRK'], 'DPRK is found without the tagger and merged')
  assert.equal(named(entities, 'Russia').type, 'GPE', 'a country the tagger calls ORG is a GPE')
  assert.equal(named(entities, 'Moscow').country, 'RUS')
  assert.equal(named(entities, 'Kim Jong-un').country, 'PRK', 'the nationality before the title places the person')
})

test('should never make entities of discourse words, titles or dates', () => {
  const text = 'Despite the rain, Professor Lim Eul-chul spoke. Nevertheless, nobody came. In conclusion, it rained on May 9. ' + 'Senior research fellow Hong Min agreed.'
  const entities = run(text, phraseTagger({ Despite: 'MISC', 'Professor Lim Eul-chul': 'PER', Nevertheless: 'PER', In: 'MISC', May: 'PER', 'Hong Min': 'MISC' }))
  const names = entities.flatMap((e) => [e.name, ...e.aliases])
  for (const bad of ['Despite', 'Nevertheless', 'In', 'In conclusion', 'Professor', 'May', 'Senior']) assert.ok(!names.includes(bad), bad)
  assert.equal(named(entities, 'Lim Eul-chul').type, 'PERSON')
  assert.equal(named(entities, 'Hong Min').type, 'PERSON', 'a titled name the tagger calls MISC is still a person')
})

test('should resolve "He" to the subject of the previous sentence, not the last name in it', () => {
  const text = 'Professor Lim Eul-chul interprets Kim’s visits as preparations. He pointed to state media.'
  const entities = run(text, phraseTagger({ 'Lim Eul-chul': 'PER', Kim: 'PER' }))
  const lim = named(entities, 'Lim Eul-chul')
  assert.deepEqual(texts(text, lim), ['Lim Eul-chul', 'He'])
  assert.equal(lim.mentions[1]?.kind, 'pronoun')
})

test('should find events, landmarks and product codes from the lexicon and patterns', () => {
  const text = 'Troops did not march on Red Square for Victory Day, according to the Kremlin. The M2024 tank may replace the M2020 model. ' + 'Envoys attended the 60th Victory Day.'
  const entities = run(text, phraseTagger({ '60th Victory Day': 'MISC' }))
  assert.equal(named(entities, 'Victory Day').type, 'EVENT')
  assert.equal(named(entities, 'Victory Day').mentions.length, 2, 'an anniversary is the same holiday')
  assert.ok(['LOC', 'FAC'].includes(named(entities, 'Red Square').type))
  assert.equal(named(entities, 'Kremlin').country, 'RUS')
  const kinu = run(
    'Hong Min works at the Korea Institute for National Unification in Seoul, not the Second Economy Commission.',
    phraseTagger({
      'Hong Min': 'PER',
      'Institute for National Unification': 'ORG',
      'Economy Commission': 'ORG',
    }),
  )
  assert.equal(named(kinu, 'Second Economy Commission').type, 'ORG', 'a tagger span missing the first words of a name is extended')
  assert.equal(named(kinu, 'Korea Institute for National Unification').country, 'KOR', 'a country in the name places the organization')
  assert.equal(named(entities, 'M2024').type, 'PRODUCT')
  assert.equal(named(entities, 'M2020').type, 'PRODUCT')
})

test('should number entities in order of first mention and rank the headline subject first by salience', () => {
  const text = 'Russia hosted a parade. Kim Jong-un stayed home. Kim Jong-un inspected factories. Kim Jong-un said nothing.'
  const entities = run(text, phraseTagger({ Russia: 'LOC', 'Kim Jong-un': 'PER' }), 'Kim Jong-un skips parade')
  assert.deepEqual(
    entities.map((e) => e.id),
    ['e1', 'e2'],
  )
  assert.equal(entities[0]?.name, 'Russia')
  const [russia, kim] = entities
  assert.ok((kim?.salience ?? 0) > (russia?.salience ?? 0))
  for (const e of entities) assert.ok(e.salience !== undefined && e.salience >= 0 && e.salience <= 1)
  assert.equal(kim?.key, 'person:kim-jong-un')
})

test('should still find typed entities when no tagger is loaded', () => {
  const text = 'Yury Ushakov, a presidential aide in Russia, said Kyungnam University agreed. Ushakov left.'
  const entities = run(text)
  assert.equal(named(entities, 'Yury Ushakov').mentions.length, 2)
  assert.equal(named(entities, 'Kyungnam University').type, 'ORG')
  assert.equal(named(entities, 'Kyungnam University').country, undefined)
  assert.equal(named(entities, 'Russia').country, 'RUS')
})

test('should drop "Mr." from a name and keep "she" away from a man', () => {
  const text = 'Mr. Adam Neumann met Ms. Letitia James. She said Neumann had left.'
  const entities = run(text, phraseTagger({ 'Mr. Adam Neumann': 'PER', 'Letitia James': 'PER', Neumann: 'PER' }))
  const adam = named(entities, 'Adam Neumann')
  assert.deepEqual(texts(text, adam), ['Adam Neumann', 'Neumann'])
  assert.deepEqual(texts(text, named(entities, 'Letitia James')), ['Letitia James', 'She'])
})

test('should split a hyphenated pair of countries into both countries', () => {
  const text = 'US-China trade talks stalled while Russia-Ukraine fighting went on.'
  const entities = run(text, phraseTagger({ 'US-China': 'LOC', 'Russia-Ukraine': 'MISC' }))
  const us = named(entities, 'United States')
  assert.deepEqual(texts(text, us), ['US'], 'an abbreviation in capitals is named by its country')
  assert.equal(us.country, 'USA')
  assert.deepEqual(us.aliases, ['US'])
  assert.equal(named(entities, 'China').country, 'CHN')
  assert.equal(named(entities, 'Ukraine').type, 'GPE')
  assert.ok(!entities.some((e) => e.name.includes('-')))
})

test('should send "the aide" back to the person the article called an aide', () => {
  const text = 'Yury Ushakov, a presidential aide, spoke on Monday. The meeting was short, the aide said. The president of France disagreed.'
  const entities = run(text, phraseTagger({ 'Yury Ushakov': 'PER', France: 'LOC' }))
  const e = named(entities, 'Yury Ushakov')
  assert.deepEqual(texts(text, e), ['Yury Ushakov', 'aide'])
  assert.deepEqual(
    e.mentions.map((m) => m.kind),
    ['name', 'nominal'],
  )
  assert.ok(!e.aliases.includes('aide'))
})

test('should not take a title-case headline phrase for an organization', () => {
  const text = 'Kim Jong-Un and Troops to Miss Russia’s Victory Day Amid Military Ties\n\nKim Jong-un will skip Victory Day in Russia.'
  const entities = run(text, phraseTagger({ 'Kim Jong-Un': 'PER', 'Kim Jong-un': 'PER', 'Victory Day Amid Military Ties': 'ORG', Russia: 'LOC' }))
  assert.ok(!entities.some((e) => e.name.includes('Amid')))
  assert.equal(named(entities, 'Kim Jong-un').mentions.length, 2, 'the headline mention of the person stays')
})

test('should read datelines in capitals and titles that close a tagger span', () => {
  const text = 'WASHINGTON (Reuters) - South Dakota Gov. Kristi Noem spoke. Alibaba rose while the United Arab Emirates waited.'
  const entities = run(text, phraseTagger({ WASHINGTON: 'LOC', 'South Dakota Gov.': 'ORG', 'Kristi Noem': 'PER', Alibaba: 'PER', 'United Arab Emirates': 'PER' }))
  assert.equal(named(entities, 'WASHINGTON').type, 'GPE')
  assert.equal(named(entities, 'South Dakota').type, 'GPE')
  assert.equal(named(entities, 'Kristi Noem').type, 'PERSON')
  assert.equal(named(entities, 'Alibaba').type, 'ORG')
  assert.equal(named(entities, 'United Arab Emirates').country, 'ARE')
})

test('should name a person without the clause-opening word or the brackets the tagger took in', () => {
  // A real AP page gave "To LeBron James" (after the dateline's dash) and "Frank) Vogel".
  const text = 'LOS ANGELES (AP) — To Marcus Ellery, records are a side effect. “Coach (Dale) Hanlon said it first,” Ellery said: Hanlon agreed.'
  const entities = run(text, phraseTagger({ 'To Marcus Ellery': 'PER', 'Dale ) Hanlon': 'PER', Ellery: 'PER', Hanlon: 'PER' }))
  const names = entities.map((e) => e.name)
  assert.ok(names.includes('Marcus Ellery'), JSON.stringify(names))
  assert.ok(names.includes('Dale Hanlon'), JSON.stringify(names))
  assert.ok(!names.some((n) => /^To |[()]/.test(n)), JSON.stringify(names))
  assert.equal(named(entities, 'Marcus Ellery').mentions.length, 2, 'the later "Ellery" is the same person')
})

test('should keep a capitalized word after a dash inside a name when it is one', () => {
  const text = 'The vote was close — Toby Marsh, the mayor, said so.'
  const entities = run(text, phraseTagger({ 'Toby Marsh': 'PER' }))
  assert.equal(named(entities, 'Toby Marsh').type, 'PERSON')
})

test('should read a sector from titles, appositives and organization names', () => {
  const text =
    'Yury Ushakov, a presidential aide, spoke. Professor Lim Eul-chul of Kyungnam University agreed. ' + 'Gen. Park Jung-hwan of the Korean People’s Army and the Second Economy Commission were named.'
  // Each name with the tag the recognizer gives it and the sector the step should read.
  const sectors: Record<string, readonly [NerLabel, string]> = {
    'Yury Ushakov': ['PER', 'government'],
    'Lim Eul-chul': ['PER', 'education'],
    'Kyungnam University': ['ORG', 'education'],
    'Park Jung-hwan': ['PER', 'military'],
    'Korean People’s Army': ['ORG', 'military'],
    'Second Economy Commission': ['ORG', 'government'],
  }
  const entities = run(text, phraseTagger(Object.fromEntries(Object.entries(sectors).map(([name, [tag]]) => [name, tag]))))
  assertEach(
    (name: string) => named(entities, name).sector,
    Object.entries(sectors).map(([name, [, sector]]) => [name, sector]),
  )
})

test('should treat a name with a middle initial as the same person', () => {
  const text = 'Donald J. Trump spoke. Later Donald Trump left, and Trump said nothing.'
  const entities = run(text, phraseTagger({ 'Donald J. Trump': 'PER', 'Donald Trump': 'PER', Trump: 'PER' }))
  assert.equal(entities.filter((e) => e.type === 'PERSON').length, 1)
  assert.equal(named(entities, 'Donald J. Trump').mentions.length, 3)
})

test('should place a person by the country whose possessive names them', () => {
  const text = 'Russia’s Vladimir Putin met China’s President Xi Jinping.'
  const entities = run(text, phraseTagger({ Russia: 'LOC', 'Vladimir Putin': 'PER', China: 'LOC', 'Xi Jinping': 'PER' }))
  assert.equal(named(entities, 'Vladimir Putin').country, 'RUS')
  assert.equal(named(entities, 'Xi Jinping').country, 'CHN')
})

test('should give "she" to the woman a given name marks, not to the nearer man', () => {
  const text = 'Janet Yellen spoke on Friday. Though Donald Trump is weeks away, she said talks had begun.'
  const entities = run(text, phraseTagger({ 'Janet Yellen': 'PER', 'Donald Trump': 'PER' }))
  assert.deepEqual(texts(text, named(entities, 'Janet Yellen')), ['Janet Yellen', 'she'])
  assert.deepEqual(texts(text, named(entities, 'Donald Trump')), ['Donald Trump'])
})

test('should fall back to the nearest person when no given-name list is loaded', () => {
  const text = 'Janet Yellen spoke on Friday. Though Donald Trump is weeks away, she said talks had begun.'
  const entities = run(text, phraseTagger({ 'Janet Yellen': 'PER', 'Donald Trump': 'PER' }), null, false)
  assert.deepEqual(texts(text, named(entities, 'Janet Yellen')), ['Janet Yellen'])
})

test('should give "he" to the man a given name marks, not to the nearer woman', () => {
  const text = 'Paul Berger left early. After Maria Santos took the floor, he said nothing.'
  const entities = run(text, phraseTagger({ 'Paul Berger': 'PER', 'Maria Santos': 'PER' }))
  assert.deepEqual(texts(text, named(entities, 'Paul Berger')), ['Paul Berger', 'he'])
  assert.deepEqual(texts(text, named(entities, 'Maria Santos')), ['Maria Santos'])
})

test('should leave a person with an unknown given name open to either pronoun', () => {
  const text = 'Paul Berger left early. After Zorvan Kettle took the floor, she said nothing.'
  const entities = run(text, phraseTagger({ 'Paul Berger': 'PER', 'Zorvan Kettle': 'PER' }))
  assert.deepEqual(texts(text, named(entities, 'Zorvan Kettle')), ['Zorvan Kettle', 'she'])
  assert.deepEqual(texts(text, named(entities, 'Paul Berger')), ['Paul Berger'])
})

test('should not give a pronoun to a name that only modifies a noun ("the Zorvan Kettle campaign")', () => {
  const text = 'The Zorvan Kettle campaign dropped its rallies with rival Ardel Wint after he admitted his doubts.'
  const entities = run(text, phraseTagger({ 'Zorvan Kettle': 'PER', 'Ardel Wint': 'PER' }))
  assert.deepEqual(texts(text, named(entities, 'Ardel Wint')), ['Ardel Wint', 'he', 'his'])
  assert.deepEqual(texts(text, named(entities, 'Zorvan Kettle')), ['Zorvan Kettle'])
})

test('should read a person whose surname is a facility word as a person, not a park', () => {
  const text = 'Linda Park told reporters the bridge would reopen. Later, Mayor Dale Center thanked the crews, and Riverside Park and Douglas Road stayed closed.'
  const entities = run(text, phraseTagger({ 'Linda Park': 'PER', 'Dale Center': 'PER', 'Riverside Park': 'PER', 'Douglas Road': 'PER' }))
  assert.equal(named(entities, 'Linda Park').type, 'PERSON')
  assert.equal(named(entities, 'Dale Center').type, 'PERSON')
  assert.equal(named(entities, 'Riverside Park').type, 'FAC')
  assert.equal(named(entities, 'Douglas Road').type, 'FAC')
})

test('should give an office "of" a body the body\'s sector, not the office word\'s', () => {
  const text = 'Ade Bello, the inspector general of police, ordered the arrests. Kemi Ola, the secretary of the navy, and Tunde Ayo, a general, agreed.'
  const entities = run(text, phraseTagger({ 'Ade Bello': 'PER', 'Kemi Ola': 'PER', 'Tunde Ayo': 'PER' }))
  assert.equal(named(entities, 'Ade Bello').sector, 'police')
  assert.equal(named(entities, 'Kemi Ola').sector, 'military')
  assert.equal(named(entities, 'Tunde Ayo').sector, 'military')
})

test('should not read a title from the next person of a list', () => {
  const text = 'On stage were Aria Venn, and Sen. Bo Tillis of Ohio.'
  const entities = run(text, phraseTagger({ 'Aria Venn': 'PER', 'Bo Tillis': 'PER' }))
  assert.equal(named(entities, 'Aria Venn').sector, undefined)
  assert.equal(named(entities, 'Bo Tillis').sector, 'legislature')
})

test('should read a secretary-general or an attorney general as a civil office, not an army rank', () => {
  const text = 'Secretary-General Ines Corva called for talks. Attorney General Rob Lanel agreed, and Gen. Ty Marr did not.'
  const entities = run(text, phraseTagger({ 'Ines Corva': 'PER', 'Rob Lanel': 'PER', 'Ty Marr': 'PER' }))
  assert.equal(named(entities, 'Ines Corva').sector, 'government')
  assert.equal(named(entities, 'Rob Lanel').sector, 'government')
  assert.equal(named(entities, 'Ty Marr').sector, 'military')
})

test('should type as people the names a tagger calls organizations when they are written as names', () => {
  const text = 'The council delayed the vote, our Margaret Kestrel reported. The award went to Gordon T. Ashby and two others.'
  const entities = run(text, phraseTagger({ 'Margaret Kestrel': 'ORG', 'Gordon T. Ashby': 'ORG' }))
  assert.equal(named(entities, 'Margaret Kestrel').type, 'PERSON', 'a given name, then a surname')
  assert.equal(named(entities, 'Gordon T. Ashby').type, 'PERSON', 'a middle initial')
})

test('should keep a company the tagger calls a company when its words are no person name', () => {
  const text = 'Shares of Harbor Freight Holdings and Maple Leaf Foods rose.'
  const entities = run(text, phraseTagger({ 'Harbor Freight Holdings': 'ORG', 'Maple Leaf Foods': 'ORG' }))
  assert.equal(named(entities, 'Harbor Freight Holdings').type, 'ORG')
  assert.equal(named(entities, 'Maple Leaf Foods').type, 'ORG')
})

test('should make one person of a ranked name and the same name alone', () => {
  const text = 'The senator said he had met General Ostrander. After he met Ostrander, aides briefed reporters.'
  const entities = run(text, phraseTagger({ 'General Ostrander': 'MISC', Ostrander: 'ORG' }))
  const e = named(entities, 'Ostrander')
  assert.equal(e.type, 'PERSON')
  assert.equal(e.mentions.filter((m) => m.kind === 'name').length, 2)
  assert.ok(!entities.some((x) => x.name.includes('General')), 'the rank is no name')
  assert.equal(entities.length, 1, entities.map((x) => `${x.type} ${x.name}`).join(', '))
})

test('should keep a place and a person of one name apart when the person has no title', () => {
  const text = 'Tremont scored twice. Tremont then thanked the fans in Tremont and flew home to Tremont.'
  const labels: NerLabel[] = ['PER', 'PER', 'LOC', 'LOC']
  const tagger: NerTagger = {
    tag: (tokens) => tokens.flatMap((t, i) => (t.text === 'Tremont' ? [{ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, label: labels.shift()!, score: 1 }] : [])),
  }
  const types = run(text, tagger)
    .filter((x) => x.name === 'Tremont')
    .map((x) => x.type)
    .sort()
  assert.deepEqual(types, ['LOC', 'PERSON'])
})

test('should keep a company named after a rank and a word a company', () => {
  const text = 'Investors bought General Dynamo shares. The firm makes turbines.'
  const entities = run(text, phraseTagger({ 'General Dynamo': 'ORG' }))
  assert.equal(named(entities, 'General Dynamo').type, 'ORG')
})

test('should read a county as a place and split two counties the tagger joined', () => {
  const text = 'Voters in Harlan County and Pike County waited for hours. The Pike County Board met later in Essex County.'
  const entities = run(text, phraseTagger({ 'Harlan County and Pike County': 'ORG', 'Pike County Board': 'ORG', 'Essex County': 'ORG' }))
  assert.equal(named(entities, 'Harlan County').type, 'GPE')
  assert.equal(named(entities, 'Pike County').type, 'GPE')
  assert.equal(named(entities, 'Essex County').type, 'GPE')
  assert.equal(named(entities, 'Pike County Board').type, 'ORG', 'a county body is an organization')
})

test('should give the person, not the body, after "Inspector General of Police"', () => {
  const text = 'Inspector General of Police Musa Danjuma ordered more patrols on Friday.'
  const entities = run(text, phraseTagger({ 'Police Musa Danjuma': 'ORG' }))
  assert.equal(named(entities, 'Musa Danjuma').type, 'PERSON')
  assert.ok(!entities.some((x) => x.name.includes('Police')), entities.map((x) => x.name).join(', '))
})

test('should never make a person of "Rear" in "Rear Admiral"', () => {
  const text = 'Navy spokesman Rear Admiral Colm Pryce told reporters the ships had sailed.'
  const entities = run(text, phraseTagger({ Rear: 'ORG', 'Colm Pryce': 'PER' }))
  assert.ok(!entities.some((x) => x.name === 'Rear'), entities.map((x) => x.name).join(', '))
  assert.equal(named(entities, 'Colm Pryce').type, 'PERSON')
})

test('should join a company short form to the full name written before it', () => {
  const text = 'The deal was backed by The Brantley Group. Brantley, which owns a stake, declined to comment. Brantley Capital Corp. did not.'
  const entities = run(text, phraseTagger({ 'Brantley Group': 'ORG', Brantley: 'ORG', 'Brantley Capital Corp.': 'ORG' }))
  const group = named(entities, 'The Brantley Group')
  assert.deepEqual(texts(text, group), ['The Brantley Group', 'Brantley'])
  assert.equal(entities.filter((x) => x.type === 'ORG').length, 2, 'another company that shares the word stays apart')
})

test('should join "the Times" to the one newspaper named with that word', () => {
  const text = 'The Harbor City Times reported the sale first. A spokesman told the Times that talks had ended.'
  const entities = run(text, phraseTagger({ 'Harbor City Times': 'ORG', Times: 'ORG' }))
  assert.deepEqual(texts(text, named(entities, 'Harbor City Times')), ['Harbor City Times', 'Times'])
  const two = 'The Harbor City Times and the Lakeside Times both ran it. The Times was first.'
  const apart = run(two, phraseTagger({ 'Harbor City Times': 'ORG', 'Lakeside Times': 'ORG', Times: 'ORG' }))
  assert.equal(apart.filter((x) => x.type === 'ORG').length, 3, 'with two newspapers "the Times" stays apart')
  const cut = 'The Harbor City Council met. Dana Ruiz, director, Council for Safer Streets, spoke.'
  const other = run(cut, phraseTagger({ 'Harbor City Council': 'ORG', Council: 'ORG', 'Dana Ruiz': 'PER' }))
  assert.deepEqual(texts(cut, named(other, 'Harbor City Council')), ['Harbor City Council'], 'a head word opening another name is no short form')
  const channel = 'Harbor City News covered the vote. Later, News 4 aired it.'
  const tv = run(channel, phraseTagger({ 'Harbor City News': 'ORG', News: 'ORG' }))
  assert.deepEqual(texts(channel, named(tv, 'Harbor City News')), ['Harbor City News'], 'a channel number makes another name')
})
