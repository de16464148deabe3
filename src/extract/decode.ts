/**
 * Bytes to text. The encoding is decided in the order browsers use: byte-order mark, the HTTP
 * `Content-Type` charset, then a `<meta charset>` / `http-equiv` or XML declaration in the first
 * KB; undeclared bytes are sniffed. Declarations are checked, not trusted: valid UTF-8 wins over a
 * single-byte declaration, and bytes that break a multi-byte declaration are sniffed again. Binary
 * and empty input are recognized before any decoding.
 */
import { isAscii, isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../model/article.js'
import { classifyBytes } from './encoding/binary.js'
import { canonicalEncoding, decoderName, isSingleByte } from './encoding/labels.js'
import { scoreAs, sniffEncoding } from './encoding/sniff-encoding.js'

/** Decoded text and how its encoding was decided. */
export interface Decoded {
  readonly text: string
  /** Canonical (WHATWG) name of the encoding used; `binary` or `empty` when nothing was decoded. */
  readonly encoding: string
  readonly source: 'bom' | 'http' | 'meta' | 'xml' | 'sniff' | 'default'
  /** The encoding the document declared, canonical, when it declared one. */
  readonly declared?: string
  /** True when the bytes are not text (an image, an archive, random data); `text` is then empty. */
  readonly binary?: boolean
  /**
   * Valid UTF-8 only: `text` in the pieces it was decoded in, ASCII runs as one-byte strings (see
   * `utf8Pieces`). The HTML parser takes these instead of `text`, so the page's markup and most of
   * its words stay one-byte strings, which halves their memory and speeds up every pattern and case
   * conversion run on them later.
   */
  readonly pieces?: readonly string[]
  readonly diagnostics: Diagnostic[]
}

/** How many bytes the meta prescan reads, as in the HTML standard's prescan. */
const PRESCAN = 4096

/** Decodes raw bytes into a string, never throwing on malformed input. */
export function decode(bytes: Uint8Array, contentType?: string): Decoded {
  const decoded = decideAndDecode(bytes, contentType)
  if (decoded.encoding === 'utf-8' || decoded.diagnostics.some((d) => d.code === 'invalid-utf8')) return decoded
  // Legacy decoders replace byte sequences they cannot map; say so rather than lose text silently.
  const bad = replacementCount(decoded.text)
  if (bad === 0) return decoded
  const message = `${bad} byte sequence(s) could not be decoded as ${decoded.encoding} and were replaced with U+FFFD`
  return { ...decoded, diagnostics: [...decoded.diagnostics, diag('warning', 'undecodable-bytes', message)] }
}

function decideAndDecode(bytes: Uint8Array, contentType?: string): Decoded {
  if (bytes.length === 0) {
    return { text: '', encoding: 'empty', source: 'default', diagnostics: [diag('error', 'empty-input', 'the input is empty (0 bytes)')] }
  }
  const bom = bomOf(bytes)
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: 'bom', diagnostics: [] }

  const kind = classifyBytes(bytes)
  if (kind.kind === 'binary') {
    return {
      text: '',
      encoding: 'binary',
      source: 'sniff',
      binary: true,
      diagnostics: [diag('error', 'binary-input', `the input is not text (${kind.what}); nothing was extracted`)],
    }
  }
  if (kind.kind === 'utf-16le' || kind.kind === 'utf-16be') {
    return { text: decodeWith(bytes, kind.kind), encoding: kind.kind, source: 'sniff', diagnostics: [] }
  }

  const diagnostics: Diagnostic[] = []
  const declaration = declaredEncoding(bytes, contentType, diagnostics)
  const utf8 = strictUtf8(bytes)
  if (declaration) {
    const { encoding, source, label } = declaration
    if (encoding === 'utf-8') {
      if (utf8 !== null) return { ...utf8, encoding, source, declared: encoding, diagnostics }
      return recoverFromBadUtf8(bytes, source, diagnostics)
    }
    if (utf8 !== null && hasHighBytes(bytes)) {
      diagnostics.push(diag('warning', 'encoding-mismatch', `declared ${label} (${source}) but the bytes are valid UTF-8; decoded as UTF-8`))
      return { ...utf8, encoding: 'utf-8', source: 'sniff', declared: encoding, diagnostics }
    }
    if (!hasHighBytes(bytes)) return { text: decodeWith(bytes, encoding), encoding, source, declared: encoding, diagnostics }
    const checked = checkDeclared(bytes, encoding, label, source, diagnostics)
    if (checked) return checked
    return { text: decodeWith(bytes, encoding), encoding, source, declared: encoding, diagnostics }
  }
  // ISO-2022-JP is 7-bit and so also valid UTF-8; its escape sequences give it away.
  if (/\x1b\$[@B]/.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString('latin1'))) {
    return { text: decodeWith(bytes, 'iso-2022-jp'), encoding: 'iso-2022-jp', source: 'sniff', diagnostics }
  }
  if (utf8 !== null) return { ...utf8, encoding: 'utf-8', source: hasHighBytes(bytes) ? 'sniff' : 'default', diagnostics }
  const damaged = damagedUtf8(bytes)
  if (damaged) {
    const percent = Math.round(damaged.share * 100)
    diagnostics.push(
      diag('warning', 'invalid-utf8', `undeclared encoding read as UTF-8 (${percent}% of non-ASCII sequences are valid UTF-8); ${damaged.bad} invalid UTF-8 sequence(s) replaced with U+FFFD`),
    )
    return { text: damaged.text, encoding: 'utf-8', source: 'sniff', diagnostics }
  }
  const sniffed = sniffEncoding(bytes)
  return { text: decodeWith(bytes, sniffed.encoding), encoding: sniffed.encoding, source: 'sniff', diagnostics }
}

