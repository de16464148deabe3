/**
 * Base-form candidates of an English word, for matching event triggers against a lexicon
 * written in base forms. Instead of guessing the one right lemma of "released" ("releas"?
 * "release"?), it returns every plausible base ("releas", "release") and lets the lexicon pick
 * the one that exists. That needs no dictionary, which a general lemmatizer package would bring
 * for no gain in this step.
 */

const IRREGULAR: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', being: 'be', am: 'be',
  has: 'have', had: 'have', having: 'have',
  did: 'do', does: 'do', done: 'do',
  went: 'go', gone: 'go', goes: 'go',
  gave: 'give', given: 'give',
  took: 'take', taken: 'take', retook: 'retake', retaken: 'retake',
  made: 'make',
  held: 'hold',
  met: 'meet',
  sent: 'send',
  sought: 'seek',
  fought: 'fight',
  shot: 'shoot',
  struck: 'strike',
  threw: 'throw', thrown: 'throw',
  beaten: 'beat',
  blew: 'blow', blown: 'blow',
  broke: 'break', broken: 'break',
  told: 'tell',
  said: 'say', says: 'say',
  led: 'lead',
  began: 'begin', begun: 'begin',
  withdrew: 'withdraw', withdrawn: 'withdraw',
  forgave: 'forgive', forgiven: 'forgive',
  undertook: 'undertake', undertaken: 'undertake',
  swore: 'swear', sworn: 'swear',
  froze: 'freeze', frozen: 'freeze',
  paid: 'pay',
  brought: 'bring',
  caught: 'catch',
  kept: 'keep',
  spoke: 'speak', spoken: 'speak',
  stole: 'steal', stolen: 'steal',
  fled: 'flee',
  overthrew: 'overthrow', overthrown: 'overthrow',
  shook: 'shake', shaken: 'shake',
  ran: 'run',
  won: 'win',
  lost: 'lose',
  left: 'leave',
  bore: 'bear', borne: 'bear',
  rode: 'ride',
  hid: 'hide', hidden: 'hide',
  'won’t': 'will', "won't": 'will',
  children: 'child',
  men: 'man',
  women: 'woman',
}

/** Every plausible base form of a word, lower-cased, the word itself first. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'")
  const out = [w]
  const irregular = IRREGULAR[w]
  if (irregular !== undefined) out.push(irregular)
  if (w.length <= 3 || !/^[a-z'-]+$/.test(w)) return out
  const stems: string[] = []
  if (w.endsWith('ied') || w.endsWith('ies')) stems.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('ed')) stems.push(w.slice(0, -2), w.slice(0, -1))
  if (w.endsWith('ing') && w.length > 5) stems.push(w.slice(0, -3), `${w.slice(0, -3)}e`)
  if (w.endsWith('es')) stems.push(w.slice(0, -2))
  if (w.endsWith('s') && !w.endsWith('ss')) stems.push(w.slice(0, -1))
  for (const s of stems) {
    out.push(s)
    // "stopped" -> "stopp" -> "stop"; "expelled" -> "expell" -> "expel"
    if (/([bdgklmnprt])\1$/.test(s)) out.push(s.slice(0, -1))
  }
  // British spellings map to the lexicon's American ones ("mobilised" -> "mobilize").
  for (const c of [...out]) if (/is(e|ed|ing)?$/.test(c) && c.includes('is')) out.push(c.replace(/is(e?)$/, 'iz$1'))
  return out
}

/** Whether a lower-cased word is an irregular form whose base starts differently ("sought" -> "seek"). */
export function isIrregularForm(lower: string): boolean {
  return Object.hasOwn(IRREGULAR, lower)
}

/**
 * One base form for a word: its listed irregular base, else the first candidate `known` accepts
 * (the base forms of the trigger lexicons), else the word itself, lower-cased. The same word
 * always gets the same base, in training and at run time, which is what the features need.
 */
export function lemmaOf(word: string, known: (base: string) => boolean, forms?: ReadonlyMap<string, string>): string {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const listed = IRREGULAR[lower] ?? forms?.get(lower)
  if (listed !== undefined) return listed
  if (known(lower)) return lower
  const candidates = lemmaCandidates(lower)
  for (let i = 1; i < candidates.length; i++) if (known(candidates[i]!)) return candidates[i]!
  return lower
}
