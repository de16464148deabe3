/**
 * A country or city named for its sports team (issue 15, read on scrapinghub pages: "Russia beat
 * Croatia on Monday" and "Wales beat Hungary 2-0" coded ASSAULT by a government, "Portugal allowed
 * only one shot on goal" CONCEDE, "These teams meet again in Oklahoma City" CONSULT). A match
 * result is no political act, and the name stands for a side on the field, not its state. The
 * training gold agrees: of the 2,225 PLOVER-typed gold events of RAMS dev, WikiEvents dev, MUC-4
 * train and IndiaPoliceEvents, none has a result verb (beat, defeat, draw, win, ...) for trigger in
 * a sentence with sports words or a score (the 26 gold events in sentences with sports words are
 * fans fighting before a match, the IOC convening, a police "team" arresting), nor has any of the
 * 161 sentences of PLOVER's gold standard records; while 339 of the 460 CoNLL-2003 train sentences
 * with a result verb and a place name are match reports ("Austria beat Scotland 4-0").
 * Two readings:
 * - in a sentence, an event whose own subject or object is a place name is no event when the
 *   clause is about sport: it holds a score ("2-0") or a word only sport uses (league, tournament,
 *   quarterfinal, touchdown, ...), or the trigger is a result verb and the clause holds a common
 *   sports word (match, game, season, goal, victory, ...). A clause naming armed forces (troops,
 *   rebels, police, ...) or a vote is left: "government forces defeated the rebels", "the court
 *   ruled 5-4";
 * - on a page `topic-gate.ts` gates that has sport among its topics, a place name is a team, not
 *   a political side: the gate keeps an event only for another side of a political sector.
 * What it leaves: a result told without any sports word on a page not gated as sport ("Russia
 * beat Croatia on Monday" in a politics story), and a brawl between players on a page filed under
 * sport and politics ("the fight" ASSAULT: the act happened, though no political actor acts).
 * A team named by its club ("the Wild beat the Sabres") names no place and codes no side.
 */
import type { ArticleEvent, Entity, Topic } from '../../model/article.js'
import { hasPoliticalSide } from './topic-gate.js'
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

/** The IPTC top-level topic of sport. */
const SPORT = 'medtop:15000000'

// Words only sport uses (lower-cased); "cup" counts only capitalized ("the Davis Cup").
const SPORT_ONLY = new Set(
  (
    'league leagues tournament tournaments championship championships qualifier qualifiers qualifying semifinal semifinals semi-final ' +
    'semi-finals quarterfinal quarterfinals quarter-final quarter-finals innings inning wicket wickets touchdown touchdowns striker ' +
    'strikers midfielder midfielders goalkeeper goalie rematch playoff playoffs play-off play-offs halftime half-time overtime fixture ' +
    'fixtures hat-trick seeded scored scoring'
  ).split(' '),
)
// Sports words that other news uses too: they count beside a result verb.
const SPORT_COMMON = new Set('match matches game games team teams season victory victories win wins final finals goal goals cup coach side squad club'.split(' '))
// Verbs that tell a match's result or the match itself.
const RESULT = new Set(
  'beat defeat draw edge thrash rout eliminate knock lose down overcome crush hammer whip upset stun win play meet face host allow concede tie sweep clinch top outscore blank'.split(' '),
)
// Words of armed force or of a vote: a clause holding one is no match report ("forces defeated the
// rebels", "the Senate voted 51-49").
const NOT_SPORT = new Set(
  (
    'troops forces force army armies soldiers soldier rebels rebel militants militant militia militias fighters insurgents military war ' +
    'battle police bomb bombs killed vote votes voted ruling ruled court justices senate majority election elections poll polls'
  ).split(' '),
)
// A score: two numbers of at most three digits joined by a hyphen ("2-0", "112-107").
const SCORE = /^\d{1,3}-\d{1,3}$/
// Relations by which a participant hangs from its event.
const PARTICIPANT = /^(nsubj|obj|iobj|obl|nmod|poss)/

/** Whether the event at `d` is a sports result or a match told with a place name for a team (see the file comment). */
export function isTeamSportsAct(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (!syn) return false
  const clause = ts.clauses[d.index]
  const words: number[] = []
  for (let k = 0; k < syn.length; k++) if (ts.clauses[k] === clause) words.push(k)
  if (words.some((k) => NOT_SPORT.has(word(ts, k)))) return false
  const result = RESULT.has(lemma(ts, d.index))
  const sporting = words.some((k) => SCORE.test(word(ts, k)) || SPORT_ONLY.has(word(ts, k)) || ts.view.tokens[k]!.text === 'Cup' || (result && SPORT_COMMON.has(word(ts, k))) || isFreeThrow(ts, k))
  return sporting && participants(ts, d.index).some((k) => isPlaceName(ts, k))
}

/**
 * Whether the event has a political side once the sides a sports page names by place are taken as
 * teams: on a page with sport among its topics, a country or city name is no political side.
 */
export function hasPoliticalSideBesideTeams(event: ArticleEvent, entities: readonly Entity[], topics: readonly Topic[]): boolean {
  if (!topics.some((t) => t.code === SPORT)) return hasPoliticalSide(event)
  const place = (id: string | null | undefined): boolean => {
    const type = id ? entities.find((e) => e.id === id)?.type : undefined
    return type === 'GPE' || type === 'LOC'
  }
  return hasPoliticalSide({ actorSector: place(event.actor) ? null : event.actorSector, recipientSector: place(event.recipient) ? null : (event.recipientSector ?? null) })
}

// The subjects, objects and obliques of the event at `i`, with their conjuncts ("Russia and Croatia drew").
function participants(ts: TriggerSentence, i: number): number[] {
  const out: number[] = []
  for (const k of kidsOf(ts, i)) {
    if (!PARTICIPANT.test(rel(ts, k))) continue
    out.push(k, ...kidsOf(ts, k).filter((m) => rel(ts, m) === 'conj'))
  }
  return out
}

// Whether the token at `k` is (the head of) a country's or a city's name.
function isPlaceName(ts: TriggerSentence, k: number): boolean {
  const type = ts.view.entityType[k]
  return type === 'GPE' || type === 'LOC'
}

// "free throws": a basketball shot.
function isFreeThrow(ts: TriggerSentence, k: number): boolean {
  return word(ts, k) === 'free' && /^throws?$/.test(word(ts, k + 1 < ts.view.words.length ? k + 1 : k))
}
