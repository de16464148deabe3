/**
 * The calendar vocabulary every stage reads dates with: month names of the languages news pages
 * are commonly written in, so textual dates ("18. März 2019", "18 de marzo de 2019", "March 18,
 * 2019") can be read without a locale library, and the English month and weekday forms the
 * dateline reader and the analysis date grammar match. Names are looked up lowercase and without
 * diacritics, so one spelling covers both forms. It lives in `model/` because extraction (page
 * dates, datelines) and analysis (dates in the text) both read it, and neither may reach into
 * the other's internals.
 */

/** Spellings per month (index 0 = January): full names and common abbreviations, accents removed. */
const MONTHS: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'janner',
    'janvier',
    'janv',
    'gennaio',
    'genn',
    'gen',
    'enero',
    'ene',
    'janeiro',
    'januari',
    'styczen',
    'stycznia',
    'ocak',
    'januar',
    'tammikuu',
    'tammikuuta',
    'ianuarie',
    'januarja',
    'leden',
    'ledna',
    'janvaris',
    'январь',
    'января',
    'янв',
    'січня',
    'gener',
    'januari',
    'januar',
    'januarja',
    'sijecanj',
    'sijecnja',
    'ιανουαριου',
    'ιανουαριος',
    'يناير',
    'كانون الثاني',
    'tammi',
    'มกราคม',
    'ม.ค.',
  ],
  [
    'february',
    'feb',
    'febr',
    'februar',
    'fevrier',
    'fevr',
    'fev',
    'febbraio',
    'febrero',
    'fevereiro',
    'februari',
    'luty',
    'lutego',
    'subat',
    'helmikuu',
    'helmikuuta',
    'februarie',
    'unor',
    'unora',
    'февраль',
    'февраля',
    'фев',
    'лютого',
    'febrer',
    'februari',
    'februar',
    'veljaca',
    'veljace',
    'φεβρουαριου',
    'φεβρουαριος',
    'فبراير',
    'pebrero',
    'กุมภาพันธ์',
    'ก.พ.',
  ],
  [
    'march',
    'mar',
    'marz',
    'maerz',
    'mars',
    'marzo',
    'marco',
    'maart',
    'mrt',
    'marec',
    'marca',
    'mart',
    'maaliskuu',
    'maaliskuuta',
    'martie',
    'brezen',
    'brezna',
    'март',
    'марта',
    'мар',
    'березня',
    'marc',
    'marts',
    'maret',
    'marcius',
    'ozujak',
    'ozujka',
    'μαρτιου',
    'μαρτιος',
    'مارس',
    'marso',
    'มีนาคม',
    'มี.ค.',
  ],
  [
    'april',
    'apr',
    'avril',
    'avr',
    'aprile',
    'abril',
    'abr',
    'kwiecien',
    'kwietnia',
    'nisan',
    'huhtikuu',
    'huhtikuuta',
    'aprilie',
    'duben',
    'dubna',
    'апрель',
    'апреля',
    'апр',
    'квітня',
    'aprili',
    'aprilis',
    'travanj',
    'travnja',
    'απριλιου',
    'απριλιος',
    'أبريل',
    'ابريل',
    'abril',
    'เมษายน',
    'เม.ย.',
  ],
  [
    'may',
    'mai',
    'maggio',
    'mag',
    'mayo',
    'maio',
    'mei',
    'maj',
    'maja',
    'mayis',
    'toukokuu',
    'toukokuuta',
    'kveten',
    'kvetna',
    'май',
    'мая',
    'травня',
    'maig',
    'majus',
    'svibanj',
    'svibnja',
    'μαιου',
    'μαιος',
    'مايو',
    'mayo',
    'พฤษภาคม',
    'พ.ค.',
  ],
  [
    'june',
    'jun',
    'juni',
    'juin',
    'giugno',
    'giu',
    'junio',
    'junho',
    'czerwiec',
    'czerwca',
    'haziran',
    'kesakuu',
    'kesakuuta',
    'iunie',
    'cerven',
    'cervna',
    'июнь',
    'июня',
    'червня',
    'juny',
    'junius',
    'lipanj',
    'lipnja',
    'ιουνιου',
    'ιουνιος',
    'يونيو',
    'hunyo',
    'มิถุนายน',
    'มิ.ย.',
  ],
  [
    'july',
    'jul',
    'juli',
    'juillet',
    'juil',
    'luglio',
    'lug',
    'julio',
    'julho',
    'lipiec',
    'lipca',
    'temmuz',
    'heinakuu',
    'heinakuuta',
    'iulie',
    'cervenec',
    'cervence',
    'июль',
    'июля',
    'липня',
    'juliol',
    'julius',
    'srpanj',
    'srpnja',
    'ιουλιου',
    'ιουλιος',
    'يوليو',
    'hulyo',
    'กรกฎาคม',
    'ก.ค.',
  ],
  [
    'august',
    'aug',
    'aout',
    'agosto',
    'ago',
    'augustus',
    'sierpien',
    'sierpnia',
    'agustos',
    'elokuu',
    'elokuuta',
    'srpen',
    'srpna',
    'август',
    'августа',
    'авг',
    'серпня',
    'agost',
    'augusti',
    'agustus',
    'augusztus',
    'kolovoz',
    'kolovoza',
    'αυγουστου',
    'αυγουστος',
    'أغسطس',
    'agosto',
    'สิงหาคม',
    'ส.ค.',
  ],
  [
    'september',
    'sep',
    'sept',
    'septembre',
    'settembre',
    'set',
    'septiembre',
    'setiembre',
    'setembro',
    'wrzesien',
    'wrzesnia',
    'eylul',
    'syyskuu',
    'syyskuuta',
    'septembrie',
    'zari',
    'сентябрь',
    'сентября',
    'сен',
    'вересня',
    'setembre',
    'szeptember',
    'rujan',
    'rujna',
    'σεπτεμβριου',
    'σεπτεμβριος',
    'سبتمبر',
    'setyembre',
    'กันยายน',
    'ก.ย.',
  ],
  [
    'october',
    'oct',
    'okt',
    'oktober',
    'octobre',
    'ottobre',
    'ott',
    'octubre',
    'outubro',
    'out',
    'pazdziernik',
    'pazdziernika',
    'ekim',
    'lokakuu',
    'lokakuuta',
    'octombrie',
    'rijen',
    'rijna',
    'октябрь',
    'октября',
    'жовтня',
    'octubre',
    'οκτωβριου',
    'οκτωβριος',
    'أكتوبر',
    'اكتوبر',
    'oktubre',
    'ตุลาคม',
    'ต.ค.',
  ],
  [
    'november',
    'nov',
    'novembre',
    'noviembre',
    'novembro',
    'listopad',
    'listopada',
    'kasim',
    'marraskuu',
    'marraskuuta',
    'noiembrie',
    'listopadu',
    'ноябрь',
    'ноября',
    'ноя',
    'листопада',
    'studeni',
    'studenoga',
    'studenog',
    'νοεμβριου',
    'νοεμβριος',
    'نوفمبر',
    'nobyembre',
    'พฤศจิกายน',
    'พ.ย.',
  ],
  [
    'december',
    'dec',
    'dez',
    'dezember',
    'decembre',
    'dicembre',
    'dic',
    'diciembre',
    'dezembro',
    'grudzien',
    'grudnia',
    'aralik',
    'joulukuu',
    'joulukuuta',
    'decembrie',
    'prosinec',
    'prosince',
    'декабрь',
    'декабря',
    'дек',
    'грудня',
    'desembre',
    'desember',
    'desember',
    'prosinac',
    'prosinca',
    'δεκεμβριου',
    'δεκεμβριος',
    'ديسمبر',
    'disyembre',
    'ธันวาคม',
    'ธ.ค.',
  ],
]

