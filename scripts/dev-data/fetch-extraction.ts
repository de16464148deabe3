/**
 * `npm run data:extraction-dev`: brings public extraction test pages into `.data/extraction/`
 * (git-ignored) for measuring the extractor beyond the shared sets. Nothing here ships.
 *
 *   tsx scripts/dev-data/fetch-extraction.ts [--trafilatura GIT_DIR] [--readability GIT_DIR] [--out DIR]
 *
 * Each source is read from a git repository at a pinned commit: a local clone or mirror when one
 * is given, else a fresh clone from GitHub. Every set gets a `SOURCE.json` naming the repository,
 * the commit, the paths read and the license, and a fixed dev / held-out split by a hash of the
 * page id (so the split never depends on file order): tune on `dev`, look at `held` rarely.
 *
 * Sets written:
 * - `trafilatura/`: the multilingual evaluation pages of adbar/trafilatura (`tests/evaldata.json`
 *   with `tests/eval/*` and `tests/cache/*`): must-have and must-not-have text segments, and title,
 *   author and date where annotated. Scored with the shared scorer's `segments` mode.
 * - `readability/`: mozilla/readability `test/test-pages/<name>/source.html`, with the text of
 *   `expected.html` as the body (shared scorer `body` mode) and `expected-metadata.json` title and
 *   byline (`meta` mode). That metadata is Readability's own output, so it is a noisy reference.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseDocument } from 'htmlparser2'
import { textContent } from 'domutils'

interface Source {
  readonly repo: string
  readonly commit: string
  readonly license: string
}

const TRAFILATURA: Source = { repo: 'adbar/trafilatura', commit: 'e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5', license: 'Apache-2.0 (repository); pages are third-party web pages kept for evaluation' }
const READABILITY: Source = {
  repo: 'mozilla/readability',
  commit: 'ab4027a8b37669745016869a37a504727992b2ba',
  license: 'Apache-2.0 (repository); pages are third-party web pages kept as test fixtures',
}

/** Share of each set used for development; the rest is held out. */
const DEV_SHARE = 0.4

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const OUT = resolve(option('out') ?? join(import.meta.dirname, '../../.data/extraction'))

/** `dev` or `held` for a page id, by a hash, so the split is stable whatever the order. */
export function splitOf(id: string): 'dev' | 'held' {
  const h = createHash('sha1').update(id).digest()
  return (h[0] ?? 0) / 256 < DEV_SHARE ? 'dev' : 'held'
}

