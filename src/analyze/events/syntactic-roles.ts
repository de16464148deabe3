/**
 * Actor and recipient read off the parse, the way an event coder reads them: the actor is the
 * trigger's agent — its subject, found through passives ("was attacked by militiamen"),
 * coordination, relative clauses and control ("agreed to withdraw"), and never the speaker of a
 * reporting verb above it ("X said Y attacked Z": Y) — or, for a noun, its possessor or
 * nationality ("Israel's strikes", "Israeli strikes") or the subject of the verb it is the object
 * of ("launched an attack"). The recipient is its patient (object, or passive subject: "Thomas was
 * found fatally wounded") or the oblique of the preposition its type takes ("fired on", "met with",
 * "aid to").
 */
import { argumentsOf, conjunctsOf, dependents, hasCase, markedDependents, subjectsOf, subtreeSpan } from '../syntax/relations.js'
import type { ArgumentCandidate } from './arguments.js'
import { isActingEntityType } from '../../model/acting-entities.js'
import type { SentenceView } from './sentence-view.js'
import { topicClass } from './word-classes.js'
import type { ActorIndex } from './actor-dictionary.js'
import { ACCOUNT_PREPOSITIONS, ACCOUNTING_VERBS, actPhraseHead, isCompoundChain, namesDoer, PARTITIVE, PERSON_NOUN, RESPONSIBLE } from './act-nouns.js'
import { isInfinitive, isMarkedTo, OBJECT_CONTROL, ownersOf } from './control.js'
import { REPORTED_BY, reportersOf } from './reporters.js'
import { responsibilityFor } from './responsibility.js'
import { blamedFor, blamedOn, calledOn, callees, partTakers } from './credited-doers.js'
import { adjectivalAgent, chainedModifiers, surfaceDoer } from './modifier-doers.js'
import { adjoinedSubjects, clauseOf, isActiveConjunct, isObjectControlled, isSubordinateGerund, ownAgents, PERSONAL, undergoers } from './clause-subjects.js'
import { isNominalGerund } from './gerund-nouns.js'
import { givenTo, GIVING, isAuthority, isPlace, isVerbOf, names, RECIPROCAL } from './participant-kinds.js'
import { antecedentOf, inRelativeClause, inSpeakerPhrase, personAbove, RELATIVE_PRONOUNS } from './relative-clauses.js'
import {
  ACTOR_PREPOSITIONS,
  AFFECTING_VERBS,
  DOING_VERBS,
  DOUBLE_OBJECT,
  JURISDICTION,
  HARMING_VERBS,
  LIGHT_VERBS,
  REACTION_VERBS,
  RECIPIENT_PREPOSITIONS,
  UNDERGOER_POSSESSOR,
  UNDERGOING_VERBS,
  VICTIM_POSSESSOR,
  WEAPONS,
} from './role-words.js'

/** The actor and recipient the parse gives, each null when it gives none. */
export interface SyntacticRoles {
  readonly actor: ArgumentCandidate | null
  readonly recipient: ArgumentCandidate | null
  /**
   * No actor may be guessed beyond what the parse gives: the trigger describes what its subject
   * underwent ("was found shot dead"), or names an act its governor's subject only reacts to
   * ("Pyongyang condemned the sanctions").
   */
  readonly noActorGuess?: boolean
  /**
   * Who only reacts to the act a trigger noun names, as the agent of a verb that judges or
   * reports it ("the attack was condemned by the UN", "the bombing, which the UN condemned"):
   * never its actor, though the model may guess another.
   */
  readonly reactors?: readonly ArgumentCandidate[]
}

