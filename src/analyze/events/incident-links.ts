/**
 * Incident linking: "A car bomb exploded outside the embassy on Monday, killing 12. [...] Police
 * said the attack was planned for weeks." The later "the attack" is the bombing again, not a second
 * attack: an analyst counting attacks wants one, with every sentence that speaks of it as its
 * evidence. A definite or possessed incident noun ("the attack", "this blast", "Saturday's
 * bombing") of the type of an event coded a few sentences before becomes a further mention of that
 * event (its `mentions`) instead of an event of its own, when nothing in its own phrase makes it
 * another incident:
 * - no mark of another one ("another attack", "a second blast", "the previous bombing", "two
 *   attacks", "the attacks of 2015"),
 * - no participant of its own that differs from the earlier event's ("the attack on the embassy"
 *   after an attack on a hospital; a named doer other than the earlier one),
 * - no date of its own other than the earlier event's ("the March 3 attack" after a May attack),
 * - the earlier event is reported as done (not negated, hypothetical or future), and lies at most
 *   `MAX_SENTENCES_BACK` sentences back.
 * An arrest named again is not linked: arrests come in waves ("the arrests" grows as police
 * detain more), so the noun names a set, not the one arrest reported before.
 * A role the later mention names and the earlier report left empty ("Police said the FMLN carried
 * out the attack") is taken onto the earlier event (`takeRoles`).
 * An incident noun earlier in the mention's own sentence is the incident it names, so it is never
 * linked across sentences then.
 * Limits: an indefinite noun ("an attack") is always a new event, so a story that names one
 * incident twice with "an" counts it twice; the pronoun "it" is no trigger and is not linked; nouns
 * of an ongoing state ("the war", "the violence", "the fighting") name more than one incident and
 * are never linked; two incidents of one type told apart only by their place ("the blast in the
 * market" after one at a checkpoint, the place not parsed as the noun's participant) are merged.
 */
import type { ArticleEvent } from '../../model/article.js'
import type { CodedEvent } from './event-anaphora.js'
import { kidsAt as kidsOf, lemmaAt, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/**
 * How far back the incident may have been coded. News retells the lead incident all through the
 * article, but the further back, the likelier another incident of its type came between; the
 * latest earlier event of the type is the one taken.
 */
const MAX_SENTENCES_BACK = 8
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those'])
// Words that make the noun another incident than the one told before.
const ANOTHER = new Set(
  (
    'another other new second third fourth latest fresh further additional renewed similar next previous earlier ' +
    'prior past former first last recent subsequent later separate different more many several multiple numerous repeated series'
  )
    .split(' ')
    .filter(Boolean),
)
// Nouns of an ongoing state or of many incidents, never one incident named again.
const NOT_ONE_INCIDENT = new Set(
  (
    'war wars conflict conflicts fighting violence hostilities insurgency unrest campaign occupation crisis crackdown ' +
    'clashes tension tensions struggle battle battles operation operations offensive'
  )
    .split(' ')
    .filter(Boolean),
)
// Kinds of incident: a noun names again an earlier event of its own kind ("the blast" a bombing,
// "the killing" a murder), never one of another kind ("the bombing" is not the clashes before it).
const KINDS: Readonly<Record<string, string>> = kindsOf({
  blast: 'bomb bombing bombings blast blasts explosion explosions explode detonate detonation blow',
  shooting: 'shooting shootings shoot gunfire fire',
  stabbing: 'stabbing stabbings stab',
  killing: 'killing killings kill murder murders slaying slayings slay assassination assassinate massacre',
  strike: 'strike strikes airstrike airstrikes raid raids shelling shell bombardment storm',
  kidnapping: 'kidnapping kidnap abduction abduct hijacking hijack',
  protest: 'protest protests demonstration demonstrations demonstrate rally rallies march',
  meeting: 'meeting meet talks summit visit',
  threat: 'threat threats threaten',
})
// Nouns that name any one violent incident: "the attack" after a bombing, a shooting, a killing.
const ANY_VIOLENT_INCIDENT = new Set(['attack', 'attacks', 'assault', 'incident', 'ambush', 'rampage'])
const VIOLENT_KINDS = new Set(['blast', 'shooting', 'stabbing', 'killing', 'strike', 'kidnapping', 'attack'])

function kindsOf(table: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [kind, words] of Object.entries(table)) for (const w of words.split(' ')) out[w] ??= kind
  return out
}

