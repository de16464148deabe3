/**
 * Base-form candidates of an English word, for matching event triggers against a lexicon
 * written in base forms. Instead of guessing the one right lemma of "released" ("releas"?
 * "release"?), it returns every plausible base ("releas", "release") and lets the lexicon pick
 * the one that exists. That needs no dictionary, which a general lemmatizer package would bring
 * for no gain in this step.
 */
// Irregular forms, one group per base form: the base, then its forms.
const IRREGULAR_GROUPS = [
  'be was were is are been being am | have has had having | do did does done | go went gone goes | give gave given',
  'take took taken | retake retook retaken | make made | hold held | meet met | send sent | seek sought',
  'fight fought | shoot shot | strike struck | throw threw thrown | beat beaten | blow blew blown',
  'break broke broken | tell told | say said says | lead led | begin began begun | withdraw withdrew withdrawn',
  'forgive forgave forgiven | undertake undertook undertaken | swear swore sworn | freeze froze frozen | pay paid',
  'bring brought | catch caught | keep kept | speak spoke spoken | steal stole stolen | flee fled',
  'overthrow overthrew overthrown | shake shook shaken | run ran | win won | lose lost | leave left',
  `bear bore borne | ride rode | hide hid hidden | will won’t won't | child children | man men | woman women`,
]

// A Map, not an object: it is asked about every token, and a Map lookup of an absent word is
// cheap where an own-property test on a dictionary object is not (nor can it hit a prototype name).
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_GROUPS.flatMap((line) => line.split(' | ')).flatMap((group) => {
    const [base, ...forms] = group.split(' ')
    return forms.map((form): [string, string] => [form, base!])
  }),
)

/** Every plausible base form of a word, lower-cased, the word itself first. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'")
  const out = [w]
  const irregular = IRREGULAR.get(w)
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
  return IRREGULAR.has(lower)
}

/**
 * One base form for a word: its listed irregular base, else the first candidate `known` accepts
 * (the base forms of the trigger lexicons), else the word itself, lower-cased. The same word
 * always gets the same base, in training and at run time, which is what the features need.
 */
export function lemmaOf(word: string, known: (base: string) => boolean, forms?: ReadonlyMap<string, string>): string {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const listed = IRREGULAR.get(lower) ?? forms?.get(lower)
  if (listed !== undefined) return listed
  if (known(lower)) return lower
  const candidates = lemmaCandidates(lower)
  for (let i = 1; i < candidates.length; i++) if (known(candidates[i]!)) return candidates[i]!
  return lower
}

/**
 * The parser's lemma of a regular inflected form, mended where the parser left a stem
 * ("declined" -> "declin", "toppled" -> "toppl"): when the lemma is no base the word lists
 * know but the word itself ends in -ed or -ing and starts with it, the base `lemmaOf`
 * finds for the word among the known ones ("decline", "topple"). Every other lemma is kept, so
 * the parser still decides "found" -> "find" and "wounded" as a verb.
 */
export function normalizeLemma(lemma: string, word: string, known: (base: string) => boolean): string {
  // Every way out before the last keeps the lemma, so the string tests go first: the lexicon
  // lookups of `known` ran for every token of every parsed sentence and showed in profiles.
  const folded = word.toLowerCase()
  const lower = folded.includes('’') ? folded.replace(/’/g, "'") : folded
  if (lemma === lower || !lower.startsWith(lemma) || !/(ed|ing)$/.test(lower) || known(lemma)) return lemma
  const base = lemmaOf(lower, known)
  return base !== lower && known(base) ? base : lemma
}
