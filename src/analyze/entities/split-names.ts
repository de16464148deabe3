/**
 * Names the tagger cut in two: a person's name and the particle surname after it ("Abdel Fattah"
 * + "el-Sissi"), and a place followed by an acronym that together name an organization
 * ("California" + "ISO" is the California ISO, not a state and a product).
 */
import type { Token } from '../tokens/tokenize.js'
import type { TypedCandidate } from './classify.js'

// Arabic, Dutch, German, Romance particles written joined to the surname by a hyphen.
const PARTICLE_SURNAME = /^(?:el|al|ad|as|ash|az|an|ar|at|abu|bin|ibn|ben|van|von|de|da|di|du|der|den|la|le|dos|das)[-‐]\p{Lu}/iu
const ACRONYM = /^\p{Lu}{2,5}$/u

/** Joins split names; the result stays in text order without overlaps. */
export function joinSplitNames(candidates: readonly TypedCandidate[], tokens: readonly Token[], text: string): TypedCandidate[] {
  const out: TypedCandidate[] = []
  const byStart = new Map(candidates.map((c) => [c.tokenStart, c]))
  const used = new Set<TypedCandidate>()
  for (const c of candidates) {
    if (used.has(c)) continue
    let cur = c
    for (;;) {
      const next = tokens[cur.tokenEnd]
      if (!next || text.slice(cur.end, next.start).trim() !== '' || next.start !== tokens[cur.tokenEnd - 1]!.end + 1) break
      const after = byStart.get(cur.tokenEnd)
      if (cur.type === 'PERSON' && PARTICLE_SURNAME.test(next.text) && (!after || after.type === 'PERSON' || after.type === null)) {
        if (after) used.add(after)
        cur = extend(cur, after?.tokenEnd ?? cur.tokenEnd + 1, tokens, text, 'PERSON')
        continue
      }
      if (cur.type === 'GPE' && after && ACRONYM.test(after.text) && after.tokenEnd === cur.tokenEnd + 1 && after.type !== 'GPE' && after.type !== 'NORP') {
        used.add(after)
        const { country: _country, gazetteer: _gazetteer, ...rest } = cur
        cur = extend(rest, after.tokenEnd, tokens, text, 'ORG')
        continue
      }
      break
    }
    out.push(cur)
  }
  return out
}

/**
 * A person's surname used alone where neither the tagger nor the chunker proposed it (a
 * sentence-initial "Sissi said" after "Abdel Fattah el-Sissi") becomes a name candidate, so
 * coreference can attach it to the full name.
 */
export function addSurnameMentions(candidates: readonly TypedCandidate[], tokens: readonly Token[], text: string): TypedCandidate[] {
  const surnames = new Set<string>()
  for (const c of candidates) {
    if (c.type !== 'PERSON' || !/\s/.test(c.text)) continue
    const last = c.text.split(/\s+/).pop()!
    surnames.add(last.replace(/^(?:el|al|ad|as|ash|az|an|ar|at|abu|bin|ibn|ben|van|von|de|da|di|du|der|den|la|le|dos|das)[-‐]/iu, ''))
  }
  if (surnames.size === 0) return [...candidates]
  const covered = new Uint8Array(tokens.length)
  for (const c of candidates) covered.fill(1, c.tokenStart, c.tokenEnd)
  const added: TypedCandidate[] = []
  tokens.forEach((t, i) => {
    if (covered[i] || !surnames.has(t.text) || !/^\p{Lu}\p{Ll}/u.test(t.text)) return
    added.push({ start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, text: text.slice(t.start, t.end), sources: ['chunk'], titled: false, type: null })
  })
  return [...candidates, ...added].sort((x, y) => x.start - y.start)
}

function extend(c: TypedCandidate, tokenEnd: number, tokens: readonly Token[], text: string, type: TypedCandidate['type']): TypedCandidate {
  const end = tokens[tokenEnd - 1]!.end
  return { ...c, tokenEnd, end, text: text.slice(c.start, end), type }
}
