/**
 * The class of an attribution — speech, writing, thought or belief, agreement, evidence, legal —
 * from the lemma of its cue's main word, its voice and preposition, and what kind of thing the
 * source is. The lexicon is written here by lemma, so every inflection of a listed verb ("warns",
 * "warned", "warning") and every cue phrase built on it ("has long warned", "warned reporters")
 * gets its class. A verb of saying is speech; a cue whose lemma is listed nowhere is speech when
 * it reports quoted words ("quipped “...”", "hammered the plan as “a disaster”"), and otherwise
 * `other`: PolNeAR marks acts and states too ("the Fed raised rates", "police attacked"), which
 * scoring keeps counting but a quote list should not show as anybody's words.
 */
import type { AttributionClass } from '../../model/article.js'
import { ownEntry } from '../../model/own-entry.js'

/** What the class decision reads about one attribution. */
export interface ClassInput {
  /** Lower-cased words of the cue ("was charged with", "according to", "said in a statement"). */
  readonly cueWords: readonly string[]
  /** Lemma of each cue word when a syntax layer gave one (same length as `cueWords`), else empty. */
  readonly cueLemmas?: readonly string[]
  /** Lower-cased words of the source's head phrase (before any appositive or relative clause), or empty when there is none. */
  readonly sourceWords: readonly string[]
  /** The source names a person or an organization (an entity, a title, a pronoun for one). */
  readonly sourceIsAgent: boolean
  /** The content holds quoted words (a direct or mixed attribution). Default false. */
  readonly contentQuoted?: boolean
  /**
   * The source is named and is a thing, not someone ("an album", "A simple metal detector", a
   * quoted title): it can show, not say, write or think. Default false.
   */
  readonly sourceIsThing?: boolean
  /** The content is a clause ("showed that ...") rather than a noun phrase ("showed no signs"). Default true. */
  readonly contentIsClause?: boolean
  /** The sentence names a written channel before the cue ("In a statement issued Tuesday, X said"). Default false. */
  readonly writtenChannel?: boolean
}

/** Verbs (and nouns) of saying, by lemma: what makes an indirect attribution speech. */
const SPEECH = new Set([
  'say',
  // Judging someone aloud ("chastised Clinton for ...", "compares his struggles to ...").
  'compare',
  'chastise',
  'compliment',
  'liken',
  // "She'll present her proposals in a speech": setting out a plan aloud.
  'present',
  'tell',
  'add',
  'state',
  'claim',
  'argue',
  'insist',
  'assert',
  'contend',
  'maintain',
  'note',
  'explain',
  'ask',
  'answer',
  'reply',
  'respond',
  'warn',
  'urge',
  'announce',
  'declare',
  'call',
  'describe',
  'admit',
  'acknowledge',
  'concede',
  'deny',
  'dismiss',
  'criticize',
  'criticise',
  'praise',
  'blast',
  'slam',
  'promise',
  'pledge',
  'vow',
  'swear',
  'threaten',
  'boast',
  'brag',
  'complain',
  'lament',
  'recall',
  'recount',
  'mention',
  'propose',
  'recommend',
  'advise',
  'demand',
  'request',
  'repeat',
  'reiterate',
  'stress',
  'emphasize',
  'emphasise',
  'joke',
  'quip',
  'tease',
  'mock',
  'ridicule',
  'scoff',
  'shout',
  'yell',
  'scream',
  'whisper',
  'cry',
  'exclaim',
  'sigh',
  'remark',
  'comment',
  'observe',
  'speak',
  'talk',
  'discuss',
  'forecast',
  'caution',
  'counter',
  'retort',
  'rebut',
  'object',
  'protest',
  'question',
  'challenge',
  'dispute',
  'contest',
  'rebuke',
  'condemn',
  'denounce',
  'decry',
  'lambaste',
  'chide',
  'scold',
  'fault',
  'blame',
  'credit',
  'thank',
  'apologize',
  'apologise',
  'congratulate',
  'hail',
  'applaud',
  'inform',
  'notify',
  'brief',
  'assure',
  'reassure',
  'persuade',
  'implore',
  'beg',
  'appeal',
  'press',
  'lobby',
  'tout',
  'trumpet',
  'muse',
  'hint',
  'disclose',
  'divulge',
  'proclaim',
  'pronounce',
  'label',
  'brand',
  'dub',
  'term',
  'characterize',
  'characterise',
  'portray',
  'defend',
  'justify',
  'clarify',
  'elaborate',
  'outline',
  'summarize',
  'summarise',
  'preach',
  'lecture',
  'quote',
  'cite',
  'invoke',
  'recite',
  'chant',
  'voice',
  'express',
  'tweet',
  'confide',
  'concede',
  'allege',
  'accuse',
  'according',
  'accord',
  'interview',
  'testify',
  'suggest',
  'predict',
  'vow',
  'weigh',
  'chime',
  'lash',
  'insinuate',
  'opine',
  'posit',
  'theorize',
  'stipulate',
  'specify',
  'mention',
  'signal',
  'word',
  'rail',
  'fume',
  'grumble',
  'gripe',
  'moan',
  'mutter',
  'murmur',
  'stammer',
  'stutter',
  'gush',
  'rave',
  'marvel',
  'wonder',
  'speculate',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'remarks',
  'comments',
  'words',
  'speech',
  'interview',
  'conference',
  'testimony',
  'claim',
  'warning',
  'promise',
  'vow',
  'pledge',
  'call',
  'demand',
  'plea',
  'admission',
  'denial',
  'assertion',
  'argument',
  'suggestion',
  'proposal',
  'recommendation',
  'advice',
  'criticism',
  'praise',
  'announcement',
  'declaration',
  'message',
  'appeal',
  'request',
  'question',
  'answer',
  'response',
  'reply',
  'explanation',
])

