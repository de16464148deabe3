/**
 * The annotated text the event models learn from, read into one shape: the shared real-news sets
 * (`../shared/data/nlp/events-news`: RAMS, WikiEvents, MUC-4, IndiaPoliceEvents), the PLOVER gold
 * sentences, and the game and market reports of CoNLL-2003 as real news with no political event.
 * Which split trains and which is held out is decided in `scripts/train-events.ts`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A character span. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** One gold event, in the events-news format (the PLOVER sentences are converted to it). */
export interface GoldEvent {
  readonly type: string | null
  readonly alt?: readonly string[]
  readonly sourceType?: string
  readonly trigger?: Span & { readonly text?: string }
  /** Extra trigger words of the same event (the PLOVER markup marks several). */
  readonly alsoTrigger?: readonly Span[]
  readonly evidence?: Span
  readonly source?: readonly Span[]
  readonly target?: readonly Span[]
  readonly args?: ReadonlyArray<Span & { readonly role: string }>
  readonly ambiguous?: boolean
}

/** One annotated document. */
export interface GoldDoc {
  readonly id: string
  /** Which collection it belongs to: `rams`, `wikievents`, `muc4`, `ipe`, `plover`, `conll`. */
  readonly set: string
  readonly text: string
  readonly published?: string
  readonly sentences?: readonly Span[]
  readonly events: readonly GoldEvent[]
  readonly exhaustive: boolean
  readonly covers?: readonly string[]
  /** Every candidate in the document is known not to be a political event (game and market reports). */
  readonly allNegative?: boolean
  readonly ambiguous?: boolean
}

/** Reads an events-news JSONL file. */
export function readNewsEvents(path: string, set: string): GoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const it = JSON.parse(l) as Omit<GoldDoc, 'set'> & { published?: string }
      return { ...it, set }
    })
}

interface GsrRecord {
  readonly id: string
  readonly event?: string
  readonly text?: string
  readonly date?: string
  readonly textInfo?: { readonly markup?: string }
}

const OLD_NAMES: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT', YIELD: 'CONCEDE' }

/**
 * Reads the PLOVER gold sentences: one event per sentence; its trigger words come from the
 * `(EVT: ...)` markup and its actor and recipient from `(SRC: ...)` / `(TAR: ...)`.
 */
export function readPloverGold(path: string): GoldDoc[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]
  const out: GoldDoc[] = []
  for (const r of records) {
    if (!r.event || r.event === 'DOCUMENT' || !r.text) continue
    const type = OLD_NAMES[r.event] ?? r.event
    const marks = markupSpans(r.text, r.textInfo?.markup ?? '')
    const evt = marks.filter((m) => m.tag === 'EVT')
    const [first, ...rest] = evt
    out.push({
      id: r.id,
      set: 'plover',
      text: r.text,
      ...(r.date ? { published: r.date } : {}),
      events: [
        {
          type,
          sourceType: r.event,
          ...(first ? { trigger: { start: first.start, end: first.end, text: r.text.slice(first.start, first.end) } } : { evidence: { start: 0, end: r.text.length } }),
          alsoTrigger: rest,
          source: marks.filter((m) => m.tag.startsWith('SRC')),
          target: marks.filter((m) => m.tag === 'TAR' || m.tag.endsWith('/TAR')),
        },
      ],
      exhaustive: false,
    })
  }
  return out
}

// Finds each `(TAG: words)` of the markup in the plain text, in order.
function markupSpans(text: string, markup: string): Array<Span & { tag: string }> {
  const out: Array<Span & { tag: string }> = []
  let from = 0
  for (const m of markup.matchAll(/\((SRC\/TAR|SRC|TAR|EVT|LOC):\s*([^)]*?)\s*\)/g)) {
    const words = m[2]!.trim()
    if (!words) continue
    const at = text.indexOf(words, from)
    const found = at === -1 ? text.indexOf(words) : at
    if (found === -1) continue
    out.push({ tag: m[1]!, start: found, end: found + words.length })
    from = found + words.length
  }
  return out
}

// CoNLL-2003 headlines of game reports and market reports ("SOCCER - ...", "STOCKS - ...").
const SPORT_HEADLINE =
  /^(SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY( UNION| LEAGUE)?|CYCLING|ATHLETICS|MOTOR RACING|MOTORCYCLING|MOTOCROSS|RALLYING|BOXING|SKIING|SWIMMING|HORSE RACING|NFL|NBA|NHL|ICE HOCKEY|HOCKEY|SQUASH|BADMINTON|YACHTING|ROWING|OLYMPICS|FORMULA ONE|AMERICAN FOOTBALL|AUSTRALIAN RULES|VOLLEYBALL|HANDBALL|TABLE TENNIS|TRIATHLON|SNOOKER|CHESS|JUDO|WRESTLING|FENCING|SAILING|GYMNASTICS|POLO|DARTS)\b.* - /i
