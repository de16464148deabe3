/**
 * Models the analysis steps need (NER weights, lexicons, gazetteers). Loaded once per process
 * by `loadModels` and passed in; never imported as module-level globals.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { NerTagger } from './ner/types.js'
import { loadNerModel } from './ner/load.js'
import { createTagger } from './ner/tagger.js'
import { loadCueLexicon, type CueLexicon } from './quotes/cue-lexicon.js'
import { loadSpanModel, type SpanModel } from './quotes/attribution-model.js'
import { loadEventModel, type EventModel } from './events/event-model.js'
import { loadKnowledgeBase, type KnowledgeBase } from './kb/knowledge-base.js'
import { loadSyntaxModel, SyntaxParser } from './syntax/model.js'
import { loadLinearModel, type LinearModel } from './classify/linear-model.js'
import { loadTopicModel, type TopicModel } from './topics/model.js'
import { loadNameGenders, type Gender } from './kb/name-gender.js'
import { loadGazetteer, type Gazetteer } from './kb/gazetteer.js'

/** Every loaded model; a step whose model is absent degrades, and `analyze` adds a warning diagnostic saying so. */
export interface Models {
  /** Names of the models that loaded. */
  readonly loaded: readonly string[]
  /** The named-entity sequence tagger, when its weights are present. */
  readonly ner?: NerTagger
  /** Attribution cue lexicon (`models/quotes/cues.json.gz`), for the quotes step. */
  readonly quoteCues?: CueLexicon
  /** Content and source rankers of attributions (`models/quotes/spans.json.gz`), for the quotes step. */
  readonly quoteSpans?: SpanModel
  /** The offline knowledge base (`models/kb/`), for entity linking and places. */
  readonly kb?: KnowledgeBase
  /** Tagger, lemmatizer and dependency parser (`models/parser`), behind `ctx.syntax`. */
  readonly parser?: SyntaxParser
  /** The event detector, role model and actor dictionary (`models/events/`). */
  readonly events?: EventModel
  /** Tone model (`models/tone/tone.json.gz`), for the tone step. */
  readonly tone?: LinearModel
  /** IPTC topic classifier (`models/topics/topics.json.gz`), for the topics step. */
  readonly topics?: TopicModel
  /** Given names that tell a person's gender (`models/entities/first-name-gender.json`), for the pronouns of the entities step. */
  readonly nameGenders?: ReadonlyMap<string, Gender>
  /** Countries, demonyms, capitals, places and well-known names (`models/entities/gazetteer.json`), for the entity step and actor coding. */
  readonly gazetteer?: Gazetteer
}

/** Which models to load. */
export interface LoadModelsOptions {
  /** Directory holding the shipped model files. Default: the package's `models/`. */
  readonly dir?: string
  /** Load the knowledge base (default true); without it entities are not linked. */
  readonly kb?: boolean
}

/** The package's `models/` folder, where `loadModels` looks by default. */
export const DEFAULT_MODELS_DIR = resolve(import.meta.dirname, '../../models')

/** Loads every shipped model once; call at start-up and reuse the result. */
export function loadModels(options: LoadModelsOptions = {}): Models {
  const dir = options.dir ?? DEFAULT_MODELS_DIR
  const loaded: string[] = []
  const cuesPath = join(dir, 'quotes/cues.json.gz')
  const quoteCues = existsSync(cuesPath) ? loadCueLexicon(cuesPath) : undefined
  if (quoteCues) loaded.push('quotes/cues')
  const spansPath = join(dir, 'quotes/spans.json.gz')
  const quoteSpans = existsSync(spansPath) ? loadSpanModel(spansPath) : undefined
  if (quoteSpans) loaded.push('quotes/spans')
  const nerModel = loadNerModel(join(dir, 'ner'))
  const ner = nerModel ? createTagger(nerModel) : undefined
  if (ner) loaded.push('ner')
  const kb = options.kb === false ? undefined : loadKnowledgeBase(join(dir, 'kb'))
  if (kb) loaded.push('kb')
  const syntaxModel = loadSyntaxModel(join(dir, 'parser'))
  const parser = syntaxModel ? new SyntaxParser(syntaxModel) : undefined
  if (parser) loaded.push('parser')
  const events = loadEventModel(join(dir, 'events'))
  if (events) loaded.push('events')
  const tone = loadLinearModel(join(dir, 'tone/tone.json.gz'))
  if (tone) loaded.push('tone')
  const topics = loadTopicModel(join(dir, 'topics/topics.json.gz'))
  if (topics) loaded.push('topics')
  const nameGenders = loadNameGenders(join(dir, 'entities/first-name-gender.json'))
  if (nameGenders) loaded.push('entities/name-genders')
  const gazetteer = loadGazetteer(join(dir, 'entities/gazetteer.json'))
  if (gazetteer) loaded.push('entities/gazetteer')
  return {
    loaded,
    ...(quoteCues ? { quoteCues } : {}),
    ...(quoteSpans ? { quoteSpans } : {}),
    ...(ner ? { ner } : {}),
    ...(kb ? { kb } : {}),
    ...(parser ? { parser } : {}),
    ...(tone ? { tone } : {}),
    ...(topics ? { topics } : {}),
    ...(events ? { events } : {}),
    ...(nameGenders ? { nameGenders } : {}),
    ...(gazetteer ? { gazetteer } : {}),
  }
}
