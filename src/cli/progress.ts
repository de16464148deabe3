/**
 * Progress for long batches: a single updating line on stderr, only when stderr is a terminal,
 * so it never mixes into piped JSON output or logs.
 */
import type { UpgradeProgress } from '../store/article-store.js'

/** Reports `done/total` on an interactive stderr at most every 100 ms. */
export class Progress {
  readonly #total: number
  readonly #label: string
  readonly #enabled: boolean
  #done = 0
  #last = 0
  readonly #started = Date.now()

  constructor(total: number, label: string, enabled = process.stderr.isTTY === true && total > 1) {
    this.#total = total
    this.#label = label
    this.#enabled = enabled
  }

  /** Counts one finished item. */
  tick(): void {
    this.#done++
    if (!this.#enabled) return
    const now = Date.now()
    if (now - this.#last < 100 && this.#done < this.#total) return
    this.#last = now
    const rate = this.#done / Math.max(0.001, (now - this.#started) / 1000)
    process.stderr.write(`\r${this.#label} ${this.#done}/${this.#total} (${rate.toFixed(1)}/s)\u001b[K`)
  }

  /** Clears the progress line. */
  end(): void {
    if (this.#enabled) process.stderr.write('\r\u001b[K')
  }
}

/**
 * Reports a store upgrade on stderr: an updating line on a terminal, one line in logs. An
 * upgrade with nothing to rebuild (a new store) says nothing.
 */
export function upgradeProgressOnStderr(stderr: { write(text: string): unknown; readonly isTTY?: boolean } = process.stderr): (progress: UpgradeProgress) => void {
  let announced = false
  return ({ step, done, total }) => {
    if (total === 0) return
    if (!announced) {
      announced = true
      stderr.write(`newsgraph: upgrading the store (${step}, ${total} articles); this happens once\n`)
    }
    if (stderr.isTTY) stderr.write(done < total ? `\rupgrading ${step} ${done}/${total}\u001b[K` : '\r\u001b[K')
  }
}