const WRITING = new Set([
  'write',
  'tweet',
  'retweet',
  'post',
  'blog',
  'email',
  'e-mail',
  'text',
  'publish',
  'pen',
  'print',
  'message',
  'editorialize',
  'caption',
  'scrawl',
  'type',
  'document',
  'detail',
  'author',
  'co-author',
  'headline',
  'report',
  'memo',
  'letter',
  'op-ed',
  'column',
  'statement',
  'release',
  'filing',
  'editorial',
  'book',
  'essay',
  'article',
  'blogpost',
  'facebook',
  'twitter',
  'instagram',
])
const THOUGHT = new Set([
  'believe',
  'think',
  'fear',
  'hope',
  'feel',
  'expect',
  'worry',
  'doubt',
  'know',
  'assume',
  'suspect',
  'consider',
  'want',
  'wish',
  'wonder',
  'realize',
  'realise',
  'understand',
  'imagine',
  'guess',
  'reckon',
  'suppose',
  'trust',
  'regard',
  'view',
  'anticipate',
  'dread',
  'intend',
  'plan',
  'decide',
  'prefer',
  'remember',
  'forget',
  'learn',
  'recognize',
  'sense',
  'presume',
  'speculate',
  'envision',
  'foresee',
  'figure',
  'judge',
  'deem',
  'perceive',
  'hesitate',
  'aim',
  'seek',
  'bet',
  'convince',
  'concern',
  'sure',
  'confident',
  'convinced',
  'afraid',
  'worried',
  'aware',
  'certain',
  'optimistic',
  'pessimistic',
  'skeptical',
  'sceptical',
  'hopeful',
  'belief',
  'opinion',
  'impression',
  'thinking',
])
const AGREEMENT = new Set([
  'agree',
  'disagree',
  'concur',
  'endorse',
  'support',
  'back',
  'approve',
  'accept',
  'oppose',
  'reject',
  'echo',
  'embrace',
  'welcome',
  'second',
  'sign',
  'ratify',
  'side',
  'favor',
  'favour',
  'champion',
  'uphold',
  'veto',
  'endorsement',
  'backing',
  'approval',
  'opposition',
  'agreement',
])
const EVIDENCE = new Set([
  'show',
  'indicate',
  'suggest',
  'reveal',
  'find',
  'illustrate',
  'demonstrate',
  'prove',
  'confirm',
  'signal',
  'estimate',
  'project',
  'underscore',
  'highlight',
  'reflect',
  'point',
  'imply',
  'mean',
  'predict',
  'conclude',
])
/** Evidence verbs of display: with a noun phrase ("showed no signs") a person shows, not says. */
const DISPLAY = new Set(['show', 'indicate', 'reveal', 'illustrate', 'demonstrate', 'prove', 'signal', 'reflect'])
/**
 * Evidence verbs that are never anyone's words, whoever the source: "the band shows they might
 * have escaped…", "she proved the test wrong" tell what a work or a deed shows. ("He revealed that",
 * "she indicated that", "he reflected that" are said or thought, so they are left out.)
 */
