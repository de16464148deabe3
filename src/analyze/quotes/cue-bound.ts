/**
 * The most the parse can add to a token's cue score (`parsedCueFeatures`), known before the
 * parse: for each feature the parse fills in, the largest weight any value of it could take
 * (a value the classifier never saw weighs 0). The cue search adds it to the score of the
 * features it does know and skips the token when even that stays under the threshold, so a
 * sentence whose words all fall short is never parsed, and every cue found is the one the full
 * score finds. The bound is exact in that sense, not tight: a token may have any number of
 * dependents, so each one is counted as the best one (`cue-bound.test.ts` checks it against
 * every possible relation, head and dependent).
 */

/** The weights of one classifier, indexed by the parse's features. */
interface BoundIndex {
  readonly weights: ReadonlyMap<string, number>
  /** Every relation that occurs in a weight of `rel=`, `lem|rel=`, `u|rel=`, `hrel=`, `hq=` or `hlem=`. */
  readonly relations: readonly string[]
  /** Best of `hrel=REL|*` + best of `hq=REL|*` + best of `hlem=*|REL` per relation (0 where unseen). */
  readonly headBest: ReadonlyMap<string, number>
  /** Best weight of `subj=PRON:*` (0 or more: an unseen pronoun weighs 0). */
  readonly pronounSubject: number
  /** Subject values other than pronouns seen in `subj=` weights. */
  readonly subjects: readonly string[]
  /** Per lemma: relations and subject values seen in its `lem|rel=` and `lem|subj=` weights. */
  readonly lemmaRelations: ReadonlyMap<string, readonly string[]>
  readonly lemmaSubjects: ReadonlyMap<string, readonly string[]>
  /** Per lemma and tag: the fixed part of the bound and the best one dependent can add. */
  readonly cache: Map<string, readonly [fixed: number, perChild: number]>
}

/** Relations of dependents the cue features read (`TELLING` in `cue-features.ts`). */
const TELLING = ['ccomp', 'xcomp', 'nsubj', 'nsubj:pass', 'csubj', 'obj', 'iobj', 'obl', 'obl:agent', 'parataxis', 'advcl', 'aux:pass', 'mark', 'expl', 'nmod']

const indexes = new WeakMap<ReadonlyMap<string, number>, BoundIndex>()

/**
 * Upper bound of what `parsedCueFeatures` can add to the score of a token with this lemma (lower
 * case) and tag in a tree piece of `pieceTokens` tokens, under these weights.
 */
export function parsedScoreBound(weights: ReadonlyMap<string, number>, lemma: string, upos: string, pieceTokens: number): number {
  const index = indexOf(weights)
  const key = `${upos} ${lemma}`
  let parts = index.cache.get(key)
  if (!parts) {
    parts = [fixedBound(index, lemma, upos), Math.max(0, ...TELLING.map((r) => weight(weights, `ch=${r}`) + weight(weights, `lem|ch=${lemma}|${r}`) + weight(weights, `u|ch=${upos}|${r}`)))]
    index.cache.set(key, parts)
  }
  return parts[0] + Math.max(0, pieceTokens - 1) * parts[1]
}

const weight = (weights: ReadonlyMap<string, number>, f: string): number => weights.get(f) ?? 0

/** The bound of the features the parse fills in once per token: relation, head, subject, quoted dependent. */
function fixedBound(index: BoundIndex, lemma: string, upos: string): number {
  const { weights } = index
  const root = weight(weights, 'hrel=root')
  // The token's relation and its head: a relation no weight names adds 0, its head at most the root's or 0.
  let relation = Math.max(root, 0)
  for (const d of new Set([...index.relations, ...(index.lemmaRelations.get(lemma) ?? [])])) {
    const own = weight(weights, `rel=${d}`) + weight(weights, `lem|rel=${lemma}|${d}`) + weight(weights, `u|rel=${upos}|${d}`)
    relation = Math.max(relation, own + Math.max(root, index.headBest.get(d) ?? 0))
  }
  // The subject: none ("-"), a tag, or a pronoun (`lem|subj=` names it PRON); any unseen value adds 0.
  let subject = index.pronounSubject + weight(weights, `lem|subj=${lemma}|PRON`)
  for (const v of new Set(['-', ...index.subjects, ...(index.lemmaSubjects.get(lemma) ?? [])])) {
    if (v !== 'PRON') subject = Math.max(subject, weight(weights, `subj=${v}`) + weight(weights, `lem|subj=${lemma}|${v}`))
  }
  subject = Math.max(subject, 0)
  const quoted = Math.max(...[true, false].map((q) => weight(weights, `chq=${q}`) + weight(weights, `u|chq=${upos}|${q}`)))
  return relation + subject + quoted
}

function indexOf(weights: ReadonlyMap<string, number>): BoundIndex {
  let index = indexes.get(weights)
  if (index) return index
  const relations = new Set<string>()
  const hrel = new Map<string, number>()
  const hq = new Map<string, number>()
  const hlem = new Map<string, number>()
  const best = (m: Map<string, number>, k: string, v: number): void => {
    m.set(k, Math.max(m.get(k) ?? 0, v))
  }
  const subjects: string[] = []
  let pronounSubject = 0
  const lemmaRelations = new Map<string, string[]>()
  const lemmaSubjects = new Map<string, string[]>()
  const add = (m: Map<string, string[]>, k: string, v: string): void => {
    const list = m.get(k)
    if (list) list.push(v)
    else m.set(k, [v])
  }
  // Lemmas may hold "|" but relations, tags and values never do: split at the last "|" after a lemma.
  const lastBar = (s: string): [string, string] => [s.slice(0, s.lastIndexOf('|')), s.slice(s.lastIndexOf('|') + 1)]
  const firstBar = (s: string): [string, string] => [s.slice(0, s.indexOf('|')), s.slice(s.indexOf('|') + 1)]
  for (const [f, v] of weights) {
    const eq = f.indexOf('=')
    const name = f.slice(0, eq)
    const value = f.slice(eq + 1)
    if (name === 'rel') relations.add(value)
    else if (name === 'u|rel') relations.add(firstBar(value)[1])
    else if (name === 'lem|rel') add(lemmaRelations, ...lastBar(value))
    else if (name === 'hrel' && value !== 'root') {
      const [d] = firstBar(value)
      relations.add(d)
      best(hrel, d, v)
    } else if (name === 'hq') {
      const [d] = firstBar(value)
      relations.add(d)
      best(hq, d, v)
    } else if (name === 'hlem') {
      const [, d] = lastBar(value)
      relations.add(d)
      best(hlem, d, v)
    } else if (name === 'subj') {
      if (value.startsWith('PRON:')) pronounSubject = Math.max(pronounSubject, v)
      else subjects.push(value)
    } else if (name === 'lem|subj') add(lemmaSubjects, ...lastBar(value))
  }
  const headBest = new Map<string, number>()
  for (const d of relations) headBest.set(d, (hrel.get(d) ?? 0) + (hq.get(d) ?? 0) + (hlem.get(d) ?? 0))
  // A relation only `lem|rel=` names still gets its head's best.
  for (const list of lemmaRelations.values()) for (const d of list) if (!headBest.has(d)) headBest.set(d, (hrel.get(d) ?? 0) + (hq.get(d) ?? 0) + (hlem.get(d) ?? 0))
  index = { weights, relations: [...relations], headBest, pronounSubject, subjects, lemmaRelations, lemmaSubjects, cache: new Map() }
  indexes.set(weights, index)
  return index
}
