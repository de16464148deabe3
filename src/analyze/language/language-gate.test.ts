/**
 * Articles in other languages get no English-only analysis, and say so: German, Spanish and
 * French pages of `../shared/data/extraction` through the real pipeline, and small texts for the
 * language-independent steps that still run on them.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPipeline } from '../../pipeline.js'
import { analyze, loadModels } from '../index.js'
import { newArticle } from '../../model/new-article.js'
import { skipUnlessCi } from '../../testing/ci-requirement.js'
import type { Article } from '../../model/article.js'

const SHARED = process.env['NEWSGRAPH_SHARED'] ?? '../shared'
const GOLD = join(import.meta.dirname, '../../../scripts/eval/language-check/gold.tsv')
const PAGES = join(SHARED, 'data/extraction/dates/html')
const NAME = 'should give German, Spanish and French pages no English-only analysis and a diagnostic naming what was skipped'
const skip = skipUnlessCi(NAME, existsSync(PAGES) ? false : `the shared pages ${PAGES} are missing (set NEWSGRAPH_SHARED)`)

const models = loadModels()

function assertNoEnglishOnlyAnalysis(a: Article, where: string): void {
  const d = a.diagnostics.find((x) => x.code === 'english-only-steps-skipped')
  assert.ok(d, `${where}: the diagnostic is there`)
  assert.match(d.message, new RegExp(`\`${a.language}\``), `${where}: the diagnostic names the language`)
  for (const part of ['named-entity tagging', 'syntax', 'speakers', 'events', 'tone', 'topics']) assert.ok(d.message.includes(part), `${where}: the diagnostic names ${part}`)
  assert.deepEqual(a.events, [], `${where}: no events`)
  assert.equal(a.tone, undefined, `${where}: no tone`)
  assert.equal(a.topics, undefined, `${where}: no topics`)
  for (const k of a.keywords ?? []) assert.equal(k.kind, 'entity', `${where}: no keyword words or phrases (${k.text})`)
  for (const q of a.quotes) {
    assert.equal(q.kind, 'direct', `${where}: only quoted passages`)
    assert.equal(q.speaker, null, `${where}: no speaker`)
    assert.equal(q.cue, null, `${where}: no cue`)
  }
  for (const e of a.entities) {
    assert.notEqual(e.type, 'PERSON', `${where}: no tagger people (${e.name})`)
    for (const m of e.mentions) assert.ok(m.kind === undefined || m.kind === 'name' || m.kind === 'short', `${where}: no pronoun or nominal mentions (${e.name})`)
  }
}

test(NAME, { skip, timeout: 300_000 }, () => {
  const pipeline = createPipeline({ models })
  const rows = readFileSync(GOLD, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter(([set, , lang]) => set === 'dates' && (lang === 'de' || lang === 'es' || lang === 'fr'))
  const seen = { de: 0, es: 0, fr: 0 } as Record<string, number>
  let entities = 0
  for (const [, file, lang] of rows) {
    const a = pipeline.run({ input: file!, body: readFileSync(join(PAGES, file!)), contentType: 'text/html' })
    assert.equal(a.language, lang, `${file}: detected as ${lang}`)
    assert.ok((a.languageConfidence ?? 0) >= 0.9, `${file}: with confidence`)
    assertNoEnglishOnlyAnalysis(a, file!)
    seen[lang!]!++
    entities += a.entities.length
  }
  assert.ok(seen['de']! >= 50 && seen['es']! >= 2 && seen['fr']! >= 10, `German, Spanish and French pages were read: ${JSON.stringify(seen)}`)
  assert.ok(entities / rows.length < 8, `gazetteer entities only: ${(entities / rows.length).toFixed(1)} per page`)
})

/** The analysis of `text` as an article whose language was detected, confidently, as `language`. */
function analyzedIn(language: string, text: string): Article {
  return analyze(newArticle({ input: language, text, language, languageConfidence: 0.99 }), { models })
}

/** The quoted passages the analysis finds in `text` read as `language`. */
function quoteTexts(language: string, text: string): string[] {
  return analyzedIn(language, text).quotes.map((q) => q.text)
}

