/** The ECB+ documents of `../shared/data/cluster/ecbplus` with their gold topic and story, for the clustering tuners. */
import { readFileSync } from 'node:fs'
import type { CorpusDoc } from '../../src/corpus/corpus-doc.js'
import { sharedPath } from './lib.js'

/** An ECB+ document as the clusterer reads it, with its gold topic and cluster. */
export interface GoldDoc extends CorpusDoc {
  readonly topic: number
  readonly cluster: string
}

/** Reads every ECB+ document with its gold labels. */
export function readEcbPlusGold(): GoldDoc[] {
  return readFileSync(sharedPath('data/cluster/ecbplus/docs.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; title: string | null; url: string | null; topic: number; cluster: string }
      return { input: r.id, text: r.text, title: r.title, url: r.url, topic: r.topic, cluster: r.cluster }
    })
}
