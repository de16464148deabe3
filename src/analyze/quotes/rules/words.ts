/**
 * The word lists and token shapes the attribution rules test words against: sentence openers,
 * adjunct starts, time words, cue verbs that invert with their subject, listeners and labels.
 */

/** Most tokens a source phrase may run. */
export const MAX_SOURCE = 12
/** Most tokens an appositive after a source may run ("X, a presidential aide, said"). */
export const MAX_APPOSITIVE = 30
/** Words that open an introductory phrase of the writer's ("During his years in office, ..."). */
export const INTRODUCTORY =
  /^(?:During|In|At|On|After|Before|For|With|As|Asked|Speaking|Since|When|While|Like|Unlike|Despite|Under|Without|Given|Referring|Over|Throughout|Until|Once|If|Because|Although|Though)$/
/** Words that open a setting rather than an appositive ("at a later press gaggle", "speaking ..."). */
export const SETTING_START = /^(?:at|in|on|during|after|before|while|when|speaking|appearing|writing|according|in|via|from)$|ing$/i
/**
 * Passives that raise the content's subject ("is widely expected", "were not known"); "'s" is
 * left out, since "he's predicted" is usually "he has predicted".
 */
export const RAISED_SUBJECT = /^(?:is|are|was|were|be|been|being|(?:has|have|had) been)(?:\s+(?:\p{L}+ly|not|n['’]t))?\s+(?:expected|known|projected|reported|scheduled|rumou?red)$/iu
/**
 * Verbs that raise the content's subject ("seems", "appeared"): PolNeAR train has 169 of 191
 * seem/appear cues with no source and the subject in the content.
 */
export const RAISING_VERB = /^(?:(?:would|might|may|could|does|do|did|also|still|now|only|\p{L}+ly)\s+)?(?:not\s+)?(?:seems?|seemed|appears?|appeared)$/iu
/** The writer's links that open a sentence ("However,", "As for complexity,"), never part of what was said. */
export const DISCOURSE_OPENER =
  /^(?:however|in addition|meanwhile|moreover|also|indeed|instead|nevertheless|nonetheless|additionally|further|furthermore|overall|ultimately|separately|similarly|likewise|finally|in fact|of course|for example|for instance|in short|in other words|at the same time|on the other hand|in the meantime|by contrast|in contrast|after all|above all|as it stands|details aside|as for [\p{L}' -]+)$/u
/** Parts of speech a cue's first word may have when the parse is there ("according" is ADP, "told" VERB, "statement" NOUN). */
export const CUE_TAGS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'AUX', 'ADP'])
/** "to admit", "did not say": annotators keep an infinitive marker or a negation with the cue verb. */
export const CUE_LEFT: ReadonlySet<string> = new Set(['to', 'not', "n't", 'never'])
/**
 * Adverbs that annotators keep at the head of the cue they precede: "also said", "now says", "has
 * long argued", "often said" (PolNeAR train: each inside the cue at least 5 times as often as left
 * out; "then" and "when" are not: 29 / 17 and 4 / 45).
 */
export const CUE_LEFT_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'now',
  'still',
  'even',
  'later',
  'often',
  'just',
  'first',
  'already',
  'once',
  'long',
  'again',
  'always',
  'further',
  'yet',
  'ever',
  'almost',
])
/** Marks that set off a postposed attribution or an appositive. */
export const COMMA = new Set([',', '—', '–', '--', '('])
/** A token of punctuation only. */
export const PUNCT = /^[^\p{L}\p{N}]+$/u
/** Punctuation that ends a clause. */
export const FINAL = /^[.!?;]$/
/** Words that open an indirect question after a listener ("told reporters how ..."). */
export const WH_WORDS = /^(?:how|what|why|whether|if|when|where|who)$/
/** Words that open an adjunct between a cue and its content ("in a recent briefing", "on Tuesday"). */
export const ADJUNCT_START =
  /^(?:in|at|on|via|during|to|with|for|last|this|earlier|after|before|repeatedly|again|publicly|privately|recently|later|previously|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/
/** Words that name a time ("on Wednesday", "this past week"). */
export const DAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|week|month|year|night|morning|afternoon|evening)$/i
/** Cue verbs that follow a postposed subject ("..., said Trump."). */
export const INVERTING = new Set([
  'said',
  'says',
  'added',
  'asked',
  'wrote',
  'writes',
  'explained',
  'continued',
  'noted',
  'recalled',
  'argued',
  'tweeted',
  'replied',
  'responded',
  'told',
  'warned',
  'insisted',
  'declared',
  'acknowledged',
  'observed',
  'stated',
  'cautioned',
  'concluded',
  'countered',
  'suggested',
  'admitted',
  'remarked',
  'reported',
  'claimed',
  'conceded',
  'predicted',
  'quipped',
  'joked',
  'notes',
  'adds',
  'argues',
  'explains',
  'asks',
  'tells',
])
/** Dashes that credit a quotation to a name ("“...” ― Sonya Herridge"). */
export const DASHES = new Set(['―', '—', '–', '-', '--'])
/** Line labels before a colon that name no speaker ("UPDATE:", "Photo:", AP's "The Latest:"). */
export const LABEL_WORDS =
  /^(?:update|updated|note|editor|photo|photos|source|sources|watch|read|related|video|image|credit|correction|clarification|disclosure|warning|via|tags?|share|q|a|question|answer|step|part|chapter|live|breaking|exclusive|analysis|opinion|comment|commentary|full text|transcript|review|reviews|preview|recap|(?:the )?latest)$/i
/** Listeners a "told" names before its content ("told reporters ..."). */
export const LISTENERS =
  /^(?:me|him|her|us|them|you|reporters|journalists|lawmakers|legislators|senators|supporters|voters|members|delegates|students|investors|analysts|viewers|listeners|readers|parliament|congress)$/i
