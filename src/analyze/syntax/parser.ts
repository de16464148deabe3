/**
 * The dependency parser: greedy arc-eager transitions scored by an averaged perceptron, with a
 * second perceptron naming the relation of each arc when it is made (so later decisions can read
 * the labels already given, as the label-set features do). One pass, linear in sentence length.
 */
import { LEFT, ParseState, RIGHT, TRANSITIONS } from './arc-eager.js'
import {
  bufferFrontFixedFeatures,
  bufferFrontLeftFeatures,
  labelFeatures,
  MAX_LABEL_FEATURES,
  MAX_PARSER_FEATURES,
  parserInput,
  stackTopFixedFeatures,
  stackTopRightFeatures,
  stateFeatures,
  type ParserInput,
} from './parser-features.js'
import { labelKey, transitionKey } from './shortcuts.js'
import type { SparseModel } from './sparse-model.js'

/** A trained parser: transition weights, label weights and the label names. */
export interface ParserModel {
  readonly transitions: SparseModel
  readonly labels: SparseModel
  /** Relation names by label id. */
  readonly labelNames: readonly string[]
  /** Label id of `root`. */
  readonly rootLabel: number
  /**
   * Labels of arcs whose dependent's and head's Penn tags and direction took one relation in
   * training (`labelKey` -> label id, see `shortcuts.ts`): such an arc takes it without being scored.
   */
  readonly fixedLabels?: ReadonlyMap<number, number> | undefined
  /**
   * Transitions of states whose tags around the stack top and buffer front took one transition
   * in training (`transitionKey` -> transition, see `shortcuts.ts`), taken without being scored.
   */
  readonly fixedTransitions?: ReadonlyMap<number, number> | undefined
  /**
   * With a margin: the features read the tagger's runner-up class of each word whose best class
   * won by less than it (weight units; see `RunnerUp`). Absent: they read the best class only.
   */
  readonly altMargin?: number | undefined
}

/** Reusable scratch space for parsing sentences of up to `capacity` words. */
export class ParserWorkspace {
  readonly state: ParseState
  readonly input: ParserInput
  readonly keys = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES))
  /** Quantized transition scores (see `SparseModel.addQuantized`). */
  readonly scores = new Int32Array(TRANSITIONS)
  /** Quantized label scores. */
  readonly labelScores: Int32Array
  /** Quantized transition scores of one kept feature group, while they are summed. */
  private readonly groupScores = new Int32Array(TRANSITIONS)
  // Quantized transition scores of the stack top's features per stack top (at s0 + 1, so an empty
  // stack has a place) and of the buffer front's per buffer front, with the valency they were
  // computed at (-1: none yet in this sentence). A stack top gains only right children and a
  // buffer front only left ones, so the features reading those children are kept per (word,
  // valency) and the others (43 of their 67) per word, scored once however often it comes back.
  private readonly stackTopFixed: KeptScores
  private readonly stackTopRight: KeptScores
  private readonly frontFixed: KeptScores
  private readonly frontLeft: KeptScores

  /** Allocates a workspace for sentences of up to `capacity` words and `labels` relations. */
  constructor(capacity: number, labels: number) {
    this.state = new ParseState(capacity)
    this.input = parserInput(capacity)
    this.labelScores = new Int32Array(labels)
    this.stackTopFixed = keptScores(capacity)
    this.stackTopRight = keptScores(capacity)
    this.frontFixed = keptScores(capacity)
    this.frontLeft = keptScores(capacity)
  }

  /** Forgets the scores kept for the previous sentence (call when the input changes). */
  forgetScores(): void {
    for (const kept of [this.stackTopFixed, this.stackTopRight, this.frontFixed, this.frontLeft]) kept.valency.fill(-1)
  }

  /** Sets `scores` to the quantized transition scores of the current state. */
  scoreTransitions(model: SparseModel): void {
    const st = this.state
    const acc = this.scores
    acc.fill(0)
    const s0 = st.s0()
    // A word's fixed features are kept at "valency" 0: computed the first time it is at that place.
    this.addKept(model, stackTopFixedFeatures, s0 + 1, 0, this.stackTopFixed)
    this.addKept(model, stackTopRightFeatures, s0 + 1, s0 >= 0 ? st.nRight[s0]! : 0, this.stackTopRight)
    this.addKept(model, bufferFrontFixedFeatures, st.b, 0, this.frontFixed)
    this.addKept(model, bufferFrontLeftFeatures, st.b, st.nLeft[st.b]!, this.frontLeft)
    model.addQuantized(this.keys, 0, stateFeatures(st, this.input, this.keys, 0), acc)
  }

  private addKept(model: SparseModel, features: typeof stackTopFixedFeatures, slot: number, valency: number, kept: KeptScores): void {
    const at = slot * TRANSITIONS
    const scores = kept.scores
    if (kept.valency[slot] !== valency) {
      // Summed in a small buffer of its own and copied: no subarray view allocated per group.
      const group = this.groupScores
      group.fill(0)
      model.addQuantized(this.keys, 0, features(this.state, this.input, this.keys, 0), group)
      scores.set(group, at)
      kept.valency[slot] = valency
    }
    for (let t = 0; t < TRANSITIONS; t++) this.scores[t]! += scores[at + t]!
  }
}

