/**
 * The lookup form of a name in the knowledge base: case, accents, apostrophes, hyphens, dots and a
 * leading "the" folded, so "El-Beblawi", "el Beblawi" and "EL BEBLAWI" meet, and "U.S." meets "US".
 */

/** Folds a name to its KB lookup key. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`´']/g, '')
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .replace(/[-‐‑‒–—_,.\s]+/g, ' ')
    .replace(/^the /, '')
    .trim()
}
