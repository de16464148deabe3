/**
 * The page frame every UI page shares: head with the same-origin stylesheet and script, the site
 * header with search, and the main column. No asset comes from another host.
 */
import { html, type HtmlValue, type SafeHtml } from '../safe-html.js'

/** Wraps page content in the shared frame. */
export function layout(title: string, body: HtmlValue): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · newsgraph</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site">
          <a class="brand" href="/">newsgraph</a>
          <nav aria-label="Main"><a href="/">Search</a> <a href="/stories">Stories</a> <a href="/relations">Country pairs</a> <a href="/map">Map</a> <a href="/openapi.json">API</a></nav>
        </header>
        <main id="content" tabindex="-1">${body}</main>
      </body>
    </html>`
}

/** Link to an entity page (key when known, else name). */
export function entityHref(keyOrName: string): string {
  return `/entities/${encodeURIComponent(keyOrName)}`
}

/** Link to an article page. */
export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`
}

/** Link to a story page. */
export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`
}

/** Link to a country-pair page. */
export function pairHref(actor: string, recipient: string): string {
  return `/relations/${encodeURIComponent(actor)}/${encodeURIComponent(recipient)}`
}

/**
 * A date or timestamp for reading: timestamps in one zone (UTC) so outlets in different zones
 * line up, the value as published kept in the element for hover and machines.
 */
export function timeHtml(value: string | null | undefined, missing = 'undated'): SafeHtml {
  if (!value) return html`${missing}`
  const instant = /T\d{2}:\d{2}/.test(value) ? new Date(value) : null
  if (!instant || Number.isNaN(instant.getTime())) return html`<time datetime="${value}">${value}</time>`
  const utc = `${instant.toISOString().slice(0, 10)} ${instant.toISOString().slice(11, 16)} UTC`
  return html`<time datetime="${value}" title="as published: ${value}">${utc}</time>`
}