/**
 * Share of non-ASCII byte sequences that are well-formed UTF-8 above which undeclared bytes are
 * read as UTF-8 with some damage rather than as a legacy encoding. Legacy text forms valid UTF-8
 * sequences only by chance: at most 0.22 of its sequences in samples of French, German, Polish,
 * Russian, Ukrainian (windows-125x, ISO-8859, KOI8, IBM866), Japanese, Chinese and Korean
 * (Shift_JIS, EUC-JP, GBK, GB18030, Big5, EUC-KR). The 181 real UTF-8 pages of the scrapinghub
 * set with stray Latin-1 bytes added keep at least 0.40 with 3 such bytes, and 90% of them keep
 * 0.57 with 10 (measured when the rule was set; a legacy sample of only a few signs stays noisy).
 */
const UTF8_SHARE = 0.3

/** Well-formed multi-byte UTF-8 sequences and ill-formed ones (each maximal ill-formed subpart) in the bytes. */
function utf8SequenceCounts(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0
  let invalid = 0
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1
    let ok = trail > 0
    for (let k = 1; ok && k <= trail; k++) {
      const b = bytes[i + k]
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or values past U+10FFFF).
      const lo = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80
      const hi = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf
      ok = b !== undefined && b >= lo && b <= hi
    }
    if (ok) {
      valid++
      i += trail + 1
    } else {
      invalid++
      i++
    }
  }
  return { valid, invalid }
}

/**
 * UTF-8 with some broken sequences among good ones is damaged UTF-8, not a legacy encoding:
 * decoding it as windows-1251 would garble every other non-ASCII character ("CafГ©"). Decided
 * by the share of well-formed sequences (UTF8_SHARE).
 */
function damagedUtf8(bytes: Uint8Array): { text: string; bad: number; share: number } | null {
  const { valid, invalid } = utf8SequenceCounts(bytes)
  const share = valid / Math.max(1, valid + invalid)
  if (valid === 0 || share < UTF8_SHARE) return null
  let bad = 0
  const text = new TextDecoder('utf-8').decode(bytes)
  for (const ch of text) if (ch === '\uFFFD') bad++
  return { text, bad, share }
}

/** A declared encoding that the bytes contradict is replaced by a clearly better sniffed one. */
function checkDeclared(bytes: Uint8Array, encoding: string, label: string, source: Decoded['source'], diagnostics: Diagnostic[]): Decoded | null {
  const sniffed = sniffEncoding(bytes)
  if (sniffed.encoding === encoding) return null
  const declaredScore = scoreAs(bytes, encoding)
  const errors = isSingleByte(encoding) ? 0 : replacementCount(decodeWith(bytes.subarray(0, 32 * 1024), encoding))
  // Single-byte declarations decode anything, so only a decisive difference overrides them.
  const decisive = sniffed.score > declaredScore + Math.max(20, Math.abs(declaredScore) * 0.5) || errors > 8
  if (!decisive) return null
  diagnostics.push(diag('warning', 'encoding-mismatch', `declared ${label} (${source}) but the bytes read as ${sniffed.encoding}; decoded as ${sniffed.encoding}`))
  return { text: decodeWith(bytes, sniffed.encoding), encoding: sniffed.encoding, source: 'sniff', declared: encoding, diagnostics }
}

