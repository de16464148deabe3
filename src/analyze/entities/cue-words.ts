/**
 * Closed word lists that shape names in English news: titles that precede a name but are not
 * part of it, capitalized words that start sentences but are never names, and the head words
 * that make a capitalized phrase an organization, a facility or an event.
 */

/** Titles and role words that precede a person's name ("President", "Professor", "leader"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  [
    'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'professor', 'prof',
    'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'gen', 'lt', 'col', 'colonel', 'captain', 'capt',
    'admiral', 'adm', 'major', 'maj', 'sergeant', 'sgt', 'marshal', 'commander', 'king', 'queen', 'prince',
    'princess', 'emperor', 'empress', 'pope', 'cardinal', 'bishop', 'archbishop', 'rev', 'reverend', 'father',
    'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
    'ambassador', 'envoy', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'cfo', 'director',
    'leader', 'speaker', 'deputy', 'foreign', 'defense', 'defence', 'senior', 'junior', 'research', 'fellow',
    'researcher', 'analyst', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'sheikh', 'crown', 'supreme',
    'officer', 'official', 'executive', 'founder', 'head', 'lawmaker', 'economist', 'expert', 'scholar',
    'correspondent', 'reporter', 'editor', 'coach', 'striker', 'dictator', 'strongman', 'former', 'late', 'acting',
    'interim', 'assistant', 'associate', 'visiting', 'lecturer', 'dean', 'diplomat', 'general-secretary',
  ],
)

/** Title words that qualify a title rather than being one ("former", "senior", "foreign"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  [
    'former', 'late', 'acting', 'interim', 'senior', 'junior', 'foreign', 'defense', 'defence', 'deputy', 'vice',
    'prime', 'supreme', 'crown', 'research', 'visiting', 'associate', 'assistant', 'chief', 'head',
  ],
)

/** Titles that only ever precede a person, even after an organization ("Kyungnam University President X"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  [
    'president', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'sir', 'chairman', 'chairwoman', 'ceo', 'cfo',
    'director', 'spokesman', 'spokeswoman', 'spokesperson', 'researcher', 'fellow', 'analyst', 'senator', 'governor',
    'mayor', 'ambassador', 'minister', 'leader', 'aide', 'envoy', 'economist', 'lecturer', 'dean', 'king', 'queen',
  ],
)

/** Capitalized words that open sentences and clauses but never start a name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    // discourse connectives and adverbs
    'despite', 'nevertheless', 'nonetheless', 'however', 'moreover', 'furthermore', 'additionally', 'meanwhile',
    'overall', 'previously', 'historically', 'earlier', 'later', 'also', 'yet', 'still', 'thus', 'therefore',
    'hence', 'indeed', 'instead', 'otherwise', 'although', 'though', 'while', 'when', 'whereas', 'after', 'before',
    'since', 'because', 'if', 'unless', 'until', 'once', 'so', 'but', 'and', 'or', 'nor', 'then', 'now', 'today',
    'yesterday', 'tomorrow', 'recently', 'currently', 'finally', 'first', 'second', 'third', 'lastly', 'last',
    'next', 'again', 'already', 'even', 'just', 'only', 'perhaps', 'maybe', 'notably', 'specifically', 'similarly',
    'likewise', 'conversely', 'ultimately', 'initially', 'separately', 'importantly', 'interestingly', 'clearly',
    'certainly', 'surely', 'obviously', 'apparently', 'reportedly', 'allegedly', 'according', 'regarding',
    'conclusion', 'summary', 'addition', 'particular', 'contrast', 'short', 'fact', 'general', 'total', 'sum',
    // prepositions, determiners, pronouns
    'in', 'on', 'at', 'for', 'from', 'with', 'without', 'by', 'as', 'of', 'to', 'into', 'about', 'amid', 'among',
    'during', 'under', 'over', 'against', 'between', 'through', 'throughout', 'within', 'despite', 'per', 'via',
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we',
    'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'both', 'each', 'every',
    'no', 'not', 'such', 'other', 'another', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where',
    'any', 'few', 'several', 'more', 'less', 'much', 'one', 'two', 'three', 'is', 'are', 'was', 'were', 'be',
    'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had',
    'let', 'please', 'yes', 'oh', 'well', 'like', 'unlike', 'given', 'following', 'including', 'amidst',
    // page chrome that reaches the text when extraction is skipped
    'loading', 'post', 'comment', 'comments', 'share', 'subscribe', 'advertisement', 'read', 'related', 'click',
    'sign', 'log', 'menu', 'search', 'home', 'print', 'email', 'follow', 'watch', 'listen', 'photo', 'video',
    'image', 'source', 'original', 'copyright', 'updated', 'published', 'posted', 'reports', 'report',
  ],
)

/** Month and weekday names: dates, not entities. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
)

/** Month abbreviations: dates only when a number follows ("Jan 5"), else often names ("Jan Kroslak"). */
export const CALENDAR_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
)

