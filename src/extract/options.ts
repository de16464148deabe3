/** Options of the extract stage, with their documented defaults. */

/** Limits and switches for `extract`. Every limit has a default in `DEFAULT_EXTRACT_OPTIONS`. */
export interface ExtractOptions {
  /** Largest input accepted, in bytes; larger inputs are truncated with a diagnostic. Default 20 MiB. */
  readonly maxBytes: number
  /** Most HTML elements parsed; the rest of the page is dropped with a diagnostic. Default 200,000. */
  readonly maxElements: number
  /** Deepest element nesting kept; deeper content is flattened. Default 512. */
  readonly maxDepth: number
  /** Date used to reject future publication dates (dates after it are impossible). Default: now. */
  readonly now: Date
}

/** Default extraction options; `now` is taken when the options are resolved. */
export const DEFAULT_EXTRACT_OPTIONS: Omit<ExtractOptions, 'now'> = {
  maxBytes: 20 * 1024 * 1024,
  maxElements: 200_000,
  maxDepth: 512,
}

/** Fills in defaults for any option the caller left out. */
export function resolveExtractOptions(options: Partial<ExtractOptions> = {}): ExtractOptions {
  return { ...DEFAULT_EXTRACT_OPTIONS, now: new Date(), ...options }
}
