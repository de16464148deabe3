/**
 * Contrast negatives read off real training sentences (`--contrast-readings W`): candidates whose
 * reading in their own sentence is no PLOVER event, though no annotation says so. RAMS and
 * IndiaPoliceEvents annotate one event (or one label) per window, so their other words are no
 * examples at all, and a PLOVER gold sentence leaves each unannotated word open to its one type
 * ("said" in "X said Y attacked Z" may be the ASSAULT): nothing in training tells the detector that
 * the speaking, an opinion or a staff noun is no act, and a retrain coded "said" ASSAULT, "suggest"
 * REQUEST and "aides" AID (issue 15, session 17). These readings are NONE in every scheme the sets
 * follow (RAMS and WikiEvents type speech acts as statements, which map to no PLOVER type; PLOVER
 * codes no statements), so they are negatives wherever they occur unannotated:
 *
 * - a verb of speech or report ("said", "told", "added", "according to") with the clause it
 *   reports, or set off as a parenthetical ("..., he said."); never one that controls an infinitive
 *   ("told them to leave" is a request);
 * - "suggest" and "indicate" whose subject is a thing, not someone ("the figures suggest that ...");
 *   a person who suggests may advise, which RAMS annotates as a request;
 * - a staff noun ("aides", "staffers", "advisers"), a person, whatever its letters share with "aid".
 *
 * Narrow readings (`--contrast-readings-narrow`, issue-15l): a negative of the full feature set
 * teaches the generic features too ("The minister told reporters that ...": a named subject or
 * object, a sentence-initial name, a verb at the root), and the session-18 retrain read "Ukraine
 * asked the United States for ..." at P(event) 0.08 through them. Narrow, a reading
 * negative carries only the features that name its own word or lemma (`ownFeatures`), and the
 * speech verbs with an act sense of their own ("recalled its ambassador") are left out.
 */
import { kidsAt, lemmaAt, wordAt, type TriggerSentence } from '../../src/analyze/events/trigger-sentence.js'

/** Verbs whose reporting use is a statement, never one of PLOVER's types. */
const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'note',
  'state',
  'write',
  'explain',
  'report',
  'recall',
  'describe',
  'quote',
  'cite',
  'according',
  'believe',
  'think',
  'acknowledge',
  'confirm',
  'reveal',
  'disclose',
])
/** Speech verbs that also name an act (a diplomatic recall): no reading negatives when narrow. */
const ACT_SENSES = new Set(['recall'])
/** Verbs of showing that are opinion when a thing is their subject. */
const SHOWING = new Set(['suggest', 'indicate', 'show'])
/** Nouns of staff: people, not aid. */
const STAFF = new Set(['aide', 'aides', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors'])

/** Which contrast reading the candidate at local index `i` has, or null for none. */
export function contrastReading(ts: TriggerSentence, i: number, narrow = false): 'speech' | 'opinion' | 'staff' | null {
  if (STAFF.has(wordAt(ts, i)) && ts.view.syntax?.[i]?.upos !== 'VERB') return 'staff'
  if (!ts.view.syntax) return null
  const lemma = lemmaAt(ts, i)
  const kids = kidsAt(ts, i)
  const rel = (k: number): string => ts.relations?.[k] ?? ''
  if (kids.some((k) => rel(k) === 'xcomp')) return null
  const reports = kids.some((k) => rel(k) === 'ccomp' || rel(k) === 'parataxis') || rel(i) === 'parataxis'
  if (SPEECH.has(lemma) && !(narrow && ACT_SENSES.has(lemma)) && (reports || lemma === 'according')) return 'speech'
  if (SHOWING.has(lemma) && kids.some((k) => rel(k) === 'ccomp' || rel(k) === 'obj')) {
    const subjects = kids.filter((k) => rel(k) === 'nsubj')
    const thing = (k: number): boolean => ts.view.syntax![k]!.upos === 'NOUN' && ts.actorKinds[k] === undefined && ts.view.entityType[k] == null
    if (subjects.length > 0 && subjects.every(thing)) return 'opinion'
  }
  return null
}

/**
 * The features among `names` (the candidate at `i`'s) that name its own word or lemma ("w=said",
 * "l|dep=say|root", "subj|l=say|GOV"): what a narrow reading negative teaches.
 */
export function ownFeatures(names: readonly string[], ts: TriggerSentence, i: number): string[] {
  const own = new Set([ts.view.words[i]!, ts.view.lemmas[i] ?? ts.view.words[i]!])
  return names.filter((name) => {
    const eq = name.indexOf('=')
    return (
      eq >= 0 &&
      name
        .slice(eq + 1)
        .split('|')
        .some((part) => own.has(part))
    )
  })
}

/** Features of a word's form alone (bias, part of speech, inflection, polarity): no argument, context word or lexicon code. */
const BASE = /^(?:bias$|pos=|xpos=|inflected$|pol=|suf=|dep=|root$)/

/**
 * `ownFeatures` and the base-rate features of the word's form (`BASE`): a reporting verb is
 * still a finite verb that is no event, but its named subject, object or the lexicon type of
 * another verb teach nothing.
 */
export function ownAndBaseFeatures(names: readonly string[], ts: TriggerSentence, i: number): string[] {
  const own = new Set(ownFeatures(names, ts, i))
  return names.filter((name) => own.has(name) || BASE.test(name))
}

/**
 * `ownFeatures` and the sentence's topic features ("topic=SPORT"): what a narrow CoNLL negative
 * teaches (`--conll-narrow`). A sports or market report is no event because of its word and its
 * topic, not because its subject is a name; most of the training candidates with a named
 * subject, a capitalised word before them or an indefinite article are CoNLL negatives, so with
 * every feature they pulled those generic features under zero for news acts too.
 */
export function ownAndTopicFeatures(names: readonly string[], ts: TriggerSentence, i: number): string[] {
  const own = new Set(ownFeatures(names, ts, i))
  return names.filter((name) => own.has(name) || name.startsWith('topic'))
}

/** Topic features of every kind: the sentence's topics, a lexicon word's code in a topic, the word's own topic. */
const TOPIC = /^(?:topic=|lex\|topic=|own=)/

/**
 * `ownFeatures`, the base-rate features of the word's form (`BASE`) and every topic feature
 * (`TOPIC`, "lex|topic=ASSAULT|SPORT" included): what a narrow CoNLL negative teaches with
 * `--conll-narrow-base`. A "beat" in a game report still says that a finite verb in a sports or
 * market sentence is seldom an event, without teaching that a named subject or a capitalised
 * word before a verb is no event (the generic features `--conll-narrow` cut, issue-15r).
 */
export function ownBaseAndTopicFeatures(names: readonly string[], ts: TriggerSentence, i: number): string[] {
  const own = new Set(ownFeatures(names, ts, i))
  return names.filter((name) => own.has(name) || BASE.test(name) || TOPIC.test(name))
}