/** Title words that are also common names ("Dean Jones", "Stephen King"): kept when the tagger includes them. */
export const NAME_LIKE_TITLES: ReadonlySet<string> = new Set(
  [
    'king', 'queen', 'dean', 'major', 'prince', 'princess', 'justice', 'father', 'sister', 'general', 'chief',
    'marshal', 'bishop', 'cardinal', 'judge', 'head', 'crown', 'supreme', 'lady', 'lord', 'earl', 'state', 'sheikh',
  ],
)

/** Lower-case particles inside Arabic, Dutch, German, Romance names ("al-Aqsa", "de Silva", "van Gogh"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  ['al', 'el', 'ad', 'as', 'ash', 'at', 'an', 'ar', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'do', 'dos', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'del', 'della', 'ter', 'ten'],
)

/** Lower-case words allowed inside a name ("Institute for National Unification", "Bank of England"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'de', 'del', 'la', 'le', 'du', 'von', 'van', 'der', 'bin', 'al', '&'])

/** Head words that make a capitalized phrase an organization. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  [
    'university', 'institute', 'institution', 'commission', 'ministry', 'department', 'agency', 'committee',
    'council', 'party', 'bank', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'co', 'company', 'group', 'association',
    'foundation', 'army', 'navy', 'forces', 'force', 'court', 'assembly', 'parliament', 'congress', 'senate', 'office',
    'times', 'news', 'press', 'post', 'journal', 'herald', 'tribune', 'union', 'organization', 'organisation',
    'federation', 'league', 'club', 'fund', 'center', 'centre', 'service', 'services', 'network', 'board', 'bureau',
    'academy', 'school', 'college', 'hospital', 'authority', 'administration', 'government', 'cabinet', 'guard',
    'command', 'corps', 'police', 'society', 'alliance', 'coalition', 'front', 'movement', 'church', 'airlines',
    'motors', 'industries', 'holdings', 'systems', 'technologies', 'labs', 'laboratory', 'studio', 'studios',
    'media', 'broadcasting', 'channel', 'daily', 'institutes', 'secretariat', 'directorate', 'division', 'unit',
    'brigade', 'regiment', 'battalion', 'fleet', 'ministries', 'politburo', 'presidium', 'think-tank', 'chamber',
  ],
)

/** Head words that make a capitalized phrase a facility. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(
  [
    'square', 'bridge', 'airport', 'palace', 'stadium', 'arena', 'tower', 'towers', 'street', 'avenue', 'road',
    'highway', 'hall', 'cathedral', 'mosque', 'temple', 'museum', 'station', 'port', 'harbor', 'harbour', 'base',
    'plant', 'factory', 'complex', 'dam', 'canal', 'tunnel', 'building', 'monument', 'memorial', 'mausoleum',
    'prison', 'gate', 'park', 'plaza', 'reactor', 'shipyard', 'embassy', 'consulate', 'observatory', 'cemetery',
  ],
)

/** Head words that make a capitalized phrase an event. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  [
    'day', 'war', 'games', 'olympics', 'cup', 'summit', 'festival', 'parade', 'championship', 'championships',
    'revolution', 'crisis', 'election', 'elections', 'conference', 'forum', 'expo', 'tournament', 'marathon',
    'uprising', 'massacre', 'offensive', 'operation', 'accords', 'agreement', 'treaty', 'olympiad', 'anniversary',
    'open', 'tour', 'series', 'trophy', 'classic', 'masters', 'prix', 'rally', 'derby', 'grand', 'invitational',
  ],
)

/** Words after a model code that make it a product ("M2024 tank", "the F-35 fighter"). */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  [
    'tank', 'tanks', 'model', 'models', 'missile', 'missiles', 'jet', 'jets', 'fighter', 'fighters', 'rifle',
    'rifles', 'drone', 'drones', 'system', 'systems', 'launcher', 'launchers', 'howitzer', 'howitzers', 'aircraft',
    'helicopter', 'helicopters', 'bomber', 'bombers', 'vehicle', 'vehicles', 'phone', 'phones', 'smartphone',
    'chip', 'chips', 'processor', 'car', 'cars', 'truck', 'engine', 'rocket', 'rockets', 'submarine', 'warship',
    'destroyer', 'frigate', 'variant', 'version', 'series', 'airliner', 'plane', 'planes', 'gun', 'guns',
  ],
)
