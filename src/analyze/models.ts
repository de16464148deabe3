/**
 * Models the analysis steps need (NER weights, lexicons, gazetteers). Loaded once per process
 * by `loadModels` and passed in; never imported as module-level globals.
 */
import type { NerTagger } from './ner/types.js'

/** Every loaded model; a step whose model is absent degrades and adds a diagnostic. */
export interface Models {
  /** Names of the models that loaded. */
  readonly loaded: readonly string[]
  /** The named-entity sequence tagger, when its weights are present. */
  readonly ner?: NerTagger
}

/** Which models to load. */
export interface LoadModelsOptions {
  /** Directory holding the shipped model files. Default: the package's `models/`. */
  readonly dir?: string
}

/** Loads every shipped model once; call at start-up and reuse the result. */
export function loadModels(_options: LoadModelsOptions = {}): Models {
  return { loaded: [] }
}
