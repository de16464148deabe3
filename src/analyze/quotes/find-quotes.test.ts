import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze, loadModels } from '../index.js'
import { extract } from '../../extract/index.js'
import { resolveExtractOptions } from '../../extract/index.js'
import type { Quote } from '../../model/article.js'

const models = loadModels()

function quotesOf(text: string): Quote[] {
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  return analyze(article, { models, steps: ['quotes'] }).quotes
}

/** The text of the span naming the source. */
const mention = (text: string, q: Quote): string => (q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : '')

const pick = (quotes: Quote[], cue: string): Quote => {
  const q = quotes.find((x) => x.cue === cue)
  assert.ok(q, `a quote with cue "${cue}" in ${JSON.stringify(quotes.map((x) => x.cue))}`)
  return q
}

/** Attributions read off one sentence: the cue picked, and what its quote must show. */
// `span`: the words the offsets hold, where the quote's text leaves its own attribution out (else `quote`).
const READINGS: ReadonlyArray<{ name: string; text: string; cue: string; quote: string; span?: string; source: string; kind?: Quote['kind']; cueSpan?: Quote['cueSpan'] }> = [
  {
    name: 'should attribute a postposed direct quote to the name after it',
    text: '“We will win this state,” said Jane Doe, the campaign manager.',
    cue: 'said',
    quote: 'We will win this state',
    source: 'Jane Doe, the campaign manager',
    kind: 'direct',
  },
  {
    name: 'should find reported speech with its "that" clause and source',
    text: 'Senator Smith said that the bill would pass next week.',
    cue: 'said',
    quote: 'that the bill would pass next week',
    source: 'Senator Smith',
    kind: 'indirect',
    cueSpan: { start: 14, end: 18 },
  },
  {
    name: 'should take the source of "according to" from after the cue',
    text: 'The leader will not attend the parade, according to the Kremlin.',
    cue: 'according to',
    quote: 'The leader will not attend the parade',
    source: 'the Kremlin',
  },
  {
    name: 'should keep a parenthetical attribution inside one content, showing the words without it',
    text: 'The company was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.',
    cue: 'said',
    quote: 'The company was a juggernaut, until it went bankrupt in 1999',
    span: 'The company was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999',
    source: 'Mr. Clarke',
  },
  {
    name: 'should name transcript speakers given before a colon',
    text: 'WALLACE: Will she be there tomorrow night?\n\nPENCE: She will not attend.',
    cue: ':',
    quote: 'Will she be there tomorrow night',
    source: 'WALLACE',
  },
]

// PolNeAR marks a leading adverbial and the parenthetical inside such a content (train: "In any
// case, Mr. DiPietro said, the golf industry was vastly over-supplied ..."), 58 of 71 times for a
// short verbless lead. Whether the lead is kept is the content ranker's call (margin 0.26 with the
// session-23 files); neither a feature nor a rule over the pick held out (NOTES, issue-14w and
// issue-14z), so this test asks for what a reader needs: who spoke and the whole clause after the cue.
test('should credit a comma-medial attribution after a leading adverbial with the clause that follows it', () => {
  const text = 'In any case, Smith noted, the council will vote on the budget next month.'
  const q = pick(quotesOf(text), 'noted')
  assert.equal(mention(text, q), 'Smith')
  assert.match(q.text, /^(?:In any case, )?the council will vote on the budget next month$/)
  assert.equal(text.slice(q.start, q.end).endsWith('the council will vote on the budget next month'), true, 'the offsets hold the quote')
})

test('should read a capitalised place before a colon below a highlights box as a dateline, not a speaker', () => {
  const text =
    'Highlights\n\nThe minister said the talks would go on.\n\nNEW DELHI: In a surprise move, the government on Monday changed its stance on the border dispute.\n\nWALLACE: Will she be there?'
  const quotes = quotesOf(text)
  assert.ok(!quotes.some((q) => mention(text, q) === 'NEW DELHI'), JSON.stringify(quotes.map((q) => [mention(text, q), q.cue])))
  assert.ok(
    quotes.some((q) => mention(text, q) === 'WALLACE' && q.cue === ':'),
    'a transcript label still names its speaker',
  )
})

for (const r of READINGS) {
  test(r.name, () => {
    const q = pick(quotesOf(r.text), r.cue)
    assert.equal(q.text, r.quote)
    assert.equal(r.text.slice(q.start, q.end), r.span ?? q.text, 'the offsets hold the quote')
    assert.equal(mention(r.text, q), r.source)
    if (r.kind) assert.equal(q.kind, r.kind)
    if (r.cueSpan) assert.deepEqual(q.cueSpan, r.cueSpan)
  })
}