const DEMONSTRATE = new Set(['show', 'illustrate', 'demonstrate', 'prove'])
const LEGAL = new Set([
  'charge',
  'indict',
  'convict',
  'sentence',
  'sue',
  'arraign',
  'acquit',
  'plead',
  'prosecute',
  'allege',
  'accuse',
  'rule',
  'order',
  'file',
  'subpoena',
  'testify',
  'petition',
  'lawsuit',
  'indictment',
  'complaint',
  'affidavit',
  'verdict',
  'ruling',
  'suit',
  'charges',
  'allegation',
  'plea',
])
/** Legal verbs whose past participle before its preposition names who is charged ("accused of", "indicted on"). */
const CHARGED = new Set(['accuse', 'charge', 'indict', 'convict', 'suspect', 'sentence', 'arrest', 'cite', 'fine', 'sue'])
/** Legal cues that are only legal in the passive or before their legal preposition ("charged with", not "charges that"). */
const LEGAL_BY_FRAME = new Set(['charge', 'accuse', 'allege', 'order', 'file', 'rule', 'testify', 'plead'])
const LEGAL_PREPOSITIONS = new Set(['with', 'of', 'on', 'for', 'to', 'in', 'against', 'guilty', 'innocent'])
/** Nouns of a legal act a cue may name after its verb ("filed a lawsuit", "brought charges"). */
const LEGAL_FILINGS = new Set(['lawsuit', 'lawsuits', 'suit', 'complaint', 'complaints', 'charges', 'petition', 'motion', 'appeal', 'indictment', 'injunction', 'subpoena', 'affidavit'])
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', "'s", '’s', 'got', 'get', 'gets'])
/** Sources that make a legal-frame cue legal in the active too ("prosecutors allege", "the court ruled"). */
const LEGAL_BODIES = /^(?:prosecutors?|court|courts|judge|judges|jury|juries|justices?|attorneys?|da|magistrate|tribunal|plaintiffs?|defendants?|lawsuit|indictment|complaint|filing|suit|grand)$/
/** Sources that are documents or figures rather than people ("the poll shows", "records indicate"). */
const DOCUMENTS =
  /^(?:polls?|surveys?|study|studies|data|report|reports|records?|documents?|analysis|analyses|figures|numbers|statistics|evidence|research|results?|findings|video|videos|footage|photos?|images?|emails?|e-mails|filings?|tests?|audit|review|investigation|census|estimates?|projections?|models?|map|chart|graph|table|index|tally|count|returns|papers|memo|transcripts?|recordings?|tapes?|logs?|files?)$/

const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  thought: 'think',
  felt: 'feel',
  knew: 'know',
  known: 'know',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  found: 'find',
  meant: 'mean',
  taught: 'teach',
  held: 'hold',
  sought: 'seek',
  understood: 'understand',
  forgot: 'forget',
  forgotten: 'forget',
  shown: 'show',
  proven: 'prove',
  made: 'make',
  gave: 'give',
  given: 'give',
  went: 'go',
  gone: 'go',
  swore: 'swear',
  sworn: 'swear',
  foresaw: 'foresee',
  foreseen: 'foresee',
  saw: 'see',
  seen: 'see',
  bet: 'bet',
  pled: 'plead',
  led: 'lead',
  learnt: 'learn',
  dreamt: 'dream',
  sang: 'sing',
  sung: 'sing',
  took: 'take',
  taken: 'take',
  did: 'do',
  done: 'do',
  has: 'have',
  had: 'have',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  backing: 'back',
  according: 'accord',
}

/**
 * The dictionary form of a cue word when no syntax layer gave one: an irregular form from a
 * table, else regular English verb endings stripped and checked against the class lexicon
 * ("believes" -> "believe", "worried" -> "worry", "tweeting" -> "tweet", "agreed" -> "agree").
 */
