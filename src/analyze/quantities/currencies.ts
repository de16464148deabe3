/**
 * Currencies as news writes them, before the number ("$", "C$", "€", "US$") or after it
 * ("won", "yuan", "euros"), mapped to ISO 4217 codes: the `unit` of a money quantity.
 */

/** Symbols and codes written before an amount. */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us$', 'USD'],
  ['c$', 'CAD'],
  ['a$', 'AUD'],
  ['hk$', 'HKD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD'],
  ['r$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['jpy', 'JPY'],
  ['krw', 'KRW'],
  ['cny', 'CNY'],
  ['rub', 'RUB'],
  ['inr', 'INR'],
  ['chf', 'CHF'],
  ['rmb', 'CNY'],
])

/** Currency words written after an amount ("5 million won"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['us dollars', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['won', 'KRW'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['rupees', 'INR'],
  ['swiss francs', 'CHF'],
  ['francs', 'CHF'],
  ['pesos', 'MXN'],
  ['reais', 'BRL'],
  ['rand', 'ZAR'],
  ['lira', 'TRY'],
  ['hryvnias', 'UAH'],
  ['hryvnia', 'UAH'],
  ['shekels', 'ILS'],
  ['riyals', 'SAR'],
  ['dirhams', 'AED'],
])

/** Regex source of a currency prefix (longest first so "US$" wins over "$"). */
export const CURRENCY_PREFIX_SOURCE = [...CURRENCY_PREFIXES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => (/^[a-z]+$/.test(k) ? `${k.toUpperCase()}\\s?` : k.replace(/[$]/g, '\\$').toUpperCase()))
  .join('|')

/** Regex source of a currency word after an amount. */
export const CURRENCY_WORD_SOURCE = [...CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')

/** ISO code of a currency prefix or word; null if not one. */
export function currencyCode(text: string): string | null {
  const t = text.trim().toLowerCase()
  return CURRENCY_PREFIXES.get(t) ?? CURRENCY_WORDS.get(t.replace(/\s+/g, ' ')) ?? null
}
