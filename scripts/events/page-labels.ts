/**
 * Our own labels of coded events on real news pages (`data/events-pages/labels.jsonl`), read into
 * training documents: each page is extracted as `newsgraph analyze` extracts it (the text the
 * labels' trigger offsets point into; cached in the events cache by page bytes), a trigger
 * labelled wrong becomes a known non-event (NONE) and one labelled right an event of its
 * (corrected) type. The other words of a page are unknown: the labels are not exhaustive. A
 * trigger judged wrong for its modality alone is left out by default (`MODALITY_NOTES`).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { Pipeline } from '../../src/pipeline.js'
import { PLOVER_TYPES } from '../../src/model/plover.js'
import type { GoldDoc, GoldEvent } from './corpus.js'

/** One label: a coded event's trigger on a page, judged right (with its right type) or wrong. */
export interface PageLabel {
  /** The page folder's name under `../shared/data/extraction/` (`dates`, `news-metadata`). */
  readonly folder: string
  readonly file: string
  readonly start: number
  readonly end: number
  readonly trigger: string
  /** The type the model coded. */
  readonly coded: string
  readonly label: 'right' | 'wrong'
  /** The right type of a right event (the coded one unless mistyped). */
  readonly type?: string
  readonly note?: string
}

/**
 * Notes of a trigger judged wrong only because its act did not happen (an if-clause, a modal, a
 * negation, a question, a purpose, a wish). The pipeline codes such a mention and marks its
 * modality or negation, so by default these labels are left out rather than taught as non-events.
 */
export const MODALITY_NOTES: ReadonlySet<string> = new Set(['hypothetical', 'modal', 'negated', 'question', 'purpose', 'desire'])

/** Reads a labels file (JSON lines); a malformed line throws. */
export function readPageLabels(path: string): PageLabel[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      const x = JSON.parse(l) as PageLabel
      const type = x.type ?? x.coded
      if ((x.label !== 'right' && x.label !== 'wrong') || !(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${path}:${n + 1}: bad label or type`)
      return x
    })
}

interface CachedText {
  readonly key: string
  readonly text: string
  readonly published: string | null
}

/**
 * Training documents (set `pages`) of the labelled pages found in `dirs` (a folder's name is its
 * last path segment); a label whose trigger text is not at its offsets is reported and skipped.
 */
export function pageDocs(labels: readonly PageLabel[], dirs: readonly string[], extractor: Pipeline, cacheDir: string, skipNotes: ReadonlySet<string> = MODALITY_NOTES): GoldDoc[] {
  mkdirSync(cacheDir, { recursive: true })
  const cachePath = join(cacheDir, 'pages-text.jsonl')
  const cache = new Map<string, CachedText>()
  if (existsSync(cachePath)) {
    for (const line of readFileSync(cachePath, 'utf8').split('\n')) {
      if (!line) continue
      const c = JSON.parse(line) as CachedText
      cache.set(c.key, c)
    }
  }
  // `../shared/data/extraction/dates/html` is the folder `dates`.
  const folders = new Map(dirs.map((d) => [basename(resolve(d)) === 'html' ? basename(dirname(resolve(d))) : basename(resolve(d)), resolve(d)]))
  const byPage = new Map<string, PageLabel[]>()
  for (const l of labels) {
    if (!folders.has(l.folder) || (l.label === 'wrong' && skipNotes.has(l.note ?? ''))) continue
    const key = `${l.folder}/${l.file}`
    byPage.set(key, [...(byPage.get(key) ?? []), l])
  }
  let added = 0
  let skipped = 0
  const out: GoldDoc[] = []
  for (const [page, list] of [...byPage].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const path = join(folders.get(list[0]!.folder)!, list[0]!.file)
    const body = readFileSync(path)
    const key = createHash('sha1').update(page).update(body).digest('hex')
    let c = cache.get(key)
    if (!c) {
      // As `newsgraph analyze FILE` reads it: the bytes and the file's time.
      const a = extractor.run({ input: path, body: new Uint8Array(body), lastModified: statSync(path).mtime.toISOString() })
      c = { key, text: a.text, published: a.published }
      cache.set(key, c)
      added++
    }
    const text = c.text
    const events: GoldEvent[] = []
    for (const l of list) {
      if (text.slice(l.start, l.end) !== l.trigger) {
        skipped++
        continue
      }
      const trigger = { start: l.start, end: l.end, text: l.trigger }
      // NONE as the type is a known non-event (`eventMask` gives it the NONE label alone).
      events.push(l.label === 'wrong' ? { type: 'NONE', trigger } : { type: l.type ?? l.coded, trigger })
    }
    out.push({ id: `pages:${page}`, set: 'pages', text, ...(c.published ? { published: c.published } : {}), events, exhaustive: false })
  }
  if (added) writeFileSync(cachePath, [...cache.values()].map((x) => JSON.stringify(x)).join('\n') + '\n')
  if (skipped) console.log(`page labels: ${skipped} skipped (trigger text not at its offsets)`)
  return out
}
