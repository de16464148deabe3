/**
 * The `newsgraph.article/1` contract (SPEC.md), as a zod schema.
 *
 * This schema is the single source of the Article type used by every stage, of the runtime
 * validation in tests, and of the JSON Schema the HTTP API publishes. Field names are fixed by
 * the contract; fields may be added, never renamed.
 */
import { z } from 'zod'

/** Schema identifier written on every article. */
export const ARTICLE_SCHEMA = 'newsgraph.article/1' as const

/** A half-open character range `[start, end)` in UTF-16 code units into `Article.text`. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
export type Span = z.infer<typeof SpanSchema>

/** Where a metadata value was found, best evidence first. */
export const FieldSourceSchema = z.enum(['jsonld', 'microdata', 'opengraph', 'meta', 'time', 'markup', 'byline', 'url', 'text', 'http', 'input', 'option'])
export type FieldSource = z.infer<typeof FieldSourceSchema>

/** A content problem found while processing a document; never thrown. */
export const DiagnosticSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
})
export type Diagnostic = z.infer<typeof DiagnosticSchema>

/** Why a piece of the page was cut from `text`. */
export const RemovedReasonSchema = z.enum([
  'chrome',
  'bio',
  'credit',
  'related',
  'ad',
  'comments',
  'nav',
  'caption',
  'share',
  'newsletter',
  'title',
  'byline',
  'dateline',
  'boilerplate',
  'hidden',
  'script',
])
export type RemovedReason = z.infer<typeof RemovedReasonSchema>

export const RemovedSchema = z.object({ text: z.string(), reason: RemovedReasonSchema })
export type Removed = z.infer<typeof RemovedSchema>

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'PRODUCT'])
export type EntityType = z.infer<typeof EntityTypeSchema>

/** A point on the map with what is known of where it lies. */
export const GeoSchema = z.object({
  lat: z.number(),
  lon: z.number(),
  country: z.string().optional(),
  admin1: z.string().optional(),
  geonameid: z.number().int().optional(),
  /** GeoNames feature code (PPLC, PPLA, ADM1) or `country`. */
  feature: z.string().optional(),
})
export type Geo = z.infer<typeof GeoSchema>

/** The countries and places an article is mostly about, weights summing to at most 1. */
export const FocusSchema = z.object({
  countries: z.array(z.object({ country: z.string(), weight: z.number() })),
  places: z.array(z.object({ entity: z.string(), name: z.string(), key: z.string().optional(), weight: z.number(), lat: z.number(), lon: z.number(), country: z.string().optional() })),
})
export type Focus = z.infer<typeof FocusSchema>
/**
 * Tone on one scale everywhere: `score` = P(positive) - P(negative) from the trained tone model,
 * in [-1, 1] (below -0.2 reads negative, above 0.2 positive); `lexicon` is GDELT's word-count
 * tone (positive minus negative words, per 100 words) for comparison with GDELT figures.
 */
export const ToneSchema = z.object({
  score: z.number(),
  label: z.enum(['negative', 'neutral', 'positive']),
  /** Share of sentences read as positive / negative. */
  positive: z.number(),
  negative: z.number(),
  lexicon: z.number(),
})
export type Tone = z.infer<typeof ToneSchema>

/** An IPTC Media Topic (top level) with the classifier's probability. */
export const TopicSchema = z.object({ code: z.string(), label: z.string(), score: z.number() })
export type Topic = z.infer<typeof TopicSchema>

/** The page's lead image as the publisher marks it (JSON-LD image, og:image), with caption and credit. */
export const ImageSchema = z.object({
  url: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  alt: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
})
export type Image = z.infer<typeof ImageSchema>

/** One sentence of the extractive summary; `start`/`end` are its evidence in `text`. */
export const SummarySentenceSchema = SpanSchema.extend({ text: z.string(), score: z.number() })
export type SummarySentence = z.infer<typeof SummarySentenceSchema>

