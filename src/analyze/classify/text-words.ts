/** The words of a stretch of text, from the text's words split once (`words()`). */
import type { Word } from './words.js'
import { firstStartingFrom } from '../../model/mention-index.js'

/** The words that start inside `[start, end)`, found by binary search. */
export function wordsBetween(ws: readonly Word[], start: number, end: number): readonly Word[] {
  return ws.slice(firstStartingFrom(ws, start), firstStartingFrom(ws, end))
}
