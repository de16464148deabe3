/**
 * The listing table the UI pages share (stories, country pairs, events, claim drift): a header
 * row over the given rows, in a wrapper that scrolls sideways on a narrow screen instead of
 * widening the page.
 */
import { html, joinHtml, type HtmlValue, type SafeHtml } from '../safe-html.js'

/** How a table is drawn: its class, and what stands in its place when there are no rows. */
export interface DataTableOptions {
  /** Class of the `<table>` element (for styles and tests); none by default. */
  readonly className?: string
  /** Shown as `<p class="empty">` instead of the table when `rows` is empty; without it the table is drawn empty. */
  readonly empty?: HtmlValue
}

/** Renders rows (`<tr>` markup) under a header row of `headers`. */
export function dataTable(headers: readonly string[], rows: readonly SafeHtml[], options: DataTableOptions = {}): SafeHtml {
  if (rows.length === 0 && options.empty !== undefined) return html`<p class="empty">${options.empty}</p>`
  return html`<div class="table-wrap">
    <table${options.className ? html` class="${options.className}"` : ''}>
      <thead>
        <tr>
          ${joinHtml(
            headers.map((h) => html`<th>${h}</th>`),
            '\n', // one header cell a line, for a readable page source
          )}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`
}
