/**
 * Bytes to text. Placeholder: BOM, then strict UTF-8, else windows-1252. The full detector
 * (HTTP header, `<meta charset>`, sniffing of legacy encodings) replaces this.
 */
import iconv from 'iconv-lite'
import type { Diagnostic } from '../model/article.js'

/** Decoded text and how its encoding was decided. */
export interface Decoded {
  readonly text: string
  readonly encoding: string
  readonly source: 'bom' | 'http' | 'meta' | 'sniff' | 'default'
  readonly diagnostics: Diagnostic[]
}

/** Decodes raw bytes into a string, never throwing on malformed input. */
export function decode(bytes: Uint8Array, _contentType?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', source: 'bom', diagnostics: [] }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'default', diagnostics: [] }
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252', source: 'sniff', diagnostics: [] }
  }
}
