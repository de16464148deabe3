/**
 * The slice of an article the corpus stage works on. An `Article` satisfies it as is, so the
 * store can feed extracted articles straight in, while the one-shot `cluster` command can build
 * it from bare JSON lines.
 */

/** An entity as the corpus stage needs it (a subset of `Article.entities`). */
export interface CorpusEntity {
  readonly name: string
  readonly type: string
  readonly key?: string
  readonly aliases?: readonly string[]
  readonly mentions?: readonly unknown[]
}

/** One document fed to dedup, clustering and provenance. */
export interface CorpusDoc {
  /** Caller's name for the document (path, URL or `input` value); echoed in every result. */
  readonly input: string
  readonly text: string
  readonly title?: string | null
  readonly url?: string | null
  readonly canonicalUrl?: string | null
  /** ISO 8601 date or date-time. */
  readonly published?: string | null
  readonly site?: { readonly domain: string | null; readonly name: string | null }
  readonly originalSource?: { readonly name: string; readonly url: string | null } | null
  /** Entities from the analysis stage; when empty, capitalized n-grams stand in. */
  readonly entities?: readonly CorpusEntity[]
}

/** Title and body together: what a reader sees, and what copies are compared on. */
export function fullText(doc: CorpusDoc): string {
  return doc.title ? `${doc.title}\n${doc.text}` : doc.text
}
