/**
 * Lookups in word tables keyed by text from the input.
 *
 * A table written as an object literal inherits `constructor`, `toString`, `__proto__` and the rest
 * of `Object.prototype`, so `TABLE[word]` for the word "constructor" returns a function. Every table
 * indexed by a word, label, domain or command the input supplies goes through `ownEntry`.
 */

/** The table's own value for `key`, or undefined (never an inherited member of `Object.prototype`). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
