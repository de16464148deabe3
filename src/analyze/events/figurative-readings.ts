/**
 * Trigger words that real news uses for something other than the act (issue 15, read on real
 * pages): "old sectarian wounds" reopened (a grievance, not an injury), "pops and explosions
 * rattled the city" during a festival (fireworks), a thing that "poses a threat" or is painted
 * "as a threat" (an assessment, not a threat anyone made), technologies "deployed" (put to use,
 * not forces mobilised), "physically demanding jobs" and "charged language" (adjectives),
 * "corrupt politicians", a campaign's "press releases" (statements, not a release of anyone), and
 * a company that tried "to defend this program against criticism" (its own product justified, where
 * CAMEO's "defend verbally", a SUPPORT, defends another actor or what another actor did).
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection these checks read. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

/** Whether the trigger at `d` names no act in this reading (see the file comment). */
export function isFigurativeReading(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax) return false
  return isOldWound(ts, d) || isFestivalBang(ts, d) || isThreatAssessed(ts, d) || isThingDeployed(ts, d) || isAdjectiveSense(ts, d) || isPressRelease(ts, d) || isOwnThingDefended(ts, d)
}

// Verbs done to a grievance, and what makes a wound one: "reopen old wounds", "heal the ethnic wounds".
const GRIEVANCE_VERBS = new Set(['reopen', 'heal', 'lick', 'salve', 'soothe', 'bind', 'cauterize', 'cauterise'])
const GRIEVANCE_KINDS = new Set('old sectarian ethnic emotional psychological historical historic political partisan religious racial festering ancient communal tribal'.split(' '))

/**
 * "Pressuring them could reopen old sectarian wounds", "the war left deep emotional wounds": a
 * wound of a community's past is a grievance; nobody was hurt ("wounds to his neck" stays).
 */
function isOldWound(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'ASSAULT' || !/^wound/.test(word(ts, d.index)) || ts.view.syntax![d.index]!.upos !== 'NOUN') return false
  const head = ts.view.syntax![d.index]!.head
  if (head >= 0 && rel(ts, d.index) === 'obj' && GRIEVANCE_VERBS.has(lemma(ts, head))) return true
  return kidsOf(ts, d.index).some((k) => rel(ts, k) === 'amod' && GRIEVANCE_KINDS.has(word(ts, k)))
}

// A festival or what is let off at one.
const FESTIVITIES = new Set(
  'festival festivals festivities celebration celebrations diwali deepavali fireworks firework firecrackers firecracker crackers carnival bonfire new-year hogmanay'.split(' '),
)
// Words of an attack: with one of these in the sentence a blast at a festival may be a bomb.
const ATTACK_WORDS = new Set(
  'bomb bombs bomber bombers bombing attack attacks attacker attackers militant militants terror terrorist terrorists grenade grenades rocket rockets missile missiles shell shells shelling gunman gunmen explosive explosives ied killed wounded injured suicide'.split(
    ' ',
  ),
)
const BANGS = new Set(['explosion', 'explosions', 'blast', 'blasts', 'bang', 'bangs', 'boom', 'booms'])

/**
 * "Pops and explosions still rattled the city throughout the festival": bangs heard during a
 * festival, in a sentence naming no bomb, attacker, weapon or casualty, are its fireworks.
 */
function isFestivalBang(ts: TriggerSentence, d: Trigger): boolean {
  if (d.type !== 'ASSAULT' || !BANGS.has(word(ts, d.index))) return false
  const words = ts.view.words.map((w) => w.toLowerCase())
  const festive = words.some((w, k) => FESTIVITIES.has(w) || (w === 'new' && words[k + 1] === 'year'))
  return festive && !words.some((w) => ATTACK_WORDS.has(w))
}

// Verbs that say what a thing is or is taken for, not that anyone threatened: "poses a threat",
// "charges that carry the threat of execution", "seen as a threat", "paint protesters as violent
// threats".
const ASSESSING = new Set('pose carry present represent constitute remain become see view consider regard perceive label paint portray describe treat brand deem call cast'.split(' '))

const POSING = new Set(['pose', 'carry', 'present', 'represent', 'constitute'])

/**
 * "TikTok poses a threat to the personal data of users", "Hong Kong's street battles are an
 * existential threat to Xi's regime", "to paint peaceful demonstrators as violent threats": a
 * threat a thing is, poses or is taken for is the writer's or a speaker's assessment, not a threat
 * someone made (PLOVER's THREATEN is a threat issued).
 */
