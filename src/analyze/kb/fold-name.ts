/**
 * The lookup form of a name in the knowledge base: case, accents, apostrophes, hyphens, dots and a
 * leading "the" folded, so "El-Beblawi", "el Beblawi" and "EL BEBLAWI" meet, and "U.S." meets "US".
 */

/** Folds a name to its KB lookup key. */
export function foldName(name: string): string {
  // Plain ASCII (most names in English news) needs no Unicode decomposition.
  const base = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')
  return base
    .toLowerCase()
    .replace(/[‘’ʼ`´']/g, '')
    .replace(/(\p{L})\.(?=\p{L}|\s|$)/gu, '$1')
    .replace(/[-‐‑‒–—_,.\s]+/g, ' ')
    .replace(/^the /, '')
    .trim()
}
