/**
 * `npm run train:parser-shortcuts`: adds to a trained syntax model the decisions it makes the
 * same way nearly always on UD English EWT train (`src/analyze/syntax/shortcuts.ts`), so they are
 * taken without scoring; the last step of `npm run train:parser`, alone. Rewrites
 * `syntax.bin.gz` (every other section unchanged) and the counts in `training.json`. The same
 * model and treebank give the same bytes.
 *
 *   npm run train:parser-shortcuts -- [--ud DIR] [--models DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_MODELS_DIR } from '../src/analyze/models.js'
import { readConllu } from '../src/analyze/syntax/conllu.js'
import { decodeSyntaxModel, SYNTAX_MODEL_FILE, withShortcutsSection } from '../src/analyze/syntax/model.js'
import { countShortcutDecisions } from '../src/analyze/syntax/shortcut-counts.js'
import { buildShortcuts } from '../src/analyze/syntax/shortcuts.js'

const { values } = parseArgs({ options: { ud: { type: 'string' }, models: { type: 'string' } } })
const ud = resolve(values.ud ?? join(import.meta.dirname, '../../shared/data/nlp/ud-ewt'))
const dir = join(resolve(values.models ?? DEFAULT_MODELS_DIR), 'parser')
const file = join(dir, SYNTAX_MODEL_FILE)
// Counted with the model's shortcuts removed, so a rerun gives the same result.
const plain = withShortcutsSection(readFileSync(file), undefined)
const train = readConllu(readFileSync(join(ud, 'en_ewt-ud-train.conllu'), 'utf8')).sentences.map((s) => s.words.map((w) => w.form))
const shortcuts = buildShortcuts(countShortcutDecisions(decodeSyntaxModel(plain), train))
const bytes = withShortcutsSection(plain, shortcuts)
writeFileSync(file, bytes)
const trainingFile = join(dir, 'training.json')
if (existsSync(trainingFile)) {
  // The key order `train:parser` writes: the shortcuts, then the file's size.
  const { bytes: _old, shortcuts: _oldShortcuts, ...training } = JSON.parse(readFileSync(trainingFile, 'utf8')) as Record<string, unknown>
  const counts = { tags: shortcuts.tags.size, labels: shortcuts.labels.size, transitions: shortcuts.transitions.size }
  writeFileSync(trainingFile, `${JSON.stringify({ ...training, shortcuts: counts, bytes: bytes.length }, null, 2)}\n`)
}
console.log(`${file}: ${shortcuts.tags.size} tag, ${shortcuts.labels.size} label and ${shortcuts.transitions.size} transition shortcuts; ${(bytes.length / 1e6).toFixed(2)} MB`)
