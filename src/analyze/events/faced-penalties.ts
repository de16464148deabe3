/**
 * A penalty someone faces or risks (issue 15, read on real pages): "If convicted, he could face
 * decades in jail", "He now faces a maximum sentence of 175 years in prison", "Carlineo could face
 * up to 10 years in prison". The jailing is what a court may impose, not what anyone has done;
 * the verb's own modality does not reach the penalty noun, which is its object or oblique. Gold
 * annotates some such penalties as events (WikiEvents dev "can face lengthy prison sentences", RAMS
 * dev "facing extradition"; 2 of the 3 train sentences of the shape), so the act is flagged as
 * hypothetical, not dropped. Charges, trials and inquiries someone "faces" are under way and stay.
 */
import type { LocalSyntax } from './sentence-view.js'

// Verbs whose object or oblique is what may befall their subject.
const FACING = new Set(['face', 'risk'])
// Nouns of a penalty or a removal a court or a state imposes.
const PENALTIES = new Set('jail prison imprisonment incarceration sentence sentences penalty execution deportation extradition expulsion punishment detention arrest'.split(' '))
// Relations along which a noun hangs from the verb that governs it ("decades in jail": obl;
// "a sentence of 175 years in prison": obj, nmod; "face going to jail": xcomp).
const NOUN_PATH = /^(obj|obl|nmod|compound|conj|xcomp)$/
// How far below the verb the penalty may hang.
const DEPTH = 4

/** Whether the trigger at `at` is a penalty its subject faces or risks (see the file comment). */
export function isFacedPenalty(words: readonly string[], syntax: readonly LocalSyntax[], at: number): boolean {
  if (syntax[at]!.upos !== 'NOUN' || !PENALTIES.has(words[at]!.toLowerCase())) return false
  let p = at
  for (let step = 0; step < DEPTH; step++) {
    const s = syntax[p]!
    if (s.head < 0 || !NOUN_PATH.test(s.deprel)) return false
    p = s.head
    if (syntax[p]!.upos === 'VERB' && syntax[p]!.lemma !== 'go') return FACING.has(syntax[p]!.lemma.toLowerCase())
  }
  return false
}
