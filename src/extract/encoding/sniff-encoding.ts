/**
 * Guesses the legacy encoding of undeclared (or wrongly declared) bytes: decode a sample with each
 * candidate and keep the one whose text looks most like real writing. Real writing uses a
 * language's common characters, keeps letter case regular inside words, and has no stray control
 * characters or replacement marks; the wrong decoder breaks at least one of these.
 */
import iconv from 'iconv-lite'
import { decoderName } from './labels.js'

/** Candidates in order of preference when scores tie (commonest on the web first). */
const CANDIDATES = [
  'windows-1252',
  'windows-1251',
  'shift_jis',
  'euc-jp',
  'gbk',
  'big5',
  'euc-kr',
  'koi8-r',
  'windows-1250',
  'iso-8859-2',
  'windows-1253',
  'iso-8859-7',
  'windows-1256',
  'windows-1255',
  'windows-1254',
  'iso-8859-5',
  'windows-874',
] as const

/**
 * Commonest Chinese characters (about 500 simplified, their traditional forms) and Japanese kanji.
 * Kept short on purpose: legacy CJK encodings put their commonest characters in the same byte
 * ranges, so a long list would reward the wrong decoder's random hits too.
 */
const FREQUENT_HAN = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列項這們來為國說時會對過發後裡麼學經現當動還進與長機實問關點業兩間頭體無從見開將總電數報結處義氣頁題樣變應戰產應黨華區達權際軍東門車親極話員語讀書記論請認議課務變強當廣場韓聯導專對屬層歲歷邊運過選運鐵銀錢問隊陽隨難電靈響頭顯風飛館體黨齊龍' +
    '日本人年大中出国一事会時見行者上生自分前後新東京政府首相記月地長市同発間手気員明通対金子業社方表主部内現関場家外合高実定度取理作力米経済問題民党議話円億万野田山川島北海道県都区町村約選挙協議検討開催発表',
)

/** Commonest Korean syllables. */
const FREQUENT_HANGUL = new Set(
  '이다는의에고하가을서지기로한리사어대나자도인정국들시를일수구해으부아전적장요면주상과게제했있것라보우마비원여계연거소무성행문중조관방화위통신동만내경발회후미선민금영당생공세결년물실업작분교불저청임단용합명차재산모현강개진까데말씀드했습니니며라고와를은',
)

const isHiragana = (cp: number): boolean => cp >= 0x3041 && cp <= 0x309f
const isKatakana = (cp: number): boolean => cp >= 0x30a0 && cp <= 0x30ff
const isHalfwidthKana = (cp: number): boolean => cp >= 0xff61 && cp <= 0xff9f
const isHan = (cp: number): boolean => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)
const isHangul = (cp: number): boolean => cp >= 0xac00 && cp <= 0xd7a3
const isCyrillic = (cp: number): boolean => cp >= 0x400 && cp <= 0x4ff
const isGreek = (cp: number): boolean => cp >= 0x370 && cp <= 0x3ff
const isArabic = (cp: number): boolean => cp >= 0x600 && cp <= 0x6ff
const isHebrew = (cp: number): boolean => cp >= 0x5d0 && cp <= 0x5ea
const isThai = (cp: number): boolean => cp >= 0xe01 && cp <= 0xe5b
const LETTER = /\p{L}/u
/** Typography and currency signs that Western text really uses. */
const COMMON_SYMBOLS = new Set('€£©®°«»“”‘’–—…•')
const UPPER = /\p{Lu}/u

/** A one-letter id of the alphabetic script of a letter, or '' for scripts that mix by design (CJK). */
function scriptId(cp: number): string {
  if (cp < 0x250) return 'l'
  if (isCyrillic(cp)) return 'c'
  if (isGreek(cp)) return 'g'
  if (isArabic(cp)) return 'a'
  if (isHebrew(cp)) return 'h'
  if (isThai(cp)) return 't'
  return ''
}

