/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html). A sentence keeps
 * every line it was read with: comments, multi-word token ranges ("3-4") and empty nodes ("8.1")
 * pass through untouched, while the word lines ("1", "2", ...) are the ones a tagger and parser
 * read and fill in.
 */

/** One word line of a sentence (columns ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC). */
export interface ConlluWord {
  /** 1-based position of the word in its sentence. */
  readonly id: number
  readonly form: string
  lemma: string
  upos: string
  xpos: string
  feats: string
  /** 0 for the root, else the 1-based id of the head word; -1 when the column is `_`. */
  head: number
  deprel: string
  deps: string
  misc: string
}

/** A line that is not a word: a multi-word token range or an empty node, kept as its columns. */
export interface ConlluOther {
  readonly kind: 'range' | 'empty'
  /** The columns as read (ten, or fewer on a malformed line). */
  readonly columns: readonly string[]
  /** Index in `words` of the first word that follows this line (where it is written back). */
  readonly before: number
}

/** One sentence: its comment lines, its words and its other lines in reading order. */
export interface ConlluSentence {
  readonly comments: readonly string[]
  readonly words: ConlluWord[]
  readonly others: readonly ConlluOther[]
}

/** A problem found while reading: the 1-based line and what is wrong with it. */
export interface ConlluProblem {
  readonly line: number
  readonly message: string
}

/** Sentences read from a CoNLL-U text and the problems met on the way. */
export interface ConlluDocument {
  readonly sentences: ConlluSentence[]
  readonly problems: ConlluProblem[]
}

const WORD_ID = /^[1-9][0-9]*$/
const RANGE_ID = /^[1-9][0-9]*-[1-9][0-9]*$/
const EMPTY_ID = /^[0-9]+\.[1-9][0-9]*$/

/**
 * Reads CoNLL-U text. Word lines need only ID and FORM (missing columns read as `_`); a line
 * that is neither a comment, a word, a range nor an empty node is reported and skipped.
 */
export function readConllu(text: string): ConlluDocument {
  const sentences: ConlluSentence[] = []
  const problems: ConlluProblem[] = []
  let comments: string[] = []
  let words: ConlluWord[] = []
  let others: ConlluOther[] = []
  const close = (): void => {
    if (words.length > 0 || others.length > 0) sentences.push({ comments, words, others })
    else if (comments.length > 0) problems.push({ line: 0, message: 'comment lines without a sentence' })
    comments = []
    words = []
    others = []
  }
  const lines = text.split('\n')
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '')
    if (line.trim() === '') {
      close()
      continue
    }
    if (line.startsWith('#')) {
      comments.push(line)
      continue
    }
    const columns = line.split('\t')
    const id = columns[0]!
    if (RANGE_ID.test(id)) {
      others.push({ kind: 'range', columns, before: words.length })
      continue
    }
    if (EMPTY_ID.test(id)) {
      others.push({ kind: 'empty', columns, before: words.length })
      continue
    }
    if (!WORD_ID.test(id) || columns.length < 2 || columns[1] === '') {
      problems.push({ line: n + 1, message: `not a CoNLL-U word line: ${JSON.stringify(line.slice(0, 60))}` })
      continue
    }
    if (Number(id) !== words.length + 1) {
      problems.push({ line: n + 1, message: `word id ${id} out of sequence (expected ${words.length + 1})` })
    }
    const col = (i: number): string => columns[i] ?? '_'
    const head = col(6)
    words.push({
      id: words.length + 1,
      form: columns[1]!,
      lemma: col(2),
      upos: col(3),
      xpos: col(4),
      feats: col(5),
      head: /^[0-9]+$/.test(head) ? Number(head) : -1,
      deprel: col(7),
      deps: col(8),
      misc: col(9),
    })
  }
  close()
  return { sentences, problems }
}

const wordLine = (w: ConlluWord): string => [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t')

/** Writes sentences as CoNLL-U: comments, then words with their range and empty-node lines in place. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = []
  for (const s of sentences) {
    out.push(...s.comments)
    let k = 0
    for (let i = 0; i <= s.words.length; i++) {
      // Ranges come before their first word; empty nodes after the word they follow.
      while (k < s.others.length && s.others[k]!.before === i) {
        out.push(s.others[k]!.columns.join('\t'))
        k++
      }
      if (i < s.words.length) out.push(wordLine(s.words[i]!))
    }
    out.push('')
  }
  return out.length ? `${out.join('\n')}\n` : ''
}
