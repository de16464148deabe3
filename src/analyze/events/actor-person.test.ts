import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent } from '../../model/article.js'
import { createPipeline } from '../../pipeline.js'
import { parseJsonlDocuments } from '../../ingest/jsonl-documents.js'

// Actor codes as `newsgraph analyze` writes them, on sentences written here in the shapes of the
// coding misses read on real news: people whose country only their title or apposition gives,
// office holders after the Phoenix lists end, other spellings of listed organizations, and sector
// words the dictionaries code wrongly or not at all.
const pipeline = createPipeline()

function eventsOf(text: string, published = '2024-03-01'): ArticleEvent[] {
  const [doc] = parseJsonlDocuments(JSON.stringify({ input: 'test', text, published }), 'test.jsonl')
  assert.ok(doc && !('error' in doc))
  return pipeline.run(doc).events
}

function eventOf(text: string, type: ArticleEvent['type'], published?: string): ArticleEvent {
  const e = eventsOf(text, published).find((x) => x.type === type)
  assert.ok(e, `no ${type} in: ${text}`)
  return e
}

test('a long title before a name gives the person its country', () => {
  // "met with": a meeting any detector reports (a bare "met X" scores near the threshold, and
  // this test is about the actor's code, not about detecting meetings).
  const e = eventOf('US secretary of state Marta Lindqvist met with Israeli leaders in Jerusalem on Friday.', 'CONSULT')
  assert.equal(e.actorCountry, 'USA')
  assert.equal(e.actorSector, 'GOV')
})

test('an apposition gives the person its country: "X, Jordan\'s foreign minister,"', () => {
  const e = eventOf("Karim Haddad, Jordan's foreign minister, accused Israel of war crimes on Sunday.", 'ACCUSE')
  assert.equal(e.actorCountry, 'JOR')
  assert.equal(e.recipientCountry, 'ISR')
})

test('the country an ambassador is sent to is not his own', () => {
  const e = eventOf("China's ambassador to Britain Wen Qiao accused the British government of meddling in Hong Kong.", 'ACCUSE')
  assert.equal(e.actorCountry, 'CHN')
})

test('a former envoy holds no office and takes no country from where he served', () => {
  const e = eventOf('Peter Lindahl, the former special envoy to Ukraine, accused the Ukrainian government of corruption on Monday.', 'ACCUSE')
  assert.notEqual(e.actorCountry, 'UKR')
  assert.equal(e.actorSector, 'ELI')
})

test('office holders after 2014 are coded with the office they held on the day', () => {
  const in2019 = eventOf('President Trump threatened new tariffs on Chinese goods.', 'THREATEN', '2019-05-10')
  assert.equal(in2019.actorCode, 'USAGOV')
  const in2023 = eventOf('Zelensky urged Germany to send more tanks.', 'REQUEST', '2023-01-20')
  assert.equal(in2023.actorCode, 'UKRGOV')
  // A story about Venezuela no longer lends its country to the American administration.
  const accused = eventOf("Venezuela's government accused the Trump administration of plotting a coup. Venezuelan troops were deployed in Caracas.", 'ACCUSE', '2019-02-01')
  assert.equal(accused.recipientCode, 'USAGOV')
})

test('a surname the dictionary knows does not code another person of that name', () => {
  const e = eventOf('Hunter Biden accused the prosecutors of bias on Tuesday.', 'ACCUSE', '2023-09-12')
  assert.notEqual(e.actorCode, 'USAGOV')
})

test('an organization listed under another spelling is coded', () => {
  const aid = eventsOf('The European Community gave Senegal 4 million dollars of aid on Monday.', '1990-06-01').filter((e) => e.type === 'AID')
  assert.ok(aid.some((e) => e.actorSector === 'IGO' && e.recipientCountry === 'SEN'))
})

test('a religion word modifies the head that names the actor', () => {
  const e = eventOf('Serb forces attacked Moslem forces near Sarajevo on Sunday.', 'ASSAULT', '1993-06-01')
  assert.equal(e.recipientSector, 'MIL')
})

test("people are civilians, and a state's name holds no agent word", () => {
  const killed = eventOf('Troops killed 30 people in the town.', 'ASSAULT')
  assert.equal(killed.recipientSector, 'CVL')
  const demand = eventOf("The United States demanded that the Democratic People's Republic of Korea end its missile tests.", 'REQUEST')
  assert.equal(demand.recipientCountry, 'PRK')
  assert.notEqual(demand.recipientSector, 'CVL')
})

test('a pronoun taking up a nationality is coded with the noun that nationality qualified', () => {
  const e = eventOf('Kurdish leaders said they would boycott all talks with Baghdad.', 'THREATEN', '2005-04-01')
  assert.equal(e.actorSector, 'GOV')
})

test('a former office holder named by the office alone is of the elites, of the country named', () => {
  const e = eventOf('A former U.S. ambassador to the Ukraine accused the president of a smear campaign.', 'ACCUSE', '2019-11-20')
  assert.equal(e.actorCountry, 'USA')
  assert.equal(e.actorSector, 'ELI')
})