/** Bytes declared UTF-8 that are not: a legacy encoding that reads well, else UTF-8 with replacement characters. */
function recoverFromBadUtf8(bytes: Uint8Array, source: Decoded['source'], diagnostics: Diagnostic[]): Decoded {
  const damaged = damagedUtf8(bytes)
  if (!damaged) {
    const sniffed = sniffEncoding(bytes)
    diagnostics.push(diag('warning', 'encoding-mismatch', `declared UTF-8 (${source}) but the bytes are not UTF-8; they read as ${sniffed.encoding}`))
    return { text: decodeWith(bytes, sniffed.encoding), encoding: sniffed.encoding, source: 'sniff', declared: 'utf-8', diagnostics }
  }
  diagnostics.push(diag('warning', 'invalid-utf8', `${damaged.bad} invalid UTF-8 sequence(s) replaced with U+FFFD`))
  return { text: damaged.text, encoding: 'utf-8', source, declared: 'utf-8', diagnostics }
}

/** The first encoding declaration, in precedence order: HTTP header, then meta or XML in the document. */
function declaredEncoding(bytes: Uint8Array, contentType: string | undefined, diagnostics: Diagnostic[]): { encoding: string; source: 'http' | 'meta' | 'xml'; label: string } | null {
  const found: Array<{ label: string; source: 'http' | 'meta' | 'xml' }> = []
  const http = contentType ? /charset\s*=\s*["']?([^\s;"',]+)/i.exec(contentType)?.[1] : undefined
  if (http) found.push({ label: http, source: 'http' })
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString('latin1')
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]
  if (xml) found.push({ label: xml, source: 'xml' })
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;,]+)/i.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1]
  if (meta) found.push({ label: meta, source: 'meta' })
  for (const { label, source } of found) {
    let encoding = canonicalEncoding(label)
    if (encoding === null) {
      diagnostics.push(diag('info', 'unknown-encoding', `unknown encoding label \`${label}\` (${source}) ignored`))
      continue
    }
    // A document can only declare UTF-16 in a header, never inside its own 8-bit bytes.
    if (source !== 'http' && encoding.startsWith('utf-16')) encoding = 'utf-8'
    return { encoding, source, label }
  }
  return null
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** Valid UTF-8 (no byte-order mark) decoded in pieces, or null when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): { text: string; pieces: string[] } | null {
  if (!isUtf8(bytes)) return null
  const pieces = utf8Pieces(bytes)
  // Joined by concatenation, which V8 keeps as a rope: nothing is copied unless the whole text is read.
  let text = ''
  for (const piece of pieces) text += piece
  return { text, pieces }
}

/** Bytes per block tested for ASCII when splitting valid UTF-8 into pieces. */
const PIECE_BLOCK = 1024

/**
 * Valid UTF-8 as strings, one per run of blocks that are all ASCII or all not: V8 stores a string
 * with any character above U+00FF in two bytes per character, and every string sliced from it
 * (each tag name, attribute and text node the parser cuts out) too. Decoding ASCII runs apart
 * keeps those one-byte. Runs are cut just before a `<` near the block edge where one is found, so
 * that a text node rarely spans two pieces (the parser would join its parts into a rope, and
 * reading a rope copies it). A cut never splits a character: it falls before an ASCII byte. The
 * pieces joined are exactly the UTF-8 decoding.
 */
function utf8Pieces(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  const pieces: string[] = []
  let start = 0
  let ascii = isAscii(buf.subarray(0, PIECE_BLOCK))
  for (let at = PIECE_BLOCK; at < buf.length; at += PIECE_BLOCK) {
    const next = isAscii(buf.subarray(at, at + PIECE_BLOCK))
    if (next === ascii) continue
    // Only bytes of the ASCII block beside the edge may change sides.
    const lt = ascii ? buf.lastIndexOf(LT, at - 1) : buf.indexOf(LT, at)
    const cut = ascii ? (lt > start && lt >= at - PIECE_BLOCK ? lt : at) : lt >= 0 && lt < at + PIECE_BLOCK ? lt : at
    pieces.push(ascii ? buf.toString('latin1', start, cut) : buf.toString('utf8', start, cut))
    start = cut
    ascii = next
  }
  pieces.push(ascii ? buf.toString('latin1', start, buf.length) : buf.toString('utf8', start, buf.length))
  return pieces
}

const LT = 0x3c

/** Decodes with a canonical encoding; iconv-lite lacks ISO-2022-JP, which Node's ICU decoder has. */
function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes)
  const name = decoderName(encoding)
  if (iconv.encodingExists(name)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), name)
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1252')
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  return !isAscii(bytes)
}

function replacementCount(text: string): number {
  let n = 0
  for (const ch of text) if (ch === '\uFFFD') n++
  return n
}

function diag(level: Diagnostic['level'], code: string, message: string): Diagnostic {
  return { level, code, message }
}
