/**
 * Recognizes bytes that are not text at all (images, archives, executables, random data) and
 * UTF-16 text that came without a byte-order mark, before any decoder mangles them.
 */

const MAGIC: ReadonlyArray<readonly [string, readonly number[], number?]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['bzip2 data', [0x42, 0x5a, 0x68]],
  ['xz data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd data', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['Windows executable', [0x4d, 0x5a]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['RIFF media (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['Ogg media', [0x4f, 0x67, 0x67, 0x53]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
  ['ISO media (MP4, HEIC)', [0x66, 0x74, 0x79, 0x70], 4],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['Java class or Mach-O binary', [0xca, 0xfe, 0xba, 0xbe]],
  ['WOFF font', [0x77, 0x4f, 0x46, 0x46]],
  ['WOFF2 font', [0x77, 0x4f, 0x46, 0x32]],
]

/** Bytes inspected to decide; enough for any text to show its nature. */
const SAMPLE = 8192

/** What the first bytes say about a document. */
export type ByteKind = { kind: 'binary'; what: string } | { kind: 'utf-16le' | 'utf-16be' } | { kind: 'text' }

/** Classifies bytes as binary (with a description), BOM-less UTF-16, or text in some 8-bit encoding. */
export function classifyBytes(bytes: Uint8Array): ByteKind {
  for (const [what, magic, offset = 0] of MAGIC) {
    if (bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b)) {
      // "MZ" and "ID3" are also plausible text starts; only trust them when control bytes follow.
      if (magic.length < 4 && offset === 0 && what !== 'JPEG image' && what !== 'gzip data' && !hasControlBytes(bytes)) continue
      return { kind: 'binary', what }
    }
  }
  const n = Math.min(bytes.length, SAMPLE)
  let evenNul = 0
  let oddNul = 0
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0
    if (b === 0) {
      if (i % 2 === 0) evenNul++
      else oddNul++
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) {
      control++
    }
  }
  const half = n / 2
  // ASCII-range UTF-16 puts a zero in every other byte, always on the same side.
  if (n >= 4 && oddNul > half * 0.3 && evenNul < half * 0.02) return { kind: 'utf-16le' }
  if (n >= 4 && evenNul > half * 0.3 && oddNul < half * 0.02) return { kind: 'utf-16be' }
  const nul = evenNul + oddNul
  if (nul > Math.max(2, n * 0.001) || control > Math.max(4, n * 0.02)) return { kind: 'binary', what: 'binary data' }
  return { kind: 'text' }
}

function hasControlBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024)
  let count = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) count++
  }
  return count > 2
}
