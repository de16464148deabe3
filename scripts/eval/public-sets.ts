/**
 * Where the public sets the tone and topic evaluations read are: `../shared/data/nlp/<name>`
 * when the lead has staged them there, else the git-ignored `.data/<name>` that
 * scripts/data/stage-public-sets.sh fills. A missing set is an error, never a silent skip.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { sharedPath } from './lib.js'

/** Folder of a staged public set; throws with the staging command when it is nowhere. */
export function publicSet(name: string): string {
  const candidates = [sharedPath('data', 'nlp', name), resolve(import.meta.dirname, '../../.data', name)]
  const found = candidates.find((dir) => existsSync(dir))
  if (!found) throw new Error(`the ${name} data set is not staged (looked in ${candidates.join(', ')}); see scripts/data/README.md`)
  return found
}

/** Path of a file in a staged set. */
export function publicFile(name: string, file: string): string {
  return join(publicSet(name), file)
}
