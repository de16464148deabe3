/** `newsgraph extract`: extraction only; the analysis arrays stay empty. */
import { COMMON_HELP, runArticleCommand } from '../article-command.js'

const HELP = `Usage: newsgraph extract <file|folder|glob|url|->... [options]

Extraction only: text, title, authors, dates, outlet, language, credit line; the analysis arrays stay empty.

  --json                 one JSON object (several inputs: one per line)
  --jsonl                one JSON object per line, each naming its input
${COMMON_HELP}`

/** `newsgraph extract`: extraction only; analysis arrays stay empty. */
export function runExtractCommand(args: string[]): Promise<number> {
  return runArticleCommand('extract', args, HELP)
}