export function cueLemma(word: string): string {
  const w = word.toLowerCase().replace(/[’‘]/g, "'")
  const irregular = ownEntry(IRREGULAR, w)
  if (irregular) return irregular
  const known = (x: string): boolean => SPEECH.has(x) || WRITING.has(x) || THOUGHT.has(x) || AGREEMENT.has(x) || EVIDENCE.has(x) || LEGAL.has(x)
  if (known(w)) return w
  const options: string[] = []
  if (w.endsWith('ies')) options.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('ied')) options.push(`${w.slice(0, -3)}y`)
  if (w.endsWith('es')) options.push(w.slice(0, -2), w.slice(0, -1))
  if (w.endsWith('s')) options.push(w.slice(0, -1))
  if (w.endsWith('ed')) options.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3))
  if (w.endsWith('ing')) options.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4))
  return options.find(known) ?? options[0] ?? w
}

const AUX_OR_ADVERB =
  /^(?:has|have|had|will|would|could|should|may|might|must|can|do|does|did|not|n't|never|also|again|later|then|still|just|even|reportedly|previously|repeatedly|long|once|to|\p{L}+ly)$/u

/**
 * "who was arrested and accused of murder", "a man charged with fraud": a participle right before
 * its legal preposition, with no object between, is passive however far its auxiliary is.
 */
function bareParticiple(words: readonly string[], main: number): boolean {
  const after = words[main + 1]
  // "have filed for bankruptcy" is active: only a cue without an auxiliary is read so.
  return main === 0 && /ed$/.test(words[0] ?? '') && after !== undefined && LEGAL_PREPOSITIONS.has(after) && CHARGED.has(cueLemma(words[0]!))
}

/**
 * Whether a legal cue is passive ("was charged with", "accused of" with no object): its subject
 * is who the charge is about, so nobody in the sentence is its speaker.
 */
export function isPassiveLegalCue(cueWords: readonly string[]): boolean {
  let main = 0
  while (main < cueWords.length - 1 && (PASSIVE_AUX.has(cueWords[main]!) || AUX_OR_ADVERB.test(cueWords[main]!))) main++
  if (!LEGAL.has(cueLemma(cueWords[main] ?? ''))) return false
  return (main > 0 && cueWords.slice(0, main).some((w) => PASSIVE_AUX.has(w))) || bareParticiple(cueWords, main)
}

/**
 * The class the hand lists give a lemma alone ('-' when none lists it): what the cue classifier
 * may read of a verb PolNeAR's months never showed it ("reiterated", "quipped").
 */
export function lemmaClass(lemma: string): string {
  if (LEGAL.has(lemma)) return 'legal'
  if (WRITING.has(lemma)) return 'writing'
  if (EVIDENCE.has(lemma)) return 'evidence'
  if (AGREEMENT.has(lemma)) return 'agreement'
  if (THOUGHT.has(lemma)) return 'thought'
  if (SPEECH.has(lemma)) return 'speech'
  return '-'
}

/** The class of one attribution (see the module summary for how it is decided). */
export function attributionClass(input: ClassInput): AttributionClass {
  const lexical = lexicalClass(input)
  // "In a statement, the mayor said ...": words of saying through a written channel were written.
  const cls = lexical === 'speech' && input.writtenChannel ? 'writing' : lexical
  // Only someone speaks, writes or thinks: what a thing is credited with is what it shows.
  return input.sourceIsThing && (cls === 'speech' || cls === 'writing' || cls === 'thought') ? 'evidence' : cls
}

/** The class the cue's words, voice and source phrase give. */
function lexicalClass(input: ClassInput): AttributionClass {
  const words = input.cueWords
  if (words.length === 0) return 'speech'
  const lemmas = input.cueLemmas && input.cueLemmas.length === words.length ? input.cueLemmas : words.map(cueLemma)
  if (words[0] === 'according' && words[1] === 'to') return input.sourceIsAgent || !isDocument(input.sourceWords) ? 'speech' : 'evidence'
  // The main word: the first that is neither an auxiliary nor an adverb ("has long warned").
  let main = 0
  while (main < words.length - 1 && (PASSIVE_AUX.has(words[main]!) || AUX_OR_ADVERB.test(words[main]!))) main++
  const lemma = lemmas[main]!
  const passive = (main > 0 && words.slice(0, main).some((w) => PASSIVE_AUX.has(w))) || bareParticiple(words, main)
  // "in a statement", "in an op-ed", "on Twitter": a written channel named anywhere in the cue.
  if (
    words.some(
      (w, i) =>
        i > main &&
        (w === 'statement' ||
          w === 'tweet' ||
          w === 'twitter' ||
          w === 'op-ed' ||
          w === 'letter' ||
          w === 'email' ||
          w === 'post' ||
          w === 'release' ||
          w === 'memo' ||
          w === 'blog' ||
          w === 'facebook' ||
          w === 'column' ||
          w === 'editorial' ||
          w === 'filing'),
    )
  ) {
    return LEGAL.has(lemma) && passive ? 'legal' : 'writing'
  }
  if (LEGAL.has(lemma)) {
    const after = words[main + 1]
    if (!LEGAL_BY_FRAME.has(lemma)) return 'legal'
    if (passive || (after !== undefined && LEGAL_PREPOSITIONS.has(after) && lemma !== 'accuse') || LEGAL_BODIES.test(input.sourceWords.at(-1) ?? '')) return 'legal'
    // "filed a lawsuit against", "filed charges": the cue names a legal act, not words said.
    if (words.slice(main + 1).some((w) => LEGAL_FILINGS.has(w))) return 'legal'
    return 'speech'
  }
  if (WRITING.has(lemma)) return lemma === 'report' && input.sourceIsAgent && !isMedia(input.sourceWords) ? 'speech' : 'writing'
  // "The poll shows" is evidence; "he suggested" is speech, "she found" a belief; "they showed no
  // signs" (a noun phrase, no clause) is what someone's state shows, not what they said.
  if (EVIDENCE.has(lemma)) {
    const shown = (input.contentIsClause === false && DISPLAY.has(lemma)) || DEMONSTRATE.has(lemma)
    return input.sourceIsAgent && !isDocument(input.sourceWords) && !shown ? (lemma === 'find' ? 'thought' : 'speech') : 'evidence'
  }
  if (AGREEMENT.has(lemma)) return 'agreement'
  if (THOUGHT.has(lemma)) return 'thought'
  // "be sure", "is convinced", "are worried": an adjective of belief after a copula.
  if (lemma === 'be' && words.slice(main + 1).some((w) => THOUGHT.has(w))) return 'thought'
  // "The report said", "the statement says": a document speaks in writing, a poll in figures.
  const head = sourceHead(input.sourceWords)
  if (head && WRITTEN_SOURCES.test(head)) return 'writing'
  if (head && DOCUMENTS.test(head)) return 'evidence'
  if (SPEECH.has(lemma) || input.contentQuoted) return 'speech'
  // "a spokesman for the ministry told reporters": a speech word anywhere in the cue.
  if (lemmas.some((l, i) => i > main && SPEECH.has(l))) return 'speech'
  return 'other'
}

/** Sources that are writings: what they "say" was written. */
const WRITTEN_SOURCES =
  /^(?:statement|statements|report|reports|letter|letters|memo|memos|email|emails|e-mail|tweet|tweets|post|posts|filing|filings|release|article|articles|editorial|column|book|op-ed|document|documents|transcript|transcripts|complaint|lawsuit|indictment|notice|message|messages|website|blog|page|note|notes|minutes|manifesto|platform|cable|cables|account|accounts|ruling|rulings|brief|opinion|order|decision|verdict|judgment|judgement|law|laws|bill|rule|rules|policy|agreement|contract|proposal|resolution|amendment|guidance|petition|sign|label|headline|caption|text|script|ad|advert|advertisement|alert|bulletin|warning|clip|clips|slide|slides)$/

/** Whether a noun (lower case) names a writing or a document, which can say things without being someone ("the report", "the statement"). */
export function isWritingOrDocument(noun: string): boolean {
  return WRITTEN_SOURCES.test(noun) || DOCUMENTS.test(noun)
}

function sourceHead(sourceWords: readonly string[]): string | undefined {
  return sourceWords.filter((w) => /\p{L}/u.test(w)).at(-1)
}

function isDocument(sourceWords: readonly string[]): boolean {
  const head = sourceHead(sourceWords)
  return head !== undefined && DOCUMENTS.test(head)
}

const MEDIA =
  /^(?:times|post|journal|news|press|reuters|ap|afp|bloomberg|cnn|nbc|abc|cbs|fox|msnbc|bbc|guardian|tribune|herald|telegraph|politico|axios|outlet|newspaper|paper|magazine|network|station|channel|daily|gazette|globe|agency|reporters?|correspondents?|media)$/

function isMedia(sourceWords: readonly string[]): boolean {
  return sourceWords.some((w) => MEDIA.test(w))
}