function isThreatAssessed(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax!
  if (d.type !== 'THREATEN' || syn[d.index]!.upos !== 'NOUN' || !/^(threat|menace)$/.test(lemma(ts, d.index))) return false
  const kids = kidsOf(ts, d.index)
  // A predicate noun ("are an existential threat"), or what something is painted or seen as.
  if (kids.some((k) => rel(ts, k) === 'cop' || (rel(ts, k) === 'case' && word(ts, k) === 'as' && word(ts, k - 1) !== 'such'))) return true
  // "the threat it poses to the First Amendment", "the threat posed by the virus".
  if (kids.some((k) => /^acl/.test(rel(ts, k)) && POSING.has(lemma(ts, k)))) return true
  const head = syn[d.index]!.head
  if (head < 0 || !ASSESSING.has(lemma(ts, head))) return false
  // The object ("poses a threat") or what it is taken as ("as a threat", "a threat" after "see").
  return /^(obj|xcomp|obl|advcl)/.test(rel(ts, d.index)) || kids.some((k) => rel(ts, k) === 'case' && word(ts, k) === 'as')
}

// What is deployed as forces: troops, police, ships, weapons, and their units.
const FORCES = new Set(
  (
    'troop troops soldier soldiers force forces police policeman policemen officer officers unit units personnel army armies navy marine marines guard guards ' +
    'guardsman guardsmen ship ships warship warships vessel vessels carrier carriers jet jets fighter fighters aircraft plane planes bomber bombers ' +
    'helicopter helicopters drone drones tank tanks missile missiles rocket rockets weapon weapons artillery battalion battalions brigade brigades ' +
    'division divisions squad squads squadron squadrons team teams agent agents peacekeeper peacekeepers reservist reservists reserve reserves ' +
    'contingent contingents fleet fleets submarine submarines battery batteries military militia militias paratrooper paratroopers commando commandos ' +
    'mission missions convoy convoys gendarmes gendarmerie sniper snipers defence defense radar nuclear naval riot vehicle vehicles posse posses picket pickets'
  ).split(' '),
)

/**
 * "The pollution decreases as pollution control technologies are deployed", "the bank deployed
 * its capital": a thing put to use is no force mobilised. Only when what is deployed is named,
 * and neither it nor a word before it ("missile systems", "riot units") is a force or an actor.
 */
function isThingDeployed(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax!
  if (d.type !== 'MOBILIZE' || syn[d.index]!.upos !== 'VERB' || !/^(re)?deploy$/.test(lemma(ts, d.index))) return false
  const deployed = kidsOf(ts, d.index).filter((k) => rel(ts, k) === 'obj' || rel(ts, k) === 'nsubj:pass')
  if (deployed.length === 0) return false
  const isForce = (k: number): boolean =>
    syn[k]!.upos !== 'NOUN' ||
    !!ts.actorKinds[k] ||
    !!ts.view.entityType[k] ||
    FORCES.has(word(ts, k)) ||
    // A word before it or a group it is made of ("missile systems", "a posse of policemen").
    kidsOf(ts, k).some((m) => /^(compound|amod|nmod)/.test(rel(ts, m)) && (FORCES.has(word(ts, m)) || !!ts.actorKinds[m] || !!ts.view.entityType[m]))
  // Conjoined things ("troops and ships") share the reading.
  const all = deployed.flatMap((k) => [k, ...kidsOf(ts, k).filter((m) => rel(ts, m) === 'conj')])
  return !all.some(isForce)
}

// What an emotionally "charged" word describes (not a person, who may be charged with a crime).
const LOADED = new Set(
  'language rhetoric atmosphere issue issues topic topics subject subjects debate debates words word term terms climate environment moment moments situation question questions speech tone remarks comments race election campaign period relationship'.split(
    ' ',
  ),
)

/**
 * "physically demanding jobs" (exacting work, no demand), "charged language" (loaded words, no
 * charge), "corrupt politicians" (a description, no act): an adjective before its noun.
 */
function isAdjectiveSense(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax!
  const t = syn[d.index]!
  const w = word(ts, d.index)
  if (d.last !== d.index || !ADJECTIVE_SENSES.has(w)) return false
  const next = syn[d.index + 1]
  if (!next || !/^(NOUN|PROPN|ADJ)$/.test(next.upos)) return false
  const before = d.index > 0 ? word(ts, d.index - 1) : ''
  // A verb's own group comes first ("to corrupt officials", "were demanding answers", "he charged
  // reporters"); a modifier follows a determiner, a degree adverb or a verb of using ("using
  // charged language"), or the parse reads it as one. (The parser often takes "physically
  // demanding jobs" for a clause: "demanding" with "jobs" as its object.)
  if (VERB_GROUP.has(before) || (syn[d.index - 1]?.upos === 'PRON' && syn[d.index - 1]!.xpos !== 'PRP$')) return false
  const modifier = t.deprel === 'amod' || DEGREE.has(before) || /^(DET|ADJ|NUM)$/.test(syn[d.index - 1]?.upos ?? '') || syn[d.index - 1]?.xpos === 'PRP$' || /^us(e|es|ed|ing)$/.test(before)
  if (!modifier) return false
  return w !== 'charged' || LOADED.has(word(ts, d.index + 1)) || (next.upos === 'ADJ' && LOADED.has(word(ts, d.index + 2)))
}

