/**
 * `newsgraph ner --conll FILE`: tags a CoNLL-2003 column file for evaluation. Every token line is
 * printed with one more column, the predicted IOB2 tag; `-DOCSTART-` and blank lines pass
 * through unchanged, and the text between `-DOCSTART-` lines is tagged as one document.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadModels } from '../../analyze/models.js'
import { iob2FromSpans } from '../../analyze/ner/labels.js'
import type { NerTagger } from '../../analyze/ner/types.js'
import type { Sentence, Token } from '../../analyze/tokens/tokenize.js'
import { UsageError } from '../usage-error.js'

const HELP = `Usage: newsgraph ner --conll FILE [--models DIR]

  --conll FILE   CoNLL-2003 columns, token first (- for standard input)
  --models DIR   model folder (default: the package's models/)
`

/** Runs `newsgraph ner`. */
export async function runNerCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { conll: { type: 'string' }, models: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (values.conll === undefined) throw new UsageError('--conll FILE is required')
  const models = loadModels(values.models !== undefined ? { dir: values.models } : {})
  if (!models.ner) {
    process.stderr.write('newsgraph ner: no NER model found (models/ner/weights.bin.gz)\n')
    return 1
  }
  let text: string
  try {
    text = readFileSync(values.conll === '-' ? 0 : values.conll, 'utf8')
  } catch (error) {
    process.stderr.write(`newsgraph ner: cannot read ${values.conll}: ${(error as Error).message}\n`)
    return 1
  }
  const out = tagConllText(text, models.ner)
  await new Promise<void>((resolveWrite, reject) => process.stdout.write(out, (e) => (e ? reject(e) : resolveWrite())))
  return 0
}

/** Appends a predicted IOB2 column to every token line of a CoNLL text. */
export function tagConllText(text: string, tagger: NerTagger): string {
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  const out: string[] = []
  let start = 0
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !lines[i]!.startsWith('-DOCSTART-')) continue
    tagDocumentLines(lines, start, i, tagger, out)
    if (i < lines.length) out.push(lines[i]!)
    start = i + 1
  }
  return out.length ? `${out.join('\n')}\n` : ''
}

// Tags lines [from, to) as one document: a pseudo-text of space-joined words gives the tokens
// the character offsets the tagger's contract expects.
function tagDocumentLines(lines: readonly string[], from: number, to: number, tagger: NerTagger, out: string[]): void {
  const tokens: Token[] = []
  const sentences: Sentence[] = []
  let offset = 0
  let first = 0
  const close = (): void => {
    if (tokens.length > first) {
      sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, tokenStart: first, tokenEnd: tokens.length })
    }
    first = tokens.length
  }
  for (let i = from; i < to; i++) {
    const line = lines[i]!.trim()
    if (line === '') {
      close()
      continue
    }
    const word = line.split(/\s+/, 1)[0]!
    tokens.push({ text: word, start: offset, end: offset + word.length })
    offset += word.length + 1
  }
  close()
  const tags = iob2FromSpans(
    tagger.tag(tokens, sentences).map((s) => ({ start: s.tokenStart, end: s.tokenEnd, label: s.label })),
    tokens.length,
  )
  // Each CoNLL sentence is its own IOB2 sequence: a span never crosses a blank line, so the
  // token-level tags can be written back line by line.
  let k = 0
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (line.trim() === '') out.push(line)
    else {
      out.push(`${line.trimEnd()} ${tags[k]!}`)
      k++
    }
  }
}
