/**
 * Content errors at the cues the step found, for `scripts/train-quotes.ts --holdout=M
 * --content-errors=FILE`: content is exact-span F1, so a missed cue loses its content and only
 * the gold attributions whose cue was read exactly say how well contents are chosen. Each such
 * gold content is right (our content of that cue, or of another attribution in the text, trims to
 * it, as `score-quotes.mjs` compares sets of trimmed spans), has no candidate that trims to it
 * (`b`: candidate generation), or has one the ranker placed below another (`c`). A wrong one is
 * shaped by how our span lies against gold: start early / late, end early / late (at a comma, or
 * over a sentence end), disjoint; `medial` when gold runs across its own cue.
 */
import { cueStarts, findAttributions, rankingSite, refineAttributions, type CueLexicon, type SpanModel } from '../../src/analyze/quotes/index.js'
import { trimSpan } from './polnear.js'
import type { PreparedText } from './trainer.js'

const SENTENCE_END = /[.!?]["”’']*\s+\S/
const COMMA_FIRST = /^[^\p{L}\p{N}]*,/u

/** How our span `[ps, pe)` lies against gold `[gs, ge)`, e.g. "start-early+end-late(comma)". */
export function contentShape(text: string, ps: number, pe: number, gs: number, ge: number): string {
  if (pe <= gs || ge <= ps) return 'disjoint'
  const shape: string[] = []
  const edge = (s: number, e: number): string => (SENTENCE_END.test(text.slice(s, e)) ? '(sentence)' : COMMA_FIRST.test(text.slice(s, e)) ? '(comma)' : '')
  if (ps < gs) shape.push(`start-early${/^\s*that\b/i.test(text.slice(ps, gs)) ? '(that)' : ''}`)
  if (ps > gs) shape.push('start-late')
  if (pe > ge) shape.push(`end-late${edge(ge, pe)}`)
  if (pe < ge) shape.push(`end-early${edge(pe, ge)}`)
  return shape.join('+')
}

/** The report: counts by class and shape, then every wrong content with gold and ours. */
export function contentErrorReport(texts: readonly PreparedText[], lexicon: CueLexicon, spans: SpanModel): string {
  const counts = new Map<string, number>()
  const bump = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1)
  const lines: string[] = []
  for (const p of texts) {
    const { text } = p.text
    const found = findAttributions(text, p.tokens, p.sentences, p.quoted, lexicon, undefined, { doc: p.doc, ...(p.syntax ? { syntax: p.syntax } : {}) })
    const final = refineAttributions(p.doc, found, spans, p.syntax)
    const starts = cueStarts(p.doc, found)
    const key = (s: number, e: number): string => trimSpan(text, s, e).join(':')
    const ours = new Set(final.map((a) => key(a.content.start, a.content.end)))
    for (const g of p.text.gold) {
      if (!g.cue || !g.content) continue
      const i = final.findIndex((a) => key(a.cue.start, a.cue.end) === `${g.cue![0]}:${g.cue![1]}`)
      if (i < 0) continue
      bump('cue found')
      const gold = `${g.content[0]}:${g.content[1]}`
      const [ps, pe] = trimSpan(text, final[i]!.content.start, final[i]!.content.end)
      if (`${ps}:${pe}` === gold) {
        bump('right')
        continue
      }
      if (ours.has(gold)) {
        bump('right (another attribution)')
        continue
      }
      const site = rankingSite(p.doc, found[i]!, p.syntax, starts)
      const among = (site?.contents ?? []).some((c) => key(p.tokens[c.from]!.start, p.tokens[c.to - 1]!.end) === gold)
      const [gs, ge] = g.content
      const shape = `${contentShape(text, ps, pe, gs, ge)}${gs < g.cue[0] && ge > g.cue[1] ? ' medial' : ''}`
      const kind = among ? 'c ranked below' : 'b no candidate'
      bump(kind)
      bump(`${kind}\t${shape}`)
      const show = (s: number, e: number): string => text.slice(s, e).replace(/\s*\n\s*/g, ' / ')
      lines.push(`${kind}\t${shape}\t${p.text.name}\tcue=${show(g.cue[0], g.cue[1])}\n  gold: ${show(gs, ge)}\n  ours: ${show(ps, pe)}`)
    }
  }
  const table = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${n}\t${k}`)
  return `${table.join('\n')}\n\n${lines.join('\n')}`
}
