/**
 * Gathers the decisions a syntax model makes on sentences (the training treebank's words), per
 * situation, for `buildShortcuts`: the model runs as it parses, without shortcuts.
 */
import { LEFT, RIGHT, TRANSITIONS } from './arc-eager.js'
import { FLAG_CAPITALIZED } from './lexical.js'
import { altId, classTagIds, loadParserInput, runnerUpFor, type SyntaxModel, SyntaxParser } from './model.js'
import { bestTransition, labelFor, ParserWorkspace } from './parser.js'
import { countDecision, labelKey, shortcutCounts, transitionKey, type ShortcutCounts } from './shortcuts.js'
import { tagWords, taggerBuffers } from './tagger.js'

/** Universal tags of the closed word classes, the only ones given as tag shortcuts. */
const CLOSED_CLASSES = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'PUNCT', 'SCONJ'])

/** Counts the tag, label and transition decisions `model` makes on `sentences` (each given as its words). */
export function countShortcutDecisions(model: SyntaxModel, sentences: Iterable<readonly string[]>): ShortcutCounts {
  const plain: SyntaxModel = {
    ...model,
    tagger: { ...model.tagger, fixed: undefined },
    parser: { ...model.parser, fixedLabels: undefined, fixedTransitions: undefined },
  }
  const words = new SyntaxParser(plain)
  const ids = classTagIds(plain.tagger.classes)
  const buffers = taggerBuffers(plain.tagger.classes.length)
  let ws = new ParserWorkspace(128, plain.parser.labelNames.length)
  const closed = plain.tagger.classes.map((c) => CLOSED_CLASSES.has(c.upos))
  const counts = shortcutCounts()
  for (const forms of sentences) {
    if (forms.length === 0) continue
    const w = words.wordIds(forms)
    const margin = plain.parser.altMargin
    const runnerUp = margin ? runnerUpFor(w.length) : undefined
    const classes = tagWords(plain.tagger, w, buffers, runnerUp)
    // Only closed-class words take tag shortcuts: a word of an open class on EWT ("campaign",
    // "level", "tank" as nouns) may well be another in news ("to campaign"), where its context
    // must decide; a capitalized form may be a name ("Will Moy"). Such cases count as no decision.
    w.forEach((x, i) => countDecision(counts.tags, x.form, (x.flags & FLAG_CAPITALIZED) === 0 && closed[classes[i]!] ? classes[i]! : -1))
    if (w.length > ws.state.capacity) ws = new ParserWorkspace(w.length, plain.parser.labelNames.length)
    loadParserInput(
      ws,
      w,
      (i) => ids.xpos[classes[i]!]!,
      (i) => ids.upos[classes[i]!]!,
      margin ? (i) => altId(runnerUp, i, margin) : undefined,
    )
    const st = ws.state
    st.reset(w.length)
    ws.forgetScores()
    while (!st.terminal()) {
      let legal = 0
      for (let t = 0; t < TRANSITIONS; t++) if (st.legal(t)) legal++
      const key = legal > 1 ? transitionKey(st, ws.input) : 0
      const t = bestTransition(plain.parser, ws)
      if (legal > 1) countDecision(counts.transitions, key, t)
      const label = labelFor(plain.parser, ws, t)
      // Arcs to the root take `root` without the labeler; the others are the labeler's decisions.
      const arc = t === LEFT ? (st.b === st.n ? null : [st.b, st.s0()]) : t === RIGHT ? [st.s0(), st.b] : null
      if (arc) countDecision(counts.labels, labelKey(ws.input.tag[arc[1]!]!, ws.input.tag[arc[0]!]!, arc[1]! < arc[0]! ? 0 : 1), label)
      st.apply(t, label)
    }
  }
  return counts
}
