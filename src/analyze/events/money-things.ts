/**
 * A sum of money talked about as a thing (issue 15, read on scrapinghub pages: a grant-maker's
 * blog coded 16 AID events on "this grant", "funds", "more funding"): "the risks to the success of
 * this grant", "charities could use the funds", "can absorb more funding", "some of those funds
 * could be earmarked". A money noun names an act of giving only with a party of its own (a giver
 * or a recipient: "US funding for the army", "a grant of 20 million euros to Jordan", "funding
 * diverted from the foundation", "public funding of campaigns") or under a verb of giving or
 * getting ("gave Tanzania a grant", "got funding", "made $88 million in grants"); bare, it is the
 * money, and no one gives it to anyone in the sentence. PLOVER's AID is a transfer between actors.
 */
import { kidsAt as kidsOf, lemmaAt as lemma, relAt as rel, wordAt as word, type TriggerSentence } from './trigger-sentence.js'

/** The part of a detection this check reads. */
interface Trigger {
  readonly index: number
  readonly last: number
  readonly type: string
}

// Nouns of a sum of money ("aid" and "assistance" also name the help itself, and are left to the detector).
const MONEY = new Set(['fund', 'funds', 'funding', 'grant', 'grants', 'money', 'financing', 'finance', 'finances'])
// Verbs under which money changes hands, whatever the sentence says of it ("cut" and "freeze" too:
// money withheld from someone is a sanction on them).
const GIVING = new Set(
  (
    'give provide grant award approve allocate offer pledge promise announce send transfer deliver receive get secure win obtain ' +
    'allot accept disburse release donate contribute raise channel divert funnel pump make extend commit earmark direct seek request ' +
    'demand cut freeze withhold suspend restore unfreeze block halt end stop increase boost double slash reduce' +
    ' infuse inject lend loan pay spend help assist support back'
  ).split(' '),
)
// Nouns of money changing hands that a money noun may hang from ("an infusion of funds").
const TRANSFERS = new Set(['infusion', 'injection', 'transfer', 'donation', 'payment', 'delivery', 'allocation', 'release', 'flow', 'disbursement', 'tranche'])
// Prepositions that bring in a giver or a recipient right after a money noun.
const PARTY_CASES = new Set(['for', 'to', 'from', 'of', 'by'])
// Modifiers of a money noun that name no party: amounts and kinds of amount.
const AMOUNTS = new Set('more less additional further extra new significant substantial large larger small smaller full much enough adequate total such same other existing current initial'.split(' '))
// Relations that tie no party to the money.
const BARE = new Set(['det', 'case', 'punct', 'cc', 'nummod', 'advmod', 'conj', 'dep'])

/** Whether the trigger at `d` is a sum of money named as a thing, no act of giving (see the file comment). */
export function isMoneyThing(ts: TriggerSentence, d: Trigger): boolean {
  const syn = ts.view.syntax
  if (d.type !== 'AID' || !syn || d.last !== d.index || syn[d.index]!.upos !== 'NOUN' || !MONEY.has(word(ts, d.index))) return false
  // A conjunct shares the parties of the first ("the plan and funds from the RIDF"); a modifier
  // is a gerund the parser took for a noun ("suspect the Kremlin of funding environmental groups").
  if (/^(conj|compound|amod)$/.test(rel(ts, d.index)) || !isBare(ts, d.index)) return false
  // The word after, whatever the parse made of it: "Funding for the terrorists dried up" (the
  // preposition misparsed as a clause's mark), "funding diverted from the foundation" (the
  // participle hung elsewhere).
  const next = d.index + 1
  if (next < syn.length && (PARTY_CASES.has(word(ts, next)) || (syn[next]!.xpos === 'VBN' && GIVING.has(lemma(ts, next))))) return false
  // "to help fund outside groups": a verb the tagger read as a noun.
  if (d.index > 0 && word(ts, d.index - 1) === 'to') return false
  const at = d.index
  const head = syn[at]!.head
  if (head < 0) return true
  if (GIVING.has(lemma(ts, head))) return false
  // "a large infusion of funds from Klein", "a portion of the money given to ...": the money's
  // holder's own phrase tells the transfer.
  if (syn[head]!.upos === 'NOUN' && (TRANSFERS.has(lemma(ts, head)) || (syn[head]!.head >= 0 && GIVING.has(lemma(ts, syn[head]!.head)) && rel(ts, at) === 'nmod'))) return false
  return true
}

// Whether the money noun at `k` has no party of its own: only determiners, amounts and clauses.
function isBare(ts: TriggerSentence, k: number): boolean {
  const syn = ts.view.syntax!
  return kidsOf(ts, k).every((m) => {
    const r = rel(ts, m)
    if (r === 'amod') return (syn[m]!.upos === 'VERB' && !GIVING.has(lemma(ts, m))) || /^(ADV|DET|NUM)$/.test(syn[m]!.upos) || AMOUNTS.has(word(ts, m))
    // "the funds the United States gave": a clause of giving tells the transfer.
    if (r.startsWith('acl')) return !GIVING.has(lemma(ts, m))
    return BARE.has(r)
  })
}
