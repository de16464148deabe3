/** Document-level folds for held-out measurement, from a hash of the document id (independent of file order). */
import { createHash } from 'node:crypto'

/** Fold of a document (0..k-1). */
export function foldOf(id: string, k: number): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % k
}

/** PLOVER gold sentences held out of the shipped detector: fold 0 of 4. */
export const PLOVER_FOLDS = 4
/** IndiaPoliceEvents stories held out of the shipped detector: fold 0 of 5. */
export const IPE_FOLDS = 5
