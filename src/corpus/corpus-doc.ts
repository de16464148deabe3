/**
 * The slice of an article the corpus stage works on. An `Article` satisfies it as is, so the
 * store can feed extracted articles straight in, while the one-shot `cluster` command can build
 * it from bare JSON lines.
 */

/** An entity as the corpus stage needs it (a subset of `Article.entities`). */
export interface CorpusEntity {
  readonly name: string
  readonly type: string
  readonly key?: string | undefined
  readonly aliases?: readonly string[] | undefined
  readonly mentions?: readonly unknown[] | undefined
}

/** One document fed to dedup, clustering and provenance. */
export interface CorpusDoc {
  /** Caller's name for the document (path, URL or `input` value); echoed in every result. */
  readonly input: string
  readonly text: string
  readonly title?: string | null | undefined
  readonly url?: string | null | undefined
  readonly canonicalUrl?: string | null | undefined
  /** ISO 8601 date or date-time. */
  readonly published?: string | null | undefined
  readonly site?: { readonly domain: string | null; readonly name: string | null } | undefined
  readonly originalSource?: { readonly name: string; readonly url: string | null } | null | undefined
  /** Entities from the analysis stage; when empty, capitalized n-grams stand in. */
  readonly entities?: readonly CorpusEntity[] | undefined
}

/** Title and body together: what a reader sees, and what copies are compared on. */
export function fullText(doc: CorpusDoc): string {
  return doc.title ? `${doc.title}\n${doc.text}` : doc.text
}
