/**
 * An illness named by its noun is no attack (issue 15, the triage of issue-15z's retrain R1: "an
 * outbreak of bubonic plague killed two herders" coded ASSAULT on "plague" at 0.31, the shipped
 * detector 0.06). `natural-causes.ts` reads deaths an illness caused, not the illness word itself
 * as the trigger. On the training gold no such noun is an attack: RAMS dev names these diseases 22
 * times and annotates none, WikiEvents dev 18 times with 4 disease outbreaks (no PLOVER type) and
 * no attack, the PLOVER gold records never. "Virus" is left out: a computer virus can be a
 * cyberattack's weapon.
 */
import { lemmaAt as lemma, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

// Illnesses and their spread, by lemma.
const DISEASES = new Set('plague disease epidemic pandemic cholera ebola malaria measles covid covid-19 influenza flu tuberculosis typhoid dengue anthrax smallpox polio'.split(' '))

/** Whether the trigger at `d` is an illness read as an attack (see the file comment). */
export function isDiseaseNoun(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'ASSAULT' || !syn || d.last !== d.index || !['NOUN', 'PROPN'].includes(syn[d.index]!.upos)) return false
  return DISEASES.has(lemma(ts, d.index).toLowerCase())
}