/** A git directory holding `source.commit`: the one given, or a fresh clone. */
function repoDir(source: Source, given: string | undefined, scratch: string): string {
  if (given) return resolve(given)
  const dir = join(scratch, source.repo.replace('/', '+'))
  execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${source.repo}.git`, dir], { stdio: 'inherit' })
  return dir
}

function git(dir: string, ...rest: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir(dir), ...rest], { maxBuffer: 512 * 1024 * 1024 })
}

function gitDir(dir: string): string {
  try {
    execFileSync('git', ['--git-dir', join(dir, '.git'), 'rev-parse'], { stdio: 'ignore' })
    return join(dir, '.git')
  } catch {
    return dir
  }
}

function show(dir: string, commit: string, path: string): Buffer {
  return git(dir, 'show', `${commit}:${path}`)
}

function list(dir: string, commit: string, path: string): string[] {
  return git(dir, 'ls-tree', '-r', '--name-only', '-z', commit, path).toString('utf8').split('\0').filter(Boolean)
}

/** A file name safe on any file system and unique per page. */
function safeName(id: string): string {
  const stem = id
    .replace(/\.html?$/i, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 80)
  return `${stem}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}`
}

function writeSet(name: string, source: Source, paths: string[], files: Map<string, Buffer>, gold: Record<'dev' | 'held', unknown>, extra: Record<string, Record<'dev' | 'held', unknown>> = {}): void {
  const dir = join(OUT, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'html'), { recursive: true })
  for (const [file, bytes] of files) writeFileSync(join(dir, 'html', file), bytes)
  for (const split of ['dev', 'held'] as const) {
    writeFileSync(join(dir, `${split}.json`), `${JSON.stringify(gold[split], null, 1)}\n`)
    for (const [key, value] of Object.entries(extra)) writeFileSync(join(dir, `${split}-${key}.json`), `${JSON.stringify(value[split], null, 1)}\n`)
  }
  writeFileSync(
    join(dir, 'SOURCE.json'),
    `${JSON.stringify({ ...source, url: `https://github.com/${source.repo}/tree/${source.commit}`, paths, devShare: DEV_SHARE, split: 'sha1(page id) first byte / 256 < devShare -> dev' }, null, 1)}\n`,
  )
  console.log(`${name}: ${files.size} pages -> ${dir}`)
}

/** One page of trafilatura's evaluation data as written to `<split>.json` (and read by `eval:extract-dev`). */
export interface SegmentItem {
  file: string
  with?: string[]
  without?: string[]
  title?: string
  author?: string
  date?: string
}

type EvalItem = SegmentItem & Record<string, unknown>

function fetchTrafilatura(dir: string): void {
  const { commit } = TRAFILATURA
  const data = JSON.parse(show(dir, commit, 'tests/evaldata.json').toString('utf8')) as Record<string, EvalItem>
  const byBase = new Map<string, string>()
  for (const p of [...list(dir, commit, 'tests/eval'), ...list(dir, commit, 'tests/cache')]) byBase.set(p.split('/').pop() ?? p, p)
  const files = new Map<string, Buffer>()
  const gold: Record<'dev' | 'held', Record<string, EvalItem>> = { dev: {}, held: {} }
  for (const [url, item] of Object.entries(data)) {
    const path = byBase.get(item.file)
    if (!path) continue
    const name = `${safeName(item.file)}.html`
    files.set(name, show(dir, commit, path))
    gold[splitOf(url)][url] = { ...item, file: name, source: path }
  }
  writeSet('trafilatura', TRAFILATURA, ['tests/evaldata.json', 'tests/eval/*', 'tests/cache/*'], files, gold)
}

function fetchReadability(dir: string): void {
  const { commit } = READABILITY
  const names = new Set(
    list(dir, commit, 'test/test-pages')
      .map((p) => p.split('/')[2] ?? '')
      .filter(Boolean),
  )
  const files = new Map<string, Buffer>()
  const body: Record<'dev' | 'held', Record<string, { articleBody: string; url: null }>> = { dev: {}, held: {} }
  const meta: Record<'dev' | 'held', { file: string; title?: string; author?: string }[]> = { dev: [], held: [] }
  for (const name of [...names].sort()) {
    const base = `test/test-pages/${name}`
    let source: Buffer
    let expected: string
    try {
      source = show(dir, commit, `${base}/source.html`)
      expected = show(dir, commit, `${base}/expected.html`).toString('utf8')
    } catch {
      continue
    }
    const split = splitOf(name)
    files.set(`${name}.html`, source)
    body[split][name] = { articleBody: blockText(expected), url: null }
    try {
      const m = JSON.parse(show(dir, commit, `${base}/expected-metadata.json`).toString('utf8')) as { title?: string; byline?: string }
      meta[split].push({ file: `${name}.html`, ...(m.title ? { title: m.title } : {}), ...(m.byline ? { author: m.byline } : {}) })
    } catch {
      // A page without expected metadata is scored on its body only.
    }
  }
  writeSet('readability', READABILITY, ['test/test-pages/*/source.html', 'test/test-pages/*/expected.html', 'test/test-pages/*/expected-metadata.json'], files, body, { meta })
}

/** Text of Readability's expected output: one line per block, whitespace collapsed. */
function blockText(html: string): string {
  const spaced = html.replace(/<\/(?:p|div|h[1-6]|li|blockquote|pre|tr|figcaption|section|article)>|<br\s*\/?>/gi, (m) => `${m}\n\n`)
  return textContent(parseDocument(spaced).children)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n')
}

const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-devdata-'))
try {
  fetchTrafilatura(repoDir(TRAFILATURA, option('trafilatura'), scratch))
  fetchReadability(repoDir(READABILITY, option('readability'), scratch))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
