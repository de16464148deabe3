/**
 * The PLOVER trigger lexicon: verb and noun patterns, in base forms, that signal each event
 * type, written for newsgraph with the CAMEO-to-PLOVER table and the PLOVER manual as a guide.
 *
 * A line is `TYPE[/mode] [!control]: pattern; pattern; ...`. A pattern is words in base form;
 * `a|b` gives alternatives, `*` skips up to five tokens; content words after the first may have up to three modifiers before them, `_` matches any single token. The
 * first word is the trigger. `!control` marks verbs that take another event as their
 * complement ("agreed to withdraw", "threatened to ban", "refused to deploy", "urged X to
 * release"): the complement's own trigger is then absorbed into this event.
 */
import { PLOVER_TYPES, type PloverType } from '../../model/plover.js'

const LEXICON = `
AGREE !control: agree; agree to; agree on; agree upon; promise; pledge; vow; offer to; commit to; be committed to; be willing to; be prepared to; be ready to; express willingness; express readiness; decide to allow; accept mediation; consent to
AGREE: ceasefire; truce
CONSULT: meet; meet with; hold talk; hold meeting; hold discussion; talk with; confer; consult; negotiate; negotiation; visit; host; attend; travel to; mediate; mediation; summit; phone; telephone; call with; discuss; discussion; talk; talks; return to _ for talk; launch mediation; participate in; take part in; represent at
SUPPORT: praise; commend; endorse; back; hail; applaud; welcome; defend; congratulate; apologize; forgive; sign agreement|accord|treaty|pact|deal|memorandum; sign; establish diplomatic; recognize independence; support; express support; voice support; thank; rally support
CONCEDE: ease; lift * sanction|ban|restriction|curfew|embargo|emergency; shorten * curfew; allow; accept demand; release; free; pardon; grant amnesty; step to enhance; reform; relax; reopen; yield; concede; compromise; return territory; accept
COOPERATE: cooperate; cooperation; collaborate; share intelligence|information|evidence|data; joint exercise|drill|operation|patrol; war game; exchange prisoner; extradite; partner; partnership; alliance; work with; coordinate; involvement; involve; participation; deal; trade
AID: aid; give aid|grant|loan|money|assistance|dollar|million|billion; give; provide; supply; donate; send aid|food|medicine|troop|weapon|arm|ammunition|shell; send; deliver; grant asylum; grant; lend; fund; finance; assist; assistance; help; rescue; shelter; evacuate; peacekeeping; peacekeeper; support _ with; shell support; artillery support; military support; arm supply; weapon supply; ammunition
RETREAT: lift * blockade|siege; open * border|bridge|crossing; withdrawal; pull out; pull back; retreat; surrender; resign; step down; disband; demobilize; disarm; demilitarize; withdraw; evacuate settlement; cede; hand over; return control; complete withdrawal
REQUEST !control: demand; urge; call on; call for; ask; appeal; request; press for; push for; insist; seek; petition; plead; order _ to; reiterate demand; must
ACCUSE: accuse; open * hearing; sue; lodge * protest|complaint; hearing; blame; criticize; condemn; denounce; deplore; charge; allege; complain; protest against; lodge protest; summon ambassador|envoy; sue; investigate; investigation; probe; inquiry; hearing into; put under investigation; arrest _ for; disapprove; slam; lambaste; rebuke; decry; censure; fault
REJECT !control: refuse; decline; reject; fail to; reneg; rule out; oppose; veto; deny; dismiss; boycott; defy; resist
REJECT: rejection; refusal; violate ban|agreement|ceasefire|truce; out of the question; turn down; will not accept
THREATEN !control: threaten; warn; vow to; swear to; ultimatum; threat
PROTEST: protest; demonstrate; demonstration; rally; march; riot; strike; hunger strike; sit-in; picket; block road|roadway|bridge|traffic|transport|street; blockade; walkout; boycott; stop work; stage protest|demonstration|strike|rally
SANCTION: sanction; impose sanction; embargo; expel; suspend aid|link|tie|relation|talk|cooperation|flight; suspend; sever tie|relation; break relation|tie|off; cut tie|off; recall ambassador; freeze asset; ban; boycott; end mediation; deny entry; prohibit; halt aid; cancel; downgrade relation; close embassy
MOBILIZE: mobilize; deploy; deployment; mass troop; put on alert; raise alert; send troop|soldier|force|warship; station troop; reinforce; prepare to resume; order patrol; increase patrol; troop; military buildup; conscript; call up reservist; military drill; test missile; fire missile; missile test; military inspection; inspect munition|weapon|factory
COERCE: arrest; hold * hostage; detain; imprison; jail; seize; confiscate; kidnap; abduct; take hostage; hold hostage; hold _ as human shield; impose curfew; curfew; censor; shut down; ban; deport; expel _ from; raid; crack down; crackdown; demolish; destroy; blow up; sabotage; hack; hack into; cyberattack; execute; ordered _ to suspend; force out; evict; suppress
ASSAULT: attack; torture; assault; bomb; bombing; shell; shelling; fire on; fire at; open fire; fire; kill; wound; injure; shoot; strike; airstrike; air strike; missile strike; invade; invasion; mount invasion; fight; fighting; clash; battle; ambush; assassinate; massacre; beat; beat up; stab; explode; explosion; retake; capture; occupy; offensive; war; combat; casualty; behead; murder
`

