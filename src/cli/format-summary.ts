/** The human-readable summary `newsgraph analyze` prints without `--json`. */
import { DEFAULT_QUOTE_CLASSES, quoteClass, type Article } from '../model/article.js'
import type { IngestSummary } from '../ingest/ingest-job.js'
import { plural } from './usage.js'

/** Renders an article as a short plain-text report for a terminal. */
export function formatSummary(article: Article): string {
  const lines: string[] = []
  lines.push(`# ${article.title ?? '(no title)'}`)
  const meta = [
    article.site.name ?? article.site.domain,
    article.authors.length ? `by ${article.authors.join(', ')}` : null,
    article.published ? `published ${article.published}` : article.referenceDate ? `reference date ${article.referenceDate}` : null,
    article.dateline?.place ? `dateline ${article.dateline.place}` : null,
    article.originalSource ? `credits ${article.originalSource.name}` : null,
  ].filter((x): x is string => Boolean(x))
  if (meta.length) lines.push(meta.join(' · '))
  lines.push(`input: ${article.input}`)
  const words = article.text.split(/\s+/).filter(Boolean).length
  lines.push(`text: ${words} words, ${article.text.split(/\n\n/).length} paragraphs; ${article.removed.length} pieces removed`)
  const people = article.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)
  if (people.length) lines.push(`people: ${people.slice(0, 10).join(', ')}`)
  const places = article.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => e.name)
  if (places.length) lines.push(`places: ${places.slice(0, 10).join(', ')}`)
  const orgs = article.entities.filter((e) => e.type === 'ORG').map((e) => e.name)
  if (orgs.length) lines.push(`organizations: ${orgs.slice(0, 10).join(', ')}`)
  // Like the UI's and the API's quote lists: what was said or written; beliefs, evidence and
  // charges are counted here and listed in --json.
  const said = article.quotes.filter((q) => DEFAULT_QUOTE_CLASSES.has(quoteClass(q)))
  for (const q of said.slice(0, 8)) {
    const content = q.text.length > 100 ? `${q.text.slice(0, 97)}...` : q.text
    lines.push(`quote (${q.kind}) ${q.speakerName ?? 'unknown'}: ${q.kind === 'direct' ? `“${content}”` : content}`)
  }
  const others = article.quotes.length - said.length
  if (others > 0) lines.push(`other attributions (belief, evidence, charges…): ${others}, listed with --json`)
  if (article.events.length) lines.push(`events: ${article.events.map((e) => e.type + (e.negated ? ' (negated)' : '')).join(', ')}`)
  for (const d of article.diagnostics) lines.push(`${d.level}: ${d.code}: ${d.message}`)
  return `${lines.join('\n')}\n\n`
}

/** The line `newsgraph ingest` ends on: what was read, stored and failed, and the stories. */
export function formatIngestSummary(s: IngestSummary & { stories: number }, seconds: number): string {
  const stories = `${plural(s.stories, 'story', 'stories')} in the store (${seconds.toFixed(1)} s)`
  const read = s.read - s.failed
  if (read === 0 && s.failed > 0) return `nothing ingested: ${plural(s.failed, 'input')} failed (named above); ${stories}`
  const failed = s.failed > 0 ? `; ${plural(s.failed, 'input')} failed (named above)` : ''
  return `${plural(read, 'document')} read: ${plural(s.stored, 'new article')}, ${s.unchanged} unchanged, ${plural(s.duplicates, 'duplicate')}${failed}; ${stories}`
}
