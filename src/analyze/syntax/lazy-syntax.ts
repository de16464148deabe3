/**
 * The article's syntax as `analyze` gives it to the steps (`ctx.syntax`): the same records as
 * `parseTokens`, computed when first read. Reading a tag or lemma tags the article (all its
 * sentences at once, which keeps the tagger's weights in the processor's cache); reading a head
 * or relation parses that token's sentence only. The steps read the parse of the sentences
 * they look at closely (those with a cue or an event trigger candidate), so sentences they
 * skip cost a tagging pass and no parse. Every sentence is tagged and parsed on its own, so each
 * value is the one `parseTokens` gives (`lazy-syntax.test.ts` compares them).
 */
import type { Sentence, Token } from '../tokens/tokenize.js'
import type { SyntaxParser, TaggedSentence } from './model.js'
import { treePieces, type ParseTokensOptions } from './parse-tokens.js'
import { tokenSyntaxOf, wordsOfTokens, type SentenceWords } from './token-words.js'
import type { Syntax, TokenSyntax } from './types.js'

/** The syntax of every token, parallel to `tokens`, tagged and parsed on first read. */
export function lazySyntax(parser: SyntaxParser, tokens: readonly Token[], sentences: readonly Sentence[], options: ParseTokensOptions = {}): Syntax {
  const doc = new LazyArticle(parser, tokens, treePieces(tokens, sentences, options))
  const out: LazyToken[] = new Array<LazyToken>(tokens.length)
  doc.pieces.forEach(([start, end], p) => {
    for (let i = start; i < end; i++) out[i] = new LazyToken(doc, p, i - start)
  })
  articles.set(out, doc)
  return out
}

/**
 * The token range `[start, end)` of the tree holding token `i` when `syntax` came from
 * `lazySyntax` (no head leads out of it), else null (any token may head any other).
 */
export function treeRange(syntax: Syntax, i: number): readonly [start: number, end: number] | null {
  const doc = articles.get(syntax)
  return doc ? doc.pieces[doc.pieceOf[i]!]! : null
}

const articles = new WeakMap<Syntax, LazyArticle>()

class LazyArticle {
  readonly pieceOf: Int32Array
  private readonly texts: string[][]
  private readonly words: SentenceWords[]
  private tagged: TaggedSentence[] | null = null
  private readonly tagRecords: Array<TokenSyntax[] | undefined> = []
  private readonly parsed: Array<TokenSyntax[] | undefined> = []

  constructor(
    private readonly parser: SyntaxParser,
    tokens: readonly Token[],
    readonly pieces: ReadonlyArray<readonly [number, number]>,
  ) {
    this.pieceOf = new Int32Array(tokens.length)
    this.texts = pieces.map(([start, end], p) => {
      this.pieceOf.fill(p, start, end)
      return tokens.slice(start, end).map((t) => t.text)
    })
    this.words = this.texts.map((t) => wordsOfTokens(t))
  }

  /** Tags and lemmas of piece `p` (heads unknown: read them from `parse`). */
  tags(p: number): readonly TokenSyntax[] {
    const done = this.parsed[p] ?? this.tagRecords[p]
    if (done) return done
    const words = this.words[p]!
    // A token split in two words takes the tags of its head word, which the parse tells.
    if (words.forms.length !== this.texts[p]!.length) return this.parse(p)
    const tagged = this.taggedPieces()[p]!
    const records = words.forms.map((_, i): TokenSyntax => this.parser.taggedWord(tagged, i))
    this.tagRecords[p] = records
    return records
  }

  /** Full records of piece `p`, as `parseTokens` gives them. */
  parse(p: number): readonly TokenSyntax[] {
    let done = this.parsed[p]
    if (!done) {
      done = tokenSyntaxOf(this.parser.parseTaggedSentence(this.taggedPieces()[p]!), this.words[p]!, this.texts[p]!, this.pieces[p]![0])
      this.parsed[p] = done
    }
    return done
  }

  private taggedPieces(): TaggedSentence[] {
    this.tagged ??= this.parser.tagAll(this.words.map((w) => w.forms))
    return this.tagged
  }
}

/** One token's record; its tags come from the tagging, its head and relation from the parse. */
class LazyToken implements TokenSyntax {
  private tagged: TokenSyntax | undefined
  private parsed: TokenSyntax | undefined

  constructor(
    private readonly doc: LazyArticle,
    private readonly piece: number,
    private readonly at: number,
  ) {}

  get upos(): string {
    return this.tags().upos
  }
  get xpos(): string {
    return this.tags().xpos
  }
  get lemma(): string {
    return this.tags().lemma
  }
  get head(): number {
    return this.parse().head
  }
  get deprel(): string {
    return this.parse().deprel
  }

  private tags(): TokenSyntax {
    this.tagged ??= this.parsed ?? this.doc.tags(this.piece)[this.at]!
    return this.tagged
  }

  private parse(): TokenSyntax {
    this.parsed ??= this.doc.parse(this.piece)[this.at]!
    return this.parsed
  }
}