// Words whose adjective reads no act: exacting, loaded with feeling, dishonest.
const ADJECTIVE_SENSES = new Set(['demanding', 'charged', 'corrupt'])
// Words before an adjective of degree or domain: "physically demanding", "politically charged".
const DEGREE = new Set(
  'physically mentally emotionally intellectually technically politically racially highly deeply very more most less least too so extremely incredibly especially particularly equally increasingly notoriously famously notably'.split(
    ' ',
  ),
)
// What a verb's own group opens with.
const VERB_GROUP = new Set('to will would can could may might must should shall did does do is are was were be been being has have had not never'.split(' '))

// Words naming a published statement, and verbs a statement says things with.
const PUBLISHING = new Set(['press', 'news', 'media'])
const STATING = new Set('say declare state announce write add note claim read assert insist argue tout boast'.split(' '))

/**
 * "The campaign issued nine press releases", "a Biden campaign release declared", "said in the
 * release": a release that states something is a statement, no prisoners or hostages released
 * ("the release of the hostages" stays).
 */
function isPressRelease(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax!
  if (syn[d.index]!.upos !== 'NOUN' || lemma(ts, d.index) !== 'release') return false
  const kids = kidsOf(ts, d.index)
  // Someone or something released: "the release of the hostages".
  if (kids.some((k) => /^nmod/.test(rel(ts, k)) && rel(ts, k) !== 'nmod:poss' && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && word(ts, c) === 'of'))) return false
  if (kids.some((k) => rel(ts, k) === 'compound' && PUBLISHING.has(word(ts, k)))) return true
  const head = syn[d.index]!.head
  if (head < 0 || !STATING.has(lemma(ts, head))) return false
  // The statement's own subject ("a release declared") or where it was said ("said in the release").
  return /^nsubj/.test(rel(ts, d.index)) || (/^obl/.test(rel(ts, d.index)) && kids.some((k) => rel(ts, k) === 'case' && word(ts, k) === 'in'))
}

// Verbs that only ever take property: CAMEO 1711 "confiscate property", a coercion (PLOVER COERCE).
const CONFISCATING = new Set(['confiscate', 'impound', 'expropriate', 'sequester', 'sequestrate'])

/**
 * "Al Qaeda has confiscated the weapons of the villagers": taking property is PLOVER's COERCE
 * (CAMEO 1711), not the ASSAULT the detector may give a violent actor's act.
 */
export function seizureType(ts: TriggerSentence, d: Trigger, type: string): string {
  return type === 'ASSAULT' && CONFISCATING.has(lemma(ts, d.index)) ? 'COERCE' : type
}

// Pronouns that stand for a person or a body, who may be defended.
const PERSONAL = new Set('him her them us me you himself herself themselves itself ourselves yourself'.split(' '))

/**
 * "T-Mobile tried to defend this program against criticism": what is defended is a thing with no
 * other actor named as its owner (a bare, demonstrative or pronoun-owned noun), so no actor is
 * supported ("defended Obama's policy", "defended the minister" stay).
 */
function isOwnThingDefended(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax!
  if (d.type !== 'SUPPORT' || syn[d.index]!.upos !== 'VERB' || lemma(ts, d.index) !== 'defend') return false
  const objects = kidsOf(ts, d.index).filter((k) => rel(ts, k) === 'obj' || rel(ts, k) === 'nsubj:pass')
  if (objects.length === 0) return false
  return objects.every((k) => {
    if (syn[k]!.upos !== 'NOUN' || !!ts.actorKinds[k] || !!ts.view.entityType[k] || PERSONAL.has(word(ts, k))) return false
    // An owner or a compound that names an actor ("Obama's policy", "the Biden program") makes it theirs.
    // (Any owner but a pronoun: "the party's actions" are another's, "its program" the defender's
    // own; so is an actor's act named by nationality: "defended Russian aggression".)
    return !kidsOf(ts, k).some(
      (m) => syn[m]!.upos !== 'PRON' && (rel(ts, m) === 'nmod:poss' || (/^(compound|nmod|amod)$/.test(rel(ts, m)) && (!!ts.actorKinds[m] || !!ts.view.entityType[m] || syn[m]!.upos === 'PROPN'))),
    )
  })
}
