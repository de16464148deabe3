/**
 * The attribution-class filter above a quote list: speech and writing are listed by default;
 * links show every attribution or one other class (thought, agreement, evidence, legal, other) with how
 * many there are of each.
 */
import { AttributionClassSchema, type AttributionClass } from '../../model/article.js'
import { DEFAULT_QUOTE_CLASSES } from '../../model/article.js'
import { html, type SafeHtml } from '../safe-html.js'

const LABELS: Readonly<Record<AttributionClass, string>> = {
  speech: 'speech',
  writing: 'writing',
  thought: 'thought or belief',
  agreement: 'agreement',
  evidence: 'evidence',
  legal: 'legal',
  other: 'other acts',
}

/** Whether a class set is the default one (speech and writing). */
function isDefault(classes: ReadonlySet<AttributionClass>): boolean {
  return classes.size === DEFAULT_QUOTE_CLASSES.size && [...classes].every((c) => DEFAULT_QUOTE_CLASSES.has(c))
}

/**
 * Filter links for a quote list at `href` (a path without a query): the current choice in bold,
 * and per class its count in `counts` when given.
 */
export function quoteFilter(href: string, classes: ReadonlySet<AttributionClass>, counts?: ReadonlyMap<AttributionClass, number>): SafeHtml {
  const all = classes.size === AttributionClassSchema.options.length
  const count = (c: AttributionClass): string => (counts ? ` (${counts.get(c) ?? 0})` : '')
  const link = (label: string, query: string, current: boolean): SafeHtml =>
    current ? html`<strong aria-current="true">${label}</strong>` : html`<a href="${query ? `${href}?quotes=${query}` : href}">${label}</a>`
  const others = AttributionClassSchema.options.filter((c) => !DEFAULT_QUOTE_CLASSES.has(c))
  return html`<p class="quote-filter">
    Show: ${link(`speech and writing${counts ? ` (${(counts.get('speech') ?? 0) + (counts.get('writing') ?? 0)})` : ''}`, '', isDefault(classes))} ·
    ${link('all attributions', 'all', all)}${others.map((c) => html` · ${link(`${LABELS[c]}${count(c)}`, c, !all && classes.size === 1 && classes.has(c))}`)}
  </p>`
}
