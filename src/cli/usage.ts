/**
 * The usage line of every command, in one place: `newsgraph --help` lists them all, and a
 * command called wrongly (an unknown option, a missing value) prints its own after the fault.
 */
import { ownEntry } from '../model/own-entry.js'

/** Usage lines per command (its full options: `newsgraph <command> --help`). */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  analyze: 'newsgraph analyze <file|folder|glob|url|->... [--json|--jsonl] [--plain] [--reference-date YYYY-MM-DD] [--steps entities,dates,...]\nnewsgraph analyze --from-jsonl FILE [--jsonl]',
  extract: 'newsgraph extract <file|folder|glob|url|->... [--json|--jsonl]',
  ner: 'newsgraph ner --conll FILE',
  parse: 'newsgraph parse <file|url|-> | --conllu FILE',
  cluster: 'newsgraph cluster --from-jsonl FILE --jsonl',
  ingest: 'newsgraph ingest <file|folder|url|feed|sitemap|opml|warc>... [--db FILE]',
  search: 'newsgraph search ["words"] [--entity K] [--outlet D] [--topic T] [--language L] [--from DATE] [--to DATE] [--event TYPE]',
  stories: 'newsgraph stories [--rebuild]',
  story: 'newsgraph story ID',
  export: 'newsgraph export --format jsonl|csv|gdelt',
  watch: 'newsgraph watch ["words"] [--entity K] [--topic T] [--saved ID] [--max N]   (prints new matches as they are stored)',
  attention: 'newsgraph attention ["words"] [--entity K] [--by day|week]',
  serve: 'newsgraph serve [--db FILE] [--create] [--port N] [--host 127.0.0.1] [--token T]',
  worker: 'newsgraph ingest --queue <source>... [--nats URL]   then: newsgraph worker --stage extract|analyze|cluster [--nats URL] [--db URL]',
}

/** The usage of one command, indented, with where to read the rest; empty for an unknown command. */
export function commandUsage(command: string | undefined): string {
  const lines = command ? ownEntry(COMMAND_USAGE, command) : undefined
  if (!lines) return ''
  return `Usage:\n${lines
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\nRun "newsgraph ${command} --help" for every option.`
}

/** "1 article", "2 articles", "0 stories": a count with its noun in the right number. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`
}
