/** `newsgraph story ID`: one story, told with its members' titles, outlets and who copied whom. */
import { parseArgs } from 'node:util'
import { UsageError } from '../usage-error.js'
import { plural } from '../usage.js'
import { DB, withStore } from './store-access.js'

/** `newsgraph story ID`: one story with its origin, copies and rewrites. */
export async function runStoryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...DB, json: { type: 'boolean' } } })
  if (values.help || positionals.length !== 1) {
    if (!values.help) throw new UsageError('give one story id')
    process.stdout.write('Usage: newsgraph story ID [--json] [--db FILE]\n')
    return 0
  }
  const found = await withStore(
    values.db,
    async (store) => {
      const story = await store.story(positionals[0]!)
      if (!story) return null
      // Titles, outlets and dates of the members, so the story reads without looking ids up.
      const members = []
      for (const m of story.members) {
        const a = await store.getArticle(m.article)
        members.push({ ...m, title: a?.title ?? null, outlet: a?.site.name ?? a?.site.domain ?? null, published: a?.published ?? a?.referenceDate ?? null, copyOf: copyOfEvidence(m.evidence) })
      }
      return { story: story.story, members }
    },
    true,
  )
  if (!found) {
    process.stderr.write(`newsgraph story: no story \`${positionals[0]}\`; \`newsgraph stories\` lists them\n`)
    return 1
  }
  if (values.json) process.stdout.write(`${JSON.stringify(found, null, 2)}\n`)
  else process.stdout.write(formatStory(found))
  return 0
}

/** The article a copy or rewrite follows, from its stored evidence. */
function copyOfEvidence(evidence: unknown): string | null {
  const e = evidence as { copyOf?: unknown } | null
  return typeof e?.copyOf === 'string' ? e.copyOf : null
}

type StoryMemberLine = { article: string; relation: string; title: string | null; outlet: string | null; published: string | null; copyOf: string | null }

/** A story for a terminal: its members in time order, each with its relation, outlet and title. */
function formatStory(found: {
  story: { title: string; articles: number; outlets: number; independent: number; firstSeen: string | null; lastSeen: string | null }
  members: StoryMemberLine[]
}): string {
  const s = found.story
  const titleOf = new Map(found.members.map((m) => [m.article, m.title ?? m.article]))
  const when = (m: StoryMemberLine): number => (m.published ? Date.parse(m.published) : Number.POSITIVE_INFINITY) || Number.POSITIVE_INFINITY
  const ordered = [...found.members].sort((a, b) => when(a) - when(b))
  const lines = [
    `# ${s.title}`,
    `${plural(s.articles, 'article')} from ${plural(s.outlets, 'outlet')}, ${plural(s.independent, 'independent report')}; ${s.firstSeen ?? '?'} .. ${s.lastSeen ?? '?'}`,
    '',
  ]
  for (const m of ordered) {
    lines.push(`  ${(m.published ?? 'undated').slice(0, 16).padEnd(16)}  ${m.relation.padEnd(11)} ${(m.outlet ?? 'unknown outlet').padEnd(20)} ${m.title ?? '(no title)'}`)
    const follows = m.copyOf ? titleOf.get(m.copyOf) : undefined
    if (follows && m.relation !== 'origin') lines.push(`  ${''.padEnd(16)}  ${''.padEnd(11)} ${m.relation === 'copy' ? 'copies' : 'rewrites'} “${follows}”  [${m.article}]`)
    else lines.push(`  ${''.padEnd(16)}  ${''.padEnd(11)} [${m.article}]`)
  }
  return `${lines.join('\n')}\n`
}
