/**
 * The syntax of an article as analysis steps read it (`ctx.syntax`): one record per token of
 * `ctx.tokens`, with its tags, lemma, head token and relation. Relation names are those of
 * Universal Dependencies (https://universaldependencies.org/u/dep/), with English subtypes.
 */

/** Tags, lemma and dependency of one token. */
export interface TokenSyntax {
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, ADJ, ADV, NUM, PUNCT... */
  readonly upos: string
  /** Penn Treebank tag: NN, NNP, VBD, IN... */
  readonly xpos: string
  /** Dictionary form ("was" -> "be", "actions" -> "action"). */
  readonly lemma: string
  /** Index in `ctx.tokens` of the head token, or -1 for the root of its sentence. */
  readonly head: number
  /** UD relation to the head, with subtype: `nsubj`, `nsubj:pass`, `obj`, `obl`, `obl:agent`, `root`... */
  readonly deprel: string
}

/** Syntax of every token of an article, parallel to `ctx.tokens`. */
export type Syntax = readonly TokenSyntax[]