/** Lowercase and strip diacritics (recomposing the rest, so Hangul and kana keep their length), the form month names are looked up in. */
export function foldName(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
}

const LOOKUP: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  MONTHS.forEach((names, i) => {
    for (const n of names) {
      const key = foldName(n)
      if (!map.has(key)) map.set(key, i + 1)
    }
  })
  return map
})()

/**
 * Month number (1-12) of a month name or abbreviation in any supported language, case and
 * diacritics ignored, with or without a final period ("Sept.", "März", "марта"); null if not one.
 */
export function monthNumber(name: string): number | null {
  const key = foldName(name)
  return LOOKUP.get(key) ?? LOOKUP.get(key.replace(/\.$/, '')) ?? null
}

/**
 * Regex source matching any month name of any supported language (longest first, so "marzo"
 * wins over "mar"); meant for text that was folded with `foldName`.
 */
export const FOLDED_MONTH_PATTERN: string = [...LOOKUP.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')

/** English month names, full forms. */
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'

/** English weekday names, full forms. */
const ENGLISH_WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'

/** English month names, full forms, lowercase (index 0 = January). */
export const ENGLISH_MONTH_NAMES: readonly string[] = ENGLISH_MONTHS.toLowerCase().split('|')

/** English month abbreviations, lowercase and without their period ("jan", "sept"). */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = 'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')

/** English weekday names, full forms, lowercase (index 0 = Monday). */
export const ENGLISH_WEEKDAY_NAMES: readonly string[] = ENGLISH_WEEKDAYS.toLowerCase().split('|')

/**
 * English month names as written in datelines and bylines (case as written, so a capital is
 * needed), full forms or abbreviations, with an optional period; longest first so "September"
 * beats "Sep".
 */
export const ENGLISH_MONTH_PATTERN = `(?:${ENGLISH_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`

/** English month names: full forms, and abbreviations only with their period or before a number (checked by rules). */
export const MONTH_SOURCE = `${ENGLISH_MONTHS}|Sept\\.?|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?`

/** English month names that stand alone as a date ("in January"): full forms and dotted abbreviations. */
export const MONTH_ALONE_SOURCE = `${ENGLISH_MONTHS}|Sept\\.|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.|Dec\\.`

const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tue', 2],
  ['tues', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thu', 4],
  ['thurs', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
  ['sunday', 7],
  ['sun', 7],
])

/** ISO weekday (1 Monday ... 7 Sunday) of an English weekday name or abbreviation; null if not one. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, '')) ?? null
}

/** English weekday names, full forms and common abbreviations (abbreviations need their period). */
export const WEEKDAY_SOURCE = `${ENGLISH_WEEKDAYS}|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs)?\\.|Fri\\.|Sat\\.|Sun\\.`
