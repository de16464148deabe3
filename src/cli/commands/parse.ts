/**
 * `newsgraph parse`: the syntax layer on its own. With `--conllu FILE` it reads CoNLL-U on its
 * gold tokenization (ID and FORM; other columns ignored) and writes it back with predicted LEMMA,
 * UPOS, XPOS, HEAD and DEPREL, for scoring with `score-ud.mjs`. Given an article (file, URL or -)
 * it extracts the text, tokenizes it as `analyze` does and prints each sentence's parse.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_MODELS_DIR } from '../../analyze/models.js'
import { readConllu, writeConllu, type ConlluProblem } from '../../analyze/syntax/conllu.js'
import { loadSyntaxModel, SyntaxParser } from '../../analyze/syntax/model.js'
import { parseTokens } from '../../analyze/syntax/parse-tokens.js'
import type { TokenSyntax } from '../../analyze/syntax/types.js'
import { tokenize, type Token } from '../../analyze/tokens/tokenize.js'
import { describeError, readInput } from '../../ingest/read-inputs.js'
import { extract, resolveExtractOptions } from '../../extract/index.js'
import { UsageError } from '../usage-error.js'
import { stringFlags } from '../flag-values.js'

const HELP = `Usage: newsgraph parse --conllu FILE [--models DIR]
       newsgraph parse <file|url|-> [--plain] [--output text|conllu] [--models DIR]

  --conllu FILE    CoNLL-U on its own tokenization (- for standard input): written back with
                   predicted LEMMA, UPOS, XPOS, HEAD and DEPREL
  --plain          the input is already the article text (no extraction)
  --output FORMAT  text (default: one table per sentence) or conllu (the article's tokens)
  --models DIR     model folder (default: the package's models/)
`

/** Runs `newsgraph parse`. */
export async function runParseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...stringFlags('conllu', 'output', 'models'), plain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  })
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const output = values.output ?? 'text'
  if (output !== 'text' && output !== 'conllu') throw new UsageError(`--output must be text or conllu, got \`${output}\``)
  if (values.conllu === undefined && positionals.length !== 1) throw new UsageError('give one article (a file, URL or -) or --conllu FILE')
  if (values.conllu !== undefined && positionals.length > 0) throw new UsageError('--conllu FILE takes no other input')
  const model = loadSyntaxModel(join(values.models ?? DEFAULT_MODELS_DIR, 'parser'))
  if (!model) {
    process.stderr.write('newsgraph parse: no parser model found (models/parser/syntax.bin.gz; run npm run train:parser)\n')
    return 1
  }
  const parser = new SyntaxParser(model)
  if (values.conllu !== undefined) {
    let text: string
    try {
      text = readFileSync(values.conllu === '-' ? 0 : values.conllu, 'utf8')
    } catch (error) {
      process.stderr.write(`newsgraph parse: cannot read ${values.conllu}: ${describeError(error)}\n`)
      return 1
    }
    const { output: conllu, problems } = parseConlluText(text, parser)
    for (const p of problems.slice(0, 10)) process.stderr.write(`newsgraph parse: ${values.conllu}:${p.line}: ${p.message}\n`)
    await writeOut(conllu)
    return problems.length > 0 ? 1 : 0
  }
  const input = positionals[0]!
  const doc = await readInput(input, values.plain ? { format: 'plain' } : {})
  if ('error' in doc) {
    process.stderr.write(`newsgraph parse: ${input}: ${doc.error}\n`)
    return 1
  }
  const article = extract(doc, resolveExtractOptions())
  if (!/^en\b/i.test(article.language)) {
    process.stderr.write(`newsgraph parse: ${input}: the text reads as \`${article.language}\`; the model parses English, so expect nonsense\n`)
  }
  const { tokens, sentences } = tokenize(article.text, { dateline: article.datelineSpan ?? null })
  const syntax = parseTokens(parser, tokens, sentences)
  const blocks: string[] = []
  sentences.forEach((s, k) => {
    const range = { start: s.tokenStart, end: s.tokenEnd }
    blocks.push(
      output === 'conllu' ? sentenceConllu(article.text.slice(s.start, s.end), k + 1, tokens, syntax, range) : sentenceTable(article.text.slice(s.start, s.end), k + 1, tokens, syntax, range),
    )
  })
  await writeOut(blocks.join(''))
  return 0
}

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
// The stream reports it twice (to the write callback, then as an 'error' event on a later tick),
// so the listener stays for the rest of the process.
function ignoreClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') throw e
}

function writeOut(text: string): Promise<void> {
  if (!process.stdout.listeners('error').includes(ignoreClosedPipe)) process.stdout.on('error', ignoreClosedPipe)
  return new Promise<void>((resolveWrite, reject) => {
    process.stdout.write(text, (e) => (e && (e as NodeJS.ErrnoException).code !== 'EPIPE' ? reject(e) : resolveWrite()))
  })
}

/**
 * Tags and parses every sentence of a CoNLL-U text on its own words. Comments, multi-word token
 * ranges and empty nodes pass through unchanged; word lines get predicted LEMMA, UPOS, XPOS, HEAD
 * and DEPREL, with FEATS and DEPS cleared (not predicted) and MISC kept.
 */
export function parseConlluText(text: string, parser: SyntaxParser): { output: string; problems: ConlluProblem[] } {
  const doc = readConllu(text)
  for (const s of doc.sentences) {
    if (s.words.length === 0) continue
    const parsed = parser.parse(s.words.map((w) => w.form))
    s.words.forEach((w, i) => {
      const p = parsed[i]!
      w.lemma = p.lemma
      w.upos = p.upos
      w.xpos = p.xpos
      w.feats = '_'
      w.head = p.head + 1
      w.deprel = p.deprel
      w.deps = '_'
    })
  }
  return { output: writeConllu(doc.sentences), problems: doc.problems }
}

interface Range {
  readonly start: number
  readonly end: number
}

function sentenceConllu(text: string, number: number, tokens: readonly Token[], syntax: readonly TokenSyntax[], r: Range): string {
  const lines = [`# sent_id = ${number}`, `# text = ${text.replace(/\s+/g, ' ')}`]
  for (let t = r.start; t < r.end; t++) {
    const x = syntax[t]!
    const head = x.head < 0 ? 0 : x.head - r.start + 1
    const spaceAfter = t + 1 < tokens.length && tokens[t + 1]!.start === tokens[t]!.end ? 'SpaceAfter=No' : '_'
    lines.push([t - r.start + 1, tokens[t]!.text, x.lemma, x.upos, x.xpos, '_', head, x.deprel, '_', spaceAfter].join('\t'))
  }
  return `${lines.join('\n')}\n\n`
}

function sentenceTable(text: string, number: number, tokens: readonly Token[], syntax: readonly TokenSyntax[], r: Range): string {
  const rows: string[][] = []
  for (let t = r.start; t < r.end; t++) {
    const x = syntax[t]!
    const head = x.head < 0 ? '0 ROOT' : `${x.head - r.start + 1} ${tokens[x.head]!.text}`
    rows.push([String(t - r.start + 1), tokens[t]!.text, x.lemma, x.upos, x.xpos, x.deprel, head])
  }
  const widths = rows[0]!.map((_, c) => Math.min(24, Math.max(...rows.map((row) => row[c]!.length))))
  const body = rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  )
  return `${number}. ${text.replace(/\s+/g, ' ')}\n${body.join('\n')}\n\n`
}
