/**
 * An explosion of a machine is an accident, not an attack: "a rocket explosion damaged its
 * launchpad", "their capsule exploded en route to the station", "the Falcon 9 explosion", "after
 * the shuttle Columbia explosion". Only when what exploded is a vehicle, craft or plant (the
 * subject of "exploded"; the possessor, compound or of-phrase of "explosion" / "blast") and the
 * sentence names no bomb, attacker or fighting: "a car bomb exploded", "the explosion of a
 * device" and "a rocket fired by militants exploded" stay attacks. Cars, buses and trucks are
 * left out on purpose: in conflict news "a car exploded near the checkpoint" is a car bomb.
 */
import type { TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  /** The type after the coding conventions. */
  readonly type: string
}

const BLASTS = new Set(['explode', 'explosion', 'blast'])
// Machines and works whose explosion is an accident unless someone is said to have caused it.
const MACHINES = new Set([
  'vehicle',
  'craft',
  'spacecraft',
  'aircraft',
  'rocket',
  'capsule',
  'shuttle',
  'satellite',
  'plane',
  'airplane',
  'jet',
  'train',
  'locomotive',
  'tanker',
  'pipeline',
  'boiler',
  'factory',
  'plant',
  'refinery',
  'reactor',
  'engine',
  'booster',
])
// Words that make an explosion deliberate or place it in fighting (as written or as a base form;
// "fired" only as written: a fire the explosion caused is no sign of fighting).
const HOSTILE = new Set([
  'bomb',
  'bombing',
  'bomber',
  'explosive',
  'device',
  'ied',
  'grenade',
  'mine',
  'missile',
  'mortar',
  'shell',
  'artillery',
  'attack',
  'attacker',
  'assailant',
  'militant',
  'insurgent',
  'rebel',
  'terrorist',
  'terrorism',
  'gunman',
  'suicide',
  'sabotage',
  'saboteur',
  'detonate',
  'fired',
  'strike',
  'airstrike',
  'war',
  'troop',
  'troops',
  'soldier',
  'army',
  'militia',
  'checkpoint',
  'target',
])

/** Whether the ASSAULT at `d` is an explosion of a vehicle, craft or plant that nobody set off (see the file comment). */
export function isAccidentalBlast(ts: TriggerSentence, d: Trigger): boolean {
  return d.type === 'ASSAULT' && isAccidentalBlastAt(ts, d.index)
}

/**
 * Whether the word at `i` is an explosion of a vehicle, craft or plant that nobody set off, as
 * a trigger or as what did something ("An explosion at the chemical plant killed four workers":
 * the killing is the accident's too).
 */
export function isAccidentalBlastAt(ts: TriggerSentence, i: number): boolean {
  const syn = ts.view.syntax
  if (!syn || !BLASTS.has(baseOf(ts, i))) return false
  if (ts.view.words.some((w, j) => HOSTILE.has(w) || HOSTILE.has(baseOf(ts, j)))) return false
  const things = explodingThings(ts, i)
  return things.length > 0 && things.every((k) => isMachine(ts, k))
}

/**
 * The subject of "exploded", or the possessor, compound or of-phrase of "explosion", or the
 * works it happened at ("an explosion at the chemical plant").
 */
function explodingThings(ts: TriggerSentence, i: number): number[] {
  const syn = ts.view.syntax!
  const kids = ts.kids?.[i] ?? []
  if (syn[i]!.upos === 'VERB') return kids.filter((k) => /^nsubj/.test(syn[k]!.deprel))
  const phrase = (k: number, marker: RegExp): boolean => (ts.kids?.[k] ?? []).some((m) => syn[m]!.deprel === 'case' && marker.test(ts.view.words[m]!))
  const own = kids.filter((k) => /^(nmod:poss|compound)$/.test(syn[k]!.deprel) || (syn[k]!.deprel === 'nmod' && phrase(k, /^(of|aboard)$/)))
  if (own.length) return own
  // Only a plant, works or machine as the place: "an explosion at the market" stays an attack.
  return kids.filter((k) => syn[k]!.deprel === 'nmod' && phrase(k, /^(at|in|inside)$/) && MACHINES.has(baseOf(ts, k)))
}

/**
 * A machine word ("rocket", "the Dragon capsule"), a name with one ("the shuttle Columbia"), a
 * model designation (a name and a number: "Falcon 9"), or a name in a sentence that talks of such
 * machines and no one else ("resumed shuttle flights after the Columbia explosion").
 */
function isMachine(ts: TriggerSentence, k: number): boolean {
  const syn = ts.view.syntax!
  if (MACHINES.has(baseOf(ts, k))) return true
  const kids = ts.kids?.[k] ?? []
  if (kids.some((m) => /^(compound|appos)$/.test(syn[m]!.deprel) && MACHINES.has(baseOf(ts, m)))) return true
  const named = (j: number): boolean => ts.view.casing === 'mixed' && /^\p{Lu}/u.test(ts.view.tokens[j]?.text ?? '')
  // A model's name may be taken for an organization ("Falcon 9"), never for a state or an agent.
  const model = (j: number): boolean => named(j) && (ts.actorKinds[j] == null || ts.actorKinds[j] === 'ORG')
  // The parser hangs the number on the name ("Vega 7") or the name on the number ("Falcon 9").
  const numbered = model(k) ? kids.some((m) => syn[m]!.upos === 'NUM') : syn[k]!.upos === 'NUM' && kids.some(model)
  if (numbered) return true
  return named(k) && ts.actorKinds[k] == null && ts.view.words.some((_, j) => j !== k && MACHINES.has(baseOf(ts, j)))
}

function baseOf(ts: TriggerSentence, i: number): string {
  const lemma = ts.view.syntax?.[i]?.lemma ?? ts.view.lemmas[i] ?? ts.view.words[i] ?? ''
  return lemma.toLowerCase()
}
