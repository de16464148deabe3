/**
 * What each annotated trigger may be in training, as a set of allowed labels: the gold PLOVER
 * type (and its alternatives), NONE for annotated non-events (statements, deaths from illness,
 * disasters, purchases), or several when the annotation leaves it open (a death "caused by
 * violent events" is an ASSAULT or the victim's side of one). The trainer maximises the
 * probability of the allowed set, so an open case teaches only what it rules out.
 */
import { PLOVER_TYPES } from '../../src/model/plover.js'
import type { GoldDoc, GoldEvent } from './corpus.js'

/** The detector's labels: NONE, then the 16 PLOVER types. */
export const EVENT_LABELS = ['NONE', ...PLOVER_TYPES] as const
const INDEX = new Map<string, number>(EVENT_LABELS.map((l, i) => [l, i]))

/** Bit mask of a set of labels. */
export function mask(labels: Iterable<string>): number {
  let m = 0
  for (const l of labels) {
    const i = INDEX.get(l)
    if (i === undefined) throw new Error(`unknown event label ${l}`)
    m |= 1 << i
  }
  return m
}

/** Every label. */
export const ALL = mask(EVENT_LABELS)
/** Only NONE. */
export const NONE_ONLY = mask(['NONE'])

/** Types KAIROS annotates exhaustively in WikiEvents: an unannotated word is none of these. */
export const WIKIEVENTS_STRICT = mask(['ASSAULT', 'PROTEST', 'CONSULT', 'REQUEST', 'THREATEN'])

// RAMS and WikiEvents types without a PLOVER reading, by source-type prefix: what the trigger may
// still be. Prefixes are tried longest first.
const OPEN_TYPES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['life.die.nonviolentdeath', ['NONE']],
  ['life.injure.illness', ['NONE']],
  // A death or wound the annotators attribute to violence is the trace of an assault.
  ['life.die.deathcausedbyviolentevents', ['ASSAULT']],
  ['life.injure.injurycausedbyviolentevents', ['ASSAULT']],
  ['life.', ['NONE', 'ASSAULT']],
  ['disaster.', ['NONE']],
  ['artifactexistence.', ['NONE', 'ASSAULT', 'COERCE']],
  ['contact.prevarication', ['NONE']],
  ['contact.publicstatementinperson', ['NONE']],
  ['contact.mediastatement', ['NONE']],
  ['contact.funeralvigil', ['NONE']],
  ['contact.collaborate', ['NONE', 'CONSULT', 'COOPERATE']],
  ['contact.contact', ['NONE']],
  ['personnel.', ['NONE', 'RETREAT', 'COERCE']],
  ['government.spy', ['NONE', 'COERCE']],
  ['government.agreements.violateagreement', ['NONE', 'REJECT']],
  ['government.agreements', ['NONE', 'AGREE', 'SUPPORT']],
  ['government.', ['NONE']],
  ['inspection.', ['NONE', 'ACCUSE']],
  ['cognitive.', ['NONE', 'ACCUSE']],
  ['manufacture.', ['NONE']],
  ['medical.', ['NONE']],
  ['movement.transportperson.evacuationrescue', ['NONE', 'AID', 'RETREAT']],
  ['movement.transportperson.smuggle', ['NONE']],
  ['movement.transportperson.hide', ['NONE']],
  ['movement.', ['NONE', 'MOBILIZE', 'RETREAT', 'AID']],
  ['transaction.', ['NONE', 'AID']],
  ['justice.', ['NONE', 'SANCTION', 'ASSAULT', 'COERCE', 'ACCUSE']],
  ['genericcrime.', ['NONE', 'ASSAULT', 'COERCE']],
  ['control.', ['NONE', 'COERCE']],
  ['conflict.', ['ASSAULT', 'PROTEST']],
]

/** Allowed labels of an annotated event's trigger. */
export function eventMask(doc: GoldDoc, e: GoldEvent): number {
  if (e.type) {
    const types = [e.type, ...(e.alt ?? [])]
    return mask(e.ambiguous ? ['NONE', ...types] : types)
  }
  const source = (e.sourceType ?? '').toLowerCase()
  if (e.ambiguous) {
    const open = OPEN_TYPES.find(([p]) => source.startsWith(p))?.[1] ?? ['NONE']
    return mask(['NONE', ...open, ...(e.alt ?? [])])
  }
  const open = OPEN_TYPES.find(([p]) => source.startsWith(p))?.[1]
  if (open) return mask(open)
  // A type the tables do not know: only what the document's annotation rules out.
  return doc.exhaustive ? ALL & ~WIKIEVENTS_STRICT : ALL
}

/**
 * Allowed labels of a candidate no annotation names, or null when nothing is known about it. A
 * PLOVER gold sentence codes one event: another word of its type repeats it, any other type was
 * judged not to be the sentence's event.
 */
export function unannotatedMask(doc: GoldDoc): number | null {
  if (doc.allNegative) return NONE_ONLY
  if (doc.set === 'wikievents') return ALL & ~WIKIEVENTS_STRICT
  if (doc.set === 'plover') {
    const e = doc.events[0]
    return e?.type ? mask(['NONE', e.type]) : NONE_ONLY
  }
  return null
}

/** Prior weight of a lexicon feature for a label: `lex=TYPE`, `cv=TYPE`, `cvp=TYPE` point to their type. */
export function lexiconPrior(feature: string): [label: number, weight: number] | null {
  const m = /^(lex|cv|cvp|lex\|pol|cv\|pol)=([A-Z]+)!?(\|true)?$/.exec(feature)
  if (!m || (m[1]!.endsWith('pol') && !m[3])) return null
  const strength = m[1] === 'cv' ? 0.5 : m[1] === 'cv|pol' ? 1 : m[1] === 'lex' ? 0.5 : 1.5
  const label = INDEX.get(m[2]!) ?? (m[2] === 'STATEMENT' || m[2] === 'APPEAL' ? 0 : undefined)
  return label === undefined ? null : [label, strength]
}
