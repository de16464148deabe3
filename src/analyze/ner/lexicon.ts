/**
 * The word lists and word clusters the tagger's features consult, loaded from the shipped model
 * folder: gazetteer phrases with their kinds (country, city, demonym, organization keyword,
 * title, first name, ...) and a cluster code per word computed from unlabeled news text.
 */

/** Lists and clusters the feature extractor reads. */
export interface NerLexicon {
  /** Exact-case phrase (tokens joined by one space) to the kinds of list it is on. */
  readonly phrases: ReadonlyMap<string, readonly string[]>
  /** Every phrase and every leading part of one ("New", "New York" for "New York City"). */
  readonly prefixes: ReadonlySet<string>
  /** Longest phrase length in tokens. */
  readonly maxPhraseTokens: number
  /** Word to its cluster codes, coarse to fine (e.g. `["c64:12", "c512:301"]`). */
  readonly clusters: ReadonlyMap<string, readonly string[]>
}

/** Builds a lexicon from `kind<TAB>phrase` lines and `word<TAB>code<TAB>code...` lines. */
export function parseLexicon(gazetteerText: string, clusterText: string): NerLexicon {
  const phrases = new Map<string, string[]>()
  const prefixes = new Set<string>()
  let maxPhraseTokens = 1
  for (const line of gazetteerText.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const kind = line.slice(0, tab)
    const phrase = line.slice(tab + 1)
    const kinds = phrases.get(phrase)
    if (kinds) {
      if (!kinds.includes(kind)) kinds.push(kind)
    } else phrases.set(phrase, [kind])
    let n = 1
    for (let i = 0; i < phrase.length; i++) {
      if (phrase.charCodeAt(i) !== 32) continue
      prefixes.add(phrase.slice(0, i))
      n++
    }
    prefixes.add(phrase)
    if (n > maxPhraseTokens) maxPhraseTokens = n
  }
  const clusters = new Map<string, string[]>()
  for (const line of clusterText.split('\n')) {
    const parts = line.split('\t')
    if (parts.length < 2) continue
    clusters.set(parts[0]!, parts.slice(1))
  }
  return { phrases, prefixes, maxPhraseTokens, clusters }
}
