/**
 * A bounded record of what extraction cut. Every cut piece with text is reported, but a page
 * can have thousands of menu items, so the log keeps at most `MAX_ENTRIES` pieces of at most
 * `MAX_CHARS` characters each (whitespace normalised) and counts what it left out.
 */
import type { Removed, RemovedReason } from '../../model/article.js'

const MAX_ENTRIES = 200
const MAX_CHARS = 300

/** Collects removed pieces within fixed bounds. */
export class RemovedLog {
  readonly entries: Removed[] = []
  /** Pieces not kept because the log was full. */
  dropped = 0

  /** Records one cut piece (ignored when it has no text). */
  add(text: string, reason: RemovedReason): void {
    const t = text.length > MAX_CHARS * 4 ? text.slice(0, MAX_CHARS * 4) : text
    const clean = t.replace(/\s+/g, ' ').trim()
    if (!clean) return
    if (this.entries.length >= MAX_ENTRIES) {
      this.dropped++
      return
    }
    this.entries.push({ text: clean.length > MAX_CHARS ? `${clean.slice(0, MAX_CHARS - 1)}…` : clean, reason })
  }
}
