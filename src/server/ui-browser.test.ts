/**
 * A user's first hour with the web UI, in a real Chromium: a search before anything is ingested
 * (a clear empty state), the examples ingested through the API, a search narrowed by a facet, an
 * article with each layer switched on, a speaker's quotes, a story read as a timeline, an entity's
 * attention chart, a country pair with its low-confidence events hidden, an article in German
 * that says what was skipped, and every page again at phone width and by keyboard. No console
 * error, CSP violation, failed request or stack trace is allowed anywhere. Screenshots of every
 * step are kept in `.artifacts/ui-first-hour/` (git-ignored; NEWSGRAPH_ARTIFACTS moves it).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { createPipeline } from '../pipeline.js'
import { createApp } from './create-app.js'
import { startServer } from './start-server.js'
import { skipUnlessCi } from '../testing/ci-requirement.js'
import { STACK_FRAME } from '../testing/cli-process.js'

const CHROMIUM = '/usr/bin/chromium'
const ROOT = resolve(import.meta.dirname, '../..')
const SHARED = resolve(ROOT, process.env['NEWSGRAPH_SHARED'] ?? '../shared')
const REFERENCE = join(SHARED, 'examples/kim-victory-day/input.txt')
const FOREIGN = ['ga.de-Graffiti.html', 'elmundo.es-PSOE.html', 'lesechos.fr-Macron.html'].map((f) => join(SHARED, 'data/extraction/dates/html', f))
const SHOTS = resolve(process.env['NEWSGRAPH_ARTIFACTS'] ?? join(ROOT, '.artifacts'), 'ui-first-hour')
const TOKEN = 'first-hour-token'
const NAME = "should walk a user's first hour in Chromium: empty search, API ingest, facets, layers, quotes, story, chart, country pair, phone and keyboard"

const skip = skipUnlessCi(
  NAME,
  !existsSync(CHROMIUM)
    ? `Chromium is not installed at ${CHROMIUM} (apt-get install chromium); the browser test needs it`
    : !existsSync(REFERENCE) || !FOREIGN.every((f) => existsSync(f))
      ? `the shared example and pages under ${SHARED} are missing (set NEWSGRAPH_SHARED)`
      : false,
)

/** The computed style of the first element matching `selector`. */
async function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, p) => (globalThis as unknown as { getComputedStyle(e: unknown): { getPropertyValue(q: string): string } }).getComputedStyle(el).getPropertyValue(p), property)
}

