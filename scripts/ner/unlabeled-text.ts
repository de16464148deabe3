/**
 * Unlabeled English news text for the word clusters: the shared corpora that are not NER test
 * material (PolNeAR, ECB+, SemEval 2022 task 8 sample, scrapinghub bodies, TimeBank) plus the
 * words of the CoNLL training file, as sentences of tokens the way the tagger sees them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tokenize } from '../../src/analyze/tokens/tokenize.js'
import { parseConll } from '../../src/analyze/ner/conll.js'
import { normalizeWord } from '../../src/analyze/ner/tagger.js'

function sentencesOf(text: string): string[][] {
  const { tokens, sentences } = tokenize(text)
  return sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => normalizeWord(t.text)))
}

function folderTexts(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
}

function jsonlTexts(path: string, fields: readonly string[]): string[] {
  if (!existsSync(path)) return []
  const out: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const row = JSON.parse(line) as Record<string, unknown>
    for (const f of fields) if (typeof row[f] === 'string') out.push(row[f])
  }
  return out
}

/** Sentences of unlabeled text under the shared data folder, in a fixed order, and where they came from. */
export function unlabeledSentences(shared: string, conllTrain: string): { sentences: string[][]; sources: Record<string, number> } {
  const sources: Record<string, number> = {}
  const sentences: string[][] = []
  const add = (name: string, texts: readonly string[]): void => {
    let n = 0
    for (const text of texts) {
      for (const s of sentencesOf(text)) {
        sentences.push(s)
        n += s.length
      }
    }
    sources[name] = n
  }
  const data = join(shared, 'data')
  add('polnear', [...folderTexts(join(data, 'nlp/quotes/polnear/data/train/text'), '.txt'), ...folderTexts(join(data, 'nlp/quotes/polnear/data/dev/text'), '.txt')])
  add('ecbplus', jsonlTexts(join(data, 'cluster/ecbplus/docs.jsonl'), ['title', 'text']))
  add('semeval2022', jsonlTexts(join(data, 'cluster/semeval2022-task8-sample/en_en.jsonl'), ['text1', 'text2']))
  const gt = join(data, 'extraction/scrapinghub/ground-truth.json')
  if (existsSync(gt)) {
    const rows = JSON.parse(readFileSync(gt, 'utf8')) as Record<string, { articleBody?: string }>
    add(
      'scrapinghub',
      Object.keys(rows)
        .sort()
        .map((k) => rows[k]!.articleBody ?? ''),
    )
  }
  add(
    'timebank',
    folderTexts(join(data, 'nlp/timeml/TimeBank'), '.tml').map((x) => x.replace(/<[^>]*>/g, ' ')),
  )
  let n = 0
  for (const doc of parseConll(readFileSync(conllTrain, 'utf8'))) {
    for (const s of doc.sentences) {
      sentences.push(s.words.map(normalizeWord))
      n += s.words.length
    }
  }
  sources['conll-train'] = n
  return { sentences, sources }
}