// The kind of incident a trigger word or lemma names, or null.
function kindOf(word: string, lemma: string): string | null {
  if (ANY_VIOLENT_INCIDENT.has(word) || ANY_VIOLENT_INCIDENT.has(lemma)) return 'attack'
  return KINDS[word] ?? KINDS[lemma] ?? null
}

// Prepositions by which an incident noun names its own doer, target or place.
const PARTICIPANT_PREPOSITIONS = new Set(['on', 'against', 'by', 'at', 'in', 'near', 'outside', 'inside', 'from', 'of'])

/** The part of a detection this check reads. */
interface Mention {
  readonly index: number
  readonly last: number
}

/** A date expression of the article (`value` ISO, as the dates step gives it). */
interface DateValue {
  readonly start: number
  readonly end: number
  readonly value: string
}

/**
 * The earlier event (latest first among `coded`) that the incident noun at `d` names again, or
 * null when it is an event of its own. `event` is the mention's own reading (its type and the
 * roles its sentence gives it); `dates` are the article's date expressions.
 */
export function earlierIncident(ts: TriggerSentence, d: Mention, event: ArticleEvent, sentence: number, coded: readonly CodedEvent[], dates: readonly DateValue[]): CodedEvent | null {
  const syn = ts.view.syntax
  if (!syn) return null
  const i = d.index
  if (syn[i]!.upos !== 'NOUN' || NOT_ONE_INCIDENT.has(word(ts, i))) return null
  const kind = kindOf(word(ts, i), lemmaAt(ts, i))
  // "the fire" is a blaze as often as gunfire: only a report's "opened fire" counts as a shooting.
  if (!kind || word(ts, i) === 'fire') return null
  // "after the Boston bombing in 2013, which told people near the blast to shelter": an incident
  // noun earlier in the mention's own sentence is the one it names, whether coded or not.
  for (let k = 0; k < i; k++) {
    if (syn[k]!.upos !== 'NOUN' && syn[k]!.upos !== 'PROPN') continue
    const other = kindOf(word(ts, k), lemmaAt(ts, k))
    if (other && (other === kind || (kind === 'attack' && VIOLENT_KINDS.has(other)))) return null
  }
  const kids = kidsOf(ts, i)
  const named = kids.some((k) => (rel(ts, k) === 'det' && DEFINITE.has(word(ts, k))) || rel(ts, k) === 'nmod:poss')
  if (!named) return null
  if (kids.some((k) => ANOTHER.has(word(ts, k)) || rel(ts, k) === 'nummod')) return null
  // A participant named in the noun's own phrase that is no participant of the earlier event.
  const ownParts = kids.filter((k) => {
    const r = rel(ts, k)
    if (r === 'nmod:poss') return syn[k]!.upos !== 'PRON' && !ts.view.inDate[k]
    if (r === 'compound' || r === 'amod') return !!ts.view.entityType[k] && !ts.view.inDate[k]
    return /^nmod/.test(r) && !ts.view.inDate[k] && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && PARTICIPANT_PREPOSITIONS.has(word(ts, c)))
  })
  const ownDate = dateOfPhrase(ts, kids, dates)
  for (let n = coded.length - 1; n >= 0; n--) {
    const prior = coded[n]!
    if (prior.sentence >= sentence) continue
    if (sentence - prior.sentence > MAX_SENTENCES_BACK) return null
    if (prior.event.type !== event.type || !sameKind(kind, prior)) continue
    // The latest earlier event of its kind is the incident meant, or none is.
    if (prior.event.negated || prior.event.modality === 'hypothetical' || prior.event.modality === 'future') return null
    if (ownDate && ownDate !== prior.event.date) return null
    if (ownParts.some((k) => !partOf(ts, k, prior.event))) return null
    if (contradicts(event, prior.event, 'actor') || contradicts(event, prior.event, 'recipient')) return null
    return prior
  }
  return null
}

