import { test } from 'node:test'
import assert from 'node:assert/strict'
import iconv from 'iconv-lite'
import { decode } from './decode.js'

const page = (body: string, head = ''): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`
const bytes = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding))
const codes = (d: { diagnostics: Array<{ code: string }> }): string[] => d.diagnostics.map((x) => x.code)

const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['windows-1252', 'Le président a déclaré jeudi que les négociations reprendraient à Genève après l’été. « Nous sommes prêts », a-t-il ajouté.'],
  ['shift_jis', '北朝鮮の金正恩総書記は、ロシアの戦勝記念日の式典に出席しないと、ロシア大統領府が発表した。専門家は軍事協力が深まっていると指摘している。'],
  ['euc-jp', '北朝鮮の金正恩総書記は、ロシアの戦勝記念日の式典に出席しないと、ロシア大統領府が発表した。専門家は軍事協力が深まっていると指摘している。'],
  ['euc-kr', '북한 김정은 국무위원장은 러시아의 전승절 기념식에 참석하지 않을 것이라고 크렘린궁이 밝혔다. 전문가들은 양국의 군사 협력이 깊어지고 있다고 분석했다.'],
  ['gbk', '朝鲜领导人金正恩将不出席俄罗斯的胜利日庆祝活动，克里姆林宫表示。专家认为，两国的军事合作正在不断加深，这一点值得关注。'],
  ['big5', '朝鮮領導人金正恩將不出席俄羅斯的勝利日慶祝活動，克里姆林宮表示。專家認為，兩國的軍事合作正在不斷加深，這一點值得關注。'],
  ['windows-1251', 'Лидер Северной Кореи не приедет на парад Победы в Москве, сообщили в Кремле. По словам экспертов, военное сотрудничество двух стран укрепляется.'],
  ['koi8-r', 'Лидер Северной Кореи не приедет на парад Победы в Москве, сообщили в Кремле. По словам экспертов, военное сотрудничество двух стран укрепляется.'],
  ['iso-8859-2', 'Przywódca Korei Północnej nie weźmie udziału w paradzie w Moskwie, poinformował Kreml. Eksperci twierdzą, że współpraca wojskowa się zacieśnia.'],
]

for (const [encoding, text] of SAMPLES) {
  test(`should read an undeclared ${encoding} page`, () => {
    const d = decode(bytes(page(text), encoding))
    assert.ok(d.text.includes(text), `decoded as ${d.encoding}`)
    assert.equal(d.source, 'sniff')
  })
}

test('should honour a byte-order mark over any declaration', () => {
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(page('Café'), 'utf8')])
  assert.equal(decode(utf8, 'text/html; charset=iso-8859-1').text, page('Café'))
  const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(page('Café ☕'), 'utf-16le')])
  assert.equal(decode(le).text, page('Café ☕'))
  const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(page('Café ☕'), 'utf-16be')])
  assert.equal(decode(be).encoding, 'utf-16be')
  assert.equal(decode(be).text, page('Café ☕'))
})

test('should read UTF-16 that has no byte-order mark', () => {
  const d = decode(bytes(page('Die Bürger wählen am Sonntag.'), 'utf-16le'))
  assert.equal(d.encoding, 'utf-16le')
  assert.ok(d.text.includes('Bürger'))
})

test('should follow the HTTP charset, then meta charset, then the XML declaration', () => {
  const text = 'Лидер Северной Кореи не приедет на парад'
  assert.equal(decode(bytes(page(text), 'koi8-r'), 'text/html; charset="KOI8-R"').source, 'http')
  const meta = decode(bytes(page(text, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), 'windows-1251'))
  assert.equal(meta.source, 'meta')
  assert.ok(meta.text.includes(text))
  const xml = decode(bytes(`<?xml version="1.0" encoding="Shift_JIS"?><html><body><p>東京で会議が開かれた。</p></body></html>`, 'shift_jis'))
  assert.equal(xml.source, 'xml')
  assert.ok(xml.text.includes('東京で会議が開かれた。'))
})

test('should read latin1 and iso-8859-1 labels as windows-1252, as browsers do', () => {
  const d = decode(bytes(page('“Quoted” – café'), 'windows-1252'), 'text/html; charset=latin1')
  assert.equal(d.encoding, 'windows-1252')
  assert.ok(d.text.includes('“Quoted” – café'))
  assert.deepEqual(codes(d), [])
})

test('should prefer valid UTF-8 over a wrong ISO-8859-1 declaration, with a warning', () => {
  const d = decode(new Uint8Array(Buffer.from(page('Le président a déclaré “ceci”', '<meta charset="iso-8859-1">'))))
  assert.equal(d.encoding, 'utf-8')
  assert.ok(d.text.includes('Le président a déclaré “ceci”'))
  assert.deepEqual(codes(d), ['encoding-mismatch'])
})

test('should read a Shift_JIS page declared as UTF-8, with a warning', () => {
  const text = SAMPLES[1]![1]
  const d = decode(bytes(page(text, '<meta charset="utf-8">'), 'shift_jis'))
  assert.equal(d.encoding, 'shift_jis')
  assert.ok(d.text.includes(text))
  assert.deepEqual(codes(d), ['encoding-mismatch'])
})

test('should read a Shift_JIS page declared as ISO-8859-1, with a warning', () => {
  const text = SAMPLES[1]![1]
  const d = decode(bytes(page(text), 'shift_jis'), 'text/html; charset=ISO-8859-1')
  assert.equal(d.encoding, 'shift_jis')
  assert.deepEqual(codes(d), ['encoding-mismatch'])
})

test('should keep a UTF-8 page with a few broken bytes as UTF-8 and say so', () => {
  const good = Buffer.from(page('Seoul said talks would resume — soon.'), 'utf8')
  const broken = new Uint8Array([...good.subarray(0, 40), 0xff, 0xc3, ...good.subarray(40)])
  const d = decode(broken)
  assert.ok(d.text.includes('talks would resume — soon.'))
  const declared = decode(broken, 'text/html; charset=utf-8')
  assert.equal(declared.encoding, 'utf-8')
  assert.deepEqual(codes(declared), ['invalid-utf8'])
})

test('should ignore an unknown charset label with a note and sniff instead', () => {
  const d = decode(bytes(page('Die Bürger wählen am Sonntag in München.'), 'windows-1252'), 'text/html; charset=x-klingon')
  assert.ok(d.text.includes('Bürger wählen'))
  assert.deepEqual(codes(d), ['unknown-encoding'])
})

test('should read an undeclared ISO-2022-JP page', () => {
  const raw = new TextEncoder().encode('<p>')
  const jis = new Uint8Array([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42])
  const d = decode(new Uint8Array([...raw, ...jis]))
  assert.equal(d.encoding, 'iso-2022-jp')
  assert.equal(d.text, '<p>日本')
})

test('should call images, archives and random bytes binary and decode nothing', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3])
  let seed = 7
  const random = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
  for (const input of [png, gzip, random]) {
    const d = decode(input)
    assert.equal(d.binary, true)
    assert.equal(d.text, '')
    assert.deepEqual(codes(d), ['binary-input'])
  }
})

test('should report empty input', () => {
  assert.deepEqual(codes(decode(new Uint8Array(0))), ['empty-input'])
})

test('should treat "MZ" or "ID3" at the start of a text as text', () => {
  assert.equal(decode(new Uint8Array(Buffer.from('MZ is the ticker of a company.\n'))).binary, undefined)
  assert.equal(decode(new Uint8Array(Buffer.from('ID3 tags were discussed.\n'))).binary, undefined)
})

test('should read short legacy snippets with only a sign or two outside ASCII', () => {
  for (const [encoding, text] of [
    ['windows-1252', 'He paid €40 for the ticket.'],
    ['windows-1252', '“Yes,” he said — and left.'],
    ['windows-1252', 'naïve résumé façade'],
    ['euc-kr', '서울 시청'],
    ['windows-1251', 'Путин'],
  ] as const) {
    const d = decode(bytes(page(text), encoding))
    assert.ok(d.text.includes(text), `${encoding}: decoded as ${d.encoding}`)
  }
})

test('should report bytes a declared legacy encoding cannot map', () => {
  const text = '北朝鮮の金正恩総書記は、ロシアの戦勝記念日の式典に出席しないと発表した。'
  const broken = new Uint8Array([...bytes(page(text), 'shift_jis'), 0x85, 0x20, 0xa0, 0xfd])
  const d = decode(broken, 'text/html; charset=shift_jis')
  assert.equal(d.encoding, 'shift_jis')
  assert.ok(d.text.includes(text))
  assert.deepEqual(codes(d), ['undecodable-bytes'])
})

test('should read undeclared UTF-8 with several broken bytes as UTF-8 by the share of valid sequences, and warn', () => {
  // Three é (valid UTF-8) and four stray Latin-1 bytes: sniffing read this as a Cyrillic or Central European page ("CafГ©").
  const good = Buffer.from(page('Café, café and the café on the corner.'), 'utf8')
  const broken = new Uint8Array([...good.subarray(0, 60), 0xe9, 0x20, 0xe8, 0x20, 0xfc, 0x20, 0xe0, ...good.subarray(60)])
  const d = decode(broken)
  assert.equal(d.encoding, 'utf-8')
  assert.ok(d.text.includes('Café, café and') && d.text.includes('the café on the corner'), d.text)
  const warning = d.diagnostics.find((x) => x.code === 'invalid-utf8')
  assert.equal(warning?.level, 'warning')
  assert.match(warning?.message ?? '', /\d+% of non-ASCII sequences are valid UTF-8/)
})

test('should decode UTF-8 in pieces that join to the exact text, characters never split', () => {
  // Runs of ASCII longer than a block between multi-byte characters, and a character across every block edge.
  const filler = (n: number): string => '<b>x</b>'.repeat(n / 8) + 'x'.repeat(n % 8)
  const text = page(`${filler(3000)}é${filler(1022)}€😀${filler(5000)}中文${filler(1021)}ü`)
  const d = decode(new TextEncoder().encode(text))
  assert.equal(d.text, text)
  assert.ok(d.pieces && d.pieces.length > 1, 'cut in pieces')
  assert.equal(d.pieces.join(''), text)
  for (const piece of d.pieces) assert.ok(!piece.includes('\uFFFD'), 'no split character')
  // Every byte offset of a character across a block edge.
  for (let shift = 0; shift < 4; shift++) {
    const t = `${filler(1024 - shift)}😀${filler(2048)}`
    assert.equal(decode(new TextEncoder().encode(t)).pieces?.join(''), t)
  }
})
