/**
 * What a story is about at a glance: a summary drawn from its members' leads (the first summary
 * sentence of the origin and of each independent report, near-repeats left out) and the IPTC
 * topics its members carry, with how many members carry each.
 */
import type { Article } from '../model/article.js'
import type { StoryMembership } from '../store/article-store.js'

/** One lead sentence of the story summary, with the article it is evidence from. */
export interface StoryLead {
  readonly article: string
  readonly site: string | null
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Topics of a story's members. */
export interface StoryTopic {
  readonly code: string
  readonly label: string
  readonly articles: number
}

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

/** Up to `max` lead sentences: origin first, then independent reports, then rewrites; copies never. */
export function storyLeads(members: readonly StoryMembership[], articles: ReadonlyMap<string, Article | null>, max = 3): StoryLead[] {
  const rank = { origin: 0, independent: 1, rewrite: 2, copy: 3 } as const
  const out: StoryLead[] = []
  for (const m of [...members].sort((a, b) => rank[a.relation] - rank[b.relation] || a.article.localeCompare(b.article))) {
    if (m.relation === 'copy' || out.length >= max) continue
    const a = articles.get(m.article)
    const lead = a?.summary?.[0]
    if (!a || !lead) continue
    // A lead that says what one already chosen says (most of its words shared) adds nothing.
    const w = wordsOf(lead.text)
    if (out.some((o) => overlap(w, wordsOf(o.text)) > 0.6)) continue
    out.push({ article: a.id, site: a.site.name ?? a.site.domain, text: lead.text, start: lead.start, end: lead.end })
  }
  return out
}

/** Topics carried by the members (their best topic and any listed beside it), most common first. */
export function storyTopics(articles: ReadonlyMap<string, Article | null>): StoryTopic[] {
  const count = new Map<string, StoryTopic>()
  for (const a of articles.values())
    for (const t of a?.topics ?? []) {
      const c = count.get(t.code)
      count.set(t.code, { code: t.code, label: t.label, articles: (c?.articles ?? 0) + 1 })
    }
  return [...count.values()].sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code))
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / Math.max(1, Math.min(a.size, b.size))
}
