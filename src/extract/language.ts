/**
 * Language identification for article text: the writing system first (Hangul, kana, Cyrillic,
 * Arabic, Greek ... decide most languages outright), then, inside Latin and Cyrillic scripts,
 * counts of each language's commonest function words. Small and fast enough to run on every
 * page that does not declare its language; returns ISO 639-1 codes.
 */

/** A detected language with how sure the detector is (0..1). */
export interface DetectedLanguage {
  readonly code: string
  readonly confidence: number
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/))

/** Function words per language; distinctive ones matter more than complete ones. */
const LATIN: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words('the of and to in is that for it was on with as are be by this have from at not but they his he she which said has were would their been a an will who'),
  fr: words('le la les des est et un une du que qui dans pour pas sur au avec ce sont il elle aux ont été mais ne se plus cette son sa leur à a après selon depuis être'),
  de: words('der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch es wird sind wurde dass bei nach aus einer werden hat'),
  es: words('el la los las del que en un una por con para es se al lo como más pero sus fue ha este está y su no entre también según'),
  it: words('il la che di e del della non per un una sono con gli le dei nel alla è anche ha come più stato delle degli si questo ma'),
  pt: words('o a os as de do da dos das que em um uma para com não por se mais foi ao é são está pelo pela no na também mas'),
  nl: words('de het een en van is dat die in op te niet met zijn voor ook aan er maar wordt bij werd hij naar heeft om worden'),
  sv: words('och att det som en är på för med av den till inte har de jag om ett var men från också efter sin kan vid'),
  da: words('og at det som en er på for med af den til ikke har de jeg om et var men fra også efter sin kan blev hvad'),
  nb: words('og å det som en er på for med av den til ikke har de jeg om et var men fra også etter sin kan ble hva'),
  fi: words('ja on ei se että oli hän ovat mutta kun myös tai joka ole niin vain kuin sen siitä jo mukaan kanssa'),
  pl: words('i w na nie z się do jest że to o jak ale po od za przez dla są tak jego był jednak oraz także'),
  cs: words('a v se na je že to s z do o jako ale by pro jsou jeho které který byl podle také bylo však jsme'),
  sk: words('a v sa na je že to s z do o ako ale by pre sú jeho ktoré ktorý bol podľa tiež bolo však sme'),
  ro: words('și în de la a cu pe că nu din este o un care se mai sunt pentru fost au ai acest după'),
  hu: words('a az és hogy nem is egy van meg de ez csak már még volt mint el azt ezt kell után'),
  tr: words('ve bir bu da de için ile olarak çok daha gibi ama olan en ne var kadar sonra göre ise'),
  id: words('dan yang di ini itu dengan untuk dari tidak dalam akan pada adalah juga ke ada oleh karena telah'),
  vi: words('của và các có là được trong cho không với người này những một đã để đến khi từ theo'),
  ca: words('el la els les i de que a en un una per amb no és del al però més seva aquest han'),
  hr: words('i u je na da se za su od s kao što ali ili bi koji koja nije sa bio'),
}

const CYRILLIC: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: words('и в не на что с по это как он к но из у за то от же так бы о был она они его было при'),
  uk: words('і в не на що з та це як до у за від й але його було вона він які також при'),
  bg: words('и в на за да не се от с че е са по това като той но през след които'),
  sr: words('и у је на да се за су од с као што али или би који која није са био'),
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'bengali' | 'thai' | 'hangul' | 'kana' | 'han' | 'georgian' | 'armenian' | 'tamil'

function scriptOf(cp: number): Script | null {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin'
  if (cp >= 0x400 && cp <= 0x4ff) return 'cyrillic'
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek'
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'arabic'
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew'
  if (cp >= 0x900 && cp <= 0x97f) return 'devanagari'
  if (cp >= 0x980 && cp <= 0x9ff) return 'bengali'
  if (cp >= 0xb80 && cp <= 0xbff) return 'tamil'
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai'
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'georgian'
  if (cp >= 0x530 && cp <= 0x58f) return 'armenian'
  if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) return 'hangul'
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0xff66 && cp <= 0xff9f)) return 'kana'
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return 'han'
  return null
}

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', devanagari: 'hi', bengali: 'bn', thai: 'th', hangul: 'ko', georgian: 'ka', armenian: 'hy', tamil: 'ta',
}

/** Most text needed to decide; longer inputs are sampled from the start. */
const SAMPLE = 6000

/** Detects the language of a text, or null when the text is too short or unlike any known language. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, SAMPLE)
  const counts = new Map<Script, number>()
  let letters = 0
  for (const ch of sample) {
    const s = scriptOf(ch.codePointAt(0) ?? 0)
    if (s === null) continue
    letters++
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  if (letters < 10) return null
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1])
  const [top, topCount] = ranked[0] ?? ['latin', 0]
  const kana = counts.get('kana') ?? 0
  const han = counts.get('han') ?? 0
  // Japanese mixes kanji and kana; even a kanji-heavy headline has some kana.
  if ((top === 'han' || top === 'kana') && kana > 0 && kana >= (han + kana) * 0.05) return { code: 'ja', confidence: 0.95 }
  if (top === 'han') return { code: 'zh', confidence: 0.9 }
  const share = topCount / letters
  const byScript = SCRIPT_LANGUAGE[top]
  if (byScript) return { code: byScript, confidence: share }
  if (top === 'arabic') return { code: arabicScriptLanguage(sample), confidence: share }
  if (top === 'cyrillic') return byFunctionWords(sample, CYRILLIC, cyrillicHint(sample), share)
  return byFunctionWords(sample, LATIN, null, share)
}

/** Persian and Urdu write with letters Arabic lacks. */
function arabicScriptLanguage(sample: string): string {
  const urdu = (sample.match(/[ٹڈڑںےۓ]/g) ?? []).length
  const persian = (sample.match(/[پچژگکی]/g) ?? []).length
  const arabic = (sample.match(/[ةىي]/g) ?? []).length
  if (urdu > 3 && urdu * 3 > arabic) return 'ur'
  if (persian > arabic) return 'fa'
  return 'ar'
}

/** Letters that only one Cyrillic language uses settle close calls. */
function cyrillicHint(sample: string): string | null {
  if (/[іїєґ]/i.test(sample) && !/[ыэъ]/i.test(sample)) return 'uk'
  if (/[ђћџљњ]/i.test(sample)) return 'sr'
  return null
}

function byFunctionWords(
  sample: string,
  lexicon: Readonly<Record<string, ReadonlySet<string>>>,
  hint: string | null,
  share: number,
): DetectedLanguage | null {
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  if (tokens.length === 0) return null
  const scores = new Map<string, number>()
  for (const token of tokens) {
    for (const [code, set] of Object.entries(lexicon)) if (set.has(token)) scores.set(code, (scores.get(code) ?? 0) + 1)
  }
  if (hint) return { code: hint, confidence: share }
  // Ties go to the language listed first: the more widely published one.
  const order = Object.keys(lexicon)
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
  const [best, bestScore] = ranked[0] ?? [null, 0]
  if (best === null || bestScore < 2) return null
  const second = ranked[1]?.[1] ?? 0
  const coverage = bestScore / tokens.length
  return { code: best, confidence: Math.min(1, share * Math.min(1, coverage * 3) * (bestScore > second ? 1 : 0.5)) }
}
