/**
 * Closed word classes the event detector's features use. A few hundred annotated sentences cannot
 * teach the model that "quake", "blaze" and "typhoon" make a "killed" a disaster, or that "points"
 * and "minutes" make a "gave" a game report; a class lets it learn that from the words it has seen
 * and carry it to the ones it has not.
 */

/** The grammatical class of a function word, or undefined for a content word. */
export function functionClass(word: string): string | undefined {
  return FUNCTION_CLASSES.get(word)
}

const FUNCTION_CLASSES: ReadonlyMap<string, string> = new Map([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'some', 'no', 'every', 'each', 'another'].map((w) => [w, 'DET'] as const),
  ...['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s'].map((w) => [w, 'POSS'] as const),
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'m"].map((w) => [w, 'BE'] as const),
  ...['has', 'have', 'had', 'having', "'ve"].map((w) => [w, 'HAVE'] as const),
  ...['will', 'would', 'shall', 'should', 'may', 'might', 'could', 'can', 'must', "'ll", 'wo', 'ca'].map((w) => [w, 'MODAL'] as const),
  ...['not', "n't", 'never', 'no longer'].map((w) => [w, 'NEG'] as const),
  ['to', 'TO'],
  ...[
    'of',
    'in',
    'on',
    'at',
    'by',
    'for',
    'with',
    'from',
    'into',
    'against',
    'over',
    'near',
    'during',
    'after',
    'before',
    'since',
    'amid',
    'about',
    'across',
    'through',
    'toward',
    'towards',
    'under',
    'without',
    'between',
    'among',
    'outside',
    'inside',
    'despite',
  ].map((w) => [w, 'PREP'] as const),
  ...['and', 'or', 'but', 'nor'].map((w) => [w, 'CONJ'] as const),
  ...['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me'].map((w) => [w, 'PRON'] as const),
  ...['who', 'which', 'whom', 'whose', 'where', 'when', 'while', 'if', 'unless', 'whether', 'because', 'although', 'though'].map((w) => [w, 'SUB'] as const),
  ...['did', 'does', 'do'].map((w) => [w, 'DO'] as const),
])

/** Topic classes of content words that say what kind of happening a sentence reports. */
export function topicClass(lemma: string): string | undefined {
  return TOPICS.get(lemma)
}

const TOPIC_WORDS: Readonly<Record<string, string>> = {
  // Natural hazards and accidents: what kills or destroys without anyone acting.
  HAZARD:
    'storm hurricane typhoon cyclone tornado twister flood flooding floodwater rain rainfall downpour snow snowstorm blizzard wind gust gale quake earthquake aftershock tremor tsunami landslide mudslide avalanche wildfire bushfire blaze fire flame lightning heatwave heat drought volcano eruption lava weather monsoon hail ice frost cold',
  ACCIDENT: 'crash collide collision accident derailment derail wreck capsize sink sinking overturn collapse plunge skid pileup malfunction leak spill electrocution drowning drown stampede mishap',
  // Game reports.
  SPORT:
    'game match season point goal score scorer team coach league tournament championship championship playoff cup minute quarter inning innings half striker midfielder defender goalkeeper pitcher batter rebound assist touchdown wicket innings over race lap medal olympic player fan stadium club win loss victory defeat draw',
  // Markets and business figures.
  MARKET:
    'share stock index price demand supply market trading trader investor yield bond dollar euro yen currency percent earnings revenue sale profit loss growth inflation rate economy barrel oil gold commodity consumer electricity gas',
  // Illness and medicine. Not the people and places of care: "jets bombed a hospital", "shot a
  // doctor" are attacks on them, and an illness topic there pulled such attacks under the threshold.
  HEALTH: 'virus disease illness outbreak infection cancer covid vaccine epidemic pandemic symptom plague flu influenza cholera ebola measles malaria tuberculosis addiction overdose obesity',
  // Animals: killing or hunting one is no political act.
  ANIMAL: 'animal rabbit deer bird dog cat horse cow pig sheep goat fish shark bear wolf rat mouse marmot squirrel fox boar elephant lion tiger snake insect mosquito',
  // Things read or clicked, never met or visited the way a delegation is.
  MEDIA: 'profile page website site blog post feed account app channel link video photo article story newsletter inbox',
  // Crime words that name a perpetrator or victim.
  CRIME: 'gunman gunmen shooter assailant attacker suspect killer robber thief murderer militant terrorist bomber insurgent rebel fighter soldier troop police officer',
}

const TOPICS: ReadonlyMap<string, string> = new Map(Object.entries(TOPIC_WORDS).flatMap(([cls, words]) => words.split(/\s+/).map((w) => [w, cls] as const)))

/** Verbs that report speech: the event they introduce is the reported one, not the speaking. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'report',
  'state',
  'add',
  'note',
  'claim',
  'write',
  'declare',
  'explain',
  'insist',
  'confirm',
  'reveal',
  'disclose',
  'acknowledge',
  'admit',
  'assert',
  'argue',
  'suggest',
  'indicate',
  'believe',
  'think',
  'recall',
  'describe',
  'quote',
  'cite',
  'according',
])