/** Transition scores of one feature group kept per place (stack top or buffer front), with the valency they hold for. */
interface KeptScores {
  readonly scores: Int32Array
  readonly valency: Int32Array
}

function keptScores(capacity: number): KeptScores {
  return { scores: new Int32Array((capacity + 2) * TRANSITIONS), valency: new Int32Array(capacity + 2).fill(-1) }
}

/** The best label for the arc `h -> d` in the workspace's state, never `root`. */
export function predictLabel(model: ParserModel, ws: ParserWorkspace, h: number, d: number): number {
  if (model.fixedLabels) {
    const tag = ws.input.tag
    const fixed = model.fixedLabels.get(labelKey(tag[d]!, tag[h]!, d < h ? 0 : 1))
    if (fixed !== undefined) return fixed
  }
  const k = labelFeatures(ws.state, ws.input, h, d, ws.keys)
  const scores = ws.labelScores
  scores.fill(0)
  model.labels.addQuantized(ws.keys, 0, k, scores)
  let best = -1
  for (let c = 0; c < scores.length; c++) {
    if (c === model.rootLabel) continue
    if (best < 0 || scores[c]! > scores[best]!) best = c
  }
  return best
}

/** The highest-scoring legal transition for the current state. */
export function bestTransition(model: ParserModel, ws: ParserWorkspace): number {
  // With one legal transition (an empty stack; the buffer at the root, where every word left on
  // the stack is attached or popped) the scores cannot change the choice: skip them. About a
  // fifth of a sentence's transitions, and the parse is the same.
  let only = -1
  for (let t = 0; t < TRANSITIONS; t++) {
    if (!ws.state.legal(t)) continue
    if (only >= 0) return model.fixedTransitions ? fixedTransition(model, model.fixedTransitions, ws) : scoredTransition(model, ws)
    only = t
  }
  return only
}

/** The transition the shortcuts give the state when it is legal, else the highest-scoring one. */
function fixedTransition(model: ParserModel, fixed: ReadonlyMap<number, number>, ws: ParserWorkspace): number {
  const t = fixed.get(transitionKey(ws.state, ws.input))
  return t !== undefined && ws.state.legal(t) ? t : scoredTransition(model, ws)
}

/** The highest-scoring legal transition, every transition scored. */
function scoredTransition(model: ParserModel, ws: ParserWorkspace): number {
  ws.scoreTransitions(model.transitions)
  let best = -1
  for (let t = 0; t < TRANSITIONS; t++) {
    if (!ws.state.legal(t)) continue
    if (best < 0 || ws.scores[t]! > ws.scores[best]!) best = t
  }
  return best
}

/** Label of the arc transition `t` would make in the current state. */
export function labelFor(model: ParserModel, ws: ParserWorkspace, t: number): number {
  const st = ws.state
  if (t === LEFT) return st.b === st.n ? model.rootLabel : predictLabel(model, ws, st.b, st.s0())
  if (t === RIGHT) return predictLabel(model, ws, st.s0(), st.b)
  return -1
}

/**
 * Parses the words already loaded into `ws.input` (with `ws.input.n` set). Fills `heads` (0-based
 * head index, -1 for the root) and `labels` (label ids). A sentence left with several roots keeps
 * the one heading the most words; the others attach to it.
 */
export function parseLoaded(model: ParserModel, ws: ParserWorkspace, heads: Int32Array, labels: Int32Array): void {
  const st = ws.state
  const n = ws.input.n
  st.reset(n)
  ws.forgetScores()
  while (!st.terminal()) {
    const t = bestTransition(model, ws)
    st.apply(t, labelFor(model, ws, t))
  }
  let roots = 0
  for (let i = 0; i < n; i++) {
    heads[i] = st.head[i] === n ? -1 : st.head[i]!
    labels[i] = st.label[i]!
    if (heads[i] === -1) roots++
  }
  if (roots > 1) keepOneRoot(model, ws, heads, labels)
}

function keepOneRoot(model: ParserModel, ws: ParserWorkspace, heads: Int32Array, labels: Int32Array): void {
  const n = ws.input.n
  const size = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    // Every word counts once for each ancestor, its root included.
    let a = i
    for (let steps = 0; a >= 0 && steps <= n; steps++) {
      size[a]!++
      a = heads[a]!
    }
  }
  let root = -1
  for (let i = 0; i < n; i++) if (heads[i] === -1 && (root < 0 || size[i]! > size[root]!)) root = i
  for (let i = 0; i < n; i++) {
    if (heads[i] !== -1 || i === root) continue
    heads[i] = root
    labels[i] = predictLabel(model, ws, root, i)
  }
}
