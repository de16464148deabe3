/**
 * Real-page misreadings of issue 14, each from sentences written here: a navigation or grading
 * label before a colon read as a speaker, a person named by a common noun outside any list taken
 * for a thing, names inside a quotation keeping "he said" from its speaker, a clause or a time
 * read as the speaker, a subjectless "When asked" credited with the answer, and the channel after
 * an inverted source shown in the speaker's name.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyzedForQuotes as analyzed } from '../../testing/analyzed-text.js'
import type { Article } from '../../model/article.js'

/** Each quote as "speaker name | class | cue | content". */
function readable(a: Article): string[] {
  return a.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.class} | ${q.cue} | ${q.text}`)
}

test('should not read a navigation or grading label before a colon as a speaker', () => {
  const pull = analyzed('The budget is the largest in a decade.\n\nMore: "This is the best budget we have seen in years," said Tom Baker.')
  assert.deepEqual(
    pull.quotes.filter((q) => q.text.includes('best budget')).map((q) => `${q.speakerName} | ${q.kind} | ${q.cue}`),
    ['Tom Baker | direct | said'],
    JSON.stringify(readable(pull)),
  )
  const grade = analyzed('The film runs long and drags in the middle.\n\nGrade: B-.')
  assert.deepEqual(readable(grade), [])
  // A document's label shows what follows: evidence, nobody's words.
  const poll = analyzed('Poll: Voters split evenly ahead of the runoff\n\nThe race is close.')
  assert.deepEqual(
    poll.quotes.map((q) => `${q.speakerName ?? '∅'} | ${q.class} | ${q.cue}`),
    ['∅ | evidence | :'],
  )
  // A transcript label in capitals still names who speaks.
  const transcript = analyzed('MARLOWE: We will not back down.')
  assert.equal(transcript.quotes[0]?.speakerName, 'MARLOWE', JSON.stringify(readable(transcript)))
})

test('should credit the subject of "said" named by a common noun that no list holds', () => {
  for (const [text, name] of [
    ['"The crossing was rough," the pilot said.', 'the pilot'],
    ['"You never tell him what to do," said the associate.', 'the associate'],
    ['Her chaperone said the trip had been cut short.', 'Her chaperone'],
  ] as const) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => /said/.test(x.cue ?? ''))
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, name, JSON.stringify(readable(a)))
    assert.equal(q.class, 'speech', JSON.stringify(readable(a)))
  }
  // A document that "says" is still no one.
  const report = analyzed('"The bridge is unsafe," the report said.')
  assert.equal(report.quotes[0]?.speakerName, null, JSON.stringify(readable(report)))
})

test('should carry "he said" to its speaker when other names are inside the quotation', () => {
  for (const text of [
    'Daniel Okafor spoke at the rally in Dayton. "Ask Helen Ward and Peter Cole what they think," he said.',
    '"The plan will work," Daniel Okafor said at the rally. "Ask Helen Ward and Peter Cole what they think," he added.',
  ]) {
    const a = analyzed(text)
    const q = a.quotes.find((x) => x.text.startsWith('Ask'))
    assert.ok(q, `${text}: ${JSON.stringify(readable(a))}`)
    assert.equal(q.speakerName, 'Daniel Okafor', JSON.stringify(readable(a)))
  }
  // A person the narration names in between still makes "he" someone else's.
  const between = analyzed('"The plan will work," Daniel Okafor said. Peter Cole disagreed. "It will fail," he said.')
  assert.equal(between.quotes.find((x) => x.text === 'It will fail')?.speakerName, 'Peter Cole', JSON.stringify(readable(between)))
})

test('should not read a clause before "who" or a time as the speaker', () => {
  const relayed = analyzed('The senator went online again late Monday when he retweeted supporters who blasted a reporter for his story about the vote.')
  const blasted = relayed.quotes.find((x) => x.cue === 'blasted')
  assert.ok(blasted, JSON.stringify(readable(relayed)))
  assert.equal(blasted.speakerName, 'supporters', JSON.stringify(readable(relayed)))
  const dated = analyzed('The following Monday evening, Ruiz went further by sharing one of the posts and accusing the council of "playing games."')
  const accusing = dated.quotes.find((x) => x.cue === 'accusing')
  assert.ok(accusing, JSON.stringify(readable(dated)))
  assert.equal(accusing.speakerName, 'Ruiz', JSON.stringify(readable(dated)))
})

test('should credit the answer after "When asked" to the one who answers, once', () => {
  const a = analyzed('Mara Lind admitted to taking a few things as a child. When asked what she took, the actress calmly stated, “Pencils. From a stationery shop. The ones with tiny erasers.”')
  const answers = a.quotes.filter((q) => q.text.startsWith('Pencils'))
  assert.deepEqual(
    answers.map((q) => `${q.speakerName ?? '∅'} | ${q.cue}`),
    ['the actress | calmly stated'],
    JSON.stringify(readable(a)),
  )
})

test('should leave the channel out of an inverted speaker and keep it in the class', () => {
  const statement = analyzed('"We will rebuild the bridge," said the mayor in a statement.')
  assert.deepEqual(readable(statement), ['the mayor | writing | said | We will rebuild the bridge'])
  const interview = analyzed('"Nobody will lose their job," said Senator Ruth Adler in an interview with the Ledger.')
  assert.deepEqual(
    interview.quotes.map((q) => `${q.speakerName} | ${q.class}`),
    ['Ruth Adler | speech'],
  )
  const posted = analyzed('"Nobody will lose their job," Ruth Adler said on Twitter.')
  assert.equal(posted.quotes[0]?.class, 'writing', JSON.stringify(readable(posted)))
})

test('should credit "he explains" that coreference left alone to the man the narration last made a subject', () => {
  // Coreference looks back a few sentences only; the quoted sentences between name no one.
  const story = (between: string): string =>
    `Daniel Craig stars in the new film. Craig has a lot on his plate. But what the actor is most excited about is ${between}. "Your whole life, you hear what it is like to have kids. All the cliches are true. I felt I knew that everything would be different."\n\n"It is like a dream that I am having right now," he explains to GQ.`
  const a = analyzed(story('life at home'))
  const q = a.quotes.find((x) => x.text.includes('like a dream'))
  assert.ok(q, JSON.stringify(readable(a)))
  assert.equal(q.speakerName, 'Daniel Craig', JSON.stringify(readable(a)))
  // Another man named since that subject makes "he" anyone's: no name rather than a guess, never the pronoun.
  const two = analyzed(story('a dinner with Thomas Brown'))
  const dream = two.quotes.find((x) => x.text.includes('like a dream'))
  assert.ok(dream, JSON.stringify(readable(two)))
  assert.equal(dream.speakerName, null, JSON.stringify(readable(two)))
})

test('should name an organization written in capitals after "according to", not read it as "who"', () => {
  const a = analyzed('According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.')
  const q = a.quotes.find((x) => x.cue?.toLowerCase() === 'according to')
  assert.ok(q, JSON.stringify(readable(a)))
  assert.equal(q.speakerName, 'WHO', JSON.stringify(readable(a)))
})

test('should keep "he said" with the speaker of the attribution right before it, not an earlier subject', () => {
  const a = analyzed(
    '"We are making progress with the investigation," SpaceX spokesman Phil Larson said in a statement.\n\n"Inmarsat is a long-time partner, and we wish them well," Larson said.\n\nThe incident shows how a single anomaly can become a major setback for a space company, Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, told NBC News.\n\n"This one was particularly devastating from an organizational perspective," he said, adding that SpaceX was hit with a double whammy.\n\n"These accidents are tough to come back from and it is often tough to get everybody to agree," he said.',
  )
  const q = a.quotes.find((x) => x.text.includes('These accidents'))
  assert.ok(q, JSON.stringify(readable(a)))
  assert.equal(q.speakerName, 'Jim Cantrell', JSON.stringify(readable(a)))
  // An attribution reported inside another's words is not the one "he" continues.
  const nested = analyzed(
    'White House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness and for relief for middle class families. He said Obama hopes that his successor will push for the same goals.',
  )
  assert.equal(nested.quotes.find((x) => x.text.startsWith('Obama hopes'))?.speakerName, 'Josh Earnest', JSON.stringify(readable(nested)))
})