/** Reads the roles of the trigger at local index `i` (to `triggerLast`) of type `type` from the sentence's parse. */
export function syntacticRoles(view: SentenceView, i: number, type: string, cands: readonly ArgumentCandidate[], actors?: ActorIndex, triggerLast = i): SyntacticRoles {
  const syn = view.syntax
  const article = view.articleSyntax
  if (!syn || !article) return { actor: null, recipient: null }
  const from = view.sentence.tokenStart
  const lemmaOf = (k: number): string => (view.lemmas[k - from] ?? article[k]!.lemma).toLowerCase()
  const at = (global: number): ArgumentCandidate | null => {
    const k = global - from
    // "McDaniel, whom Ramaswamy called on to resign": a relative pronoun stands for the noun its clause describes.
    const antecedent = antecedentOf(syn, k)
    if (antecedent >= 0) return at(from + antecedent)
    // ("by a gunman Thursday": the phrase the parser headed with the weekday after it.)
    const c =
      cands.find((x) => x.head === k) ??
      cands.find((x) => x.first <= k && k <= x.last && (k < i || k > i)) ??
      cands.find((x) => x.last === k - 1 && x.head === k - 1 && syn[x.head]!.head === k && syn[x.head]!.deprel === 'compound') ??
      null
    // "Israeli airstrikes": the phrase is the trigger's own; the nationality inside it is the participant.
    if (c && c.first <= i && i <= c.last) {
      const vm = view.mentions.find((m) => m.first <= k && k <= m.last && (m.last < i || m.first > i))
      if (vm) return { first: vm.first, last: vm.last, head: k, mention: vm }
      // "the detained protesters": the noun an adjectival trigger describes.
      if (k === c.head && k > i && syn[i]!.deprel === 'amod') return { first: i + 1, last: c.last, head: k, ...(c.agent ? { agent: c.agent } : {}) }
      // "a coalition air strike", "a police raid", "an army helicopter attack": the agent word
      // that names who does it, itself or in the modifiers before it.
      // ("a militant attack": an agent word the parser tags as an adjective, for an act whose
      // modifiers name its doer, not its victim: "a civilian killing" is no civilian's.)
      const adjectival = VICTIM_POSSESSOR.has(view.lemmas[i]!) ? undefined : adjectivalAgent(view, actors, k, i, type)
      const agent = k < i ? (c.modifierAgents?.find((a) => a.at === k)?.agent ?? adjectival) : undefined
      const before = k < i && !agent ? c.modifierAgents?.find((a) => a.at >= c.first && a.at < k && (syn[a.at]!.head === k || isCompoundChain(syn, a.at, k))) : undefined
      if (before) return { first: before.at, last: before.at, head: before.at, agent: before.agent }
      return agent ? { first: k, last: k, head: k, agent } : null
    }
    return c
  }
  const first = (tokens: readonly number[]): ArgumentCandidate | null => {
    for (const t of tokens) {
      const c = at(t)
      if (c) return c
    }
    return null
  }
  const preps = RECIPIENT_PREPOSITIONS[type] ?? []
  const args = argumentsOf(article, from + i)
  const t = syn[i]!
  // "Israeli tanks shelled positions": a participle read as a reduced relative that has a direct
  // object is an active past tense (a reduced passive takes no object, "the aid given them"
  // aside), so the noun it hangs from did it.
  if (t.deprel === 'acl' && t.xpos === 'VBN' && t.head < i && !DOUBLE_OBJECT.has(view.lemmas[i]!) && dependents(article, from + i, 'aux', 'aux:pass', 'obl:agent').length === 0) {
    const objects = dependents(article, from + i, 'obj')
    if (objects.length > 0) {
      const actor = at(from + t.head)
      const recipient = first(objects)
      return { actor, recipient: recipient === actor ? null : recipient }
    }
    // "About 300 Kurdish students demonstrated on Friday against the law", parsed with the students
    // as the root and "demonstrated" as a reduced relative on them: with no verb of its own in the
    // sentence, a protest or a withdrawal (verbs no one undergoes) is done by that noun.
    // (Only a participle right after that noun: "REUTERS / ... Hundreds of Serbian nationalists
    // protested" hangs the verb from a byline root far before it.)
    // (So is a call or an appeal made on someone: "The council called on both parties to negotiate";
    // a passive one takes an auxiliary, "was called on".)
    const called = callees(article, lemmaOf, from + i)
    if (syn[t.head]!.deprel === 'root' && t.head === i - 1 && (INTRANSITIVE_TYPES.has(type) || called.length > 0)) {
      const actor = at(from + t.head)
      const recipient = first(called) ?? first(args.obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
      return { actor, recipient: recipient === actor ? null : recipient }
    }
  }
  // "The government has taken back areas with siege tactics, bombarding and starving people": an
  // -ing clause set off by a comma after the object says what the clause's subject did, though
  // the parser may hang it from the nearest noun.
  // ("beating and kicking them": a later conjunct stands where its first conjunct does.)
  const g = t.deprel === 'conj' && t.xpos === 'VBG' && t.head >= 0 && t.head < i && syn[t.head]!.xpos === 'VBG' && dependents(article, from + i, 'nsubj', 'mark').length === 0 ? t.head : i
  const gt = syn[g]!
  if (gt.deprel === 'acl' && gt.xpos === 'VBG' && gt.head < g && view.words[g - 1] === ',' && dependents(article, from + g, 'nsubj', 'mark').length === 0) {
    const clause = clauseOf(article, from + gt.head)
    const subjects = clause < 0 ? [] : subjectsOf(article, clause).filter((s) => !s.passive)
    if (subjects.length > 0) {
      const actor = first(subjects.map((s) => s.token))
      const recipient = first(args.patients.filter((p) => !subjects.some((s) => s.token === p)))
      if (actor) return { actor, recipient: recipient === actor ? null : recipient }
    }
  }
  // A passive takes no direct object (the double-object verbs aside), so "Mr Powell had advised
  // Mrs Clinton" read with a passive subject but no passive auxiliary is active: the subject did it.
  // ("By MARI YAMAGUCHI ... police have arrested a man": a byline read as a passive subject
  // beside the real one.)
  if (args.passive && !DOUBLE_OBJECT.has(view.lemmas[i]!) && dependents(article, from + i, 'aux:pass', 'obl:agent').length === 0) {
    const objects = dependents(article, from + i, 'obj')
    const all = dependents(article, from + i, 'nsubj')
    const subjects = [...all.filter((k) => article[k]!.deprel === 'nsubj'), ...all.filter((k) => article[k]!.deprel !== 'nsubj')]
    if (objects.length > 0 && subjects.length > 0) {
      const actor = first(subjects)
      const recipient = first(objects)
      return { actor, recipient: recipient === actor ? null : recipient }
    }
  }
  // "British Defence Secretary Tom King has promised to ...": a title read as a passive subject
  // beside the name's own subject, with no passive auxiliary; both are one subject, and it acts.
  if (args.passive && dependents(article, from + i, 'aux:pass', 'obl:agent').length === 0) {
    const all = dependents(article, from + i, 'nsubj')
    const own = all.filter((k) => article[k]!.deprel === 'nsubj')
    if (own.length > 0 && all.some((k) => article[k]!.deprel === 'nsubj:pass')) {
      const actor = first([...own, ...all.filter((k) => !own.includes(k))])
      const recipient = first([...dependents(article, from + i, 'obj'), ...args.obliques.filter((o) => (RECIPIENT_PREPOSITIONS[type] ?? []).includes(o.preposition)).map((o) => o.token)])
      return { actor, recipient: recipient === actor ? null : recipient }
    }
  }
  // A participle that describes its subject ("was found fatally wounded", "lay wounded") says what
  // happened to the subject; it has no subject of its own doing it.
  // ("the imprisoned hacker", "wounded soldiers": a participle before a noun, whatever its tag;
  // but "Israeli tanks shelled positions" misread with the tanks as the possessor of "positions"
  // is a finite verb.)
  const describing = t.deprel === 'amod' && t.xpos !== 'VBG' && t.head > i && !dependents(article, from + t.head, 'nmod:poss').some((p) => p < from + i)
  // ("They killed 23 soldiers and injured another 15": a past tense tagged as a participle is
  // active when it has a direct object of its own or is the conjunct of an active finite verb.)
  const activeForm = t.xpos === 'VBN' && !DOUBLE_OBJECT.has(view.lemmas[i]!) && (dependents(article, from + i, 'obj').length > 0 || isActiveConjunct(article, from + i))
  const undergone =
    t.upos === 'ADJ' ||
    describing ||
    (t.xpos === 'VBN' && !activeForm && !dependents(article, from + i, 'aux').some((a) => article[a]!.lemma === 'have') && dependents(article, from + i, 'nsubj').length === 0)
  // A passive keeps its by-phrase agent ("was killed by police").
  // (A by-phrase the parser marks as the agent names who did it, whatever voice it read the
  // participle in: "one of the officials recommended by Soros", "exact and recommended by experts".)
  let actor = undergone && !args.passive && !describing ? first(dependents(article, from + i, 'obl:agent')) : first(ownAgents(article, from + i, args.agents))
  // "I remember when McCarthy, a senator, threatened a young man", parsed with McCarthy as the
  // object of "remember" and "threatened" as its conjunct: a finite verb joined without "and" or
  // "or" right after an object and its apposition has that object as its subject, not the subject
  // it would share as a conjunct.
  if (!undergone) actor = first(appositionSubject(article, from + i)) ?? actor
  // "beating them while demanding repayment", "after meeting the minister": a gerund clause that a
  // subordinator introduces has no subject of its own; the subject of the clause it adjoins does it.
  // (Only a subject that names someone: "voting would move us closer to annihilating" names no
  // doer; nor does whoever only reports the clause: "Police say the brothers ... before detonating".)
  // (Nor the object a verb of letting or making controls: "let the president attend the summit
  // without arresting him" is the host's restraint, not the president's.)
  if (
    !actor &&
    t.deprel === 'advcl' &&
    t.xpos === 'VBG' &&
    t.head >= 0 &&
    !REPORTED_BY.has(view.lemmas[t.head] ?? '') &&
    isSubordinateGerund(article, from + i) &&
    !isObjectControlled(article, from + t.head)
  ) {
    // (A subject of a reporting verb is the teller, though the parser may join the clause to it.)
    const teller = (k: number): boolean => article[k]!.head >= 0 && REPORTED_BY.has(article[article[k]!.head]!.lemma.toLowerCase())
    const subject = first(
      adjoinedSubjects(article, from + t.head)
        .filter((s) => !s.passive && !teller(s.token))
        .map((s) => s.token),
    )
    if (subject && (subject.mention !== undefined || subject.agent !== undefined || PERSONAL.has(view.words[subject.head]!.toLowerCase()))) actor = subject
  }
  // "a fellow at the Council on Foreign Relations who had been advising Rubio": "who" names a
  // person, though the parser hangs the clause from the nearest noun.
  if (actor && t.deprel.startsWith('acl') && t.head >= 0 && dependents(article, from + i, 'nsubj').some((s) => article[s]!.lemma.toLowerCase() === 'who')) {
    actor = personAbove(article, from + t.head, at) ?? actor
  }
  // "prompted the secretary to convene a meeting", read as a purpose clause: the object of a verb
  // that makes or asks someone act is who acts.
  if (t.deprel === 'advcl' && t.head >= 0 && isInfinitive(article, from + i) && OBJECT_CONTROL.has(view.lemmas[t.head]!)) {
    actor = first(dependents(article, from + t.head, 'obj')) ?? actor
  }
  const undergoer = undergone ? first(undergoers(article, from + i)) : null
  // ("detonated the bomb at the base of the tomb": the bomb is the means; the oblique, below, is hit.)
  // ("troops were deployed to the border", "sent troops into Ukraine": the forces moved are no
  // recipient; the place or party they are sent to or against is, below.)
  let recipient = type === 'MOBILIZE' ? null : undergone ? undergoer : first(type === 'ASSAULT' ? args.patients.filter((k) => !WEAPONS.has(article[k]!.lemma.toLowerCase())) : args.patients)
  // What is given is no recipient: "provide aid to refugees" gives to the refugees.
  if (GIVING.has(type) && !undergone) recipient = first(givenTo(article, from + i, args.patients, preps)) ?? recipient
  // Nobody is guessed as the actor of what a named subject underwent ("was found shot dead").
  // (What did it to the noun a participle describes is often said elsewhere in the sentence.)
  let noActorGuess = undergone && !describing && !args.passive && undergoer !== null
  // "The government's decision to withdraw", "Assad feels no pressure to negotiate": an infinitive
  // completing a noun that names no one is done by whoever owns that noun, never by the noun.
  // (So is a gerund: "the Republicans have no business obstructing a nominee", "passed a bill banning".)
  const gerund = t.xpos === 'VBG' && dependents(article, from + i, 'nsubj', 'mark').length === 0
  if (t.deprel === 'acl' && t.head >= 0 && syn[t.head]!.upos === 'NOUN' && (isInfinitive(article, from + i) || gerund) && !names(view, cands, t.head)) {
    actor = first(ownersOf(article, from + t.head))
    noActorGuess = actor === null
  }
  // "called on the UN to convene a meeting", "appealed to the government to release them": who
  // is called on does it (the parser may hang the infinitive from the noun called on).
  const calledActor = isInfinitive(article, from + i) ? first(calledOn(article, lemmaOf, from + i)) : null
  if (calledActor) {
    actor = calledActor
    noActorGuess = false
  }
  if (!recipient) recipient = first(args.obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
  // "blamed the bombing on militants": who it is laid on is the one blamed, never the blamer.
  const blamed = first(blamedOn(article, lemmaOf, from + i))
  if (blamed) recipient = blamed === actor ? recipient : blamed
  const lemma = view.lemmas[i]!
  const reactors: number[] = []
  // "Russia and Georgia clashed", "fans clashed with police": a reciprocal act's other side.
  if (RECIPROCAL.has(lemma) && !recipient) {
    recipient = first(args.agents.slice(1)) ?? first(args.obliques.filter((o) => o.preposition === 'with').map((o) => o.token))
  }
  // "urged law enforcement agencies to be less lethargic", parsed with the object as the
  // infinitive's subject: who is urged.
  if (!recipient && OBJECT_CONTROL.has(lemma)) {
    recipient = first(dependents(article, from + i, 'xcomp', 'ccomp').flatMap((c) => (isMarkedTo(article, c) ? dependents(article, c, 'nsubj') : [])))
  }
  // "He was guilty of copying it", "How can he be guilty": whoever is called guilty is the one
  // judged; nobody in the clause judges.
  if ((t.upos === 'ADJ' || t.upos === 'NOUN') && view.words[i] === 'guilty' && dependents(article, from + i, 'cop').length > 0) {
    return { actor: null, recipient: first(args.agents), noActorGuess: true }
  }
  // "an academic who is on trial", "the town is under siege": the subject undergoes it.
  if (t.upos === 'NOUN' && dependents(article, from + i, 'cop').length > 0) {
    const marks = dependents(article, from + i, 'case').map((c) => article[c]!.lemma.toLowerCase())
    if (marks.includes('under') || (marks.includes('on') && UNDERGOER_POSSESSOR.has(type))) {
      const by = markedDependents(article, from + i, 'nmod', 'by')
      const undergoer = first(args.agents)
      const doer = first(by)
      return { actor: doer, recipient: undergoer === doer ? null : undergoer, noActorGuess: doer === null }
    }
  }
  // "The convoy came under attack from Taliban fighters", "fell under fire from militias": whoever
  // it came from did it, and the subject underwent it. (The noun's own phrase may still name the
  // doer, below: "nations that come under Russian attack".)
  const comingUnder = t.upos === 'NOUN' && /^obl/.test(t.deprel) && t.head >= 0 && hasCase(article, from + i, 'under') && COMING_UNDER.has(lemmaOf(from + t.head))
  if (comingUnder) {
    const gov = from + t.head
    actor = first([...markedDependents(article, from + i, 'nmod', 'from', 'by'), ...markedDependents(article, gov, 'obl', 'from', 'by')])
    const undergoer = first(
      subjectsOf(article, gov)
        .filter((s) => !s.passive)
        .map((s) => s.token),
    )
    recipient = undergoer === actor ? null : undergoer
  }
  // "died in the police firing": a gerund used as a noun has no clause subject of its own.
  const gerundNoun = isNominalGerund(article, from + i)
  if (gerundNoun) actor = null
  if (t.upos === 'NOUN' || gerundNoun) {
    // "Israel's strikes", "Israeli strikes", "U.S. strikes", "an attack by rebels"; but the
    // possessor of an arrest, a trial or a release is who it is done to ("Rousseff's trial").
    // ("Russia's bombing campaign", "the United States-led bombing campaign against ISIS": a trigger
    // that only names the kind of the noun heading its phrase shares that noun's possessor,
    // modifiers before it and prepositional phrases.)
    const ph = actPhraseHead(view, i)
    // (An attempt's phrases are the act's too: "an assassination attempt on Heath".)
    const kindOf = ph > triggerLast && isCompoundChain(syn, i, ph) && (COURSES.has(view.lemmas[ph]!) || view.lemmas[ph] === 'attempt')
    const ownModifier = (m: number): boolean => cands.some((c) => c.head === m - from || (c.first <= m - from && m - from <= c.last))
    // (Whoever owns a course of action runs it: "their sabotage operations", never its undergoer.)
    const runners = kindOf && COURSES.has(view.lemmas[ph]!) ? dependents(article, from + ph, 'nmod:poss', 'amod', 'compound').filter((m) => m < from + i && ownModifier(m)) : []
    // ("the US arms embargo": a name qualifying a compound before the noun qualifies the act; but
    // before an attack's compound only a nationality does: a town, a state or a pub's name is
    // where, "the Birmingham pub bombings".)
    const placeBefore = (m: number): boolean => isPlace(view, m - from) || (type === 'ASSAULT' && view.entityType[m - from] !== 'NORP')
    const modifiers = [
      ...dependents(article, from + i, 'nmod:poss', 'amod', 'compound').filter(ownModifier),
      ...chainedModifiers(article, from + i).filter((m) => ownModifier(m) && !placeBefore(m)),
      ...runners,
    ]
    // "the Paris attack", "the Nagasaki blast": a town or site before an attack is where it struck.
    const places = type === 'ASSAULT' ? modifiers.filter((m) => article[m]!.deprel === 'compound' && isPlace(view, m - from)) : []
    // A name before the noun names its doer only when it is a state, a nationality, an agent or
    // an organisation that acts ("the Hamas attack", "a Russian strike", "a police raid"), not the
    // occasion or the person it befell ("the Boston Marathon bombing", "the Kennedy assassination").
    const mods = modifiers.filter((m) => !places.includes(m) && (article[m]!.deprel !== 'compound' || namesDoer(first([m]), view, actors, type)))
    const nmods = [...dependents(article, from + i, 'nmod'), ...(kindOf ? dependents(article, from + ph, 'nmod') : [])]
    const prepOf = (m: number): string =>
      dependents(article, m, 'case')
        .map((c) => article[c]!.lemma.toLowerCase())
        .join(' ')
    // The preposition its type takes names the recipient before a possessor does ("its sanctions
    // against the EU": the EU).
    // "clashes between the two air forces", "talks between Seoul and Pyongyang": one side each.
    const between = nmods.filter((m) => prepOf(m) === 'between').flatMap((m) => conjunctsOf(article, m))
    if (between.length >= 2 && !actor && !recipient) {
      actor = first([between[0]!])
      recipient = first(between.slice(1))
    }
    recipient ??= first(nmods.filter((m) => preps.includes(prepOf(m))))
    recipient ??= first(places)
    // "The Kremlin launched its air strikes": a possessive pronoun stands for the subject of the
    // verb the noun is the object of, which names who it is.
    // ("air" in "its air strikes" is part of the trigger's name, not a participant.)
    const pronounPossessor = mods.some((m) => article[m]!.upos === 'PRON') && mods.every((m) => article[m]!.upos === 'PRON' || article[m]!.upos === 'NOUN')
    const possessorUndergoes = UNDERGOER_POSSESSOR.has(type) || VICTIM_POSSESSOR.has(lemma)
    // "In his interview, Trump dismissed the claims", "In its latest offensive, the army shelled": a
    // possessive pronoun in a phrase fronted before the clause's subject stands for that subject.
    if (!possessorUndergoes && t.deprel === 'obl' && t.head > i && mods.some((m) => article[m]!.upos === 'PRON' && article[m]!.deprel === 'nmod:poss')) {
      const subjects = subjectsOf(article, from + t.head).filter((s) => !s.passive && s.token > from + i && article[s.token]!.upos !== 'PRON')
      actor ??= first(subjects.map((s) => s.token))
    }
    if (possessorUndergoes) {
      // But a state, an organisation or an authority before the noun imposes it ("the EU's
      // sanctions", "an FBI investigation", "Japan's surrender"), and so does any possessor once the
      // type's preposition has named who undergoes it ("Russia's embargo on EU food").
      // (A possessive pronoun yields to the subject of the verb, as below: "Russia continues its sanctions".)
      const doers = [...runners.filter((m) => mods.includes(m)), ...(recipient ? (pronounPossessor ? [] : mods) : mods.filter((m) => isAuthority(view, cands, m - from)))]
      actor ??= first(doers)
      // ("The FBI resumed its investigation", "its sanctions": "its" stands for an institution,
      // which does such acts; a person's "his trial" is undergone.)
      recipient ??= first(mods.filter((m) => !doers.includes(m) && article[m]!.lemma.toLowerCase() !== 'its' && view.words[m - from] !== 'its'))
    } else if (!pronounPossessor) actor ??= first(mods)
    // "Israel responded with airstrikes", "militants, who fought back with hit-and-run attacks from
    // tunnels": an act that is the means of a verb of fighting or answering is its subject's.
    const means = syn[ph]!
    if (
      !actor &&
      /^obl/.test(means.deprel) &&
      means.head >= 0 &&
      hasCase(article, from + ph, 'with') &&
      (ANSWERING.has(view.lemmas[means.head]!) || ANSWERING.has(view.words[means.head]!.toLowerCase())) &&
      !argumentsOf(article, from + means.head).passive
    ) {
      actor = first(
        subjectsOf(article, from + means.head)
          .filter((s) => !s.passive)
          .map((s) => s.token),
      )
    }
    actor ??= first(nmods.filter((m) => ACTOR_PREPOSITIONS.has(prepOf(m))))
    // "The attack by Houthi rebels killed 30" (parsed with the rebels as the verb's subject),
    // "Saudi-led airstrikes": the noun's own words name its doer.
    actor ??= surfaceDoer(view, cands, i, triggerLast)
    // "soldiers implicated in the coup attempt", "rebels took part in the attack", "the bombing was
    // blamed on militants", "the ambush was the work of the Taliban": who is said to have a part in it.
    if (!actor) {
      const taking = partTakers(article, lemmaOf, from + ph)
      actor = first(taking.tokens)
      // ("the release of Captain Sanabria, who is implicated in": "who" names the person of the
      // phrase the parser hung it from, above or in its of-phrase.)
      const person = (c: ArgumentCandidate | null): boolean => c?.mention?.mention.entity.type === 'PERSON'
      if (actor && !person(actor) && taking.byWho) {
        actor = personAbove(article, from + actor.head, at) ?? first(markedDependents(article, from + actor.head, 'nmod', 'of').filter((k) => person(at(k)))) ?? actor
      }
    }
    const blamedDoer = first(blamedFor(article, lemmaOf, from + ph))
    if (blamedDoer && mayBeDoer(view, blamedDoer)) actor ??= blamedDoer
    // (What it is laid on is never what it struck: "blamed the massacre on political correctness".)
    if (blamedDoer && recipient === blamedDoer) recipient = null
    // "the murder of four villagers by Wagner mercenaries", "the killing of protesters by police":
    // the parser may hang the by-phrase from the noun of the of-phrase; it still names the doer.
    actor ??= first(nmods.filter((m) => prepOf(m) === 'of').flatMap((m) => dependents(article, m, 'nmod').filter((b) => prepOf(b) === 'by')))
    // "the surrender of Japan", "the withdrawal of the troops": who gives way is the of-phrase.
    if (type === 'RETREAT') actor ??= first(nmods.filter((m) => prepOf(m) === 'of'))
    // A relative clause says what the act did or who carried it out: "the coup that deposed
    // Zelaya" (the relative pronoun is its subject: Zelaya underwent it), "the strikes Russia
    // launched" (the relative pronoun, said or not, is the object of a verb of doing: Russia did it).
    // "the bombing (in Mosul), which was condemned by the UN": whoever judges it did not do it
    // (the parser may hang the clause from the noun of the trigger's place phrase).
    for (const r of [from + i, ...nmods].flatMap((k) => dependents(article, k, 'acl:relcl'))) {
      if (!isVerbOf(REACTION_VERBS, view, r - from)) continue
      const clause = argumentsOf(article, r)
      reactors.push(
        ...(clause.passive
          ? clause.agents
          : subjectsOf(article, r)
              .filter((s) => !s.passive && s.token !== from + i)
              .map((s) => s.token)),
      )
    }
    for (const r of dependents(article, from + i, 'acl:relcl')) {
      const clause = argumentsOf(article, r)
      const subjects = subjectsOf(article, r)
      const relativeSubject = dependents(article, r, 'nsubj', 'nsubj:pass').some((s) => s === from + i || RELATIVE_PRONOUNS.has(article[s]!.lemma.toLowerCase()))
      // ("Medvedev's warning that any ground operation would lead to war" completes the noun: no relative clause.)
      const complement = dependents(article, r, 'mark').length > 0 || dependents(article, r, 'obj').some((o) => !RELATIVE_PRONOUNS.has(article[o]!.lemma.toLowerCase()))
      if (relativeSubject && !clause.passive && isVerbOf(AFFECTING_VERBS, view, r - from)) recipient ??= first(dependents(article, r, 'obj'))
      else if (!relativeSubject && !complement && isVerbOf(DOING_VERBS, view, r - from)) {
        actor ??= first(subjects.filter((s) => !s.passive && s.token !== from + i).map((s) => s.token))
        recipient ??= first(clause.obliques.filter((o) => preps.includes(o.preposition)).map((o) => o.token))
      }
    }
    // "sanctions imposed by Washington": the agent of the participle that describes it.
    // (Not of one that judges or reports it: "the bombing, which was condemned by the UN".)
    for (const p of dependents(article, from + i, 'acl')) if (!isVerbOf(REACTION_VERBS, view, p - from)) actor ??= first(argumentsOf(article, p).passive ? argumentsOf(article, p).agents : [])
    // The verb it is the object of: "launched an attack on X", "returned fire"; but whoever
    // condemns, welcomes or suffers an attack did not carry it out ("Pyongyang condemned the
    // sanctions", "the village suffered an attack").
    // ("began a hunger strike", "fired four shell bombs": a trigger that only modifies the noun
    // heading its phrase stands where that noun does.)
    const pt = syn[ph]!
    if (pt.head >= 0) {
      const gov = from + pt.head
      const rel = pt.deprel
      const govLemma = article[gov]!.lemma.toLowerCase()
      // "Palestinians blamed Israel for the bombing", "police arrested two men over the attack",
      // "the group is responsible for the bombings": whoever is held to account for it did it.
      const accountable = rel.startsWith('obl') && hasCase(article, from + ph, ...ACCOUNT_PREPOSITIONS)
      // (The view's lemma: the parser may leave a stem, "blam".)
      const account = view.lemmas[pt.head]!
      // "Guerrillas wounded two soldiers in a bomb attack": the act a harm was done in is the
      // harmer's.
      const inside = rel.startsWith('obl') && hasCase(article, from + ph, 'in')
      // ("marched in protest", "fired in retaliation": a bare act noun is how the subject acted.)
      const bare = !dependents(article, from + ph, 'det', 'nmod:poss').length
      if (inside && (AFFECTING_VERBS.has(account) || bare)) {
        actor ??= first(doersOf(article, gov))
      }
      // "The army has been holding refugees as human shields", "took them as hostages": the act
      // an "as" phrase names is what the verb's subject does to its object.
      if (rel.startsWith('obl') && hasCase(article, from + ph, 'as') && HOLDING_VERBS.has(govLemma)) {
        actor ??= first(doersOf(article, gov))
        recipient ??= first(argumentsOf(article, gov).patients)
      }
      // (Not for a charge or an arrest: "detained him over charges" names who is charged.)
      if (accountable && !UNDERGOER_POSSESSOR.has(type) && ACCOUNTING_VERBS.has(account)) actor ??= first(argumentsOf(article, gov).patients)
      else if (accountable && article[gov]!.upos === 'ADJ' && RESPONSIBLE.has(account)) {
        actor ??= first(dependents(article, gov, 'nsubj'))
        // "police are hunting those responsible for the attack": whoever the adjective describes.
        if (/^(amod|acl)/.test(article[gov]!.deprel) && article[gov]!.head >= 0) actor ??= first([article[gov]!.head])
      }
      if ((rel === 'obj' || rel.startsWith('xcomp')) && UNDERGOING_VERBS.has(govLemma)) {
        recipient ??= first(
          subjectsOf(article, gov)
            .filter((s) => !s.passive)
            .map((s) => s.token),
        )
        // ("pleaded guilty": a plea is the defendant's own; nobody else acts in it.)
        if (govLemma === 'plead') noActorGuess = true
      } else if ((rel === 'obj' || rel.startsWith('xcomp')) && REACTION_VERBS.has(govLemma)) {
        noActorGuess = true
      } else if ((rel === 'obj' || rel.startsWith('xcomp')) && (LIGHT_VERBS.has(govLemma) || LIGHT_VERBS.has(view.lemmas[pt.head]!))) {
        actor ??= first(
          subjectsOf(article, gov)
            .filter((s) => !s.passive)
            .map((s) => s.token),
        )
        recipient ??= first(
          argumentsOf(article, gov)
            .obliques.filter((o) => preps.includes(o.preposition))
            .map((o) => o.token),
        )
      }
      // "The attack was carried out by Hamas", "the attack was condemned by the UN": the agent of
      // a verb of doing did it; that of a verb of judging or reporting only reacts to it.
      if (rel === 'nsubj:pass' && isVerbOf(DOING_VERBS, view, t.head)) actor ??= first(argumentsOf(article, gov).agents)
      else if (rel === 'nsubj:pass' && REACTION_VERBS.has(govLemma)) reactors.push(...argumentsOf(article, gov).agents)
      // "a hospital damaged by airstrikes": the airstrikes hit what the verb's patient is.
      // (Not one that helps it: "Kurdish fighters, supported by U.S. airstrikes".)
      if (rel === 'obl:agent' && !SUPPORTING.has(govLemma)) recipient ??= first(argumentsOf(article, gov).patients)
      // An act as the subject strikes the object of a verb of harm ("the blast rocked the embassy"),
      // or someone that verb names; any other verb relates it to a thing it did not strike ("the
      // airstrikes reflect the intensity", "the debate will harden impressions").
      if (rel === 'nsubj' && !recipient) {
        const patient = first(argumentsOf(article, gov).patients)
        const harms = isVerbOf(AFFECTING_VERBS, view, pt.head) || isVerbOf(HARMING_VERBS, view, pt.head)
        if (harms || (patient !== null && namesSomeone(patient))) recipient = patient
      }
      // "installations have been hit with airstrikes": the airstrikes hit what the passive verb's subject is.
      if (rel === 'obl' && argumentsOf(article, gov).passive && ['with', 'by'].includes(prepOf(from + i))) recipient ??= first(argumentsOf(article, gov).patients)
    }
    if (pronounPossessor && (!possessorUndergoes || !mods.some((m) => first([m]) === recipient))) actor ??= first(mods)
    // An attack named by its place or its victim ("the Orlando attack", "his execution") is an
    // incident talked about; whoever the sentence's other phrases name did not carry it out.
    if (!actor && (places.length > 0 || (recipient !== null && VICTIM_POSSESSOR.has(lemma) && mods.some((m) => first([m]) === recipient)))) noActorGuess = true
    // (Nobody in the sentence but the phrases it came from did what the subject came under.)
    if (!actor && comingUnder) noActorGuess = true
  }
  // "A group of refugees", "hundreds of farmers": the people a partitive counts act.
  if (actor && !actor.mention && PARTITIVE.has(view.lemmas[actor.head]!)) {
    const of = markedDependents(article, from + actor.head, 'nmod', 'of')
    actor = first(of) ?? actor
  }
  // "Airstrikes by the United States and France have killed 40 civilians": an act as the subject
  // is done by whoever its by-phrase names.
  // ("An army helicopter attack killed five": the agent word that modifies the act does it; the
  // act itself is nobody.)
  if (actor && !actor.mention && !actor.agent) {
    const by = markedDependents(article, from + actor.head, 'nmod', 'by')
    // (Not a person word: "an off-duty police officer" is the officer.)
    // (Nor a group: "the Grapo terrorist group" is the group.)
    const act = !PERSON_NOUN.test(view.words[actor.head]!) && !GROUPS.has(view.words[actor.head]!.toLowerCase()) && topicClass(view.lemmas[actor.head]!) !== 'CRIME'
    const doer = act ? actor.modifierAgents?.[0] : undefined
    actor = first(by) ?? (doer ? { first: doer.at, last: doer.at, head: doer.at, agent: doer.agent } : actor)
  }
  // "Trump has no responsibility for the murder", "the group denied responsibility for the
  // bombing": responsibility disowned names nobody who did it.
  const owned = responsibilityFor(view, article, from, i)
  if (owned === 'disowned') {
    actor = null
    noActorGuess = true
  } else if (owned !== null) {
    // "Hamas claimed responsibility for the attack": whoever claims it did it.
    actor =
      first(
        subjectsOf(article, owned)
          .filter((s) => !s.passive)
          .map((s) => s.token),
      ) ?? actor
  }
  if (actor && recipient && actor === recipient) recipient = null
  const reacting = reactors.map((k) => at(k)).filter((c): c is ArgumentCandidate => c !== null && c !== actor)
  // "UNRWA says 50 installations have been hit with airstrikes", "buildings have been damaged,
  // according to an analysis by Corey Scher": a reported passive that names no agent says nobody
  // acted; whoever else the sentence names (the reporter, a place in the patient's phrase) did not.
  const means = t.upos === 'NOUN' && t.head >= 0 && /^obl/.test(t.deprel) && hasCase(article, from + i, 'with', 'by')
  const clause = means ? argumentsOf(article, from + t.head) : args
  // (But an arrest, a charge or a ban is the act of the state where it happens, which the model
  // may still find: "was arrested in Lebanon, according to the Canadian Press".)
  // (A "by" after it that the parse failed to read as the agent still names one: "WAS MURDERED BY TWO PAID ASSASSINS".)
  const reporters = reportersOf(view, i)
  const by = view.words.some((w, k) => k > i && w.toLowerCase() === 'by' && !reporters.has(k) && !reporters.has(k + 1))
  if (!actor && !JURISDICTION.has(type) && clause.passive && clause.agents.length === 0 && reporters.size > 0 && !by) noActorGuess = true
  // "said Morris, the uncle of a protester who was arrested": a passive relative clause that names
  // no agent, inside the phrase of whoever speaks, says nobody in the sentence did it; the speaker
  // is no guess for its actor. (Elsewhere the main clause may name who did: "we will issue
  // detainers for immigrants who are arrested".)
  if (!actor && args.passive && args.agents.length === 0 && !by && inRelativeClause(article, from + i) && inSpeakerPhrase(view, article, from + i)) noActorGuess = true
  return { actor, recipient, noActorGuess, ...(reacting.length ? { reactors: reacting } : {}) }
}

// Nouns of a course of action that an act noun names the kind of ("bombing campaign", "a rescue
// mission"): whoever runs the course does the act. (Not a place or thing: "the North Dakota
// protest site" names where, not who.)
// Types whose verbs take no patient (protesting, demonstrating, resigning, retreating): a participle of
// one is never a passive.
const INTRANSITIVE_TYPES = new Set(['PROTEST', 'RETREAT'])
// Verbs of fighting or answering whose with-phrase is the act they are done by ("responded with airstrikes").
// (Irregular pasts as written: the parser's lemma of "fought" may be "fink".)
const ANSWERING = new Set([
  'respond',
  'retaliate',
  'react',
  'reply',
  'answer',
  'fight',
  'fought',
  'struck',
  'hit',
  'strike',
  'attack',
  'counter',
  'counterattack',
  'resist',
  'pound',
  'target',
  'bombard',
  'punish',
  'defend',
])
// Verbs of coming or staying under an act ("came under attack", "remained under fire").
const COMING_UNDER = new Set(['come', 'fall', 'remain', 'stay', 'go'])
// Verbs that hold or use someone as what an "as" phrase names ("held them as hostages", "used civilians as human shields").
const HOLDING_VERBS = new Set(['hold', 'use', 'take', 'keep', 'seize', 'detain', 'capture', 'kidnap', 'abduct'])
// Verbs of helping: an act as their agent helps their patient rather than hitting it.
const SUPPORTING = new Set(['support', 'back', 'aid', 'assist', 'help', 'cover', 'escort', 'accompany', 'reinforce', 'bolster', 'protect', 'enable', 'precede', 'follow'])
const COURSES = new Set(['campaign', 'operation', 'mission', 'offensive', 'spree', 'blitz', 'sortie', 'drive', 'effort', 'programme', 'program', 'policy'])

// The object the parser took for another verb's, standing with only its apposition and commas
// between it and the finite conjunct `at` that has no subject and no conjunction of its own.
// Who does what the verb at `at` says: its passive agents, else its active subjects.
function doersOf(article: NonNullable<SentenceView['articleSyntax']>, at: number): number[] {
  const clause = argumentsOf(article, at)
  return clause.passive
    ? [...clause.agents]
    : subjectsOf(article, at)
        .filter((s) => !s.passive)
        .map((s) => s.token)
}

function appositionSubject(article: NonNullable<SentenceView['articleSyntax']>, at: number): number[] {
  const t = article[at]!
  if (t.deprel !== 'conj' || t.head < 0 || !/^VB[DZP]$/.test(t.xpos) || dependents(article, at, 'cc', 'nsubj', 'nsubj:pass').length > 0) return []
  const object = dependents(article, t.head, 'obj').find((o) => o < at)
  if (object === undefined) return []
  const appositions = dependents(article, object, 'appos')
  if (appositions.length === 0) return []
  const end = Math.max(...appositions.map((a) => subtreeSpan(article, a).end))
  for (let k = end; k < at; k++) if (article[k]!.upos !== 'PUNCT') return []
  return [object]
}

// Whether a phrase an act is laid on can be who did it: someone, a name, a person noun or a
// group ("the Tupac Amaru revolutionary movement", "a splinter group"), not a cause ("blamed the
// massacre on political correctness", "on a YouTube video").
function mayBeDoer(view: SentenceView, c: ArgumentCandidate): boolean {
  const word = view.words[c.head]!
  return namesSomeone(c) || view.syntax?.[c.head]?.upos === 'PROPN' || PERSON_NOUN.test(word) || GROUPS.has(word.toLowerCase())
}
const GROUPS = new Set([
  'group',
  'groups',
  'movement',
  'front',
  'army',
  'party',
  'organization',
  'organisation',
  'cartel',
  'mafia',
  'mafias',
  'squad',
  'squads',
  'gang',
  'gangs',
  'cell',
  'cells',
  'faction',
  'factions',
  'militia',
  'militias',
  'commando',
  'commandos',
  'unit',
  'units',
])

// Whether a participant is someone (a person, group, state or organisation, or an agent word), not a thing or an idea.
function namesSomeone(c: ArgumentCandidate): boolean {
  return c.agent !== undefined || (c.mention !== undefined && isActingEntityType(c.mention.mention.entity.type))
}
