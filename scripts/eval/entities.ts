/**
 * `tsx scripts/eval/entities.ts [CONLL_FILE]`: runs the whole entity step (tagger, gazetteer,
 * cleaning, coreference) over CoNLL-2003 dev documents, maps the fine types back to CoNLL's four
 * (PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, NORP/EVENT/PRODUCT->MISC), and scores the name
 * mentions with the shared conlleval, so changes to the step show whether they help or hurt
 * the tagger they start from. Prints the tagger-alone figures alongside for comparison.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EntityType } from '../../src/model/article.js'
import { newArticle } from '../../src/model/new-article.js'
import { loadModels } from '../../src/analyze/models.js'
import type { AnalysisContext } from '../../src/analyze/context.js'
import type { Sentence, Token } from '../../src/analyze/tokens/tokenize.js'
import { findEntities } from '../../src/analyze/entities/index.js'
import { checkFloors, EVAL_DIR, figure, lastLine, runScorer, sharedPath } from './lib.js'

const COARSE: Record<EntityType, string> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
}

interface Doc {
  readonly lines: string[][]
  readonly sentences: number[][]
}

/** Splits CoNLL text into documents of sentences of token lines (columns). */
function readDocs(raw: string): Doc[] {
  const docs: Doc[] = []
  let doc: Doc = { lines: [], sentences: [] }
  let sentence: number[] = []
  const endSentence = (): void => {
    if (sentence.length) doc.sentences.push(sentence)
    sentence = []
  }
  for (const line of raw.split('\n')) {
    const cols = line.trim().split(/\s+/)
    if (cols[0] === '-DOCSTART-') {
      endSentence()
      if (doc.lines.length) docs.push(doc)
      doc = { lines: [], sentences: [] }
    } else if (line.trim() === '') endSentence()
    else {
      sentence.push(doc.lines.length)
      doc.lines.push(cols)
    }
  }
  endSentence()
  if (doc.lines.length) docs.push(doc)
  return docs
}

const input = process.argv[2] ?? sharedPath('data/nlp/conll2003/valid.txt')
const models = loadModels()
const tagger = models.ner
if (!tagger) {
  console.error('eval:entities: no NER model in models/ner')
  process.exit(1)
}
const out: string[] = []
const base: string[] = []
const started = performance.now()
for (const doc of readDocs(readFileSync(input, 'utf8'))) {
  // Rebuild the document text with one space between tokens and a line break between sentences.
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let text = ''
  for (const s of doc.sentences) {
    const first = tokens.length
    for (const i of s) {
      if (tokens.length > first) text += ' '
      const word = doc.lines[i]![0]!
      tokens.push({ text: word, start: text.length, end: text.length + word.length })
      text += word
    }
    sentences.push({ start: tokens[first]!.start, end: text.length, tokenStart: first, tokenEnd: tokens.length })
    text += '\n'
  }
  const ctx: AnalysisContext = {
    article: newArticle({ input, text }),
    text,
    tokens,
    sentences,
    referenceDate: null,
    models,
    entities: [],
    dates: [],
    quantities: [],
    quotes: [],
  }
  const tags = new Array<string>(tokens.length).fill('O')
  for (const e of findEntities(ctx)) {
    for (const m of e.mentions) {
      // CoNLL marks names only: pronouns and "the aide" are not scored.
      if (m.kind === 'pronoun' || m.kind === 'nominal') continue
      const covered = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start < m.end && t.end > m.start)
      covered.forEach(([, i], k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${COARSE[e.type]}`))
    }
  }
  const baseTags = new Array<string>(tokens.length).fill('O')
  for (const span of tagger.tag(tokens, sentences)) {
    for (let i = span.tokenStart; i < span.tokenEnd; i++) baseTags[i] = `${i === span.tokenStart ? 'B' : 'I'}-${span.label}`
  }
  for (const s of doc.sentences) {
    for (const i of s) {
      const cols = doc.lines[i]!
      out.push(`${cols.join(' ')} ${tags[i]}`)
      base.push(`${cols.join(' ')} ${baseTags[i]}`)
    }
    out.push('')
    base.push('')
  }
}
const seconds = (performance.now() - started) / 1000
mkdirSync(EVAL_DIR, { recursive: true })
const path = join(EVAL_DIR, 'entities-dev.txt')
const basePath = join(EVAL_DIR, 'entities-dev-tagger.txt')
writeFileSync(path, out.join('\n'))
writeFileSync(basePath, base.join('\n'))
const tagged = lastLine(runScorer('conlleval.mjs', [basePath]))
const output = runScorer('conlleval.mjs', [path])
process.stdout.write(output)
console.log(`tagger alone: ${tagged}`)
console.log(`entity step in ${seconds.toFixed(1)} s`)
if (!checkFloors({ 'entities.conll-dev.f1': figure(lastLine(output), 'F1') / 100 })) process.exitCode = 1
