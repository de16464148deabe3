/**
 * A counter per story number, for ranking the stories an article's keys list (`candidateStories`),
 * held by one clusterer across its batches: a batch of one article (`cluster --incremental`)
 * would otherwise allocate and zero a counter per story number for every article. Whoever raises
 * counters sets them back to zero before it awaits, returns or throws, so every use finds them
 * zeroed, even with batches of one clusterer interleaved.
 */
export class StoryCounters {
  #counts = new Uint32Array(0)

  /** Zeroed counters for story numbers below `stories` (the same array until it must grow). */
  zeroed(stories: number): Uint32Array {
    if (this.#counts.length >= stories) return this.#counts
    const grown = new Uint32Array(Math.max(stories, 2 * this.#counts.length, 1024))
    grown.set(this.#counts)
    this.#counts = grown
    return grown
  }
}
