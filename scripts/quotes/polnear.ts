/**
 * PolNeAR as the attribution trainer reads it: texts and their first annotator's attributions
 * (brat standoff, read the way `../shared/tools/score-quotes.mjs` reads them), and an in-process
 * exact-span scorer that gives the shared scorer's figures on any subset of texts, so held-out
 * months and cross-validation folds can be measured without writing files. The data stays in
 * `../shared`; nothing here is copied into the repository.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** A character range `[start, end)`, trimmed as the shared scorer trims spans. */
export type Range = readonly [number, number]

/** One gold attribution; roles the annotator left out are absent. */
export interface GoldAttribution {
  readonly source?: Range
  readonly cue?: Range
  readonly content?: Range
}

/** One annotated text. */
export interface PolnearText {
  readonly name: string
  /** `YYYY-MM` of publication, from the file name. */
  readonly month: string
  readonly text: string
  readonly gold: readonly GoldAttribution[]
  /** Gold cue spans as annotated (untrimmed), for finding each cue's main word. */
  readonly rawCues: readonly Range[]
}

const EDGE = /[\s"'“”‘’«»,.;:!?()[\]—–-]/u

/** Trims white space and edge punctuation off a span, as the shared scorer does. */
export function trimSpan(text: string, start: number, end: number): Range {
  let s = start
  let e = end
  while (s < e && EDGE.test(text[s]!)) s++
  while (e > s && EDGE.test(text[e - 1]!)) e--
  return [s, e]
}

/** Reads one split folder (`data/<split>` with `text/` and `attributions/`). */
export function readPolnear(dir: string): PolnearText[] {
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort()
  const out: PolnearText[] = []
  for (const name of readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const stem = name.slice(0, -4)
    const ann = anns.find((f) => f.startsWith(`${stem}_`))
    if (!ann) continue
    const text = readFileSync(join(dir, 'text', name), 'utf8')
    const spans = new Map<string, { kind: string; raw: Range; trimmed: Range }>()
    const events: Array<Record<string, string>> = []
    for (const line of readFileSync(join(dir, 'attributions', ann), 'utf8').split('\n')) {
      const cols = line.split('\t')
      if (/^T\d+$/.test(cols[0] ?? '')) {
        const [kind, ...pos] = cols[1]!.split(' ')
        const segs = pos
          .join(' ')
          .split(';')
          .map((p) => p.trim().split(/\s+/).map(Number))
        const raw: Range = [Math.min(...segs.map((x) => x[0]!)), Math.max(...segs.map((x) => x[1]!))]
        spans.set(cols[0]!, { kind: kind!, raw, trimmed: trimSpan(text, raw[0], raw[1]) })
      } else if (/^E\d+$/.test(cols[0] ?? '')) {
        const roles: Record<string, string> = {}
        for (const part of cols[1]!.trim().split(/\s+/)) {
          const [role, ref] = part.split(':')
          if (role === 'Source' || role === 'Cue' || role === 'Content') roles[role.toLowerCase()] = ref!
        }
        events.push(roles)
      }
    }
    const gold = events.map((e) => ({
      ...(e['source'] && spans.get(e['source']) ? { source: spans.get(e['source'])!.trimmed } : {}),
      ...(e['cue'] && spans.get(e['cue']) ? { cue: spans.get(e['cue'])!.trimmed } : {}),
      ...(e['content'] && spans.get(e['content']) ? { content: spans.get(e['content'])!.trimmed } : {}),
    }))
    const rawCues = [...spans.values()].filter((s) => s.kind === 'Cue').map((s) => s.raw)
    out.push({ name: stem, month: /_(\d{4}-\d{2})-/.exec(stem)?.[1] ?? '', text, gold, rawCues })
  }
  return out
}

/** A predicted attribution as the scorer reads it (character spans, untrimmed). */
export interface PredictedAttribution {
  readonly source: { readonly start: number; readonly end: number } | null
  readonly cue: { readonly start: number; readonly end: number } | null
  readonly content: { readonly start: number; readonly end: number }
}

/** Exact-span F1 per role and the attribution F1 (source and content overlapping one gold attribution). */
export interface QuoteScores {
  readonly source: number
  readonly cue: number
  readonly content: number
  readonly attribution: number
}

interface Count {
  gold: number
  pred: number
  hit: number
}

const f1 = ({ gold, pred, hit }: Count): number => {
  const p = pred ? hit / pred : 0
  const r = gold ? hit / gold : 0
  return p + r ? (2 * p * r) / (p + r) : 0
}

/** Scores predictions of some texts exactly as `score-quotes.mjs` scores a whole split. */
export function scoreQuotes(texts: readonly PolnearText[], predictions: ReadonlyMap<string, readonly PredictedAttribution[]>): QuoteScores {
  const roles = ['source', 'cue', 'content'] as const
  const counts = Object.fromEntries(roles.map((r) => [r, { gold: 0, pred: 0, hit: 0 }])) as Record<(typeof roles)[number], Count>
  const attr: Count = { gold: 0, pred: 0, hit: 0 }
  const key = (s: Range): string => `${s[0]}:${s[1]}`
  const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1]
  for (const t of texts) {
    const preds = (predictions.get(t.name) ?? []).map((q) => ({
      source: q.source ? trimSpan(t.text, q.source.start, q.source.end) : undefined,
      cue: q.cue ? trimSpan(t.text, q.cue.start, q.cue.end) : undefined,
      content: trimSpan(t.text, q.content.start, q.content.end),
    }))
    for (const role of roles) {
      const g = new Set(t.gold.flatMap((a) => (a[role] ? [key(a[role])] : [])))
      const p = new Set(preds.flatMap((a) => (a[role] ? [key(a[role])] : [])))
      const c = counts[role]
      c.gold += g.size
      c.pred += p.size
      for (const k of p) if (g.has(k)) c.hit++
    }
    const withBoth = t.gold.filter((a) => a.content && a.source)
    const pBoth = preds.filter((a) => a.source)
    attr.gold += withBoth.length
    attr.pred += pBoth.length
    const used = new Set<number>()
    for (const a of pBoth) {
      const i = withBoth.findIndex((g, j) => !used.has(j) && overlaps(a.content, g.content!) && overlaps(a.source!, g.source!))
      if (i >= 0) {
        used.add(i)
        attr.hit++
      }
    }
  }
  return { source: f1(counts.source), cue: f1(counts.cue), content: f1(counts.content), attribution: f1(attr) }
}

/** The figures as one line: "source 0.700 cue 0.700 content 0.600 attribution 0.750". */
export function formatScores(s: QuoteScores): string {
  return `source ${s.source.toFixed(3)} cue ${s.cue.toFixed(3)} content ${s.content.toFixed(3)} attribution ${s.attribution.toFixed(3)}`
}
