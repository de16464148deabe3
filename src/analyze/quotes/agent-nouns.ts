/**
 * Whether the head noun of a source phrase names someone who can speak, write or think: a person
 * ("the spokesman", "officials", "voters", "a Republican strategist") or a body of people ("the
 * campaign", "the ministry", "the company"). The attribution class reads it to tell "Officials
 * said" (speech) from "A simple metal detector would have revealed" or "Their latest, a
 * self-titled effort, finds" (the source is a thing: evidence). Written here as closed lists plus
 * the agent suffixes of English ("-man", "-ist", "-er"), because no parser or NER tag marks a
 * common noun as human; objects that end like agents ("detector", "computer") are listed apart.
 */

/** People and groups of people named by a common noun (singular and plural forms). */
const AGENT_NOUNS = new Set(
  `
  people person persons man men woman women guy guys boy boys girl girls child children kid kids
  official officials aide aides adviser advisers advisor advisors spokesperson spokespeople
  source sources expert experts analyst analysts critic critics candidate candidates nominee
  president vice chairman chairwoman chair director directors chief chiefs head heads leader leaders
  minister ministers secretary secretaries governor governors mayor mayors senator senators
  representative representatives rep congressman congresswoman lawmaker lawmakers legislator
  legislators delegate delegates diplomat diplomats ambassador ambassadors envoy envoys
  staff staffer staffers staffs employee employees worker workers member members partner partners
  executive executives ceo cfo founder founders owner owners manager managers officer officers
  police cop cops detective detectives agent agents investigator investigators prosecutor
  prosecutors attorney attorneys lawyer lawyers judge judges justice justices jury juror jurors
  doctor doctors physician physicians nurse nurses scientist scientists researcher researchers
  professor professors scholar scholars teacher teachers student students author authors
  writer writers reporter reporters journalist journalists editor editors columnist columnists
  voter voters resident residents citizen citizens neighbor neighbors neighbour neighbours
  friend friends family families relative relatives parent parents mother father mom dad
  son daughter wife husband brother sister victim victims witness witnesses survivor survivors
  supporter supporters opponent opponents protester protesters activist activists fan fans
  player players coach coaches teammate teammates user users customer customers client clients
  patient patients resident audience crowd everyone everybody someone somebody anyone anybody
  nobody many most some others other few all both several one two three dozens hundreds
  thousands millions majority minority percent each advocates advocate surrogates surrogate
  individuals individual wife actress actresses hostess princess heiress proportion share
  four five six seven eight nine ten twelve twenty
  rival rivals ally allies counterpart counterparts colleague colleagues peer peers adversary
  adversaries foe foes enemy enemies challenger incumbent incumbents successor deputy deputies
  assistant assistants boss bosses host hosts guest guests crew widow widows fiancé fiancée
  girlfriend boyfriend uncle aunt cousin cousins nephew niece grandson granddaughter spouse
  defendant defendants plaintiff plaintiffs suspect suspects accused locals liberals
  conservatives progressives moderates militants rebels troops soldiers bishop priest pope imam
  rabbi king queen prince princess dean captain celebrity celebrities star stars pundit pundits
  economist economists strategist strategists consultant consultants contractor contractors
  airline airlines carrier carriers automaker automakers retailer retailers insurer insurers
  startup startups studio studios hospital hospitals charity charities nonprofit nonprofits
  campaign campaigns administration government governments ministry ministries department
  agency agencies committee committees council councils commission board party parties
  company companies firm firms group groups organization organisation organizations union
  unions team teams office bureau court courts congress parliament senate house cabinet
  military army navy authorities authority regime state states country countries nation
  nations city county side camp network newspaper outlet paper magazine station channel bank
  banks fund funds institute university school church club foundation center centre
  association coalition alliance federation corporation
  `
    .trim()
    .split(/\s+/),
)

/** Things and function words that end like agent nouns. */
const OBJECTS_LIKE_AGENTS = new Set(
  `
  detector detectors computer computers monitor monitors indicator indicators sensor sensors
  letter letters number numbers order orders poster posters trailer trailers
  chapter chapters border borders matter matters water power corner corners record records
  factor factors sector sectors motor motors error errors mirror mirrors meter meters filter
  filters chart charter cover covers counter counters answer answers
  after under over other ever never either neither whether rather later together however
  whatever whenever wherever whoever former latter per further farther upper inner outer
  sooner faster earlier harder better bigger larger smaller greater lower higher major minor
  `
    .trim()
    .split(/\s+/),
)

/** Agent endings: "spokesman", "congresswomen", "strategist", "politician", "voter", "investor". */
const AGENT_SUFFIX = /(?:man|men|woman|women|person|people|ist|ists|ian|ians|er|ers|or|ors)$/
/** Instruments and measures that end like agents: "thermometer", "barometer", "kilometres". */
const OBJECT_SUFFIX = /(?:meter|metre)s?$/

/** Whether `noun` (lower-cased) names a person or a body of people. */
export function isAgentNoun(noun: string): boolean {
  if (AGENT_NOUNS.has(noun)) return true
  return noun.length > 4 && AGENT_SUFFIX.test(noun) && !OBJECTS_LIKE_AGENTS.has(noun) && !OBJECT_SUFFIX.test(noun)
}