test(NAME, { skip, timeout: 600_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-ui-'))
  rmSync(SHOTS, { recursive: true, force: true })
  mkdirSync(SHOTS, { recursive: true })
  const store = openSqliteStore(join(work, 'ui.db'))
  const server = await startServer(createApp({ store, pipeline: () => createPipeline(), token: TOKEN, limits: { allowLocalSources: true } }))
  const browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const errors: string[] = []
  const visited = new Set<string>()
  try {
    const page = await browser.newPage()
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
    page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`))
    page.on('response', (r) => {
      if (r.status() >= 500) errors.push(`${r.url()}: HTTP ${r.status()}`)
    })
    let step = 0
    const shot = async (name: string): Promise<void> => {
      visited.add(page.url())
      const text = (await page.textContent('body')) ?? ''
      assert.doesNotMatch(text, STACK_FRAME, `no stack trace on ${page.url()}`)
      await page.screenshot({ path: join(SHOTS, `${String(++step).padStart(2, '0')}-${name}.png`), fullPage: true })
    }

    // 1. Before any ingest: the search page says the store is empty and how to fill it.
    await page.goto(server.url)
    assert.match((await page.textContent('.first-steps')) ?? '', /No articles yet[\s\S]*newsgraph ingest examples\/[\s\S]*\/api\/ingest/)
    await page.fill('input[name=q]', 'glacier')
    await Promise.all([page.waitForURL(/[?&]q=glacier/), page.click('form.search button')])
    assert.equal(await page.locator('.first-steps').count(), 1, 'a search on an empty store still explains what to do')
    await shot('empty-store')

    // 2. Ingest the examples, the reference page and three foreign-language pages through the API.
    const sources = [resolve(ROOT, 'examples'), REFERENCE, ...FOREIGN]
    const started = await fetch(`${server.url}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ sources }) })
    assert.equal(started.status, 202, await started.clone().text())
    const job = (await started.json()) as { id: string }
    let state = ''
    let view: { state: string; progress: { stored: number }; failures: unknown[]; error: string | null } | null = null
    for (let i = 0; i < 600 && state !== 'done' && state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 500))
      view = (await (await fetch(`${server.url}/api/jobs/${job.id}`)).json()) as typeof view
      state = view!.state
    }
    assert.equal(state, 'done', JSON.stringify(view))
    assert.deepEqual(view!.failures, [])
    assert.equal(view!.progress.stored, 8, 'four examples, the reference page and three foreign pages stored')

    // 3. Search, then narrow by a facet.
    await page.goto(`${server.url}/?q=glacier`)
    const before = Number(/^(\d+)/.exec((await page.textContent('.result-count'))?.trim() ?? '')?.[1])
    assert.ok(before >= 4, `the glacier story's reports are found (${before})`)
    for (const facet of ['outlet', 'entity', 'language']) assert.ok((await page.locator(`.facet-${facet} a`).count()) >= 1, `a ${facet} facet`)
    assert.equal((await page.locator('svg.histogram rect').count()) >= 1, true, 'a month histogram')
    await shot('search-with-facets')
    const outlet = page.locator('.facet-outlet a', { hasText: 'pampapost.example' })
    await Promise.all([page.waitForURL(/outlet=pampapost\.example/), outlet.click()])
    assert.match((await page.textContent('.result-count'))?.trim() ?? '', /^1 article\b/)
    assert.match((await page.textContent('.active-filters')) ?? '', /outlet: pampapost\.example/)
    await shot('search-narrowed-by-outlet')
    await page.goto(`${server.url}/`)
    const languages = await page.locator('.facet-language a').allTextContents()
    for (const l of ['English', 'German', 'Spanish', 'French']) assert.ok(languages.includes(l), `the language facet lists ${l}: ${languages.join(', ')}`)

    // 4. The reference article: quiet by default, each layer switched on in turn.
    await page.goto(`${server.url}/?q=${encodeURIComponent('Victory Day')}`)
    await Promise.all([
      page.waitForURL(/\/articles\//),
      page
        .getByRole('link', { name: /Kim Jong-Un and Troops/ })
        .first()
        .click(),
    ])
    const articleUrl = page.url()
    assert.match((await page.textContent('h1')) ?? '', /Kim Jong-Un and Troops to Miss Russia/)
    const transparent = 'rgba(0, 0, 0, 0)'
    assert.equal(await styleOf(page, '.article-text .ent-PERSON:not(.quote)', 'background-color'), transparent, 'entities are not highlighted until asked')
    assert.equal(await styleOf(page, '.article-text .quote', 'font-style'), 'normal', 'quotes are not highlighted until asked')
    assert.equal(await styleOf(page, '.article-text .date', 'background-color'), transparent, 'dates are not highlighted until asked')
    assert.doesNotMatch(await styleOf(page, '.article-text .event', 'text-decoration-line'), /underline/, 'events are not highlighted until asked')
    await shot('article-quiet')
    await page.check('#layer-entities')
    assert.notEqual(await styleOf(page, '.article-text .ent-PERSON:not(.quote)', 'background-color'), transparent, 'the entities layer highlights names')
    await page.check('#layer-quotes')
    assert.equal(await styleOf(page, '.article-text .quote', 'font-style'), 'italic', 'the quotes layer highlights quotes')
    // By keyboard: focus the switch and press Space.
    await page.focus('#layer-dates')
    await page.keyboard.press('Space')
    assert.ok(await page.isChecked('#layer-dates'), 'a layer switches by keyboard')
    assert.notEqual(await styleOf(page, '.article-text .date', 'background-color'), transparent, 'the dates layer highlights dates')
    await page.check('#layer-events')
    assert.match(await styleOf(page, '.article-text .event', 'text-decoration-line'), /underline/, 'the events layer underlines event sentences')
    await shot('article-all-layers')
    await page.uncheck('#layer-entities')
    assert.equal(await styleOf(page, '.article-text .ent-PERSON:not(.quote)', 'background-color'), transparent, 'a layer switches off again')

    // The side panel: quotes by speaker, jumping to the evidence.
    const speakers = await page.locator('.speaker-group .speaker-name').allTextContents()
    t.diagnostic(`speakers in the side panel: ${JSON.stringify(speakers)}`)
    for (const speaker of ['Yury Ushakov', 'Lim Eul-chul', 'Hong Min']) assert.ok(speakers.includes(speaker), `${speaker} has a group of quotes`)
    assert.equal(await page.locator('.quote-item[data-kind=direct]').count(), 3, 'the reference article has three direct quotes')
    const firstQuote = page.locator('.speaker-group', { hasText: 'Hong Min' }).locator('.quote-item a').first()
    await firstQuote.click()
    await page.waitForFunction('/^#q-\\d+$/.test(location.hash)')
    assert.ok((await page.locator('.article-text .flash').count()) >= 1, 'the quote lights up in the text')
    const entityLink = page.locator('.entity-list a').first()
    await entityLink.click()
    await page.waitForFunction('/^#m-/.test(location.hash)')
    assert.ok((await page.locator('.article-text .flash').count()) >= 1, "the entity's mentions light up")
    await shot('article-side-panel-jump')

    // 5. A speaker's quotes across the corpus, and the attention chart.
    await Promise.all([page.waitForURL(/\/entities\//), page.locator('.speaker-group', { hasText: 'Yury Ushakov' }).locator('a.speaker-page').click()])
    assert.match((await page.textContent('h1')) ?? '', /Yury Ushakov/)
    assert.ok((await page.locator('.quote-list li').count()) >= 1, 'the entity page lists what he said')
    assert.equal(await page.locator('svg[aria-label*="% of each month"]').count(), 1, "the attention chart is drawn, normalized by each month's articles")
    await shot('speaker-quotes-and-chart')
    await page.goto(`${server.url}/entities/${encodeURIComponent('Chile')}`)
    const share = await page.locator('table.attention tbody tr').first().locator('td').nth(3).textContent()
    assert.match(share ?? '', /^\d+\.\d%$/, 'each month has its share of all articles')
    await shot('entity-chart')

    // 6. The glacier story, read as a timeline; the rewrite is labelled so.
    await page.goto(`${server.url}/?q=glacier`)
    await Promise.all([page.waitForURL(/\/stories\//), page.locator('.hits a', { hasText: 'story' }).first().click()])
    const items = page.locator('ol.timeline > li')
    assert.equal(await items.count(), 4, 'four reports in the story')
    assert.match((await items.first().textContent()) ?? '', /first report/)
    assert.match((await page.locator('ol.timeline > li', { hasText: 'Pampa Post' }).textContent()) ?? '', /rewrite[\s\S]*rewrites/)
    assert.match((await items.nth(1).textContent()) ?? '', /after the first report/)
    await shot('story-timeline')

    // 7. A country pair, with its low-confidence events hidden on request.
    await page.goto(`${server.url}/relations`)
    await shot('country-pairs')
    const pair = page.locator('table a').first()
    assert.ok((await pair.count()) > 0, 'the reference article gives at least one country pair')
    await Promise.all([page.waitForURL(/\/relations\/[A-Z]{3}\/[A-Z]{3}$/), pair.click()])
    assert.ok((await page.locator('table.pair-events td.evidence').count()) >= 1, 'the evidence sentences are shown')
    await page.check('input[name=hide-low]')
    await Promise.all([page.waitForURL(/hide-low=1/), page.click('form.inline button')])
    assert.ok(await page.isChecked('input[name=hide-low]'), 'the control keeps its state')
    assert.equal(await page.locator('tr.low-confidence').count(), 0, 'no low-confidence event is listed')
    await shot('country-pair')

    // 8. The German page says which English-only steps were skipped.
    await page.goto(`${server.url}/?language=de`)
    await Promise.all([page.waitForURL(/\/articles\//), page.locator('.hits a.title').first().click()])
    assert.match((await page.textContent('.notice[data-code=english-only-steps-skipped]')) ?? '', /`de`[\s\S]*named-entity tagging[\s\S]*events/)
    assert.match((await page.textContent('.language')) ?? '', /German/)
    await shot('german-article')

    // 9. Every page at phone width: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 })
    for (const url of [...visited]) {
      await page.goto(url)
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')
      assert.ok(overflow <= 1, `${url} fits a phone screen (overflows by ${overflow}px)`)
    }
    await page.goto(articleUrl)
    await shot('phone-article')
    await page.goto(`${server.url}/?q=glacier`)
    await shot('phone-search')

    // 10. By keyboard alone: the skip link first, then the layer switches and the side panel.
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(articleUrl)
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate<string | undefined>('document.activeElement?.textContent'), 'Skip to content')
    const reached = new Set<string>()
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab')
      const focus = await page.evaluate<{ id: string; side: boolean }>("({ id: document.activeElement?.id ?? '', side: Boolean(document.activeElement?.closest('.side-panel')) })")
      if (focus.id) reached.add(focus.id)
      if (focus.side) reached.add('side-panel')
    }
    for (const id of ['layer-entities', 'layer-quotes', 'layer-dates', 'layer-events', 'side-panel']) assert.ok(reached.has(id), `Tab reaches ${id}`)

    t.diagnostic(`screenshots in ${SHOTS}`)
    assert.deepEqual(errors, [], 'no console errors, CSP violations, failed requests or server errors')
  } finally {
    await browser.close()
    await server.close()
    await store.close()
    rmSync(work, { recursive: true, force: true })
  }
})
