/**
 * Types a verb's own sense settles, whatever split a type classifier makes between neighbouring
 * types (issue 15; issue-15l found each retrain moving these splits while reading them right
 * elsewhere): asking someone for something or to act ("Ukraine asked the United States for more
 * air defence systems", "the mayor asked residents to stay indoors") is PLOVER's REQUEST (CAMEO 02,
 * appeal), never CONSULT, which is meeting or talking, and so is ordering someone to act ("ordered
 * police to arrest protesters"; the manual's REQUEST covers orders); destroying is ASSAULT (the PLOVER manual's
 * residual mode "destroy", CAMEO 1712 mapped to ASSAULT), not the COERCE or MOBILIZE a classifier
 * may split it towards; releasing captives is RETREAT (the manual's mode "release", CAMEO 0841
 * mapped to RETREAT), not the CONCEDE of a promise. All run before the threshold in `ruled()`, so
 * the type's probability is the mass of the readings they map.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these rules read. */
interface Trigger {
  readonly index: number
  readonly last: number
}

// Verbs of asking that make a request when what is asked for or asked to be done is named.
const ASKING = new Set(['ask', 'urge', 'appeal', 'request', 'beg', 'implore', 'entreat', 'petition'])
// Verbs of ordering: an order to someone to act is a request (the manual's REQUEST covers "all
// requests, demands, and orders"), not the MOBILIZE a classifier may read in "ordered police to
// arrest"; without an infinitive ("ordered troops to the border") the reading stays.
const ORDERING = new Set(['order', 'command', 'instruct', 'direct'])

/**
 * "asked the United States for more air defence systems", "asked residents to stay indoors":
 * a verb of asking with a "for" phrase or a to-infinitive is a REQUEST, whatever reading (CONSULT,
 * a talk) it was given. A question asked ("asked whether the army had shelled the village") has
 * neither and keeps its reading, which `asked-acts.ts` rules on.
 */
export function askingType(ts: TriggerSentence, d: Trigger, type: string): string {
  const syn = ts.view.syntax
  if (!syn || syn[d.index]!.upos !== 'VERB') return type
  const base = lemma(ts, d.index)
  const ordering = ORDERING.has(base)
  if (!ASKING.has(base) && !ordering) return type
  const kids = kidsOf(ts, d.index)
  const marked = (k: number, marker: string): boolean => kidsOf(ts, k).some((c) => /^(case|mark)$/.test(rel(ts, c)) && word(ts, c) === marker)
  const askedFor = kids.some((k) => /^(obl|nmod)/.test(rel(ts, k)) && marked(k, 'for'))
  // "asked residents to stay", also where the parser hangs the infinitive as an adverbial clause;
  // an order names whom it binds ("ordered police to arrest"), so it needs its object too.
  const askedTo = kids.some((k) => (rel(ts, k) === 'xcomp' || rel(ts, k) === 'advcl') && syn[k]!.upos === 'VERB' && marked(k, 'to'))
  // An order names whom it binds ("ordered police to arrest"), so it needs its object too.
  if (ordering) return askedTo && kids.some((k) => rel(ts, k) === 'obj') ? 'REQUEST' : type
  return askedFor || askedTo ? 'REQUEST' : type
}

// Verbs of destroying; the material readings a classifier splits them between.
const DESTROYING = new Set(['destroy', 'demolish', 'raze'])
const NEIGHBOURS = new Set(['COERCE', 'MOBILIZE'])

/**
 * "Soldiers destroyed the village after the rebels fled": destruction is an ASSAULT, not the
 * COERCE or MOBILIZE a classifier may give part of its mass; any other reading (a stockpile
 * destroyed as a concession) keeps its own.
 */
export function destructionType(ts: TriggerSentence, d: Trigger, type: string): string {
  return NEIGHBOURS.has(type) && DESTROYING.has(lemma(ts, d.index)) ? 'ASSAULT' : type
}

// People held by the other side, whose release the PLOVER manual codes as RETREAT.
const CAPTIVES = new Set(['hostage', 'prisoner', 'captive', 'detainee', 'abductee', 'pow'])

/**
 * "The rebels released the hostages": the release of captives done is a RETREAT (the manual:
 * "release of prisoners and hostages"), not the CONCEDE a classifier may give it; an announced or
 * promised release stays the clause's own reading (a future RETREAT is coded CONCEDE by the
 * modality rules), and a release of anything else (a report, funds) keeps its reading.
 */
export function releaseType(ts: TriggerSentence, d: Trigger, type: string): string {
  if (type !== 'CONCEDE' || lemma(ts, d.index) !== 'release') return type
  const held = kidsOf(ts, d.index).some((k) => /^(obj|nsubj:pass)$/.test(rel(ts, k)) && CAPTIVES.has(lemma(ts, k)))
  return held ? 'RETREAT' : type
}