/** A salient term, key phrase or named entity of the article. */
export const KeywordSchema = z.object({
  text: z.string(),
  kind: z.enum(['term', 'phrase', 'entity']),
  score: z.number(),
  count: z.number().int(),
  /** First occurrence in `text`. */
  start: z.number().int().optional(),
  end: z.number().int().optional(),
})
export type Keyword = z.infer<typeof KeywordSchema>

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema.extend({ text: z.string().optional(), kind: z.enum(['name', 'short', 'pronoun', 'nominal']).optional() })),
  /** ISO 3166-1 alpha-3, for GPE and NORP (and for people or organizations when known from context). */
  country: z.string().optional(),
  /** Stable cross-document key (e.g. `person:kim-jong-un`, `country:PRK`). */
  key: z.string().optional(),
  salience: z.number().optional(),
  /** Sector for PLOVER actors (government, military, ...), when known from context. */
  sector: z.string().optional(),
  /** Wikidata QID, when the knowledge base links the entity (then also its `key`). */
  wikidata: z.string().optional(),
  /** English Wikipedia title (with spaces), when the knowledge base knows it. */
  wikipedia: z.string().optional(),
  /** Confidence of the knowledge-base link, 0..1. */
  linkConfidence: z.number().optional(),
  /** The name-based key (`person:loretta-lynch`), kept when `key` is a KB id so older keys still find it. */
  slug: z.string().optional(),
  /** Where a linked place is (WGS84), its country (ISO alpha-3), region and GeoNames id. */
  geo: GeoSchema.optional(),
  /** Keys of entities this one stands for: a nationality's country ("Israeli" -> Israel). */
  related: z.array(z.object({ key: z.string(), relation: z.string() })).optional(),
  /** Tone of the sentences that mention it, on the `ToneSchema.score` scale. */
  tone: z.number().optional(),
})
export type Entity = z.infer<typeof EntitySchema>

/** The `id` of one of the article's `entities`, or null when none stands for the role (quote speakers, event participants). */
export const EntityRefSchema = z.string().nullable()

/**
 * What an attribution reports: words spoken or written, a thought or belief, agreement or
 * endorsement, what evidence (a poll, a document) shows, a legal act (a charge is not the
 * defendant's words), or other: an act or state attribution corpora count ("the Fed raised rates")
 * that reports nobody's words.
 */
export const AttributionClassSchema = z.enum(['speech', 'writing', 'thought', 'agreement', 'evidence', 'legal', 'other'])
export type AttributionClass = z.infer<typeof AttributionClassSchema>

export const QuoteSchema = z.object({
  /**
   * The content's words, without quote marks. Where the content's own source and cue interrupt
   * it ("“A,” X said. “B.”", "…, Donald said, …") they are left out (the quoted parts joined by
   * " … "), so `text` equals the `start`/`end` slice only when nothing interrupts it.
   */
  text: z.string(),
  /** The content's span in `Article.text` (the whole stretch, interruptions included). */
  start: z.number().int(),
  end: z.number().int(),
  /** `direct`: the content is a quotation; `mixed`: reported words with a quoted part; `indirect`: no quotation marks. */
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /**
   * Absent on articles analyzed before attribution classes existed; read it as `speech` (see
   * `quoteClass`). A quoted passage no cue is read for (languages the attribution step does not
   * read) is `speech`, or `thought` / `writing` where a quotative hands it to such a verb.
   */
  class: AttributionClassSchema.optional(),
  speaker: EntityRefSchema,
  speakerName: z.string().nullable(),
  speakerMention: SpanSchema.nullable(),
  cue: z.string().nullable(),
  cueSpan: SpanSchema.nullable(),
  confidence: z.number().optional(),
  /** Tone of the quoted words, on the `ToneSchema.score` scale. */
  tone: z.number().optional(),
})
export type Quote = z.infer<typeof QuoteSchema>

/** The class of an attribution, `speech` for one stored before classes existed. */
export function quoteClass(quote: Pick<Quote, 'class'>): AttributionClass {
  return quote.class ?? 'speech'
}

/** Attribution classes quote lists show unless asked otherwise: what was said or written. */
export const DEFAULT_QUOTE_CLASSES: ReadonlySet<AttributionClass> = new Set(['speech', 'writing'])

export const DateExpressionSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** TimeML-style value: `2025-05-09`, `2025-05`, `2025`, `2025-W19`, `2025-Q2`, `2025-SU`, `199`, `PAST_REF`... */
  value: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']).optional(),
})
export type DateExpression = z.infer<typeof DateExpressionSchema>

export const QuantitySchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  value: z.number(),
  unit: z.string().nullable(),
  /** `approximate`, `at-least`, `at-most`, `range`, `ordinal`, `money`, `percent` */
  qualifier: z.string().optional(),
  upper: z.number().optional(),
})
export type Quantity = z.infer<typeof QuantitySchema>

