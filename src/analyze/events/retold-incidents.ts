/**
 * An incident told again: "Hamas attacked Israel on Oct. 7. [...] The UN condemned the attack".
 * The later "the attack" is the matter a reaction is about, the incident the article already
 * reported; coding it again would report the same attack twice, dated by the later sentence.
 * PLOVER codes an incident once, where it is reported, and the reaction as an event of its own
 * ("condemned": ACCUSE), so a definite or possessed event noun that a reaction takes as its object
 * or topic is no new event when an event of its type was already coded earlier in the article. The
 * first report stays, whatever its shape ("condemned the bombing on Monday" as the only mention of
 * it is still the news), and so does a mention that names a participant of its own ("condemned the
 * attack on the university").
 */
import type { SentenceView } from './sentence-view.js'

/** What an earlier event needs to show: its type and the sentence it was coded in. */
export interface EarlierEvent {
  readonly event: { readonly type: string }
  readonly sentence: number
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])
const PARTICIPANT_PREPOSITIONS = new Set(['on', 'against', 'of', 'by', 'at'])
const TOPIC_PREPOSITIONS = new Set(['to', 'about', 'over', 'at', 'of', 'on', 'for', 'into'])
// Verbs of judging, answering, mourning or showing an incident, and nouns of feeling about it:
// their object or topic is the incident named again. (The time of another act, "after the
// bombing", "in the wake of the attack", and "claimed responsibility for the explosion" stay
// events: WikiEvents annotates them as mentions of the attack, 13 of 18 such dev mentions.)
const REACTIONS = new Set(('condemn denounce decry deplore criticize criticise respond react mourn commemorate show ' + 'condemnation reaction anger outrage frustration shock grief').split(' '))

/**
 * The incident an earlier sentence already reported that the trigger noun at local index `i`, of
 * PLOVER `type`, names again (the latest earlier event of its type), or null when it names none
 * (see the file comment).
 */
export function retoldIncident<E extends EarlierEvent>(view: SentenceView, i: number, type: string, sentence: number, earlier: readonly E[]): E | null {
  const syn = view.syntax
  if (!syn || syn[i]!.upos !== 'NOUN') return null
  const told = earlier.findLast((e) => e.sentence < sentence && e.event.type === type)
  return told && isRetelling(view, i) ? told : null
}

// Whether the noun at `i` is named as before and is the matter of a reaction, with no participant of its own.
function isRetelling(view: SentenceView, i: number): boolean {
  const syn = view.syntax!
  const kids: number[] = []
  for (let k = 0; k < syn.length; k++) if (syn[k]!.head === i) kids.push(k)
  const word = (k: number): string => view.words[k]!.toLowerCase()
  // Named before: a definite determiner or an owner ("the attack", "Saturday's attack", "its attack").
  const named = kids.some((k) => (syn[k]!.deprel === 'det' && DEFINITE.has(word(k))) || syn[k]!.deprel === 'nmod:poss')
  if (!named) return false
  // A mention that names its own participant ("condemned the attack on the university", "the drug
  // traffickers' attack") tells who was attacked or who did it: MUC-4 takes its roles from it.
  const participant = kids.some((k) => {
    const r = syn[k]!.deprel
    if (r === 'nmod:poss') return syn[k]!.upos !== 'PRON' && !view.inDate[k]
    return r === 'nmod' && syn.some((c, m) => c.head === k && c.deprel === 'case' && PARTICIPANT_PREPOSITIONS.has(word(m)))
  })
  if (participant) return false
  const head = syn[i]!.head
  if (head < 0) return false
  const headLemma = (view.lemmas[head] ?? word(head)).toLowerCase()
  // The object or topic of a reaction ("condemned the attack", "responded to the bombing",
  // "frustration about Saturday's attack").
  if (!REACTIONS.has(headLemma)) return false
  // Its object, or its topic through a preposition of aim ("during the debate" is no topic).
  return syn[i]!.deprel === 'obj' || (/^(obl|nmod)/.test(syn[i]!.deprel) && kids.some((k) => syn[k]!.deprel === 'case' && TOPIC_PREPOSITIONS.has(word(k))))
}
