/**
 * Errors as RFC 9457 problem details. Route code throws `HttpProblem` for anything the client got
 * wrong (bad parameter, unknown id, missing token); the app's single error handler turns it, and
 * anything unexpected, into an `application/problem+json` response.
 */

/** Media type of every error body the API sends. */
export const PROBLEM_TYPE = 'application/problem+json'

/** A client-facing error with its HTTP status and a human-readable detail. */
export class HttpProblem extends Error {
  readonly status: number
  readonly title: string
  readonly headers: Readonly<Record<string, string>>

  constructor(status: number, detail: string, options: { title?: string; headers?: Record<string, string> } = {}) {
    super(detail)
    this.name = 'HttpProblem'
    this.status = status
    this.title = options.title ?? STATUS_TITLES[status] ?? 'Error'
    this.headers = options.headers ?? {}
  }
}

/** The JSON body of a problem response. */
export interface ProblemBody {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly instance?: string
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** Builds the body of a problem response. */
export function problemBody(status: number, detail: string, instance?: string, title?: string): ProblemBody {
  return { type: 'about:blank', title: title ?? STATUS_TITLES[status] ?? 'Error', status, detail, ...(instance ? { instance } : {}) }
}

/** A ready `Response` carrying a problem body. */
export function problemResponse(status: number, detail: string, options: { instance?: string; title?: string; headers?: Record<string, string> } = {}): Response {
  const body = problemBody(status, detail, options.instance, options.title)
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': PROBLEM_TYPE, ...(options.headers ?? {}) } })
}
