/**
 * HTML built from tagged templates where every interpolated value is escaped unless it is
 * already escaped markup. Article text, titles and names come from scraped pages, so the only way
 * to put markup on a page is through `html\`...\``, never string concatenation.
 *
 * The escaping is Hono's `html` helper (`hono/html`). This module only narrows its type: Hono's
 * `html` returns `HtmlEscapedString | Promise<HtmlEscapedString>` because a value may be a promise
 * (for streamed JSX); the pages here interpolate no promises, so every template renders
 * synchronously, and `html` says so in its type instead of making every page `await` its parts.
 */
import { html as honoHtml, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

/** Markup that is already escaped: Hono's escaped string. */
export type SafeHtml = HtmlEscapedString

/** A value an `html` template accepts: text is escaped, `SafeHtml` passes, lists are joined, `null`, `undefined` and booleans render nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[]

/** Escapes text for element content and quoted attribute values (`&<>"'`, as Hono's `html` does). */
export function escapeHtml(text: string): string {
  return String(html`${text}`)
}

/** Marks markup this module's callers built from escaped parts as safe. */
export function trustedHtml(markup: string): SafeHtml {
  return raw(markup)
}

/** Tagged template producing escaped markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const out = honoHtml(strings, ...values)
  // Only a promise among the values makes Hono answer with a promise; HtmlValue admits none.
  if (out instanceof Promise) throw new TypeError('html: a value was a promise; pages render synchronously')
  return out
}

/** Joins escaped fragments. */
export function joinHtml(parts: readonly HtmlValue[], separator = ''): SafeHtml {
  const joined: HtmlValue[] = []
  parts.forEach((part, i) => joined.push(...(i > 0 && separator ? [separator, part] : [part])))
  return html`${joined}`
}
