/**
 * Original-source credits: standalone credit lines ("Original Source: X", "This story first
 * appeared in X", "— Reuters") and wire credits inside the lede ("(AP) —", "according to AP").
 * A credit names the outlet an article was taken or rewritten from, which provenance relies on.
 */

/** The outlet an article credits, as in `Article.originalSource`. */
export interface Credit {
  readonly name: string
  readonly url: string | null
}

/** Wire agencies by the spellings they appear under, mapped to one display name. */
const WIRES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:reuters|thomson reuters)$/i, 'Reuters'],
  [/^(?:ap|a\.p\.|associated press|the associated press)$/i, 'AP'],
  [/^(?:afp|agence france-presse|agence france presse)$/i, 'AFP'],
  [/^yonhap(?: news agency)?$/i, 'Yonhap'],
  [/^(?:xinhua|xinhua news agency)$/i, 'Xinhua'],
  [/^(?:tass|itar-tass)$/i, 'TASS'],
  [/^(?:ria novosti|ria)$/i, 'RIA Novosti'],
  [/^interfax$/i, 'Interfax'],
  [/^kyodo(?: news)?$/i, 'Kyodo'],
  [/^(?:dpa|deutsche presse-agentur)$/i, 'dpa'],
  [/^efe$/i, 'EFE'],
  [/^ansa$/i, 'ANSA'],
  [/^(?:pti|press trust of india)$/i, 'PTI'],
  [/^ians$/i, 'IANS'],
  [/^(?:upi|united press international)$/i, 'UPI'],
  [/^bloomberg(?: news)?$/i, 'Bloomberg'],
  [/^(?:anadolu|anadolu agency|aa)$/i, 'Anadolu'],
  [/^bernama$/i, 'Bernama'],
  [/^(?:kcna|korean central news agency)$/i, 'KCNA'],
  [/^(?:cna|central news agency)$/i, 'CNA'],
  [/^(?:ani|asian news international)$/i, 'ANI'],
  [/^(?:apa|austria presse agentur)$/i, 'APA'],
  [/^(?:cp|the canadian press|canadian press)$/i, 'The Canadian Press'],
  [/^(?:aap|australian associated press)$/i, 'AAP'],
  [/^(?:pa|pa media)$/i, 'PA Media'],
  [/^(?:irna|wafa|sana|mena|spa|wam|qna|kuna|petra|antara|ukrinform|belta|efe-eph)$/i, ''],
]

/** The display name of a wire agency, or null when the name is not a known agency. */
export function wireAgency(name: string): string | null {
  const clean = name.trim().replace(/\s+/g, ' ')
  for (const [re, display] of WIRES) if (re.test(clean)) return display || clean.toUpperCase()
  return null
}

const DOMAIN_RE = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(\/\S*)?$/i

/** Words that make a name read as a news outlet rather than a data source ("Met Office"). */
const OUTLET_WORD =
  /\b(?:news|times|post|press|herald|tribune|journal|daily|gazette|ledger|chronicle|courier|observer|guardian|telegraph|mail|express|star|sun|globe|monitor|review|magazine|weekly|network|media|agency|wire|radio|tv|television|broadcasting|channel|report|reporter|insider|today|dispatch|bulletin|standard|record|register|inquirer|examiner|sentinel|conversation|times of|\.(?:com|org|net|co|news|network))\b/i

/** True when a credited name reads as a news outlet: a known wire, a domain, or an outlet-like name. */
export function looksLikeOutlet(name: string): boolean {
  return wireAgency(name) !== null || DOMAIN_RE.test(name) || OUTLET_WORD.test(name)
}

