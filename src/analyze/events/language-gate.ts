/**
 * Whether a sentence is English. The detector knows English words only, and a German "war"
 * ("was") or a French "attaque" in a quoted sentence of an English article must not become an
 * event. Function words decide: a sentence with more German, French, Spanish, Portuguese, Italian
 * or Dutch function words than English ones is left alone.
 */

const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'it', 'at', 'from', 'he', 'she', 'they', 'his', 'her', 'their', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'said', 'not', 'an', 'this', 'which', 'who', 'after', 'but', 'or'])
const OTHER = new Set([
  // German
  'der', 'die', 'das', 'und', 'ist', 'war', 'nicht', 'ein', 'eine', 'einen', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'sich', 'auch', 'auf', 'für', 'wir', 'ich', 'sie', 'es', 'aber', 'wurde', 'werden', 'hat', 'haben', 'sind', 'nach', 'bei', 'aus', 'wie', 'noch', 'oder', 'nur', 'über', 'im', 'vom', 'zum', 'zur', 'dass', 'wenn',
  // French
  'le', 'la', 'les', 'et', 'est', 'une', 'des', 'du', 'dans', 'pour', 'pas', 'que', 'qui', 'sur', 'avec', 'au', 'aux', 'il', 'elle', 'ont', 'été', 'sont', 'mais', 'par', 'ce', 'cette', 'nous', 'vous',
  // Spanish, Portuguese, Italian
  'el', 'los', 'las', 'y', 'es', 'en', 'una', 'del', 'por', 'para', 'con', 'se', 'lo', 'su', 'al', 'como', 'más', 'pero', 'fue', 'o', 'os', 'as', 'um', 'uma', 'não', 'foi', 'di', 'il', 'che', 'non', 'sono', 'della', 'nel', 'gli', 'è',
  // Dutch
  'de', 'het', 'een', 'van', 'niet', 'zijn', 'werd', 'ook', 'maar', 'dat', 'wat',
])

/** True unless the sentence's function words are mostly of another language. */
export function isEnglishSentence(words: readonly string[]): boolean {
  let en = 0
  let other = 0
  for (const w of words) {
    if (ENGLISH.has(w)) en++
    else if (OTHER.has(w)) other++
  }
  return other < 2 || other <= en
}