/** How much a decoded sample reads like real text; higher is better, comparable across decoders of the same bytes. */
export function plausibility(text: string): number {
  let score = 0
  let prevLetter = false
  let prevUpper = false
  // Script of the previous letter ('' after a non-letter): no real word changes script midway,
  // so "prйsident" (é read as windows-1251) or "fьr" scores badly.
  let prevScript = ''
  let wordAscii = 0
  let wordLatin = 0
  const endWord = (): void => {
    // French or German words nearly always contain plain ASCII letters; mojibake words do not.
    if (wordLatin >= 3 && wordAscii === 0) score -= wordLatin * 1.5
    wordAscii = 0
    wordLatin = 0
  }
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp < 0x80) {
      const letter = (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
      if (letter) wordAscii++
      else endWord()
      prevUpper = cp >= 0x41 && cp <= 0x5a
      prevLetter = letter
      prevScript = letter ? 'l' : ''
      continue
    }
    if (cp === 0xfffd) score -= 6
    else if (cp <= 0x9f) score -= 6
    else if ((cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xfff0 && cp <= 0xfffc)) score -= 4
    else if (isHiragana(cp)) score += 2
    else if (isKatakana(cp)) score += 1.2
    else if (isHalfwidthKana(cp)) score -= 1
    else if (isHan(cp)) score += FREQUENT_HAN.has(ch) ? 2.5 : 0.3
    else if (isHangul(cp)) score += FREQUENT_HANGUL.has(ch) ? 2.5 : 0.6
    const letter = LETTER.test(ch)
    const upper = letter && UPPER.test(ch)
    if (letter && (isCyrillic(cp) || isGreek(cp))) {
      // Capitals inside a lower-case word are what KOI8-R read as windows-1251 (and back) looks like.
      // A lone Cyrillic letter ("Ђ40") is a stray byte; real words run on in the same script.
      const inWord = prevScript === scriptId(cp)
      score += !inWord ? 0.1 : upper && !prevUpper ? -1.5 : 1
      endWord()
    } else if (letter && (isArabic(cp) || isHebrew(cp) || isThai(cp))) {
      score += 1
    } else if (letter && cp < 0x250) {
      wordLatin++
      score += upper && prevLetter && !prevUpper ? -1.5 : 0.4
    } else if (COMMON_SYMBOLS.has(ch)) {
      score += 0.3
    } else if (!letter && cp > 0xa0 && cp < 0x3000 && !(cp >= 0x2000 && cp <= 0x20cf)) {
      // Symbols such as ¤ ¦ ³ between letters are a decoding error, not punctuation.
      score -= prevLetter ? 1.5 : 0.3
      endWord()
    }
    const script = letter ? scriptId(cp) : ''
    if (script && prevScript && script !== prevScript) score -= 4
    prevLetter = letter
    prevUpper = upper
    prevScript = script
  }
  endWord()
  return score
}

/** The result of sniffing: the winning encoding and how far ahead of the runner-up it is. */
export interface Sniffed {
  readonly encoding: string
  readonly score: number
  readonly margin: number
}

/** Largest sample decoded per candidate; enough to decide, small enough to stay fast. */
const SAMPLE_BYTES = 32 * 1024

/** Picks the likeliest legacy encoding of bytes that are not valid UTF-8. */
export function sniffEncoding(bytes: Uint8Array, candidates: readonly string[] = CANDIDATES): Sniffed {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES))
  let best: Sniffed = { encoding: 'windows-1252', score: -Infinity, margin: 0 }
  let second = -Infinity
  for (const encoding of candidates) {
    const text = iconv.decode(sample, decoderName(encoding))
    let score = plausibility(text)
    // Running Japanese always has kana; kanji alone are Chinese or Korean bytes misread.
    if ((encoding === 'shift_jis' || encoding === 'euc-jp') && !/[\u3041-\u30ff]/.test(text)) score -= (text.match(/[\u4e00-\u9fff]/g) ?? []).length
    if (score > best.score) {
      second = best.score
      best = { encoding, score, margin: 0 }
    } else if (score > second) {
      second = score
    }
  }
  return { ...best, margin: Number.isFinite(second) ? best.score - second : Infinity }
}

/** Scores bytes as decoded by one encoding, for comparing a declaration against the sniffed guess. */
export function scoreAs(bytes: Uint8Array, encoding: string): number {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES))
  return plausibility(iconv.decode(sample, decoderName(encoding)))
}
