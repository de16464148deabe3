/**
 * What a number counts: the short noun phrase right after it ("29 foreign leaders are set" ->
 * "foreign leaders", "13 countries, omitting" -> "countries"). Without a part-of-speech tagger
 * the phrase ends at the first function word, verb-like word or punctuation mark.
 */

// Words that end a counted noun phrase: determiners, prepositions, conjunctions, auxiliaries,
// pronouns and common adverbs.
const STOP = new Set(
  (
    'a an the this that these those and or but nor of in on at for from by with to into onto over under through ' +
    'throughout across around near like including versus vs ' +
    'about above below after before during since until than as per via within without against among between ' +
    'is are was were be been being am have has had do does did will would shall should can could may might must ' +
    'i you he she it we they me him her us them my your his its our their who whom whose which what when where why how ' +
    'also still more less most least each every all any some no not only just even already yet ago later earlier ' +
    'here there then now so too very such if while because although though whether said says say told reported ' +
    'north south east west northeast northwest southeast southwest away back up down out off apart ' +
    'percent per cent respectively alone total overall last next yesterday today tomorrow daily annually nationwide worldwide'
  ).split(' '),
)

/** Words ending a phrase because they read as verbs after a count ("1,000 people attended"). */
const VERBISH = /^(?:\p{Ll}+(?:ed|ing)|rose|fell|grew|won|lost|went|came|took|made|gave|got|ran|sold|bought|paid|left|fled|died|remain|remained|live|lived|rise|fall|remain|make|take|need|say|want)$/u

/** The counted noun phrase starting at `from` in `text` (at most `maxWords` words), or null. */
export function unitPhraseAfter(text: string, from: number, maxWords = 3): string | null {
  const re = /\s*(?:-\s*)?([\p{L}][\p{L}\p{M}'’-]*)/uy
  re.lastIndex = from
  const words: string[] = []
  for (let m = re.exec(text); m && words.length < maxWords; m = re.exec(text)) {
    const word = m[1]!
    const lower = word.toLowerCase()
    // "US", "UN", "EU" are names, not the pronoun "us".
    const acronym = /^\p{Lu}{2,4}$/u.test(word)
    if ((STOP.has(lower) && !acronym) || /['’]s$/.test(lower) || (words.length > 0 && VERBISH.test(word))) break
    words.push(word.replace(/['’]$/, ''))
    const end = m.index + m[0].length
    // A noun phrase ends at punctuation.
    if (/^\s*[,.;:!?)"”]/.test(text.slice(end, end + 2))) break
  }
  if (words.length === 0) return null
  // A trailing -ly word is an adverb, not the counted thing.
  while (words.length > 0 && /ly$/i.test(words[words.length - 1]!) && words.length > 1) words.pop()
  return words.join(' ')
}
