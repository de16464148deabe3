/**
 * Models the analysis steps need (NER weights, lexicons, gazetteers). Loaded once per process
 * by `loadModels` and passed in; never imported as module-level globals.
 */

/** Every loaded model; a step whose model is absent returns nothing and adds a diagnostic. */
export interface Models {
  readonly loaded: readonly string[]
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
