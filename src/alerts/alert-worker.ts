/**
 * The alert loop a server runs: every `intervalMs` it matches saved searches against newly
 * stored articles, then sends the webhook deliveries that are due. Ticks never overlap, and all
 * state lives in the store, so a restarted server picks up where the last one stopped.
 */
import type { ArticleStore } from '../store/article-store.js'
import { matchSavedSearches, type MatchOptions } from './match-saved-searches.js'
import { sendDueWebhooks, type SendOptions } from './send-webhooks.js'

/** Options of the alert loop. */
export interface AlertWorkerOptions extends MatchOptions, SendOptions {
  /** Time between ticks, in ms. Default 2,000. */
  readonly intervalMs?: number
  /** Told of a tick that failed (the loop goes on). Default: one line on stderr. */
  readonly onError?: (error: Error) => void
}

/** A running alert loop. */
export interface AlertWorker {
  /** Runs one tick now (after any tick in progress). */
  tick(): Promise<void>
  /** Stops the loop after the tick in progress. */
  stop(): Promise<void>
}

/** Starts the alert loop over a store. */
export function startAlertWorker(store: ArticleStore, options: AlertWorkerOptions = {}): AlertWorker {
  let running: Promise<void> = Promise.resolve()
  let stopped = false
  const onError = options.onError ?? ((e: Error) => process.stderr.write(`newsgraph alerts: ${e.message}\n`))
  const tick = (): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return
      try {
        await matchSavedSearches(store, new Date(), options)
        await sendDueWebhooks(store, new Date(), options)
      } catch (error) {
        onError(error as Error)
      }
    })
    return running
  }
  const timer = setInterval(() => void tick(), options.intervalMs ?? 2000)
  timer.unref()
  return {
    tick,
    async stop() {
      clearInterval(timer)
      await running
      stopped = true
    },
  }
}
