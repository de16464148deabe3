/**
 * The time orientation of the clause around a date expression, from the nearest tense cue in
 * its sentence. News grammar decides which "Sunday" or "January" is meant: a past-tense report
 * points back from the reference date, a future clause ("will attend", "is expected to") forward.
 * A cue inside the expression itself does not count.
 */

/** Orientation of a clause relative to the reference date; null when nothing says. */
export type Tense = 'past' | 'future' | null

// Future cues: modal and planning constructions.
const FUTURE =
  /\b(?:will|wo(?:n't| n't)|shall|going to|plans? to|planning to|intends? to|expects? to|is expected|are expected|is due|are due|scheduled|set to|to be held|would|upcoming|is to|are to)\b|'ll\b/gi

// Past cues: past auxiliaries and past participles/preterites; reporting verbs excluded below.
const PAST =
  /\b(?:was|were|had|did|has been|have been|ago|went|came|took|made|gave|met|held|began|saw|won|lost|fell|rose|left|sent|became|got|hit|led|ran|paid|sold|bought|kept|spent|struck|[a-z]{2,}ed)\b/gi

const NOT_PAST = new Set([
  'expected',
  'scheduled',
  'planned',
  'based',
  'related',
  'united',
  'limited',
  'red',
  'need',
  'speed',
  'seed',
  'feed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'hundred',
  'bed',
  'shed',
  'wed',
  'led',
  'fed',
  'ted',
  'ned',
  'ed',
  'fred',
  'reed',
  'creed',
  'breed',
  'embed',
  'concerned',
  'interested',
  'advanced',
  'detailed',
  'qualified',
  'skilled',
  'armed',
  'combined',
  'unexpected',
  'proposed',
  'anticipated',
])

// A present-tense verb right before a day ("talks resume Monday", "the summit opens on Friday")
// announces a scheduled event: news writes the future that way.
const SCHEDULED_BEFORE =
  /\b(?:is|are|begins?|starts?|ends?|opens?|closes?|meets?|resumes?|arrives?|leaves?|visits?|holds?|expires?|returns?|travels?|heads?|faces?|votes?|launches?|kicks off|takes? effect|convenes?|reconvenes?|due|scheduled|slated|planned)\s+(?:on\s+|next\s+|this\s+|until\s+|through\s+|by\s+)?$/i

/** Tense of the clause holding `[start, end)` in `sentence` (which begins at `offset` in the text). */
export function clauseTense(sentence: string, offset: number, start: number, end: number): Tense {
  const from = start - offset
  const to = end - offset
  if (SCHEDULED_BEFORE.test(sentence.slice(Math.max(0, from - 40), from))) return 'future'
  let best: Tense = null
  let bestDistance = Infinity
  const consider = (re: RegExp, tense: Exclude<Tense, null>): void => {
    for (const m of sentence.matchAll(re)) {
      const s = m.index
      const e = s + m[0].length
      if (s < to && e > from) continue
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue
      // A clause break between cue and date weakens the cue: count it as farther away.
      const between = s >= to ? sentence.slice(to, s) : sentence.slice(e, from)
      const distance = Math.abs(s >= to ? s - to : from - e) + (/[;:]|,\s*(?:but|while|and)\b/.test(between) ? 60 : 0)
      if (distance < bestDistance) {
        bestDistance = distance
        best = tense
      }
    }
  }
  consider(FUTURE, 'future')
  consider(PAST, 'past')
  return best
}
