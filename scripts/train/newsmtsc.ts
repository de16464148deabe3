/**
 * Reads NewsMTSC (Hamborg & Donnay, EACL 2021; github fhamborg/NewsMTSC, MIT) JSON lines into
 * (sentence, target span, polarity) items. Staged by scripts/data/stage-public-sets.sh.
 */
import { readFileSync } from 'node:fs'

/** Tone classes, in model order. */
export const TONE_CLASSES = ['negative', 'neutral', 'positive'] as const

/** One target mention in one sentence with its gold polarity (index into TONE_CLASSES). */
export interface TargetItem {
  readonly id: string
  readonly sentence: string
  readonly target: { start: number; end: number; text: string }
  readonly label: number
}

const POLARITY: Record<number, number> = { 2: 0, 4: 1, 6: 2 }

/** Reads a NewsMTSC split file. */
export function readNewsMtsc(path: string): TargetItem[] {
  const out: TargetItem[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const row = JSON.parse(line) as { primary_gid: string; sentence_normalized: string; targets: Array<{ 'Input.gid': string; from: number; to: number; mention: string; polarity: number }> }
    for (const t of row.targets) {
      const label = POLARITY[t.polarity]
      if (label === undefined) continue
      out.push({ id: t['Input.gid'], sentence: row.sentence_normalized, target: { start: t.from, end: t.to, text: t.mention }, label })
    }
  }
  return out
}