/** A credit from a free-form outlet name: a bare domain or URL also gives the URL. */
export function creditFrom(raw: string): Credit | null {
  let name = raw
    .trim()
    // "... published on The Huffington Post and can be read here": keep the outlet only.
    .replace(/\s+(?:and|under|with|where|which|as|here|on\s+(?:\p{L}+day|\p{Lu}\p{Ll}+\s+\d)|in\s+\d{4})\b.*$/u, '')
    .replace(/,.*$/, '')
    // "... by Futurism. Read the original article.": the sentence after the name is not part of it.
    .replace(/(?<=\p{Ll}{2})\.\s+\p{Lu}.*$/u, '')
    .replace(/^[“"'‘]|[”"'’]$/g, '')
    .replace(/[.,;:]+$/, '')
    .trim()
  // A time or date is not an outlet ("originally published at 2:05 p.m.").
  if (/^\d/.test(name) || !/\p{L}/u.test(name)) return null
  const urlMatch = /\s*\(?\b(https?:\/\/\S+?)\)?$/.exec(name)
  let url: string | null = null
  if (urlMatch && urlMatch.index > 0) {
    url = urlMatch[1] ?? null
    name = name
      .slice(0, urlMatch.index)
      .trim()
      .replace(/[,:-]+$/, '')
      .trim()
  }
  const domain = DOMAIN_RE.exec(name)
  if (domain) {
    url ??= /^https?:\/\//i.test(name) ? name : `https://${domain[1]}${domain[2] ?? ''}`
    name = domain[1] ?? name
  }
  if (name.length < 2 || name.length > 80 || name.split(/\s+/).length > 8) return null
  return { name: wireAgency(name) ?? name, url }
}

const LINE_PATTERNS: readonly RegExp[] = [
  /^(?:original(?:ly)?[\s-]+(?:source|published|posted)(?:\s+(?:at|on|in|by))?|source|sources|via|courtesy(?:\s+of)?|credit|from)\s*[:：]\s*(.+)$/i,
  /^this\s+(?:story|article|piece|report|post|content|item)\s+(?:was\s+)?(?:first|originally)?\s*(?:appeared|published|ran|posted|produced)\s+(?:first\s+|originally\s+)?(?:in|on|by|at|for)\s+(.+?)\.?$/i,
  /^this\s+(?:story|article|piece|report|post)\s+(?:is|was)\s+(?:republished|reproduced|syndicated|reprinted)\s+(?:with\s+permission\s+)?from\s+(.+?)\.?$/i,
  /^(?:republished|reprinted|reproduced|syndicated|adapted)\s+(?:with\s+permission\s+)?from\s+(.+?)\.?$/i,
  /^(?:first|originally)\s+(?:published|appeared)\s+(?:in|on|by|at)\s+(.+?)\.?$/i,
  /^read\s+the\s+original\s+(?:article|story)\s+(?:on|at|in)\s+(.+?)\.?$/i,
  /^(?:with\s+)?(?:inputs?|reporting)\s+from\s+(.+?)\.?$/i,
  /^[-–—]\s*(.+?)$/,
]

/** Staff credits ("Reporting by ...; Editing by ...") are credits but name no source outlet. */
const STAFF_CREDIT_RE = /^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|research|compiled|translated|translation|graphics?)\s+by\b)/i

/** Reads a standalone credit line; `credit` is null for staff credits that name no outlet. */
export function parseCreditLine(line: string): { credit: Credit | null } | null {
  const text = line.trim()
  if (text.length === 0 || text.length > 200) return null
  if (STAFF_CREDIT_RE.test(text) && text.length < 200) return { credit: null }
  for (const re of LINE_PATTERNS) {
    const m = re.exec(text)
    if (!m || m[1] === undefined) continue
    const target = m[1].trim()
    // A bare dash line is a credit only when it names a wire agency ("— Reuters").
    if (re === LINE_PATTERNS[LINE_PATTERNS.length - 1]) {
      const wire = wireAgency(target.replace(/[.)]+$/, ''))
      return wire ? { credit: { name: wire, url: null } } : null
    }
    // "with inputs from agencies" names no outlet but is still a credit line.
    if (/^(?:news\s+)?agencies$|^wire services$|^wires$/i.test(target.replace(/[.]+$/, ''))) return { credit: null }
    const credit = creditFrom(target)
    // A bare "Source:" also labels data ("Source: Met Office"): cut it, but credit only outlets.
    if (credit && re === LINE_PATTERNS[0] && !/^original/i.test(text) && !looksLikeOutlet(credit.name)) return { credit: null }
    if (credit) return { credit }
  }
  const bare = /^\(?([A-Za-z .-]{2,40})\)?$/.exec(text)
  if (bare?.[1] && /^\(.*\)$/.test(text)) {
    const wire = wireAgency(bare[1])
    if (wire) return { credit: { name: wire, url: null } }
  }
  return null
}

/** A wire credit at the start of a lede: the agency and where the credit sits in the paragraph. */
export interface InlineCredit {
  readonly credit: Credit
  readonly start: number
  readonly end: number
}

/**
 * Finds "(Reuters) -", "(AP) —" near the start of the lede or "according to AP" in its first
 * sentence. "told Reuters" is an interview, not a credit, so only these forms count.
 */
export function findInlineWireCredit(paragraph: string): InlineCredit | null {
  const head = paragraph.slice(0, 160)
  const paren = /\(([A-Za-z][A-Za-z .&-]{0,40}?)\)\s*[-–—:]/.exec(head)
  if (paren?.[1]) {
    const wire = wireAgency(paren[1])
    if (wire) return { credit: { name: wire, url: null }, start: paren.index, end: paren.index + paren[0].length }
  }
  const firstSentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph
  const according = /\baccording\s+to\s+(?:the\s+)?([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,3})/g
  for (const m of firstSentence.matchAll(according)) {
    const candidate = (m[1] ?? '').replace(/\.$/, '')
    // Try the longest leading run of words that names an agency ("Associated Press said").
    const words = candidate.split(/\s+/)
    for (let n = words.length; n > 0; n--) {
      const wire = wireAgency(words.slice(0, n).join(' '))
      if (wire) return { credit: { name: wire, url: null }, start: m.index, end: m.index + m[0].length }
    }
  }
  return null
}