const ACTOR_FIELDS = ['actor', 'actorCountry', 'actorSector', 'actorCode', 'actorMention'] as const
const RECIPIENT_FIELDS = ['recipient', 'recipientCountry', 'recipientSector', 'recipientCode', 'recipientMention'] as const

/**
 * Fills the roles `incident` left empty from its later `mention` (the event the mention would have
 * been), in place: the incident is the article's own fresh event, the mention's reading is dropped.
 */
export function takeRoles(incident: ArticleEvent, mention: ArticleEvent): void {
  const into = incident as Record<string, unknown>
  const from = mention as Record<string, unknown>
  const fill = (fields: readonly string[]): void => {
    for (const f of fields) if (from[f] !== undefined && from[f] !== null) into[f] = from[f]
  }
  if (!incident.actorMention && mention.actorMention && (mention.actor == null || mention.actor !== incident.recipient)) fill(ACTOR_FIELDS)
  if (!incident.recipientMention && mention.recipientMention && (mention.recipient == null || mention.recipient !== incident.actor)) fill(RECIPIENT_FIELDS)
}

// Whether the earlier event is of the mention's kind: "the attack" takes any violent incident.
function sameKind(kind: string, prior: CodedEvent): boolean {
  const text = (prior.event.trigger?.text ?? '').toLowerCase()
  const last = text.split(/\s+/).pop() ?? text
  const priorKind = kindOf(last, prior.lemma.toLowerCase())
  if (!priorKind) return kind === 'attack' && /^(kill|wound|injure)/.test(prior.lemma.toLowerCase())
  return priorKind === kind || (kind === 'attack' && VIOLENT_KINDS.has(priorKind))
}

// Whether the mention names someone in `role` whom the earlier event does not have there (nor in
// the other role: "the attack by Hamas" after "Israel struck Hamas" is read both ways): the same
// entity, or a phrase sharing a word with the earlier one's ("FMLN urban commandos", "the FMLN").
function contradicts(own: ArticleEvent, prior: ArticleEvent, role: 'actor' | 'recipient'): boolean {
  const mine = role === 'actor' ? own.actorMention : own.recipientMention
  if (!mine) return false
  const theirs = [prior.actorMention, prior.recipientMention].filter((m): m is NonNullable<typeof m> => !!m)
  const ids = [prior.actor, prior.recipient].filter((x): x is string => !!x)
  const id = role === 'actor' ? own.actor : own.recipient
  if (id && ids.includes(id)) return false
  if (!(role === 'actor' ? prior.actorMention : prior.recipientMention)) return false
  const words = contentWords(mine.text)
  return !theirs.some((m) => contentWords(m.text).some((w) => words.includes(w)))
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'its', 'their', 'his', 'her', 'in', 'on', 'at', 'by', 'for', 'to'])

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FUNCTION_WORDS.has(w))
}

// Whether the participant word at `k` is a word of the earlier event's actor or recipient phrase.
function partOf(ts: TriggerSentence, k: number, prior: ArticleEvent): boolean {
  const w = word(ts, k).replace(/'s$/, '')
  const phrases = [prior.actorMention?.text, prior.recipientMention?.text].filter((p): p is string => !!p)
  return phrases.some((p) =>
    p
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .includes(w),
  )
}

// The ISO value of a date inside the noun's own phrase ("Saturday's attack", "the attack on May
// 3"), "unresolved" for one without a value, or null.
function dateOfPhrase(ts: TriggerSentence, kids: readonly number[], dates: readonly DateValue[]): string | null {
  for (const k of kids) {
    if (!ts.view.inDate[k]) continue
    const at = ts.view.tokens[k]!.start
    const d = dates.find((x) => x.start <= at && at < x.end && /^\d{4}/.test(x.value))
    // A date the dates step did not resolve still marks the noun as dated: never the same as another.
    return d?.value ?? 'unresolved'
  }
  return null
}
