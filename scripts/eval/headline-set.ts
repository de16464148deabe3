/**
 * A short-text look-alike of an aggregator headline stream, made from the shared ECB+ documents
 * (never from a kept-back set): each document reduced to its headline, lower-cased, undated, in a
 * seeded arrival order; and a feed-item variant (headline plus the first sentence of the text, as
 * a feed's description). Gold stories are the ECB+ event clusters. Used by `npm run eval:cluster`
 * and scripts/eval/cluster-tune.ts to tune and check clustering of short texts.
 */
import { readFileSync } from 'node:fs'
import type { CorpusDoc } from '../../src/corpus/corpus-doc.js'
import { sharedPath } from './lib.js'

/** One short document with its gold story and topic. */
export interface ShortDoc extends CorpusDoc {
  readonly cluster: string
  readonly topic: number
}

/** The first sentence of a text (up to 300 characters). */
function firstSentence(text: string): string {
  const m = /^[\s\S]{20,300}?[.!?](?=\s)/.exec(text.trim())
  return (m ? m[0] : text.trim().slice(0, 300)).replace(/\s+/g, ' ')
}

/** ECB+ documents as lower-cased headlines (`headline`) or feed items (`feed`: headline and description). */
export function headlineSet(kind: 'headline' | 'feed'): ShortDoc[] {
  return readFileSync(sharedPath('data/cluster/ecbplus/docs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; topic: number; cluster: string; title: string | null; text: string })
    .map((r) => {
      const headline = (r.title ?? firstSentence(r.text)).replace(/\s+/g, ' ').trim()
      const text = kind === 'headline' ? headline : `${headline}. ${firstSentence(r.text)}`
      return { input: r.id, text: text.toLowerCase(), cluster: r.cluster, topic: r.topic }
    })
}