test('should join a quote that goes on after its attribution sentence', () => {
  const q = pick(quotesOf('“That was a mistake,” he said. “We will fix it.”'), 'said')
  assert.equal(q.text, 'That was a mistake … We will fix it.', 'the two quoted parts, without the attribution between them')
  assert.equal(q.kind, 'direct')
  assert.equal(q.speakerName, null, 'an unresolved pronoun is no name')
})

test('should not treat a scare-quoted phrase as speech', () => {
  const quotes = quotesOf('Officials toured a “major tank factory” near the border on Sunday.')
  assert.equal(quotes.filter((q) => q.text.includes('major tank factory')).length, 0)
})

test('should link the speaker to the entity named in the source', () => {
  const text = 'Yury Ushakov, a presidential aide, said the leader would not attend. Ushakov added that talks would go on.'
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  const out = analyze(article, { models, steps: ['entities', 'quotes'] })
  const q = pick(out.quotes, 'added')
  const entity = out.entities.find((e) => e.id === q.speaker)
  assert.equal(entity?.name, 'Yury Ushakov')
  assert.equal(q.speakerName, 'Yury Ushakov')
})

test('should still find plain speech when no cue model is installed', () => {
  const article = extract({ input: 'test.txt', body: 'The minister said the talks had failed.', format: 'plain' }, resolveExtractOptions())
  const quotes = analyze(article, { models: { loaded: [] }, steps: ['quotes'] }).quotes
  assert.equal(quotes[0]?.text, 'the talks had failed')
})

test('should credit a quotation to the name after a dash', () => {
  const text = 'Readers wrote in.\n“He represents our greatest shame.” ― Sonya Herridge\n“He is clueless.” ― Edwin G. Monroy\n'
  const quotes = quotesOf(text).filter((q) => q.cue === '―')
  assert.equal(quotes.length, 2)
  assert.equal(quotes[0]!.text, 'He represents our greatest shame.')
  assert.equal(mention(text, quotes[0]!), 'Sonya Herridge')
  assert.equal(mention(text, quotes[1]!), 'Edwin G. Monroy')
})

test('should not take a dash inside a sentence after a quotation as a credit', () => {
  const text = 'He called it “a disaster” — and then he left the room early.'
  assert.equal(quotesOf(text).filter((q) => q.cue === '—').length, 0)
})

test('should keep the cue and the content apart when the cue runs on', () => {
  const text = 'Trump accused her of being asleep when the calls came in.'
  const q = quotesOf(text).find((x) => x.cue?.startsWith('accus'))
  assert.ok(q)
  assert.ok(q.cueSpan && q.cueSpan.end <= q.start, 'the cue ends before the content starts')
})

test('should never name a speaker through a phrase that holds another attribution’s cue', () => {
  const text =
    'Senior research fellow Hong Min at the Korea Institute for National Unification shared insights on the M2024 tank referenced in the report, asserting it may be an updated model. Esquivel said it would warn farmers in Mendoza of dry summers earlier.'
  const quotes = quotesOf(text)
  const cues = quotes.map((q) => q.cueSpan)
  for (const q of quotes) {
    const m = q.speakerMention
    if (!m) continue
    for (const c of cues) {
      if (!c || c === q.cueSpan) continue
      assert.ok(c.end <= m.start || c.start >= m.end, `"${text.slice(m.start, m.end)}" (speaker of "${q.cue}") takes in the cue "${text.slice(c.start, c.end)}"`)
    }
  }
  assert.equal(mention(text, pick(quotes, 'shared')), 'Senior research fellow Hong Min at the Korea Institute for National Unification')
  assert.equal(mention(text, pick(quotes, 'said')), 'Esquivel')
})

test('should name no speaker for what "is expected", and keep the subject in the content', () => {
  const text = 'The agreement still needs approval from Argentina’s Congress, which is expected to vote on it in April.'
  const q = pick(quotesOf(text), 'is expected')
  assert.equal(q.speakerMention, null)
  assert.equal(q.speaker, null)
  assert.equal(q.text, 'which is expected to vote on it in April')
})

test('should start a speaker after the dateline that opens the article', () => {
  const text = 'SANTIAGO, March 4 (Meridian Press) - Chile and Argentina on Tuesday signed a $38 million agreement to build 14 stations, officials said.'
  for (const q of quotesOf(text)) {
    if (q.speakerMention) assert.ok(q.speakerMention.start >= text.indexOf('Chile'), `speaker "${text.slice(q.speakerMention.start, q.speakerMention.end)}" starts inside the dateline`)
  }
})

test('should start a speaker and a content after the dateline that opens the body below a title', () => {
  const text = 'Senate passes budget bill\n\nWASHINGTON (AP) — Majority Leader Jane Doe said the budget would pass by Friday.\n\nThe House votes next week, a spokesman said.'
  const q = pick(quotesOf(text), 'said')
  assert.equal(mention(text, q), 'Majority Leader Jane Doe')
  assert.equal(q.text, 'the budget would pass by Friday')
  const indirect = 'Storm hits coast\nMIAMI, Sept. 3 (Reuters) - A storm hit the coast on Tuesday, officials said.'
  assert.deepEqual(
    quotesOf(indirect).map((x) => x.text),
    ['A storm hit the coast on Tuesday'],
  )
})

