/**
 * An act in the plot of a film, a novel or a show (issue 15, read on real pages): "In the final
 * scene from Braveheart, William Wallace is ... variously tortured before an English crowd" tells a
 * story; nobody was tortured. A material act (violence, coercion, deployment, a meeting, aid, a
 * protest, a retreat) whose clause, or a clause above it, is set "in" a work of fiction ("in the
 * film", "in the novel", "in the final scene from Braveheart") is no event. Counted on TRAIN
 * first: the sentences of RAMS dev, WikiEvents dev, MUC-4 train and IndiaPoliceEvents with a
 * work noun after "in/from/of the" (47) hold 2 gold events, both real ("reported from the scene",
 * "in a series of television interviews"), none in a plot; on the 181 scrapinghub pages the shape
 * holds 3 events of the V4 detector, the film's "tortured" and 2 real ones ("a series of"). So
 * only fiction nouns count, "scene" only with its work ("scene from Braveheart") or as a final or
 * opening one, never "series" or "documentary" (footage of real acts), and speech acts stay:
 * an accusation made in a film is its maker's.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly type: string
}

// Acts done in the world, which a plot only tells.
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'AID', 'PROTEST', 'CONSULT'])
// Works of fiction.
const FICTION = new Set(['film', 'movie', 'novel', 'sitcom', 'thriller', 'musical', 'cartoon', 'screenplay'])
// A part of a work, fiction only when its work or its place in the story is named.
const PARTS = new Set(['scene'])
const PLACES = new Set(['final', 'opening', 'closing', 'last', 'first'])
// How many heads up a setting still reaches.
const CLIMB = 8

/** Whether the act at `d` is told in the plot of a work of fiction (see the file comment). */
export function isFictionPlot(ts: TriggerSentence, d: Trigger): boolean {
  if (!ts.view.syntax || !MATERIAL.has(d.type)) return false
  let p = d.index
  for (let step = 0; step <= CLIMB; step++) {
    if (isSetting(ts, p) || kidsOf(ts, p).some((k) => isSetting(ts, k))) return true
    const head = ts.view.syntax[p]!.head
    if (head < 0) return false
    p = head
  }
  return false
}

// The noun at `n` sets a clause in a work of fiction: "in the film", "in the final scene from Braveheart".
function isSetting(ts: TriggerSentence, n: number): boolean {
  if (!kidsOf(ts, n).some((k) => rel(ts, k) === 'case' && word(ts, k) === 'in')) return false
  const noun = lemma(ts, n)
  if (FICTION.has(noun)) return true
  if (!PARTS.has(noun)) return false
  return kidsOf(ts, n).some(
    (k) =>
      (rel(ts, k) === 'amod' && PLACES.has(word(ts, k))) ||
      (rel(ts, k).startsWith('nmod') && ts.view.syntax![k]!.upos === 'PROPN' && kidsOf(ts, k).some((c) => rel(ts, c) === 'case' && /^(from|of)$/.test(word(ts, c)))),
  )
}
