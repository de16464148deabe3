/** The HTML error page a browser gets instead of a problem document. */
import { html, type SafeHtml } from '../safe-html.js'
import { layout } from './layout.js'

/** Renders an error page for a status and a detail (escaped like everything else). */
export function errorPage(status: number, detail: string): SafeHtml {
  const heading = status === 404 ? 'Not found' : status === 429 ? 'Too many requests' : status >= 500 ? 'Something went wrong' : 'Request not understood'
  return layout(
    heading,
    html`<h1>${heading}</h1>
      <p class="muted">${status} · ${detail}</p>
      <p><a href="/">Back to search</a></p>`,
  )
}
