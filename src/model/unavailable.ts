/**
 * The error a store or a queue throws when it cannot be used at all (missing, damaged, not a
 * newsgraph store, unreachable): a fault of the environment, not of one input. It carries what to
 * do next, so every front end (CLI, server, worker) can say it in one line without a stack trace.
 */

/** What cannot be used: the article store or the message queue. */
export type UnavailableService = 'store' | 'queue'

/** Why it cannot be used. */
export type UnavailableReason = 'missing' | 'not-a-store' | 'damaged' | 'newer' | 'unreachable' | 'busy' | 'read-only'

/** A store or queue that cannot be used; `message` says what is wrong, `hint` what to do. */
export class UnavailableError extends Error {
  readonly service: UnavailableService
  readonly reason: UnavailableReason
  readonly hint: string

  constructor(service: UnavailableService, reason: UnavailableReason, message: string, hint: string, options: { cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined)
    this.name = 'UnavailableError'
    this.service = service
    this.reason = reason
    this.hint = hint
  }
}

/** True for an UnavailableError (also one from another copy of this module). */
export function isUnavailable(error: unknown): error is UnavailableError {
  return error instanceof UnavailableError || (error instanceof Error && error.name === 'UnavailableError' && 'service' in error && 'hint' in error)
}
