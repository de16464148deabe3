/**
 * Product model codes: an alphanumeric code in a product context ("the M2024 tank", "F-35
 * fighters") names a product.
 */
import type { Token } from '../tokens/tokenize.js'
import { PRODUCT_NOUNS } from './cue-words.js'
import type { Draft } from './draft.js'

const MODEL_CODE = /^\p{Lu}[\p{L}]{0,3}-?\p{N}{2,5}\p{L}{0,2}$/u
const NOT_PRODUCTS = new Set(['COVID-19', 'G7', 'G20', 'H5N1', 'A4'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'latest'])

/** Model codes in a product context: "the M2024 tank", "an updated iteration of the M2020 model". */
export function matchProducts(tokens: readonly Token[]): Draft[] {
  const out: Draft[] = []
  tokens.forEach((t, i) => {
    if (!MODEL_CODE.test(t.text) || NOT_PRODUCTS.has(t.text)) return
    const before = tokens[i - 1]?.text.toLowerCase() ?? ''
    const after = tokens[i + 1]?.text.toLowerCase() ?? ''
    if (DETERMINERS.has(before) || PRODUCT_NOUNS.has(after) || PRODUCT_NOUNS.has(before)) {
      out.push({ tokenStart: i, tokenEnd: i + 1, source: 'pattern', hint: 'PRODUCT' })
    }
  })
  return out
}