/** One element of a trigger pattern: the base forms it accepts, or a gap. */
export type PatternElement = { readonly kind: 'word'; readonly forms: ReadonlySet<string> } | { readonly kind: 'gap'; readonly max: number }

/** A trigger pattern with the event it signals. */
export interface TriggerPattern {
  readonly type: PloverType
  readonly mode: string | null
  readonly control: boolean
  readonly elements: readonly PatternElement[]
  /** Number of word elements: longer patterns win over shorter ones at the same place. */
  readonly specificity: number
  readonly source: string
}

function parseLexicon(text: string): TriggerPattern[] {
  const patterns: TriggerPattern[] = []
  for (const line of text.split('\n')) {
    const m = /^([A-Z]+)(?:\/(\S+))?\s*(!control)?:\s*(.+)$/.exec(line.trim())
    if (!m) continue
    const type = m[1] as PloverType
    if (!PLOVER_TYPES.includes(type)) throw new Error(`lexicon: unknown PLOVER type \`${type}\``)
    for (const raw of m[4]!.split(';')) {
      const source = raw.trim()
      if (!source) continue
      const elements: PatternElement[] = source
        .split(/\s+/)
        .map((part) => (part === '*' ? { kind: 'gap', max: 5 } : part === '_' ? { kind: 'gap', max: 1 } : { kind: 'word', forms: new Set(part.split('|')) }))
      patterns.push({ type, mode: m[2] ?? null, control: m[3] !== undefined, elements, specificity: elements.filter((e) => e.kind === 'word').length, source })
    }
  }
  return patterns
}

/** The parsed trigger lexicon, indexed by the base forms of each pattern's first word. */
export const TRIGGERS: ReadonlyMap<string, readonly TriggerPattern[]> = (() => {
  const index = new Map<string, TriggerPattern[]>()
  for (const p of parseLexicon(LEXICON)) {
    const first = p.elements[0]
    if (first?.kind !== 'word') continue
    for (const form of first.forms) {
      const list = index.get(form) ?? []
      list.push(p)
      index.set(form, list)
    }
  }
  return index
})()

/** First three letters of every word form in the lexicon: a token whose start is not here cannot match. */
export const FORM_PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>()
  for (const p of parseLexicon(LEXICON)) for (const el of p.elements) if (el.kind === 'word') for (const f of el.forms) prefixes.add(f.slice(0, 3))
  return prefixes
})()

/** Every word form the trigger lexicon is written in: base forms the lemmatizer may return. */
export const LEXICON_BASE_FORMS: readonly string[] = (() => {
  const forms = new Set<string>()
  for (const p of parseLexicon(LEXICON)) for (const el of p.elements) if (el.kind === 'word') for (const f of el.forms) if (/^[a-z-]+$/.test(f) && f.length > 2) forms.add(f)
  return [...forms].sort()
})()

/** First words of the lexicon's patterns: the words that may start a trigger. */
export const LEXICON_TRIGGER_WORDS: readonly string[] = [...TRIGGERS.keys()].filter((w) => /^[a-z-]+$/.test(w) && w.length > 2).sort()
