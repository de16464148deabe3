/**
 * Compiles the PETRARCH2 CAMEO verb dictionary (`CAMEO.2.0.txt`, MIT, Open Event Data Alliance)
 * into the compact lexicon the event detector reads as features: each verb's base form and
 * CAMEO code, the irregular forms it lists, and its verb-object patterns ("- * SANCTIONS [163]"),
 * with the dictionary's synonym sets (&MILITARY, &WEAPON, ...) expanded.
 *
 * PETRARCH codes a sentence from these patterns over a full parse; here a pattern only says that
 * its words occur near the verb, and the trained model decides how much that is worth.
 */
import type { CameoLexicon, CameoPattern } from '../../src/analyze/events/cameo-lexicon.js'

// Words a pattern needs that say nothing alone: the pattern still counts them, but a pattern made
// only of these is too loose to keep.
const FUNCTION_WORDS = new Set([
  'to',
  'of',
  'in',
  'with',
  'on',
  'for',
  'the',
  'a',
  'an',
  'against',
  'by',
  'at',
  'from',
  'into',
  'over',
  'as',
  'and',
  'up',
  'down',
  'out',
  'off',
  'back',
  'it',
  'its',
  'their',
  'his',
  'her',
])

/** Parses the dictionary text; codes keep the dictionary's form ("190", "0874", "" for `---`). */
export function compileCameoVerbs(text: string): CameoLexicon {
  const lines = text.split('\n')
  const synsets = new Map<string, string[]>()
  const verbs: Record<string, string> = {}
  const forms: Record<string, string> = {}
  const patterns: CameoPattern[] = []
  let section: 'head' | 'synsets' | 'verbs' | 'done' = 'head'
  let synset: string | null = null
  let blockCode = ''
  let blockVerbs: string[] = []
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '').replace(/\t/g, ' ').trimEnd()
    if (raw.startsWith('####### SYNONYM')) section = 'synsets'
    else if (raw.startsWith('####### VERB')) section = 'verbs'
    else if (raw.startsWith('######## TRANSFORM')) section = 'done'
    if (!line.trim() || section === 'head' || section === 'done') continue
    if (section === 'synsets') {
      if (line.startsWith('&')) {
        synset = line.trim().replace(/_$/, '')
        synsets.set(synset, [])
      } else if (synset && line.startsWith('+')) synsets.get(synset)!.push(word(line.slice(1)))
      continue
    }
    const block = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line)
    if (block) {
      blockCode = code(block[2]!)
      blockVerbs = []
      continue
    }
    if (line.startsWith('- ')) {
      const m = /^-\s+(.*?)\s*\[([^\]]*)\]/.exec(line)
      if (!m || blockVerbs.length === 0) continue
      const [left, right] = splitPattern(m[1]!)
      const leftSlots = slots(left, synsets)
      const rightSlots = slots(right, synsets)
      if ([...leftSlots, ...rightSlots].every((s) => s.every((w) => FUNCTION_WORDS.has(w)))) continue
      for (const verb of blockVerbs) patterns.push([verb, code(m[2]!), leftSlots, rightSlots])
      continue
    }
    const entry = /^(\+?)([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line.trim())
    if (!entry) continue
    const own = entry[4] ? code(entry[4].slice(1, -1)) : blockCode
    const parts = entry[2]!.toLowerCase().replace(/_+$/, '').split('_').filter(Boolean)
    if (parts.length === 0) continue
    if (parts.length === 1) {
      const base = parts[0]!
      blockVerbs.push(base)
      if (!(base in verbs) || verbs[base] === '') verbs[base] = own
      for (const f of (entry[3] ?? '').slice(1, -1).split(/\s+/).filter(Boolean)) {
        const form = f.toLowerCase().replace(/_+$/, '')
        if (form !== base && /^[a-z'-]+$/.test(form)) forms[form] = base
      }
    } else {
      // A phrasal verb ("+SHOOT_DOWN"): its head verb with the rest as right-hand words.
      const [head, ...rest] = parts
      blockVerbs.push(head!)
      if (!/^(was|were|been|is|are|will|would|have|has|had)$/.test(head!)) patterns.push([head!, own, [], rest.map((w) => [w])])
    }
  }
  return { verbs, forms, patterns }
}

function code(raw: string): string {
  const c = raw.trim()
  if (c === '---' || c === '') return ''
  // "042:043" codes the source and target sides of a reciprocal event; ":110" only the target's.
  const [a, b] = c.split(':')
  return (a || b || '').replace(/-+$/, '')
}

function word(raw: string): string {
  const parts = raw
    .trim()
    .toLowerCase()
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
  return parts[parts.length - 1] ?? ''
}

// "LEFT * RIGHT": words before the `*` stand before the verb, the rest after it.
function splitPattern(body: string): [string, string] {
  const at = body.indexOf('*')
  if (at === -1) return ['', body]
  return [body.slice(0, at), body.slice(at + 1)]
}

function slots(side: string, synsets: ReadonlyMap<string, string[]>): string[][] {
  const out: string[][] = []
  for (const tok of side.replace(/[{}()]/g, ' ').split(/\s+/)) {
    const t = tok.replace(/^[$+%^]+|[$+%^]+$/g, '').replace(/_+$/, '')
    if (!t || t === '*') continue
    if (t.startsWith('&')) {
      const members = synsets.get(t.replace(/_$/, ''))
      if (members && members.length) out.push([...new Set(members.filter(Boolean))])
      continue
    }
    for (const w of t.toLowerCase().split('_').filter(Boolean)) if (/^[a-z][a-z'-]*$/.test(w)) out.push([w])
  }
  return out
}
