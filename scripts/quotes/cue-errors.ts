/**
 * Cue errors of predicted attributions against PolNeAR gold, by class, for
 * `scripts/train-quotes.ts --holdout=M --cue-errors=FILE`: the exact-span cue F1 counts every cue
 * that is not exactly a gold cue, and these are its kinds. A boundary error is a cue that overlaps
 * a gold cue it does not equal ("said" for "said in a statement"; L/R: our start / end before
 * (-), at (=) or after (+) the gold one); a false cue overlaps none (and may lie inside a gold
 * content); a missed cue is a gold cue no predicted cue overlaps, by the parse's tag of its first
 * word. Spans are trimmed as `score-quotes.mjs` trims them.
 */
import { trimSpan, type PolnearText, type PredictedAttribution, type Range } from './polnear.js'
import type { Syntax } from '../../src/analyze/syntax/types.js'
import type { Token } from '../../src/analyze/tokens/tokenize.js'

/** One text as the error count reads it. */
export interface CueErrorText {
  readonly text: PolnearText
  readonly tokens: readonly Token[]
  readonly syntax?: Syntax
}

const key = (s: Range): string => `${s[0]}:${s[1]}`
const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1]

/** The report: counts by class, the most frequent cue words of each class, then every error with its context. */
export function cueErrorReport(texts: readonly CueErrorText[], predictions: ReadonlyMap<string, readonly PredictedAttribution[]>, top = 40): string {
  const counts = new Map<string, number>()
  const words = { missed: new Map<string, number>(), false: new Map<string, number>(), boundary: new Map<string, number>() }
  const add = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1)
  const lines: string[] = []
  let gold = 0
  let pred = 0
  let hit = 0
  for (const { text: t, tokens, syntax } of texts) {
    const text = t.text
    const g = [...new Map(t.gold.flatMap((a) => (a.cue ? [[key(a.cue), a.cue] as const] : []))).values()]
    const p = [...new Map((predictions.get(t.name) ?? []).flatMap((a) => (a.cue ? [trimSpan(text, a.cue.start, a.cue.end)] : [])).map((c) => [key(c), c] as const)).values()]
    const gk = new Set(g.map(key))
    const pk = new Set(p.map(key))
    gold += g.length
    pred += p.length
    const at = (s: Range): string => `${text.slice(Math.max(0, s[0] - 60), s[0])}[[${text.slice(s[0], s[1])}]]${text.slice(s[1], s[1] + 60)}`.replace(/\s+/g, ' ')
    const said = (s: Range): string => text.slice(s[0], s[1]).toLowerCase()
    for (const c of p) {
      if (gk.has(key(c))) {
        hit++
        continue
      }
      const near = g.find((x) => overlaps(x, c) && !pk.has(key(x)))
      if (near) {
        const side = `L${c[0] < near[0] ? '+' : c[0] > near[0] ? '-' : '='}R${c[1] > near[1] ? '+' : c[1] < near[1] ? '-' : '='}`
        add(counts, `boundary ${side}`)
        add(words.boundary, `${side} gold "${said(near)}" ours "${said(c)}"`)
        lines.push(`BOUNDARY ${side} gold "${said(near)}" ours "${said(c)}" :: ${at(near)}`)
      } else {
        const inside = t.gold.some((a) => a.content && a.content[0] <= c[0] && c[1] <= a.content[1])
        add(counts, inside ? 'false, inside a gold content' : 'false')
        add(words.false, said(c))
        lines.push(`FALSE${inside ? ' (in content)' : ''} "${said(c)}" :: ${at(c)}`)
      }
    }
    for (const x of g) {
      if (pk.has(key(x)) || p.some((c) => overlaps(c, x))) continue
      const first = tokens.findIndex((w) => w.start >= x[0])
      const tag = syntax?.[first]?.upos ?? '-'
      add(counts, `missed, first word ${tag}`)
      add(words.missed, said(x))
      lines.push(`MISSED ${tag} "${said(x)}" :: ${at(x)}`)
    }
  }
  const pr = pred ? hit / pred : 0
  const rc = gold ? hit / gold : 0
  const sorted = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n}\t${k}`)
  return [
    `gold cues ${gold}, predicted ${pred}, exact ${hit}: P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${(pr + rc ? (2 * pr * rc) / (pr + rc) : 0).toFixed(3)}`,
    ...sorted(counts),
    ...Object.entries(words).flatMap(([k, m]) => [`-- most frequent ${k}`, ...sorted(m).slice(0, top)]),
    '-- every error',
    ...lines.sort(),
  ].join('\n')
}
