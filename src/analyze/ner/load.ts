/**
 * Loads the shipped NER model from a folder: `weights.bin.gz`, `gazetteer.tsv` and
 * `clusters.tsv` (the last two optional), into a `NerModel`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseLexicon } from './lexicon.js'
import { decodeModel } from './model-file.js'
import type { NerModel } from './model.js'

/** File names inside the model folder. */
export const NER_FILES = { weights: 'weights.bin.gz', gazetteer: 'gazetteer.tsv', clusters: 'clusters.tsv' } as const

/** Loads the model in `dir`, or returns null when its weights are absent. */
export function loadNerModel(dir: string): NerModel | null {
  const weightsPath = join(dir, NER_FILES.weights)
  if (!existsSync(weightsPath)) return null
  const read = (name: string): string => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '')
  const lexicon = parseLexicon(read(NER_FILES.gazetteer), read(NER_FILES.clusters))
  return { ...decodeModel(readFileSync(weightsPath)), lexicon }
}
