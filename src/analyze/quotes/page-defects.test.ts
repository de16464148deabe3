/**
 * Attribution defects read on real pages after the session-9 figures (issue 14), each from
 * sentences written here: "with officials saying ..." missed, a party label in brackets that
 * hid a postposed speaker, a piece of a clause named as the speaker, server error lines read as
 * labels and quotes, and quoted titles listed as quotes.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'
import { readsAsQuote } from '../language/language-independent.js'

const analyzed = analyzedForQuotes

/** Each quote as "speaker name | cue | kind | content". */
function readable(a: Article): string[] {
  return a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.cue} | ${q.kind} | ${q.text}`)
}

test('should read "with X saying ..." as X speaking, whatever the clause before it', () => {
  for (const [text, speaker, content] of [
    ['The strike went on for a third week, with union leaders saying they would not return to the table.', 'union leaders', /would not return/],
    ['Funding remains uncertain, with Ms Carter saying during a briefing in London this week that the gap was widening.', 'Carter', /gap was widening/],
    ['The move drew anger across the region, with Trade Minister Omar Nasser warning of “grave consequences”.', 'Omar Nasser', /grave consequences/],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => content.test(x.text))
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, speaker, JSON.stringify(readable(a)))
    assert.equal(q.class, 'speech')
  }
  // A participle that modifies a noun is no cue: nobody speaks here.
  const card = analyzed('He arrived at the club with the right calling card and a borrowed suit.')
  assert.deepEqual(readable(card), [])
})

test('should credit a quote to a lawmaker whose party label follows the name in brackets', () => {
  for (const text of ['“We will not back down on this,” Sen. Jane Doe (D-Ore.) said. “Not this year.”', 'The bill will not pass the Senate, Rep. Tom Bell (R-Texas) said on Tuesday.']) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => x.cue === 'said')
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.match(q.speakerName ?? '', /^(?:Jane Doe|Tom Bell)$/)
    const mention = text.slice(q.speakerMention?.start, q.speakerMention?.end)
    assert.match(mention, /\((?:D-Ore\.|R-Texas)\)$/, 'the source span keeps the label, as annotators mark it')
  }
})

test('should name no speaker when the source phrase is a piece of the clause', () => {
  for (const text of ['Words cannot describe how proud we are of this team.', 'The regional premier took to social media on Monday, writing that the law would pass.']) {
    const a = analyzed(text)
    assert.ok(a.quotes.length > 0, text)
    for (const q of a.quotes) assert.doesNotMatch(q.speakerName ?? '', /cannot|took/, `${text}: ${JSON.stringify(readable(a))}`)
  }
  // A relative clause or a participle phrase inside the subject is part of the name.
  const who = analyzed('Two strategists who spoke to reporters after the debate said the race was over.')
  assert.equal(who.quotes[0]?.speakerName, 'Two strategists who spoke to reporters after the debate')
  const briefed = analyzed('Two people briefed on the talks said a deal was close.')
  assert.equal(briefed.quotes[0]?.speakerName, 'Two people briefed on the talks')
})

test('should read a server error printed into a page as neither a label nor a quote', () => {
  const text = [
    'Deprecated: Function create_function() is deprecated in /var/www/site/wp-includes/plugin.php on line 88',
    'Notice: Undefined index: user said in /var/www/site/page.php on line 5',
    'Warning: include(./banner.php): failed to open stream: No such file or directory in /home/site/public_html/index.php on line 12',
    'The council met on Monday. The mayor said the budget was balanced.',
  ].join('\n\n')
  const a = analyzed(text)
  assert.deepEqual(readable(a), ['The mayor | said | indirect | the budget was balanced'])
  // A line that only opens with such a word is prose and keeps its attribution.
  const prose = analyzed('Warning: the mayor said the old bridge is unsafe.')
  assert.ok(
    prose.quotes.some((q) => q.speakerName === 'the mayor'),
    JSON.stringify(readable(prose)),
  )
})

test('should not list the quoted title a noun is given as somebody’s words', () => {
  for (const text of [
    'Visitors can try the lights through an application, named “Make your Arrangements”, installed on tablets.',
    'One of the cards, a poem called “Winter Solstice at the Station,” went on to win a prize.',
    'The band played a new song titled “Nights on the River” to close the show.',
  ]) {
    const a = analyzed(text)
    for (const q of a.quotes) assert.doesNotMatch(q.text, /Arrangements|Solstice|Nights on the River/, `${text}: ${JSON.stringify(readable(a))}`)
  }
  // What somebody called a thing, in their own words, stays their words.
  const stunt = analyzed('The senator dismissed what she called “a political stunt.”')
  assert.ok(
    stunt.quotes.some((q) => /political stunt/.test(q.text)),
    JSON.stringify(readable(stunt)),
  )
})

test('should read a title in quote marks in any language as a name, not a quote', () => {
  for (const title of ['God of War', 'Going Infinite: The Rise and Fall of a New Tycoon', 'I Cavalieri dello Zodiaco']) {
    const text = `Sie spielten „${title}“ bis zum Morgen.`
    assert.equal(readsAsQuote(text, text.indexOf(title), text.indexOf(title) + title.length), false, title)
  }
  const said = 'Er sagte: „Wir werden das Spiel gewinnen.“'
  const inner = 'Wir werden das Spiel gewinnen.'
  assert.equal(readsAsQuote(said, said.indexOf(inner), said.indexOf(inner) + inner.length), true)
})

test('should find a cue whose verb follows an adverb or a negation, and keep the adverb in the cue', () => {
  for (const [text, cue, speaker] of [
    ['Ms Ortiz now says she opposes the trade deal.', 'now says', 'Ortiz'],
    ['Mr Lindqvist has long said that the canal should be widened.', 'has long said', 'Lindqvist'],
    ['Ministers have not said when they would publish the report.', 'have not said', 'Ministers'],
    ['Farmers often say, “The river gives and the river takes.”', 'often say', 'Farmers'],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => x.cue === cue)
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, speaker, JSON.stringify(readable(a)))
  }
  // An adverb before a verb that reports nothing, a phrasal verb, or a participle modifying a noun makes no cue.
  assert.deepEqual(readable(analyzed('The ferry now leaves the harbour at noon.')), [])
  assert.deepEqual(readable(analyzed('At first I initially wrote it off as a fad.')), [])
  const relayed = analyzed('Councillor Jane Moss said in a statement first reported by the Valley Gazette: “I joined the party for its values.”')
  assert.ok(!relayed.quotes.some((q) => q.cue === 'first reported'), JSON.stringify(readable(relayed)))
})

test('should read "by saying" and "after telling" as the clause subject speaking', () => {
  for (const [text, cue, speaker, content] of [
    ['The mayor answered the critics on Friday by saying the budget was balanced.', 'saying', 'The mayor', /^the budget was balanced$/],
    ['Senator Ruth Alder left the chamber after telling reporters that the vote was rigged.', 'telling', 'Ruth Alder', /^that the vote was rigged$/],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => x.cue?.endsWith(cue))
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, speaker, JSON.stringify(readable(a)))
    assert.match(q.text, content)
  }
  assert.deepEqual(readable(analyzed('He ended the evening by thanking the volunteers.')), [])
})
