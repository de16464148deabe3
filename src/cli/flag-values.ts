/** Declaring and reading command-line flags, with one usage error wording for all commands. */
import { UsageError } from './usage-error.js'

/** The whole number a flag gives (above 0, or from 0 with `allowZero`); undefined when the flag is absent. */
export function positiveInt(value: string | undefined, flag: string, allowZero = false): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new UsageError(`${flag} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got \`${value}\``)
  return n
}

/** `parseArgs` declarations of flags that take a string value, one per name. */
export function stringFlags<const N extends string>(...names: N[]): Record<N, { readonly type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<N, { readonly type: 'string' }>
}
