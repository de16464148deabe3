/**
 * Topics: IPTC Media Topic (top level, the five-topic subset) on the BBC News test split, with
 * test articles whose text also appears in train removed; macro F1 and accuracy of the shipped
 * model and, in the same run, of keyword rules (a hand-written word list per topic).
 * Usage: npm run eval:topics
 */
import { join } from 'node:path'
import { loadLinearModel } from '../../src/analyze/classify/linear-model.js'
import { topicFeatures } from '../../src/analyze/topics/features.js'
import { IPTC_TOP_LEVEL } from '../../src/analyze/topics/taxonomy.js'
import { words } from '../../src/analyze/classify/words.js'
import { readBbcNews, TOPIC_CLASSES } from '../train/bbc-news.js'
import { argmax, classificationScores } from '../train/softmax-trainer.js'
import { checkFloors } from './lib.js'
import { publicSet } from './public-sets.js'

const dir = publicSet('bbc-news')
const model = loadLinearModel(join(import.meta.dirname, '../../models/topics/topics.json.gz'))
if (!model) throw new Error('models/topics/topics.json.gz is missing: run npm run train:topics')

const key = (text: string): string => text.toLowerCase().replace(/\W+/g, ' ').trim()
const trainTexts = new Set(readBbcNews(join(dir, 'train.csv')).map((x) => key(x.text)))
const all = readBbcNews(join(dir, 'test.csv'))
const test = all.filter((x) => !trainTexts.has(key(x.text)))

// The baseline an analyst would write first: a handful of telling words per topic.
const KEYWORDS: Record<string, readonly string[]> = {
  'medtop:01000000': ['film', 'music', 'album', 'actor', 'actress', 'singer', 'band', 'oscar', 'award', 'show', 'star', 'festival', 'tv', 'book', 'theatre', 'box'],
  'medtop:04000000': ['economy', 'company', 'market', 'shares', 'profit', 'bank', 'growth', 'firm', 'sales', 'prices', 'oil', 'investors', 'dollar', 'rate', 'business', 'deal'],
  'medtop:11000000': ['election', 'minister', 'government', 'party', 'labour', 'tory', 'tories', 'mp', 'mps', 'vote', 'parliament', 'blair', 'brown', 'howard', 'policy', 'campaign'],
  'medtop:13000000': ['technology', 'software', 'computer', 'internet', 'mobile', 'phone', 'digital', 'online', 'users', 'net', 'games', 'broadband', 'microsoft', 'web', 'virus', 'gadget'],
  'medtop:15000000': ['match', 'game', 'win', 'cup', 'team', 'coach', 'player', 'players', 'season', 'champion', 'league', 'club', 'injury', 'final', 'olympic', 'rugby'],
}
const keywordTopic = (text: string): number => {
  const counts = new Map<string, number>()
  for (const w of words(text)) for (const [code, list] of Object.entries(KEYWORDS)) if (list.includes(w.w)) counts.set(code, (counts.get(code) ?? 0) + 1)
  let best = TOPIC_CLASSES[0]!
  for (const code of TOPIC_CLASSES) if ((counts.get(code) ?? 0) > (counts.get(best) ?? 0)) best = code
  return TOPIC_CLASSES.indexOf(best)
}

const gold = test.map((x) => x.label)
const ours = classificationScores(gold, test.map((x) => argmax(model.predict(topicFeatures(null, x.text)))), TOPIC_CLASSES.length)
const rules = classificationScores(gold, test.map((x) => keywordTopic(x.text)), TOPIC_CLASSES.length)
console.log(`BBC News test (${test.length} articles, ${all.length - test.length} also in train removed)`)
console.log(`model: macro-F1 ${ours.macroF1.toFixed(3)} accuracy ${ours.accuracy.toFixed(3)} [${ours.perClass.map((f, c) => `${IPTC_TOP_LEVEL[TOPIC_CLASSES[c]!]} ${f.toFixed(3)}`).join('; ')}]`)
console.log(`keyword rules baseline: macro-F1 ${rules.macroF1.toFixed(3)} accuracy ${rules.accuracy.toFixed(3)}`)
const ok = checkFloors({ 'topics.bbc.f1m': ours.macroF1, 'topics.bbc.keywords.f1m': rules.macroF1 })
const beats = ours.macroF1 > rules.macroF1
if (!beats) console.log('the model does not beat the keyword rules')
process.exit(ok && beats ? 0 : 1)
