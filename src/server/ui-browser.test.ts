/**
 * The web UI in a real Chromium: search → article → story → entity, clicking as a reader would,
 * with a screenshot of each page (saved under a temp folder) and no console error allowed (a CSP
 * violation or a failed asset shows up there). The store is built with the real pipeline from the
 * reference example and the bundled examples, and the reference article must show its three
 * direct quotes with their speakers.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { openSqliteStore } from '../store/sqlite/sqlite-store.js'
import { createPipeline } from '../pipeline.js'
import { runIngest } from '../ingest/ingest-job.js'
import { organizeStories } from '../corpus/organize-stories.js'
import { createApp } from './create-app.js'
import { startServer } from './start-server.js'
import { skipUnlessCi } from '../testing/ci-requirement.js'

const CHROMIUM = '/usr/bin/chromium'
const REFERENCE = join(process.env['NEWSGRAPH_SHARED'] ?? '../shared', 'examples/kim-victory-day/input.txt')
const BROWSER_TEST = 'should let a reader go from search to article to story to entity in Chromium without console errors'
const skip = skipUnlessCi(
  BROWSER_TEST,
  !existsSync(CHROMIUM)
    ? `Chromium is not installed at ${CHROMIUM} (apt-get install chromium); the browser test needs it`
    : !existsSync(REFERENCE)
      ? `the reference example ${REFERENCE} is missing (set NEWSGRAPH_SHARED)`
      : false,
)

test(BROWSER_TEST, { skip, timeout: 180_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-ui-'))
  const shots = join(work, 'screenshots')
  const store = openSqliteStore(join(work, 'ui.db'))
  const summary = await runIngest([REFERENCE, 'examples/'], { store, pipeline: createPipeline() })
  assert.ok(summary.stored >= 4, `the examples were stored (${summary.stored})`)
  await organizeStories(store)
  const server = await startServer(createApp({ store, pipeline: () => createPipeline() }))
  const browser = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const errors: string[] = []
  try {
    const page = await browser.newPage()
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`))
    page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`))
    const shot = async (p: Page, name: string): Promise<void> => {
      await p.screenshot({ path: join(shots, `${name}.png`), fullPage: true })
    }

    await page.goto(server.url)
    await shot(page, '1-search')
    await page.fill('input[name=q]', 'Victory Day')
    await Promise.all([page.waitForURL(/[?&]q=Victory/), page.click('form.search button')])
    await Promise.all([page.waitForURL(/\/articles\//), page.getByRole('link', { name: /Kim Jong-Un and Troops/ }).first().click()])
    await shot(page, '2-article')
    assert.match((await page.textContent('h1')) ?? '', /Kim Jong-Un and Troops to Miss Russia/)
    assert.ok((await page.locator('.article-text a.ann').count()) > 5, 'entity mentions are highlighted and linked')
    assert.ok((await page.locator('.article-text .quote').count()) > 0, 'quotes are highlighted')
    assert.ok((await page.locator('.article-text .date').count()) > 0, 'dates are highlighted')
    const mentionTitle = (await page.locator('.article-text a.ann').first().getAttribute('title')) ?? ''
    assert.match(mentionTitle, /^(PERSON|ORG|GPE|LOC|FAC|NORP|EVENT|PRODUCT): /, 'a mention explains itself on hover')

    const direct = await page.locator('.quote-item[data-kind=direct] .speaker-name').allTextContents()
    t.diagnostic(`direct quote speakers on the reference article: ${JSON.stringify(direct)}`)
    for (const speaker of ['Yury Ushakov', 'Lim Eul-chul', 'Hong Min']) assert.ok(direct.includes(speaker), `a direct quote is attributed to ${speaker}`)
    assert.equal(direct.length, 3, 'the reference article has three direct quotes')

    await Promise.all([page.waitForURL(/\/stories\//), page.click('a.story-link')])
    await shot(page, '3-story')
    assert.equal(await page.locator('svg[aria-label="Story provenance graph"]').count(), 1, 'the story graph is drawn')
    assert.ok((await page.locator('table tbody tr').count()) >= 1, 'the timeline lists the members')

    await Promise.all([page.waitForURL(/\/articles\//), page.click('a.origin-link')])
    await Promise.all([page.waitForURL(/\/entities\//), page.locator('.quote-item .speaker-name a', { hasText: 'Yury Ushakov' }).first().click()])
    await shot(page, '4-entity')
    assert.match((await page.textContent('h1')) ?? '', /Yury Ushakov/)
    assert.ok((await page.locator('.quote-list li').count()) >= 1, 'the entity page lists what he said')

    await page.goto(`${server.url}/relations`)
    await shot(page, '5-relations')
    const pair = page.locator('table a').first()
    if ((await pair.count()) > 0) {
      await Promise.all([page.waitForURL(/\/relations\/[A-Z]{3}\//), pair.click()])
      await shot(page, '6-pair')
      assert.ok((await page.locator('svg').count()) >= 1, 'the pair is charted')
    }
    t.diagnostic(`screenshots in ${shots}`)
    assert.deepEqual(errors, [], 'no console errors, CSP violations or failed requests')
  } finally {
    await browser.close()
    await server.close()
    await store.close()
    if (process.env['NEWSGRAPH_KEEP_SCREENSHOTS'] === undefined) rmSync(join(work, 'ui.db'), { force: true })
  }
})
