/**
 * A gzip file of named byte sections, the container of the parser's model files: a 4-byte
 * header length, a JSON header listing each section's name and length, then the sections.
 * Writing is deterministic (no timestamps), so a seeded training run rebuilds identical bytes.
 */
import { gunzipSync, gzipSync } from 'node:zlib'

/** Packs named sections into one gzip buffer, in the order given. */
export function encodeBundle(format: string, sections: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const header = Buffer.from(JSON.stringify({ format, sections: sections.map(([name, bytes]) => [name, bytes.length]) }))
  const length = Buffer.alloc(4)
  length.writeUInt32LE(header.length, 0)
  return gzipSync(Buffer.concat([length, header, ...sections.map(([, bytes]) => bytes)]), { level: 9 })
}

/** Unpacks a bundle written by `encodeBundle`; throws when the format name differs. */
export function decodeBundle(gz: Buffer, format: string): Map<string, Buffer> {
  const buf = gunzipSync(gz)
  const headerLength = buf.readUInt32LE(0)
  const header = JSON.parse(buf.toString('utf8', 4, 4 + headerLength)) as { format: string; sections: Array<[string, number]> }
  if (header.format !== format) throw new Error(`expected a \`${format}\` model file, found \`${header.format}\``)
  const out = new Map<string, Buffer>()
  let o = 4 + headerLength
  for (const [name, length] of header.sections) {
    out.set(name, buf.subarray(o, o + length))
    o += length
  }
  if (o !== buf.length) throw new Error('corrupt model file: section lengths do not add up')
  return out
}
