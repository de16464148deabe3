/**
 * Article text with its analysis laid over it: entity mentions (linked to the entity page),
 * quotes and their speakers, dates and event sentences, each with its evidence in a tooltip.
 * Spans overlap freely (a quote contains mentions, an event sentence contains everything), so
 * the text is cut at every span boundary and each piece carries the classes and explanations of
 * all spans covering it — no nesting to get wrong, and every character is escaped once.
 * Each annotation can carry an anchor (`q-1`, `m-e3`, `ev-2`, `d-1`): an empty element at its
 * start to jump to, and a reference on every piece it covers, so the page's script can light
 * up the whole span whatever layers are shown.
 */
import type { Article } from '../../model/article.js'
import { escapeHtml, trustedHtml, type SafeHtml } from '../safe-html.js'
import { entityHref } from './layout.js'

interface Annotation {
  readonly start: number
  readonly end: number
  readonly className: string
  readonly title: string
  /** Link target (entity mentions only). */
  readonly href?: string
  /** Entity id, so a hover can light up the entity's other mentions. */
  readonly entity?: string
  /** Anchor id placed at the start (only the first annotation with a given id gets the element). */
  readonly anchor?: string
  /** Reference the page's script lights up on a jump (defaults to `anchor`). */
  readonly ref?: string
}

/** Collects the annotations of an article, dropping spans outside its text. */
export function articleAnnotations(a: Article): Annotation[] {
  const out: Annotation[] = []
  const n = a.text.length
  const push = (x: Annotation): void => {
    if (Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= n && x.start < x.end) out.push(x)
  }
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]))
  const nameOf = (id: string | null | undefined): string => (id ? (entityName.get(id) ?? id) : '?')
  for (const e of a.entities) {
    const href = entityHref(e.key ?? e.name)
    const first = Math.min(...e.mentions.map((m) => m.start))
    for (const m of e.mentions) {
      const how = m.kind && m.kind !== 'name' ? ` (${m.kind} mention)` : ''
      push({
        start: m.start,
        end: m.end,
        className: `ann ent-${e.type}`,
        title: `${e.type}: ${e.name}${how}${e.country ? ` · ${e.country}` : ''}`,
        href,
        entity: e.id,
        ref: mentionAnchor(e.id),
        ...(m.start === first ? { anchor: mentionAnchor(e.id) } : {}),
      })
    }
  }
  a.quotes.forEach((q, i) => {
    const speaker = q.speaker ? nameOf(q.speaker) : (q.speakerName ?? 'unattributed')
    push({ start: q.start, end: q.end, className: 'quote', title: `${q.kind} quote ${i + 1} — speaker: ${speaker}${q.cue ? ` · cue: “${q.cue}”` : ''}`, anchor: quoteAnchor(i) })
    if (q.speakerMention) push({ start: q.speakerMention.start, end: q.speakerMention.end, className: 'speaker', title: `speaker of quote ${i + 1}: ${speaker}`, ref: quoteAnchor(i) })
    if (q.cueSpan) push({ start: q.cueSpan.start, end: q.cueSpan.end, className: 'cue', title: `cue of quote ${i + 1}`, ref: quoteAnchor(i) })
  })
  a.dates.forEach((d, i) => push({ start: d.start, end: d.end, className: 'date', title: `${d.type ?? 'DATE'} ${d.value}`, anchor: dateAnchor(i) }))
  a.events.forEach((e) => {
    const parts = [`event ${e.type}${e.mode ? `/${e.mode}` : ''}: ${nameOf(e.actor)}${e.recipient ? ` → ${nameOf(e.recipient)}` : ''}`]
    if (e.negated) parts.push('negated')
    if (e.modality !== 'asserted') parts.push(e.modality)
    if (e.date) parts.push(`on ${e.date}`)
    if (e.source) parts.push(`according to ${nameOf(e.source)}`)
    push({ start: e.evidence.start, end: e.evidence.end, className: 'event', title: parts.join(' · '), anchor: eventAnchor(e.id) })
  })
  return out
}

/** Anchor of an entity's first mention (every mention carries it as a reference). */
export const mentionAnchor = (entityId: string): string => `m-${entityId}`
/** Anchor of the i-th quote (0-based), at its content; its speaker and cue carry it too. */
export const quoteAnchor = (i: number): string => `q-${i + 1}`
/** Anchor of the i-th date expression. */
export const dateAnchor = (i: number): string => `d-${i + 1}`
/** Anchor of an event's evidence sentence, by event id. */
export const eventAnchor = (eventId: string): string => `ev-${eventId}`

/** Renders the text with annotations as escaped markup (the caller wraps it in a container). */
export function annotatedText(text: string, annotations: readonly Annotation[]): SafeHtml {
  const cuts = new Set<number>([0, text.length])
  for (const x of annotations) {
    cuts.add(x.start)
    cuts.add(x.end)
  }
  const anchorsAt = new Map<number, string[]>()
  const placed = new Set<string>()
  for (const x of [...annotations].sort((p, q) => p.start - q.start)) {
    if (!x.anchor || placed.has(x.anchor)) continue
    placed.add(x.anchor)
    anchorsAt.set(x.start, [...(anchorsAt.get(x.start) ?? []), x.anchor])
  }
  const points = [...cuts].sort((p, q) => p - q)
  const byStart = [...annotations].sort((p, q) => p.start - q.start)
  let next = 0
  let active: Annotation[] = []
  let out = ''
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    for (const id of anchorsAt.get(from) ?? []) out += `<span class="anchor" id="${escapeHtml(id)}"></span>`
    active = active.filter((x) => x.end > from)
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) active.push(byStart[next]!)
      next++
    }
    const piece = escapeHtml(text.slice(from, to))
    if (active.length === 0) {
      out += piece
      continue
    }
    const classes = [...new Set(active.flatMap((x) => x.className.split(' ')))].join(' ')
    const title = escapeHtml([...new Set(active.map((x) => x.title))].join('\n'))
    const refs = [...new Set(active.map((x) => x.ref ?? x.anchor).filter((r): r is string => Boolean(r)))].join(' ')
    const refAttr = refs ? ` data-refs="${escapeHtml(refs)}"` : ''
    const link = active.find((x) => x.href)
    const entity = link?.entity ? ` data-entity="${escapeHtml(link.entity)}"` : ''
    // Mentions stay mouse links to their entity page, but out of the tab order: the side panel
    // offers the same pages without a stop at every name.
    out += link
      ? `<a class="${escapeHtml(classes)}" href="${escapeHtml(link.href!)}" title="${title}" tabindex="-1"${entity}${refAttr}>${piece}</a>`
      : `<span class="${escapeHtml(classes)}" title="${title}"${refAttr}>${piece}</span>`
  }
  return trustedHtml(out)
}