test('should take the clause before "X told reporters" as what X told them', () => {
  const text = 'Under the deal, nine stations will be built in Chile, Environment Minister Carolina Vergara told reporters after the signing.'
  const q = pick(quotesOf(text), 'told')
  assert.equal(q.text, 'Under the deal, nine stations will be built in Chile')
  assert.equal(mention(text, q), 'Environment Minister Carolina Vergara')
})

test('should leave the time out of a source with the words that date it', () => {
  const text = 'Additionally, a state media report this past week highlighted the tour of a major tank factory.'
  assert.equal(mention(text, pick(quotesOf(text), 'highlighted')), 'a state media report')
})

test('should end reported content where the source’s next verb begins', () => {
  const text = 'Mr. Trump called Machado “disgusting” and “a con” and encouraged Americans to look for a video.'
  assert.equal(pick(quotesOf(text), 'called').text, 'Machado “disgusting” and “a con”')
})

test('should leave a sentence-opening link word out of a postposed content', () => {
  const text = 'However, slower growth in developed nations is being offset by faster growth elsewhere, the report said.'
  assert.equal(pick(quotesOf(text), 'said').text, 'slower growth in developed nations is being offset by faster growth elsewhere')
})

test('should give a second verb of the same subject that subject as its source', () => {
  const text = 'Graham urged Republicans to join the ranks of climate change believers, and criticized the party’s lack of environmental awareness.'
  assert.equal(mention(text, pick(quotesOf(text), 'criticized')), 'Graham')
})

test('should give a participle the speaker of the sentence, not a misread source', () => {
  const text = 'Senior research fellow Hong Min at the Korea Institute for National Unification shared insights on the M2024 tank referenced in the report, asserting it may be an updated model.'
  assert.match(mention(text, pick(quotesOf(text), 'asserting')), /Hong Min/)
})

test('should not credit the owner of a possessive with what the named speaker said', () => {
  const text = 'Environment Minister Carolina Vergara said both countries will publish the readings. Her Argentine counterpart, Martín Esquivel, called the project a first for the two countries.'
  const article = extract({ input: 'test.txt', body: text, format: 'plain' }, resolveExtractOptions())
  const analyzed = analyze(article, { models })
  const q = pick(analyzed.quotes, 'called')
  assert.equal(q.speakerName, 'Martín Esquivel')
})

test('should not list a term or a topic with nobody saying it as a quote', () => {
  for (const text of [
    'Amid growing criticism of online platforms, the company dropped its like counts in six countries.',
    'The so-called “demetrication” of the app began in Italy last spring.',
    'Shoppers lined up outside “Corner Bakery” before dawn on Saturday.',
  ]) {
    const quotes = quotesOf(text)
    for (const q of quotes) assert.ok(q.speakerMention !== null || q.text.split(/\s+/).length > 2, `${text}: ${JSON.stringify(quotes.map((x) => x.text))}`)
  }
})

test('should read one attribution per cue, never a second one from inside a longer cue', () => {
  const text = 'Amid growing criticism of airlines, banning pets allowed Delta to claim that its cabins are “a calmer place to fly.”'
  const quotes = quotesOf(text)
  for (const [i, a] of quotes.entries()) {
    for (const b of quotes.slice(i + 1)) {
      assert.ok(!(a.cueSpan && b.cueSpan && a.cueSpan.start < b.cueSpan.end && b.cueSpan.start < a.cueSpan.end), `overlapping cues ${a.cue} / ${b.cue}`)
    }
  }
})

test('should not give a mixed quote twice, once whole and once as its tail', () => {
  const text = 'Last week county official Maria Lopez revealed one of those meetings to state auditors, saying she recalled it “clearly.”'
  const quotes = quotesOf(text)
  const vivid = quotes.filter((q) => q.text.includes('clearly'))
  assert.equal(vivid.length, 1, JSON.stringify(quotes.map((q) => `${q.cue} | ${q.text}`)))
})

test('should not name the speaker after a name inside a phrase headed by a common noun', () => {
  const text = 'Nelson Rockefeller built a shelter. Representatives of two of the former Rockefeller estates in Westchester say they are unaware of such a shelter.'
  const q = pick(quotesOf(text), 'say')
  assert.equal(q.speaker ?? null, null)
  assert.equal(q.speakerName, 'Representatives of two of the former Rockefeller estates in Westchester')
  // A title before a name is no such head; an apposition after a comma names the head itself.
  assert.equal(pick(quotesOf('Secretary of State Hillary Clinton said the deal was fragile.'), 'said').speakerName, 'Hillary Clinton')
})
