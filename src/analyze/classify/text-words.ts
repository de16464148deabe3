/**
 * The article's words (`words()` over the whole text) split once and shared by the tone,
 * topic and keyword steps through the analysis context's scratch map.
 */
import type { AnalysisContext } from '../context.js'
import { words, type Word } from './words.js'
import { firstStartingFrom } from '../entities/mention-index.js'

const KEY = 'classify:words'

/** Every word of the article text, with offsets into it. */
export function textWords(ctx: AnalysisContext): readonly Word[] {
  let ws = ctx.scratch.get(KEY) as Word[] | undefined
  if (!ws) ctx.scratch.set(KEY, (ws = words(ctx.text)))
  return ws
}

/** The words that start inside `[start, end)`, found by binary search. */
export function wordsBetween(ws: readonly Word[], start: number, end: number): readonly Word[] {
  return ws.slice(firstStartingFrom(ws, start), firstStartingFrom(ws, end))
}
