/**
 * Word classes the parse-based roles read: the prepositions that introduce each type's recipient
 * and the verbs and nouns whose subject, object or possessor undergoes, judges or reacts to an act
 * rather than doing it.
 */
/**
 * Prepositions that introduce the recipient of each type ("attack on X", "talks with X").
 */
export const RECIPIENT_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = {
  ASSAULT: ['on', 'against', 'at', 'upon', 'into'],
  COERCE: ['on', 'against', 'of'],
  SANCTION: ['on', 'against'],
  PROTEST: ['against', 'outside'],
  CONSULT: ['with'],
  COOPERATE: ['with'],
  AGREE: ['with', 'to'],
  SUPPORT: ['for', 'to'],
  AID: ['to', 'for'],
  RETREAT: ['from', 'to'],
  CONCEDE: ['to'],
  REQUEST: ['to', 'from'],
  ACCUSE: ['against', 'of', 'into'],
  REJECT: ['from'],
  THREATEN: ['against', 'with'],
  MOBILIZE: ['against', 'to', 'near', 'into'],
}
/**
 * Types whose noun's possessor undergoes it ("his arrest", "Rousseff's trial", "their release").
 */
export const UNDERGOER_POSSESSOR = new Set(['COERCE', 'ACCUSE', 'SANCTION', 'RETREAT', 'CONCEDE'])
/**
 * Nouns of violence done to one person or group, whose possessor is the victim whatever the type
 * ("before his execution", "Nemtsov's murder"; "Israel's strikes" keeps its actor).
 */
export const VICTIM_POSSESSOR = new Set([
  'execution',
  'murder',
  'assassination',
  'killing',
  'slaying',
  'beheading',
  'lynching',
  'kidnapping',
  'abduction',
  'torture',
  'rape',
  'shooting',
  'stabbing',
  'poisoning',
])
/**
 * Acts of the authority where they happen, whoever reports them.
 */
export const JURISDICTION = new Set(['COERCE', 'ACCUSE', 'SANCTION'])
/**
 * Prepositions that introduce the actor of a noun ("an attack by rebels", "a visit from the minister").
 */
export const ACTOR_PREPOSITIONS = new Set(['by', 'from'])

/**
 * Verbs whose subject judges, reports or fears an act named by their object rather than doing it.
 */
export const REACTION_VERBS = new Set([
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'deplore',
  'decry',
  'praise',
  'welcome',
  'hail',
  'applaud',
  'oppose',
  'protest',
  'reject',
  'deny',
  'blame',
  'accuse',
  'report',
  'investigate',
  'mourn',
  'fear',
  'witness',
  'describe',
  'discuss',
  'debate',
  'question',
  'ignore',
  'support',
  'back',
  'lift',
  'ease',
  'end',
  'avoid',
  'prevent',
  'stop',
  'escape',
  'survive',
  'suffer',
  'face',
  'endure',
  'repel',
  'thwart',
  'foil',
])
/**
 * Verbs whose subject undergoes the act their object names ("the convoy came under attack"; "he
 * pleaded guilty": the defendant).
 */
export const UNDERGOING_VERBS = new Set(['suffer', 'face', 'endure', 'survive', 'sustain', 'receive', 'get', 'undergo', 'escape', 'plead'])

/**
 * Verbs whose passive keeps an object ("refugees denied asylum", "the man given a book").
 */
export const DOUBLE_OBJECT = new Set([
  'give',
  'grant',
  'award',
  'offer',
  'send',
  'show',
  'deny',
  'tell',
  'ask',
  'pay',
  'promise',
  'lend',
  'sell',
  'hand',
  'teach',
  'charge',
  'fine',
  'allow',
  'spare',
  'assign',
  'issue',
  'owe',
])

/**
 * Verbs whose subject carries out the act their object names ("the strikes that Russia launched",
 * "the sanctions Washington imposed"), as against one that judges or suffers it.
 */
export const DOING_VERBS = new Set([
  'launch',
  'carry',
  'conduct',
  'stage',
  'mount',
  'wage',
  'order',
  'impose',
  'commit',
  'perpetrate',
  'orchestrate',
  'plan',
  'sign',
  'issue',
  'make',
  'hold',
  'lead',
  'deliver',
  'unleash',
  'fire',
])

/**
 * Verbs whose subject does the act their object names ("rebels launched an attack", "Russia
 * continued its strikes", "farmers joined the protest"): the verbs of doing and those that begin,
 * keep up or take part in an act. Any other verb's subject only talks about, studies or seeks it.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set([
  ...DOING_VERBS,
  ...'begin start continue resume enter reach set plant detonate mastermind plot claim renew escalate intensify step expand extend tighten initiate undertake perform execute do take give provide offer pay send join organize organise call announce declare threaten vow pledge promise propose host attend'.split(
    ' ',
  ),
])

/** Verbs whose object an act harms or removes ("the coup that deposed Zelaya", "the strike that killed five"). */
export const AFFECTING_VERBS = new Set([
  'kill',
  'wound',
  'injure',
  'hit',
  'strike',
  'target',
  'destroy',
  'damage',
  'depose',
  'topple',
  'oust',
  'overthrow',
  'displace',
  'hurt',
  'devastate',
  'level',
  'flatten',
  'raze',
  'remove',
  'detain',
  'arrest',
  'imprison',
  'punish',
  'harm',
  'cripple',
])

/**
 * Verbs besides the affecting ones whose object an act as their subject harms ("the blast rocked
 * the embassy", "the bombing left 12 dead"); any other verb relates the act to something else.
 */
export const HARMING_VERBS: ReadonlySet<string> = new Set(['leave', 'rock', 'shake', 'burn', 'ravage', 'batter', 'pound', 'blow', 'tear', 'rip', 'maim', 'shatter', 'smash'])

/**
 * What an attacker fires, plants or sets off ("detonated the bomb at the gate", "fired rockets
 * into Israel"): the means of an assault, never who or what it is done to.
 */
export const WEAPONS = new Set(
  'bomb bombs explosive explosives device devices belt vest ied ieds grenade grenades missile missiles rocket rockets shell shells mortar mortars round rounds bullet bullets shot shots weapon weapons gun guns rifle rifles charge charges torpedo torpedoes drone drones artillery munition munitions car-bomb salvo volley tear gas'.split(
    ' ',
  ),
)
