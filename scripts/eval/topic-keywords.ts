/**
 * The keyword baseline the topic model is measured against: the handful of telling words an
 * analyst would write first for each topic, counted in the title and the lead the model reads.
 */
import { splitTokens } from '../../src/analyze/tokens/tokenize.js'
import { TOPIC_LEAD_CHARS } from '../../src/analyze/topics/features.js'

/** Words per IPTC top-level topic. */
export const TOPIC_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'medtop:01000000': ['film', 'movie', 'music', 'album', 'actor', 'actress', 'singer', 'band', 'oscar', 'oscars', 'festival', 'tv', 'book', 'novel', 'theatre', 'theater', 'artist', 'art', 'museum', 'series', 'netflix', 'comedy', 'star', 'celebrity', 'show'],
  'medtop:02000000': ['police', 'court', 'judge', 'trial', 'arrested', 'arrest', 'charged', 'murder', 'crime', 'prison', 'jail', 'lawsuit', 'guilty', 'sentenced', 'prosecutors', 'suspect', 'fraud', 'shooting', 'killed', 'investigation'],
  'medtop:03000000': ['earthquake', 'flood', 'floods', 'fire', 'wildfire', 'crash', 'accident', 'collapse', 'storm', 'hurricane', 'disaster', 'explosion', 'victims', 'rescue', 'derailment', 'landslide', 'killed', 'injured'],
  'medtop:04000000': ['economy', 'company', 'market', 'markets', 'shares', 'stock', 'profit', 'bank', 'growth', 'firm', 'sales', 'prices', 'investors', 'inflation', 'business', 'deal', 'billion', 'trade', 'tariffs', 'revenue'],
  'medtop:05000000': ['school', 'schools', 'students', 'student', 'teacher', 'teachers', 'education', 'university', 'college', 'campus', 'classroom', 'tuition'],
  'medtop:06000000': ['climate', 'environment', 'environmental', 'emissions', 'pollution', 'carbon', 'wildlife', 'species', 'conservation', 'green', 'energy', 'plastic', 'forest'],
  'medtop:07000000': ['health', 'hospital', 'doctor', 'doctors', 'disease', 'virus', 'vaccine', 'covid', 'patients', 'cancer', 'medical', 'drug', 'outbreak', 'mental'],
  'medtop:08000000': ['dog', 'cat', 'viral', 'weird', 'bizarre', 'heartwarming', 'birthday', 'surprise', 'strange'],
  'medtop:10000000': ['travel', 'food', 'recipe', 'recipes', 'fashion', 'style', 'beauty', 'restaurant', 'vacation', 'hotel', 'wine', 'home', 'hiking', 'garden'],
  'medtop:11000000': ['election', 'minister', 'government', 'party', 'vote', 'parliament', 'president', 'senate', 'congress', 'policy', 'campaign', 'democrats', 'republicans', 'trump', 'biden', 'diplomatic', 'talks'],
  'medtop:12000000': ['church', 'religion', 'religious', 'pope', 'muslim', 'christian', 'god', 'faith', 'mosque', 'jewish', 'bishop'],
  'medtop:13000000': ['technology', 'software', 'computer', 'internet', 'phone', 'digital', 'online', 'app', 'google', 'apple', 'microsoft', 'scientists', 'science', 'research', 'space', 'nasa', 'ai'],
  'medtop:14000000': ['family', 'parents', 'children', 'kids', 'marriage', 'wedding', 'divorce', 'mom', 'dad', 'baby', 'women', 'community'],
  'medtop:15000000': ['match', 'game', 'win', 'cup', 'team', 'coach', 'player', 'players', 'season', 'champion', 'league', 'club', 'final', 'olympic', 'nfl', 'nba'],
  'medtop:16000000': ['war', 'military', 'troops', 'attack', 'attacks', 'army', 'soldiers', 'missile', 'airstrike', 'rebels', 'militants', 'ceasefire', 'conflict', 'bombing', 'forces'],
}

/** Keyword hits per topic (in `classes` order) in a title and the lead of a text. */
export function keywordHits(classes: readonly string[], title: string, text: string): number[] {
  const words = new Map<string, number>()
  for (const t of [...splitTokens(title), ...splitTokens(text.slice(0, TOPIC_LEAD_CHARS))]) {
    const w = t.text.toLowerCase()
    words.set(w, (words.get(w) ?? 0) + 1)
  }
  return classes.map((code) => (TOPIC_KEYWORDS[code] ?? []).reduce((n, w) => n + (words.get(w) ?? 0), 0))
}
