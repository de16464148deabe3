/**
 * The event models shipped in `models/events/`, loaded once by `loadModels`:
 *
 * - `lexicon.json.gz`: the CAMEO verb lexicon (from PETRARCH2), the CAMEO-to-PLOVER table and the
 *   base forms the lemmatizer knows;
 * - `detector.bin.gz`: the trained trigger detector (event or not), with its candidate
 *   vocabulary, its confidence calibration and its default threshold;
 * - `types.bin.gz`: the trained type classifier (which PLOVER type, given an event);
 * - `roles.bin.gz`: the trained chooser of each event's actor and recipient (optional);
 * - `actors.json.gz`: the actor dictionary (countries, capitals, demonyms, Phoenix actors and
 *   agents) that codes an actor's country and sector.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { indexCameo, type CameoLexicon } from './cameo-lexicon.js'
import { decodeLinearModel, type LinearModel } from './linear-model.js'
import type { TriggerResources } from './trigger-features.js'
import { indexActors, type ActorDictionary, type ActorIndex } from './actor-dictionary.js'

/** Format names of the weight files. */
export const DETECTOR_FORMAT = 'newsgraph.events.detector/1'
export const ROLES_FORMAT = 'newsgraph.events.roles/1'
export const TYPES_FORMAT = 'newsgraph.events.types/1'

/** The lexicon file's content. */
export interface EventLexiconFile {
  readonly cameo: CameoLexicon
  /** CAMEO code prefix to PLOVER type (STATEMENT / APPEAL for the roots PLOVER drops). */
  readonly plover: Readonly<Record<string, string>>
  readonly baseForms: readonly string[]
}

/** What the detector file carries besides its weights. */
export interface DetectorMeta {
  /** Base forms that may be triggers. */
  readonly vocab: readonly string[]
  /** Logistic `[slope, intercept]` over the log-odds of the chosen type's probability. */
  readonly calibration: readonly [number, number]
  /** Calibrated confidence under which a candidate is not reported. */
  readonly threshold: number
  /** Stricter thresholds for some PLOVER types (chosen by cross-validation), over `threshold`. */
  readonly typeThresholds?: Readonly<Record<string, number>>
}

/** A loaded event model. */
export interface EventModel {
  /** Event or not (labels NONE, EVENT). */
  readonly detector: LinearModel
  /** Which PLOVER type, given an event (labels: the 16 types). */
  readonly typer: LinearModel
  readonly resources: TriggerResources
  readonly calibration: readonly [number, number]
  readonly threshold: number
  /** Per-type thresholds that replace `threshold` for their type (the detector file's). */
  readonly typeThresholds?: Readonly<Record<string, number>>
  readonly roles?: LinearModel
  readonly actors?: ActorIndex
}

/** Reads the lexicon file into the lemmatizer's and features' resources (without a vocabulary). */
export function readEventLexicon(path: string): Omit<TriggerResources, 'vocab'> {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as EventLexiconFile
  const base = new Set(file.baseForms)
  return { cameo: indexCameo(file.cameo), plover: new Map(Object.entries(file.plover)), known: (b) => base.has(b), forms: new Map(Object.entries(file.cameo.forms)) }
}

/** Reads the actor dictionary file. */
export function readActorDictionary(path: string): ActorIndex {
  return indexActors(JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ActorDictionary)
}

/** Loads the event models from `dir`, or undefined when the lexicon or detector is missing. */
export function loadEventModel(dir: string): EventModel | undefined {
  const lexiconPath = join(dir, 'lexicon.json.gz')
  const detectorPath = join(dir, 'detector.bin.gz')
  if (!existsSync(lexiconPath) || !existsSync(detectorPath)) return undefined
  const lexicon = readEventLexicon(lexiconPath)
  const typesPath = join(dir, 'types.bin.gz')
  if (!existsSync(typesPath)) return undefined
  const { model, meta } = decodeLinearModel<DetectorMeta>(readFileSync(detectorPath), DETECTOR_FORMAT)
  const typer = decodeLinearModel(readFileSync(typesPath), TYPES_FORMAT).model
  const rolesPath = join(dir, 'roles.bin.gz')
  const roles = existsSync(rolesPath) ? decodeLinearModel(readFileSync(rolesPath), ROLES_FORMAT).model : undefined
  const actorsPath = join(dir, 'actors.json.gz')
  const actors = existsSync(actorsPath) ? readActorDictionary(actorsPath) : undefined
  return {
    detector: model,
    typer,
    resources: { ...lexicon, vocab: new Set(meta.vocab), ...(actors ? { agents: actors.agents } : {}) },
    calibration: meta.calibration,
    threshold: meta.threshold,
    ...(meta.typeThresholds ? { typeThresholds: meta.typeThresholds } : {}),
    ...(roles ? { roles } : {}),
    ...(actors ? { actors } : {}),
  }
}