const WEATHER_HEADLINE = /^(WEATHER|FORECAST)\b/i
const MARKET_HEADLINE =
  /\b(stocks?|shares|bourse|forex|bonds?|treasuries|gilts|bunds|money markets?|futures|prices|currenc(y|ies)|earnings|profits?|results|bullion|crude|copper|wheat|coffee|sugar|cocoa|grains?|metals|index|nasdaq|nikkei|ftse|yields|ipo|net (up|down|rises|falls|profit)|pct|dividend|div|trade (surplus|deficit)|inflation|cpi|gdp|bids|fixtures|forecast)\b/i
const POLITICAL_HEADLINE = /\b(sanctions?|embargo|strikes?|protests?|talks|riots?|war|troops|police|rebels?|army|attack|kill|arrest|minister|president|government|parliament|election|vote)\b/i

/**
 * Game and market reports from CoNLL-2003 (Reuters, 1996), rebuilt as plain text: real news in
 * which "beat", "attack", "strike", "demand" and "gave" are not political events.
 */
export function readConllNegatives(path: string): GoldDoc[] {
  const docs: string[][][] = []
  let doc: string[][] | null = null
  let sentence: string[] = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      doc = []
      docs.push(doc)
      continue
    }
    if (line.trim() === '') {
      if (sentence.length && doc) doc.push(sentence)
      sentence = []
      continue
    }
    sentence.push(line.split(' ')[0]!)
  }
  const out: GoldDoc[] = []
  docs.forEach((d, n) => {
    const headline = (d[0] ?? []).join(' ')
    const kind = SPORT_HEADLINE.test(headline) ? 'sport' : WEATHER_HEADLINE.test(headline) ? 'weather' : MARKET_HEADLINE.test(headline) && !POLITICAL_HEADLINE.test(headline) ? 'market' : null
    if (!kind) return
    const text = d.map((s) => detokenize(s)).join('\n')
    out.push({ id: `conll-${n}`, set: `conll-${kind}`, text, events: [], exhaustive: true, allNegative: true })
  })
  return out
}

/**
 * Reads the hand-written contrast sentences (`scripts/events/contrast-sentences.txt`): one document
 * per line, `LABEL<TAB>sentence`. A `NONE` line has no political event at all; a line with a PLOVER
 * type marks its trigger in [brackets] and says nothing about the sentence's other words.
 */
export function readContrastSentences(path: string): GoldDoc[] {
  const out: GoldDoc[] = []
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, n) => {
      if (!line.trim() || line.startsWith('#')) return
      const tab = line.indexOf('\t')
      if (tab < 0) throw new Error(`${path}:${n + 1}: no tab between label and sentence`)
      const label = line.slice(0, tab)
      const marked = line.slice(tab + 1).trim()
      const text = marked.replace(/[[\]]/g, '')
      const id = `contrast-${n + 1}`
      if (label === 'NONE') {
        out.push({ id, set: 'contrast', text, events: [], exhaustive: true, allNegative: true })
        return
      }
      const m = /\[([^\]]+)\]/.exec(marked)
      if (!m) throw new Error(`${path}:${n + 1}: a ${label} line needs its trigger in [brackets]`)
      const start = m.index
      out.push({ id, set: 'contrast', text, events: [{ type: label, trigger: { start, end: start + m[1]!.length, text: m[1]! } }], exhaustive: false })
    })
  return out
}

function detokenize(tokens: readonly string[]): string {
  let s = ''
  for (const t of tokens) {
    if (s && !/^[.,;:!?)\]'%]/.test(t) && !/^'s$|^n't$/i.test(t) && !/[([$]$/.test(s)) s += ' '
    s += t
  }
  return s
}

/** Paths of the shared sets under `root` (the shared `data/nlp` folder). */
export function sharedSets(root: string): Record<'rams-dev' | 'rams-test' | 'wikievents-dev' | 'wikievents-test' | 'muc4-train' | 'muc4-tst' | 'ipe' | 'plover' | 'conll', string> {
  return {
    'rams-dev': join(root, 'events-news/rams/dev.jsonl'),
    'rams-test': join(root, 'events-news/rams/test.jsonl'),
    'wikievents-dev': join(root, 'events-news/wikievents/dev.jsonl'),
    'wikievents-test': join(root, 'events-news/wikievents/test.jsonl'),
    'muc4-train': join(root, 'events-news/muc4/train.jsonl'),
    'muc4-tst': join(root, 'events-news/muc4/tst.jsonl'),
    ipe: join(root, 'events-news/india-police-events/docs.jsonl'),
    plover: join(root, 'plover/gold_standard_records/PLOVER_GSR_CAMEO.txt'),
    conll: join(root, 'conll2003/train.txt'),
  }
}
