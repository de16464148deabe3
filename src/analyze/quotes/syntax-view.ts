/**
 * What the attribution model reads of the syntax layer (`ctx.syntax`, one record per token of
 * `ctx.tokens`): tags, lemma, head token and relation. Declared here by shape so the quotes step
 * works, with fewer features, when no parse is there.
 */

/** Tags, lemma and dependency of one token, as the syntax layer gives them. */
export interface TokenSyntaxView {
  readonly upos: string
  readonly xpos: string
  readonly lemma: string
  /** Index in the tokens of the head token, or -1 for the root of its sentence. */
  readonly head: number
  readonly deprel: string
}

/** Syntax of every token of an article, parallel to its tokens. */
export type Syntax = readonly TokenSyntaxView[]

/** Children of each token, in text order (computed once per syntax array). */
const childIndex = new WeakMap<Syntax, readonly (readonly number[])[]>()

/** The tokens whose head is each token. */
export function childrenOf(syntax: Syntax): readonly (readonly number[])[] {
  let kids = childIndex.get(syntax)
  if (!kids) {
    const lists: number[][] = syntax.map(() => [])
    for (let t = 0; t < syntax.length; t++) {
      const h = syntax[t]!.head
      if (h >= 0 && h < syntax.length) lists[h]!.push(t)
    }
    kids = lists
    childIndex.set(syntax, kids)
  }
  return kids
}