test('should keep English articles fully analyzed, with no diagnostic about language', () => {
  const a = analyzedIn('en', 'President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday. "We are united," Biden said.')
  assert.ok(!a.diagnostics.some((d) => d.code === 'english-only-steps-skipped'))
  assert.ok(
    a.entities.some((e) => e.type === 'PERSON'),
    'people found by the tagger',
  )
  assert.ok(
    a.quotes.some((q) => q.speakerName !== null),
    'the quote has its speaker',
  )
})

test('should treat a language too uncertain to act on as English', () => {
  const a = analyze(newArticle({ input: 'short', text: 'Joe Biden met Olaf Scholz in Berlin.', language: 'es', languageConfidence: 0.2 }), { models })
  assert.ok(!a.diagnostics.some((d) => d.code === 'english-only-steps-skipped'))
})

test('should still find digit dates, digit quantities, quoted passages and gazetteer places in German', () => {
  const text =
    'Am 04.03.2025 unterzeichneten Chile und Argentinien in Santiago ein Abkommen über 38 Millionen Dollar. „Das Eis kennt keine Grenzen“, sagte die Ministerin. Bis 2025-12-01 sollen 1.400 Forscher mitarbeiten; der sogenannte „Pakt“ gilt ab 2026年1月5日.'
  const a = analyzedIn('de', text)
  assert.deepEqual(
    a.dates.map((d) => d.value),
    ['2025-03-04', '2025-12-01', '2026-01-05'],
  )
  assert.ok(
    a.quantities.some((q) => q.value === 38),
    'a quantity in digits',
  )
  assert.ok(
    a.quantities.some((q) => q.value === 1400),
    '1.400 is one thousand four hundred',
  )
  assert.deepEqual(
    a.quotes.map((q) => q.text),
    ['Das Eis kennt keine Grenzen'],
    'a quoted passage of several words; a quoted term is no quote',
  )
  assert.ok(
    a.entities.some((e) => e.name === 'Chile' && e.type === 'GPE'),
    'a gazetteer country',
  )
  assert.ok(
    a.entities.some((e) => e.name === 'Santiago'),
    'a gazetteer city',
  )
  assert.ok(!a.entities.some((e) => ['Abkommen', 'Forscher', 'Ministerin', 'Eis'].includes(e.name)), 'capitalized German nouns are no entities')
})

test('should read French guillemets set off by spaces as one quoted passage', () => {
  const text = '« Son action face à la crise est bien perçue par les Français », constate Bernard Sananès.'
  assert.deepEqual(quoteTexts('fr', text), ['Son action face à la crise est bien perçue par les Français'])
})

test('should not take a name or a title between quote marks for a quote (Russian guillemets, Japanese brackets)', () => {
  const ru = 'Блогер открыл «Кондитерскую Петра Смирнова» в центре города. «Надо любить то, что делаешь», — говорит он.'
  assert.deepEqual(quoteTexts('ru', ru), ['Надо любить то, что делаешь'], 'a shop name in guillemets is no quote')
  const ja = '新しい本『静かな海の物語』が出た。設定で「Ctrl＋Shift＋M」を押すと開く。午後は「地方企業のためのCloud Security WG 活動報告（仮）」です。社長は「来年も続けます」と述べた。'
  assert.deepEqual(quoteTexts('ja', ja), ['来年も続けます'], 'a title (with Latin words inside), or a key name in brackets is no quote; words set off by と are')
})

test('should give every quoted passage in another language a class, with a direct kind', () => {
  // Wired Japan's quotations carried no class; the particle and the verb after a passage say which.
  const ja = '彼は「来年も続けます」と話した。日記には「もう一度やり直したい」と書いた。そのとき「これで終わりだ」と思った。'
  const de = 'Der Minister sagte: „Wir werden die Steuern im nächsten Jahr nicht erhöhen.“'
  const read = (language: string, text: string): string[] => analyzedIn(language, text).quotes.map((q) => `${q.kind} ${q.class} ${q.text}`)
  assert.deepEqual(read('ja', ja), ['direct speech 来年も続けます', 'direct writing もう一度やり直したい', 'direct thought これで終わりだ'])
  assert.deepEqual(read('de', de), ['direct speech Wir werden die Steuern im nächsten Jahr nicht erhöhen.'])
})
