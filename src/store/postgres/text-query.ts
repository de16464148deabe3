/**
 * User search text to a PostgreSQL `tsquery` string, websearch style: words are ANDed, `OR`
 * between words gives alternatives, `"quoted words"` a phrase, a leading `-` excludes a word,
 * and a trailing `*` keeps prefix search (which `websearch_to_tsquery` lacks). Every lexeme is
 * quoted, so operator characters in user text stay inert.
 */

/** The `to_tsquery` input for user search text; null when it names no word at all. */
export function toTsQuery(text: string): string | null {
  const groups: string[][] = []
  let orNext = false
  const token = /(-?)"([^"]*)"|(-?)([\p{L}\p{N}][\p{L}\p{N}'’-]*\*?)/gu
  for (const m of text.matchAll(token)) {
    const negated = (m[1] ?? m[3] ?? '') === '-'
    let term: string | null
    if (m[2] !== undefined) {
      const words = m[2].match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
      term = words.length ? `(${words.map((w) => lexeme(w, false)).join(' <-> ')})` : null
    } else {
      const word = m[4]!
      if (word === 'OR' && !negated) {
        // An OR with nothing before it joins nothing; one at the end is dropped with its group.
        orNext = groups.length > 0
        continue
      }
      term = word.endsWith('*') ? lexeme(word.slice(0, -1), true) : lexeme(word, false)
    }
    if (term === null) continue
    const expr = negated ? `!${term}` : term
    const last = groups[groups.length - 1]
    if (orNext && last) last.push(expr)
    else groups.push([expr])
    orNext = false
  }
  if (groups.length === 0) return null
  return groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(' | ')})`)).join(' & ')
}

function lexeme(word: string, prefix: boolean): string {
  const quoted = `'${word.toLowerCase().replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
  return prefix ? `${quoted}:*` : quoted
}
