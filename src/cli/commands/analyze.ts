/** `newsgraph analyze`: extraction, then the analysis steps (all, or those given to `--steps`). */
import { ANALYSIS_STEPS } from '../../analyze/index.js'
import { COMMON_HELP, runArticleCommand } from '../article-command.js'

const HELP = `Usage: newsgraph analyze <file|folder|glob|url|->... [options]
       newsgraph analyze --from-jsonl FILE [options]

  --json                 one JSON object (several inputs: one per line)
  --jsonl                one JSON object per line, each naming its input
  --plain                the input is already the article text (no extraction)
  --from-jsonl FILE      lines {input|id, text, title?, published?, url?}, analyzed as plain text
  --reference-date DATE  date relative expressions resolve against (YYYY-MM-DD)
  --steps A,B            run only these analysis steps (and those they need): ${ANALYSIS_STEPS.join(', ')}
  --with-syntax          add every token's tags, lemma, head and relation to the JSON
${COMMON_HELP}`

/** `newsgraph analyze`: extraction and every analysis step (or those given to `--steps`). */
export function runAnalyzeCommand(args: string[]): Promise<number> {
  return runArticleCommand('analyze', args, HELP)
}
