/**
 * Reads CoNLL-2003 column files (token first, tag last; `-DOCSTART-` lines between documents,
 * blank lines between sentences) into documents of sentences, keeping every original line so a
 * predicted column can be appended to it.
 */

/** One sentence of a CoNLL file. */
export interface ConllSentence {
  /** Original lines, one per token. */
  readonly lines: readonly string[]
  readonly words: readonly string[]
  /** Last column of each line (the gold tag in annotated files). */
  readonly tags: readonly string[]
}

/** One document (the text between `-DOCSTART-` lines). */
export interface ConllDocument {
  readonly sentences: ConllSentence[]
}

/** Parses a CoNLL file's text into documents; a file without `-DOCSTART-` is one document. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = []
  let doc: ConllDocument | null = null
  let lines: string[] = []
  const flush = (): void => {
    if (lines.length === 0) return
    if (!doc) {
      doc = { sentences: [] }
      docs.push(doc)
    }
    const cols = lines.map((l) => l.split(/\s+/))
    doc.sentences.push({ lines, words: cols.map((c) => c[0]!), tags: cols.map((c) => c[c.length - 1]!) })
    lines = []
  }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('-DOCSTART-')) {
      flush()
      doc = { sentences: [] }
      docs.push(doc)
    } else if (line === '') flush()
    else lines.push(line)
  }
  flush()
  return docs
}