export const EventSchema = z.object({
  id: z.string(),
  type: z.string(),
  mode: z.string().optional(),
  actor: EntityRefSchema,
  recipient: EntityRefSchema.optional(),
  location: EntityRefSchema.optional(),
  date: z.string().nullable().optional(),
  negated: z.boolean(),
  modality: z.enum(['asserted', 'future', 'hypothetical', 'reported']),
  source: EntityRefSchema.optional(),
  /** ISO alpha-3 of the actor and recipient (from the entity or its context: "North Korean troops"). */
  actorCountry: z.string().nullable().optional(),
  recipientCountry: z.string().nullable().optional(),
  /** CAMEO sector code of the actor (GOV, MIL, COP, REB, OPP, CVL, BUS, MED, IGO, ...). */
  actorSector: z.string().nullable().optional(),
  recipientSector: z.string().nullable().optional(),
  /** CAMEO actor codes: country then sector ("RUSGOV"), as event coders write them. */
  actorCode: z.string().optional(),
  recipientCode: z.string().optional(),
  /** The phrases naming the actor and recipient in the evidence sentence ("Afghan police", "the hospital"). */
  actorMention: SpanSchema.extend({ text: z.string() }).optional(),
  recipientMention: SpanSchema.extend({ text: z.string() }).optional(),
  /** PLOVER quad class: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict. */
  quadClass: z.string().optional(),
  trigger: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }).optional(),
  evidence: SpanSchema,
  /**
   * Later mentions of the same incident ("the attack", "Saturday's bombing" after the report of
   * it), in text order: the words that name it again, each in its own sentence. They are not
   * events of their own; absent when the incident is named once.
   */
  mentions: z.array(SpanSchema.extend({ text: z.string() })).optional(),
  /** Calibrated probability that this is a real event of this type (0..1). */
  confidence: z.number().optional(),
})
export type ArticleEvent = z.infer<typeof EventSchema>

/** Events of one ordered country pair within an article or a corpus. */
export const CountryPairSchema = z.object({
  pair: z.string(),
  actor: z.string(),
  recipient: z.string(),
  events: z.number().int(),
  byType: z.record(z.string(), z.number()),
  byQuadClass: z.record(z.string(), z.number()),
  score: z.number(),
  evidence: z.array(z.object({ article: z.string().optional(), event: z.string(), start: z.number().int(), end: z.number().int() })),
})

/** Tags, lemma and dependency of one token (`--with-syntax`); heads index the same token list. */
export const SyntaxTokenSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** Universal part of speech (UD UPOS). */
  upos: z.string(),
  /** Penn Treebank tag. */
  xpos: z.string(),
  lemma: z.string(),
  /** Index in this list of the head token, -1 for the root of its sentence. */
  head: z.number().int(),
  /** UD relation to the head, with its English subtype (`nsubj:pass`). */
  deprel: z.string(),
})

export const ArticleSchema = z.object({
  schema: z.literal(ARTICLE_SCHEMA),
  id: z.string(),
  input: z.string(),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  site: z.object({ domain: z.string().nullable(), name: z.string().nullable() }),
  title: z.string().nullable(),
  authors: z.array(z.string()),
  /**
   * Organizations the byline credits instead of, or beside, people: a wire service ("AP",
   * "dpa"), a company or institution, the outlet itself. `authors` repeats them only when the
   * page credits no person (then `authors` equals this list).
   */
  bylineOrganizations: z.array(z.string()).optional(),
  published: z.string().nullable(),
  modified: z.string().nullable().optional(),
  referenceDate: z.string().nullable(),
  dateline: z.object({ place: z.string().nullable(), date: z.string().nullable() }).nullable(),
  /**
   * Where in `text` the wire dateline that opens it lies ("SANTIAGO, March 4 (Meridian Press) - "),
   * found by extraction (the attribution step starts no speaker inside it); null when the text
   * opens with none. Absent on articles stored before it existed: `analyze` reads it from the text.
   */
  datelineSpan: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).nullable().optional(),
  language: z.string(),
  /** How sure the language is, 0..1 (0: too little text to tell, English assumed). */
  languageConfidence: z.number().min(0).max(1).optional(),
  text: z.string(),
  originalSource: z.object({ name: z.string(), url: z.string().nullable() }).nullable(),
  /** `full`, `partial` (teaser or truncated) or `paywalled`. */
  access: z.enum(['full', 'partial', 'paywalled']),
  /** Where each metadata field came from: `{ title: 'jsonld', published: 'meta', ... }`. */
  fieldSources: z.record(z.string(), FieldSourceSchema),
  removed: z.array(RemovedSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  dates: z.array(DateExpressionSchema),
  quantities: z.array(QuantitySchema),
  events: z.array(EventSchema),
  /** Country-pair relations of this article's events (ordered actor>recipient). */
  relations: z.array(CountryPairSchema).optional(),
  /** Focus countries and places of the article, from its linked places (when the KB is loaded). */
  focus: FocusSchema.optional(),
  /** The page's own description (og:description, meta description, JSON-LD). */
  description: z.string().nullable().optional(),
  image: ImageSchema.nullable().optional(),
  tone: ToneSchema.optional(),
  topics: z.array(TopicSchema).optional(),
  /** Extractive summary: the k most central sentences, in text order. */
  summary: z.array(SummarySentenceSchema).optional(),
  keywords: z.array(KeywordSchema).optional(),
  /** Every token with its tags, lemma, head and relation; only when asked for (`--with-syntax`). */
  syntax: z.array(SyntaxTokenSchema).optional(),
  diagnostics: z.array(DiagnosticSchema),
})
export type Article = z.infer<typeof ArticleSchema>
