/**
 * Source and target of a trigger without a parser (extraction.md §2.2): the source is the nearest
 * actor before the trigger in its clause that is not a place, a genitive complement, an attribution
 * or a passive agent (or a pronoun's antecedent); the target is the direct object or the actor
 * after one of the pattern's prepositions. Passive verbs swap them ("X was arrested by Y"); nouns
 * read "de/of X" as source or target as their pattern says; "entre X et Y" names both sides.
 */
import type { Modality } from "@corpus/schema";
import type { NameGender } from "../actors/first-name-gender.js";
import { auxiliaryBefore, introducerOf, isPrepositionA, objectRelativeAntecedent } from "./clause.js";
import { FormTag, hasTag } from "./form-tags.js";
import type { Discourse, Participant } from "./discourse.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import { coordinatedAfter, coordinationHead, roleOf, type Role } from "./roles.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";
import type { Token } from "./tokenize.js";
import { describedSubjectBody, personAfterBody, personLaterInPhrase, speaksForBody } from "./speaker-description.js";
import { victimModality, victimNounBefore } from "./victim.js";
import { describedTitle } from "./titled-speaker.js";
import { agentCueAfter, openingParticipleSubject } from "./voice.js";

export type SourceVia = "subject" | "pronoun" | "inversion" | "agent" | "between" | "complement" | "implicit";

export interface FilledSlots {
  sources: Participant[];
  targets: Participant[];
  via: SourceVia;
  /** The target is inferred from the object (its owner, its sides, a clause's subject) rather than being it. */
  inferredTarget?: boolean;
  /** The modality the slots' own wording gives ("X serait victime de …"), over the trigger's. */
  modality?: Modality;
}

export interface SlotContext {
  view: SentenceView;
  lexicon: Lexicon;
  discourse: Discourse;
  /** Mentions already taken as the target of an earlier trigger of the sentence. */
  usedTargets: Set<number>;
  /** Who acts for the state of an actor: the article's police of its country, else its country. */
  stateOf: (actor: Participant) => Participant | null;
  /** The one person the article gave a title ("ministre de la santé", folded), for a speaker described by it. */
  titledPerson?: (title: string) => Participant | null;
}

const TARGET_WINDOW = 14;
/** Words a title may put between a preposition and the name it introduces ("au président de la commission X"). */
const TITLE_SPAN = 7;
/** Conjunctions that open a subordinate clause at the start of a comma-bounded segment. */
const SUBORDINATORS: Record<string, ReadonlySet<string>> = {
  fr: new Set(["si", "lorsque", "lorsqu'", "quand", "alors", "tandis", "bien", "puisque", "puisqu'", "comme", "quoique", "parce"]),
  en: new Set(["while", "when", "if", "although", "though", "whereas", "as", "because", "since", "unless", "once", "after", "before"]),
};
/** Conjunctions that, before a verb group, open a clause with the previous clause's subject. */
const SHARED_SUBJECT = new Set(["but", "mais", "yet", "and", "et"]);
/** English "do" as an auxiliary ("but did not accede"). */
const DO_SUPPORT = new Set(["do", "does", "did"]);
const INVERSION_WINDOW = 6;
/** Words an auxiliary and adverbs may put between a comma and the verb ("a pour sa part condamné"). */
const PREDICATE_LEAD = 5;
/** Singular third-person pronouns that say their antecedent's gender when it is a person. */
const PRONOUN_GENDER = new Map<string, NameGender>([
  ["il", "M"], ["-il", "M"], ["-t-il", "M"], ["he", "M"], ["him", "M"],
  ["elle", "F"], ["-elle", "F"], ["-t-elle", "F"], ["she", "F"], ["her", "F"],
  ["ce dernier", "M"], ["celui-ci", "M"], ["cette dernière", "F"], ["celle-ci", "F"],
]);
/** French inverted "on" ("dit-on", "a-t-on"). */
const IMPERSONAL_INVERSION = /^-(t-)?on$/;
/** "ce dernier", "celle-ci", "the latter": the last actor named, not the last subject. */
const DEMONSTRATIVE = /^(ce dernier|cette derni[eè]re|celui-ci|celle-ci|the latter)$/;

const participant = (ctx: SlotContext, index: number): Participant => {
  const slot = ctx.view.mentions[index]!;
  return { key: slot.key, kind: slot.kind };
};

/**
 * The participants of a phrase and those coordinated with it, each by the head of its own phrase:
 * "US President Donald Trump and Turkish President Recep Tayyip Erdoğan" → Trump, Erdoğan.
 */
function group(ctx: SlotContext, first: number): Participant[] {
  let last = titledHead(ctx, first);
  const members = [last];
  // Where the last member's phrase ends: past its "of X" complement ("Buhari of Nigeria and Talon of Benin").
  let end = ctx.view.mentions[last]!.t1;
  for (let next = last + 1; next < ctx.view.mentions.length; next++) {
    const role = roleOf(ctx.view, ctx.view.mentions[next]!, ctx.lexicon);
    if (role.kind === "genitive" && role.index === end && next === last + 1 && ctx.view.mentions[last]!.kind === "PERSON") {
      end = ctx.view.mentions[next]!.t1;
      continue;
    }
    if (role.kind !== "coordination" || role.index !== end) break;
    last = titledHead(ctx, next);
    members.push(last);
    end = ctx.view.mentions[last]!.t1;
    next = last;
  }
  return members.map((index) => participant(ctx, index));
}

/** The first mention of the phrase a mention heads ("Turkish President Erdoğan" from Erdoğan → Turkish). */
function phraseStart(ctx: SlotContext, index: number): number {
  return index > 0 && titledHead(ctx, index - 1) === index ? index - 1 : index;
}

/**
 * The person a country or body names as part of a title: "Turkish President [Erdoğan]", "NATO
 * Secretary-General [Stoltenberg]", "US Secretary of State [Pompeo]" — only capitalised title words
 * (and "of"/"de" inside them) between the two.
 */
function titledHead(ctx: SlotContext, index: number): number {
  const { view, lexicon } = ctx;
  const slot = view.mentions[index]!;
  const next = view.mentions[index + 1];
  if (!next || next.kind !== "PERSON" || slot.kind === "PERSON" || next.t0 - slot.t1 > 4) return index;
  for (let i = slot.t1; i < next.t0; i++) {
    const token = view.tokens[i]!;
    const glue = lexicon.cues.sets.genitive.has(token.lower) && i > slot.t1 && i < next.t0 - 1;
    if (!glue && (!token.word || token.text[0] === token.lower[0])) return index;
  }
  return index + 1;
}

function headRole(ctx: SlotContext, index: number): Role {
  return roleOf(ctx.view, ctx.view.mentions[coordinationHead(ctx.view, index, ctx.lexicon)]!, ctx.lexicon);
}

/**
 * "les islamistes d'Ansar Eddine", "fighters of the Islamic State": a described collective followed
 * by "de/of" and a named actor acts as that actor.
 */
function namedComplement(ctx: SlotContext, index: number): number {
  const { view, lexicon } = ctx;
  const slot = view.mentions[index]!;
  const next = view.mentions[index + 1];
  if (!slot.generic || !next || next.generic || !lexicon.cues.sets.genitive.has(view.tokens[slot.t1]?.lower ?? "")) return index;
  const gap = next.t0 - slot.t1;
  return gap === 1 || (gap === 2 && lexicon.cues.sets.determiners.has(view.tokens[slot.t1 + 1]!.lower)) ? index + 1 : index;
}

/**
 * A place that only completes a noun: "la cour d'appel de Paris, qui …", "le maire de Pau, qui …",
 * "tué par balle à Lyon". The noun, not the place, is who acts. A person or a state after "à/de"
 * stays an actor ("répondre à X, qui a répliqué", "en Iran, qui a reconnu").
 */
function complementOfNoun(ctx: SlotContext, index: number): boolean {
  const slot = ctx.view.mentions[index]!;
  if (slot.kind !== "LOCATION") return false;
  const role = roleOf(ctx.view, slot, ctx.lexicon).kind;
  return role === "locative" || role === "genitive";
}

/** Followed by a relative subject pronoun ("X, qui …", "X, who …"): X is that clause's subject. */
function antecedentOfRelative(ctx: SlotContext, index: number): boolean {
  const { tokens } = ctx.view;
  let after = ctx.view.mentions[index]!.t1;
  if (tokens[after]?.lower === ",") after++;
  return ctx.lexicon.cues.sets.relativeSubject.has(tokens[after]?.lower ?? "");
}

/** How far before its speech verb "it" may stand ("it said", "it also told reporters", "it has not yet said"). */
const NEUTER_SUBJECT_SPAN = 4;

/**
 * English "it" as the subject of a verb of saying ("…, it said", "It added that …") is the body or
 * state the story last had in subject position: wire copy refers to companies, ministries and
 * governments so. Only before a speech verb, where "it" cannot be a thing ("it bans protests").
 */
function neuterSpeaker(ctx: SlotContext, at: number, verb: number, exclude?: string): Participant | null {
  const { tokens } = ctx.view;
  if (ctx.lexicon.language !== "en" || tokens[at]!.lower !== "it") return null;
  // "The ministry said (that) it would expel …": right after a verb of saying, "it" is that verb's subject
  const reporting = tokens[at - 1]?.lower === "that" ? at - 2 : at - 1;
  if (reporting >= 0 && isSpeechVerb(ctx, reporting)) return ctx.discourse.neuterSubjectOf(ctx.view.index, exclude);
  if (verb - at > NEUTER_SUBJECT_SPAN || !isSpeechVerb(ctx, verb)) return null;
  for (let i = at + 1; i < verb; i++) if (!tokens[i]!.word) return null;
  return ctx.discourse.antecedent(ctx.view.index, { person: false, plural: false, neuter: true }, exclude);
}

function pronounAntecedent(ctx: SlotContext, at: number, exclude?: string, objectPosition = false): Participant | null {
  const { tokens } = ctx.view;
  const { sets } = ctx.lexicon.cues;
  const word = tokens[at]!.lower;
  // Two-word pronouns ("ce dernier", "the latter"): the pair is only spelt out after a word that ends one (this runs on every word a subject search walks over).
  const pair = at > 0 && ctx.lexicon.pronounPairEnds.has(word) ? `${tokens[at - 1]!.lower} ${word}` : "";
  const singular = sets.subjectPronounsSingular.has(word) || sets.subjectPronounsSingular.has(pair);
  const plural = sets.subjectPronounsPlural.has(word) || sets.subjectPronounsPlural.has(pair) || (word.endsWith("s") && /-(t-)?(ils|elles)$/.test(word));
  const inversion = sets.inversionPronouns.has(word);
  const object = objectPosition && sets.objectPronouns.has(word);
  if (!singular && !plural && !inversion && !object) return null;
  const person = ctx.lexicon.language === "en" && (singular || word === "him" || word === "her");
  const many = plural || word === "them" || word === "les" || word === "leur";
  const latest = DEMONSTRATIVE.test(singular && sets.subjectPronounsSingular.has(pair) ? pair : word);
  // "il" is mostly a man, "elle" as often "la France", "l'armée", "la commission": only "il" prefers a person.
  const preferPerson = ctx.lexicon.language === "fr" && !many && (word === "il" || word === "-il" || word === "-t-il");
  const gender = many ? undefined : PRONOUN_GENDER.get(latest && sets.subjectPronounsSingular.has(pair) ? pair : word);
  return ctx.discourse.antecedent(ctx.view.index, { person: person && !latest, plural: many, preferPerson, latest, gender, speaker: inversion }, exclude);
}

/**
 * The subject before `from`: walks left over tokens, skipping quoted words when the trigger is not
 * quoted, mentions that are places/complements/attributions/agents or earlier objects, commas and
 * relative pronouns; stops at other clause breaks. A subject pronoun gives its antecedent.
 */
export function subjectBefore(ctx: SlotContext, from: number, inQuote: boolean, nonFinite = false, avoid?: string): { sources: Participant[]; via: SourceVia } | null {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  const { sets } = lexicon.cues;
  if (unnamedSpeakers(ctx, from)) return null;
  let crossed = false;
  let coordinated = false;
  // "Lam agreed to add members to the police council but did not accede": after "but/and" + verb the
  // subject is that of the previous verb, so the actors between are its objects; the nearest of
  // them is kept only for when no verb is crossed.
  let verbCrossed = false;
  let fallback: { sources: Participant[]; via: SourceVia } | null = null;
  // A participle clause ("en refusant", "…, blaming Y") takes the main clause's subject, not its object.
  const needsVerb = () => coordinated || nonFinite;
  const found = (subject: { sources: Participant[]; via: SourceVia }) => {
    if (!needsVerb() || verbCrossed) return subject;
    fallback ??= subject;
    return null;
  };
  for (let i = from - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (!inQuote && view.quoteOf[i] !== null) continue;
    const slotIndex = view.mentionAt[i]!;
    if (slotIndex >= 0) {
      i = view.mentions[slotIndex]!.t0;
      const role = headRole(ctx, slotIndex);
      // "Le directeur de la Croix-Rouge a déclaré", "a spokesman for the army said": the body speaks.
      if (describedSubjectBody(view, lexicon, view.mentions[slotIndex]!, role, from, (at) => startsClause(ctx, at))) {
        const subject = found({ sources: group(ctx, slotIndex), via: "subject" });
        if (subject) return subject;
        continue;
      }
      if (role.kind !== "free") continue;
      if (ctx.usedTargets.has(slotIndex) && !antecedentOfRelative(ctx, slotIndex)) continue;
      const owner = appositionOwner(ctx, slotIndex, from);
      const head = owner >= 0 ? owner : namedComplement(ctx, coordinationHead(view, phraseStart(ctx, slotIndex), lexicon));
      const subject = found({ sources: group(ctx, head), via: "subject" });
      if (subject) return subject;
      continue;
    }
    if (needsVerb() && !verbCrossed && isFiniteVerb(ctx, i)) verbCrossed = true;
    // A subject pronoun is not the verb's own object: "They called on Turkey" is not Turkey.
    const antecedent = neuterSpeaker(ctx, i, from, avoid) ?? pronounAntecedent(ctx, i, avoid);
    if (antecedent) {
      const subject = found({ sources: [antecedent], via: "pronoun" });
      if (subject) return subject;
      continue;
    }
    // "on évoque …", "we think …": an impersonal or first/second person subject names no actor.
    if (sets.impersonalPronouns.has(token.lower)) return needsVerb() && !verbCrossed ? fallback : null;
    if (token.lower === "," && opensSubordinateSegment(ctx, i)) return fallback;
    if (token.lower === ",") continue;
    // "X said the attack killed …": the trigger sits in what X said; X is not its subject. A gerund
    // adjunct ("X posted a message blaming Y") does take the main subject.
    if (!nonFinite && !coordinated && isSpeechVerb(ctx, i)) return null;
    // "X a reconnu … mais a appelé", "X said … and urged": a speech verb before a coordinated verb
    // phrase is that phrase's sibling, not the verb that reports it.
    if ((token.lower === "and" || token.lower === "et") && sharesSubject(ctx, i)) coordinated = true;
    if (sets.relativeSubject.has(token.lower)) {
      // "X, qui …" / "X who …": the antecedent is the subject; a relative after a common noun has none.
      // The antecedent is the subject whatever its own role: "the campaign of X, who was arrested".
      const before = tokens[i - 1]?.lower === "," ? i - 2 : i - 1;
      const antecedent = view.mentionAt[before] ?? -1;
      if (antecedent >= 0 && !complementOfNoun(ctx, antecedent)) return { sources: group(ctx, coordinationHead(view, phraseStart(ctx, antecedent), lexicon)), via: "subject" };
      return fallback;
    }
    if (sets.clauseBreak.has(token.lower) && sharesSubject(ctx, i)) {
      coordinated = true;
      continue;
    }
    if (sets.clauseBreak.has(token.lower)) {
      // "after being attacked by …", "en refusant …": a non-finite clause takes the main clause's subject.
      if (nonFinite && !crossed) {
        crossed = true;
        continue;
      }
      return appositionSubject(ctx, from, inQuote) ?? fallback;
    }
  }
  return fallback;
}

/** A present participle opening a clause ("claiming", "affirmant"): an -ing/-ant word or a known gerund form. */
function opensParticipleClause(ctx: SlotContext, at: number): boolean {
  const token = ctx.view.tokens[at];
  if (!token || !token.word || token.text !== token.lower || token.lower.length < 5) return false;
  if (ctx.lexicon.language === "en") return token.lower.endsWith("ing");
  return (ctx.lexicon.verbForms.get(token.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.GERUND)) || token.lower.endsWith("ant");
}

/** A finite verb or a participle the dictionary knows, or an English past form ("agreed", "visited"). */
function isFiniteVerb(ctx: SlotContext, at: number): boolean {
  const token = ctx.view.tokens[at]!;
  if (!token.word || isPrepositionA(token)) return false;
  if (ctx.lexicon.language === "en" && token.text === token.lower && token.lower.length > 4 && token.lower.endsWith("ed")) return true;
  return (ctx.lexicon.verbForms.get(token.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.FINITE) || hasTag(reading.tags, FormTag.PARTICIPLE));
}

/**
 * "Rafael Correa, président de la république équatorienne, a décidé", "X, professor at the American
 * University of Beirut, said": a name inside a comma-bounded description that follows a person or
 * body describes it; the verb after the closing comma is that person's. Returns the owner or -1.
 */
function appositionOwner(ctx: SlotContext, slotIndex: number, verb: number): number {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  const slot = view.mentions[slotIndex]!;
  let open = slot.t0 - 1;
  while (open >= 0 && tokens[open]!.word && (view.mentionAt[open] ?? -1) < 0 && !lexicon.cues.sets.clauseBreak.has(tokens[open]!.lower)) open--;
  // "Yannick Jadot, Europe Écologie Les Verts, estime": a party or body alone between commas after a person is that person's.
  if (open === slot.t0 - 1 && tokens[open]?.lower === "," && tokens[slot.t1]?.lower === "," && slot.kind !== "PERSON" && slot.kind !== "LOCATION") {
    const person = view.mentionAt[open - 1] ?? -1;
    if (person >= 0 && view.mentions[person]!.kind === "PERSON" && auxiliaryOnly(ctx, slot.t1 + 1, verb)) return person;
  }
  // A description opens with a common noun or adverb ("président de …", "aujourd'hui professeur"), not a title and name ("Mme X").
  const first = tokens[open + 1];
  if (tokens[open]?.lower !== "," || open === slot.t0 - 1 || slot.kind === "PERSON" || !first || first.text[0] !== first.lower[0]) return -1;
  const owner = view.mentionAt[open - 1] ?? -1;
  if (owner < 0 || view.mentions[owner]!.kind === "LOCATION" || view.mentions[owner]!.kind === "COUNTRY") return -1;
  // The description closes with a comma before the verb, and holds no verb of its own.
  for (let i = slot.t1; i < verb; i++) {
    const token = tokens[i]!;
    if (token.lower === ",") return auxiliaryOnly(ctx, i + 1, verb) ? owner : -1;
    if (!token.word || lexicon.cues.sets.clauseBreak.has(token.lower) || (lexicon.verbForms.get(token.fold) ?? []).length > 0) return -1;
  }
  return -1;
}

/** The predicate starts right after the closing comma: a verb form or a negation ("…, a décidé", "…, said", "…, n'a pas"). */
function auxiliaryOnly(ctx: SlotContext, from: number, verb: number): boolean {
  const token = ctx.view.tokens[from];
  if (!token || from > verb || (ctx.view.mentionAt[from] ?? -1) >= 0) return false;
  return from === verb || ctx.lexicon.cues.sets.negationBefore.has(token.lower) || (ctx.lexicon.verbForms.get(token.fold) ?? []).length > 0;
}

/**
 * "…, money traders said", "…, industry sources said": an English verb of saying right after a
 * comma and a plural noun phrase has that unnamed group as subject, not an actor further left.
 */
function unnamedSpeakers(ctx: SlotContext, verb: number): boolean {
  const { tokens } = ctx.view;
  if (ctx.lexicon.language !== "en" || !isSpeechVerb(ctx, verb)) return false;
  const last = tokens[verb - 1];
  if (!last || (ctx.view.mentionAt[verb - 1] ?? -1) >= 0 || last.text !== last.lower || !last.lower.endsWith("s") || ctx.lexicon.cues.sets.subjectPronounsPlural.has(last.lower)) return false;
  for (let i = verb - 2; i >= 0 && i >= verb - 4; i--) {
    const token = tokens[i]!;
    if (token.lower === ",") return true;
    if (!token.word || (ctx.view.mentionAt[i] ?? -1) >= 0 || token.text !== token.lower) return false;
  }
  return false;
}

/**
 * "While 54 nations have signed onto X, only 27 have ratified": the comma-bounded segment before
 * `comma` opens with a subordinator, so its actors belong to that subordinate clause.
 */
function opensSubordinateSegment(ctx: SlotContext, comma: number): boolean {
  const { tokens } = ctx.view;
  let start = comma - 1;
  while (start > 0 && tokens[start - 1]!.lower !== ",") start--;
  const first = tokens[start];
  return first !== undefined && SUBORDINATORS[ctx.lexicon.language]!.has(first.lower);
}

/**
 * "X agreed … but did not accede", "X a reconnu … mais a appelé": "but/mais" directly followed by a
 * verb group opens a clause that shares the previous clause's subject.
 */
function sharesSubject(ctx: SlotContext, at: number): boolean {
  const word = ctx.view.tokens[at]!.lower;
  if (!SHARED_SUBJECT.has(word)) return false;
  const next = ctx.view.tokens[at + 1];
  if (!next || !next.word) return false;
  const sets = ctx.lexicon.cues.sets;
  if (sets.negationBefore.has(next.lower) || ctx.lexicon.cues.modals.has(next.fold) || DO_SUPPORT.has(next.lower)) return true;
  return (ctx.lexicon.verbForms.get(next.fold) ?? []).length > 0 && !sets.determiners.has(next.lower) && !sets.subjectPronounsSingular.has(next.lower) && !sets.subjectPronounsPlural.has(next.lower);
}

/**
 * "X, président de Y et dont …, a refusé": when the verb follows a comma and the nearest-subject walk
 * stopped at a relative or subordinate clause, the subject is the sentence's first actor that opens
 * such a comma-delimited apposition.
 */
function appositionSubject(ctx: SlotContext, from: number, inQuote: boolean): { sources: Participant[]; via: SourceVia } | null {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  // Back over the auxiliary and adverbs to the comma: "…, a de nouveau refusé", "…, has since said".
  let before = from - 1;
  while (before >= 0 && from - before <= PREDICATE_LEAD && tokens[before]!.word && (view.mentionAt[before] ?? -1) < 0 && tokens[before]!.text[0] === tokens[before]!.lower[0]) before--;
  if (tokens[before]?.lower !== ",") return null;
  const index = view.mentions.findIndex(
    (slot) =>
      slot.t1 < before &&
      (inQuote || view.quoteOf[slot.t0] === null) &&
      (tokens[slot.t1]?.lower === "," || tokens[slot.t1]?.lower === "(") &&
      roleOf(view, slot, lexicon).kind === "free",
  );
  return index < 0 ? null : { sources: group(ctx, coordinationHead(view, index, lexicon)), via: "subject" };
}

/**
 * The mention a modifier mention belongs to: "Iranian airline Mahan Air", "le ministre malien X" —
 * a mention followed within two plain words by another mention is that one's modifier.
 */
function phraseHead(ctx: SlotContext, index: number): number {
  const { view, lexicon } = ctx;
  const slot = view.mentions[index]!;
  const next = view.mentions[index + 1];
  if (!next || next.t0 - slot.t1 > 4) return index;
  for (let i = slot.t1; i < next.t0; i++) {
    const token = view.tokens[i]!;
    const capitalised = token.text[0] !== token.text[0]!.toLowerCase();
    // A title between the two ("US Secretary of State Mike Pompeo") may hold "of"/"de".
    const titleGlue = lexicon.cues.sets.genitive.has(token.lower) && i > slot.t1 && i < next.t0 - 1;
    if (titleGlue) continue;
    if (!token.word || (next.t0 - slot.t1 > 2 && !capitalised)) return index;
    const { sets } = lexicon.cues;
    if (sets.coordination.has(token.lower) || sets.genitive.has(token.lower) || sets.locative.has(token.lower) || sets.targetBreak.has(token.lower) || sets.prepositions.has(token.lower)) return index;
  }
  return index + 1;
}

/**
 * A pronoun object after the verb: English "them", "him", "her" when no noun follows ("her husband"
 * is a possessive; "it" is mostly a thing). French object clitics stand before the verb (see cliticObject); after
 * it "le/la/les" are articles, so only stressed pronouns count ("contre eux", "à lui").
 */
function isObjectPronoun(ctx: SlotContext, at: number): boolean {
  const { tokens } = ctx.view;
  const word = tokens[at]!.lower;
  if (!ctx.lexicon.cues.sets.objectPronouns.has(word)) return false;
  if (ctx.lexicon.language === "fr") return word === "lui" || word === "eux";
  if (word !== "her") return true;
  const next = tokens[at + 1];
  return !next || !next.word || ctx.lexicon.cues.sets.locative.has(next.lower) || ctx.lexicon.cues.sets.coordination.has(next.lower) || next.lower === "for" || next.lower === "of";
}

/**
 * "spoke with the government of Syria": a genitive complement whose head noun is introduced by one
 * of the pattern's prepositions counts as introduced by it.
 */
function genitiveAfterPrep(ctx: SlotContext, genitiveAt: number, preps: ReadonlySet<string>): boolean {
  const { tokens } = ctx.view;
  for (let i = genitiveAt - 1; i >= 0 && i >= genitiveAt - 4; i--) {
    const token = tokens[i]!;
    if (!token.word) return false;
    if (preps.has(token.lower)) return true;
  }
  return false;
}

/**
 * Where the object of a verb has ended because another predicate starts: "and/et" before a verb
 * ("urged the embassy to reconsider and spoke with …", "a dénoncé … et a menacé"), or English "to"
 * before a verb (the object of an infinitive is not the trigger's).
 */
function startsNewPredicate(ctx: SlotContext, at: number): boolean {
  const { tokens } = ctx.view;
  const word = tokens[at]!.lower;
  const english = ctx.lexicon.language === "en";
  if (word !== "and" && word !== "et" && !(english && word === "to")) return false;
  const next = tokens[at + 1];
  if (!next || !next.word || (ctx.view.mentionAt[at + 1] ?? -1) >= 0) return false;
  // A known verb, or an English past form the dictionary does not know ("and allowed", "and deemed").
  const pastForm = english && next.text === next.lower && next.lower.length > 4 && next.lower.endsWith("ed");
  return ((ctx.lexicon.verbForms.get(next.fold) ?? []).length > 0 || pastForm) && !ctx.lexicon.cues.sets.determiners.has(next.lower);
}

/** A finite form of a verb that reports speech ("said", "a déclaré"), whose complement follows. */
function isSpeechVerb(ctx: SlotContext, at: number): boolean {
  const token = ctx.view.tokens[at]!;
  for (const reading of ctx.lexicon.verbForms.get(token.fold) ?? []) {
    if (!hasTag(reading.tags, FormTag.FINITE) && !hasTag(reading.tags, FormTag.PARTICIPLE)) continue;
    if (ctx.lexicon.speechLemmas.has(reading.lemma)) return true;
  }
  return false;
}

/**
 * A word that can stand in a title between a preposition and a name: no verb, no place preposition;
 * English titles are capitalised ("to US Ambassador X"), French ones need not be ("au président de
 * la commission X").
 */
function titleWord(ctx: SlotContext, token: Token): boolean {
  const { sets } = ctx.lexicon.cues;
  if (!token.word || sets.locative.has(token.lower) || (ctx.lexicon.verbForms.get(token.fold) ?? []).length > 0) return false;
  if (sets.determiners.has(token.lower) || sets.genitive.has(token.lower)) return true;
  return ctx.lexicon.language === "fr" ? !sets.clauseBreak.has(token.lower) : token.text[0] !== token.lower[0];
}

/** What an object search found: the targets, the mention heading them (or -1), and whether a pronoun gave them. */
interface ObjectFound {
  targets: Participant[];
  head: number;
  pronoun: boolean;
  /** The targets own or take part in the object ("la politique de X", "the deal between X and Y"): inferred, not the object itself. */
  owner?: boolean;
}

/** Nothing found (a fresh list each time: callers add context targets to it). */
const noObject = (): ObjectFound => ({ targets: [], head: -1, pronoun: false });

/** Mentions after `from` that fill a target slot (see {@link findObjectAfter}); the mention found is marked as used. */
function objectAfter(ctx: SlotContext, from: number, preps: ReadonlySet<string>, direct: boolean, skip: ReadonlySet<number>, source: string | undefined, argFrom = from, owners = true, asides = false): Participant[] {
  const found = findObjectAfter(ctx, from, preps, direct, skip, source, argFrom, owners, asides);
  if (found.head >= 0) ctx.usedTargets.add(found.head);
  return found.targets;
}

/**
 * Mentions after `from` that fill a target slot: direct object or introduced by an allowed word.
 * With `owners`, the owner of an object noun counts too: its "de/of X" complement or its adjective
 * ("a condamné la politique française"). With `asides`, an aside between commas before one of the
 * prepositions is passed over (not for speech verbs: "a dit X, qui …, au micro de RTL").
 */
function findObjectAfter(ctx: SlotContext, from: number, preps: ReadonlySet<string>, direct: boolean, skip: ReadonlySet<number>, source: string | undefined, argFrom = from, owners = true, asides = false): ObjectFound {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  let limit = Math.min(tokens.length, from + TARGET_WINDOW);
  // The last pattern preposition met, while only words follow it: "au président de la commission X".
  let openPrep = -1;
  // English puts its direct object right after the verb: past another preposition a name is no direct
  // object ("executed a letter for X", "killed four people in X"), until a comma closes the phrase.
  // French lets a time phrase come first ("a rallié en septembre dernier X").
  const objectFirst = lexicon.language === "en";
  let otherPrep = false;
  for (let i = from; i < limit; i++) {
    const token = tokens[i]!;
    // "transférer le contrôle de X, dernier territoire dont elle avait la charge, aux forces afghanes":
    // a comma-bounded aside before the pattern's preposition is passed over.
    const asideEnd = asides && token.lower === "," && i > from ? asideBeforePrep(ctx, i, preps) : -1;
    if (asideEnd > 0) {
      limit = Math.min(tokens.length, Math.max(limit, asideEnd + TITLE_SPAN));
      i = asideEnd;
      continue;
    }
    if (token.lower === ",") otherPrep = false;
    else if (objectFirst && i >= argFrom && (view.mentionAt[i] ?? -1) < 0 && !preps.has(token.lower) && (lexicon.cues.sets.prepositions.has(token.lower) || lexicon.cues.sets.locative.has(token.lower))) otherPrep = true;
    if (i > from && lexicon.cues.sets.targetBreak.has(token.lower) && !preps.has(token.lower)) break;
    if (i > from && startsNewPredicate(ctx, i)) break;
    // "called for cooperation, claiming a right to Turkey": a participle clause after a comma has its own objects.
    if (token.lower === "," && opensParticipleClause(ctx, i + 1)) break;
    const slotIndex = view.mentionAt[i]!;
    if (slotIndex < 0) {
      if (preps.has(token.lower)) openPrep = i;
      else if (openPrep >= 0 && !titleWord(ctx, token)) openPrep = -1;
      // "fired tear gas at them", "urged him to …": an object pronoun stands for a recent actor.
      const previous = tokens[i - 1]?.lower ?? "";
      // Counted from the end of the pattern's object words: "fired tear gas at them".
      if (i >= argFrom && i <= argFrom + 2 && isObjectPronoun(ctx, i) && (direct ? i === argFrom : preps.has(previous))) {
        const antecedent = pronounAntecedent(ctx, i, source, true);
        if (antecedent) return { targets: [antecedent], head: -1, pronoun: true };
      }
      continue;
    }
    const slot = view.mentions[slotIndex]!;
    i = slot.t1 - 1;
    if (skip.has(slotIndex)) continue;
    const role = roleOf(view, slot, lexicon);
    if (slot.kind === "LOCATION" && role.kind !== "free" && lexicon.cues.sets.locative.has(role.word)) continue;
    // The word before the mention, whatever role it gives: "retiré ses troupes du Mali" → "du".
    const introducer = introducerOf(view, slot, lexicon)?.words ?? "";
    const titled = openPrep >= 0 && slot.t0 - openPrep <= TITLE_SPAN && (role.kind === "free" || role.kind === "genitive") && (owners || !modifiesNoun(ctx, slot));
    const introducedByPrep =
      role.kind === "free" ? (preps.has(introducer) && introducer !== "" && !direct) || titled : preps.has(role.word) || (role.kind === "genitive" && genitiveAfterPrep(ctx, role.index, preps)) || titled;
    const genitiveComplement = owners && direct && role.kind === "genitive" && (role.index > from || (role.index === from && endsOnNoun(ctx, from))) && slot.kind !== "LOCATION" && !placeGenitive(ctx, role.index);
    // "denounced the deal between X and Y": the sides of an object noun's "between" are what it is about.
    const betweenComplement = owners && direct && role.kind === "between" && role.index > from && !otherPrep && insideObjectPhrase(ctx, from, role.index);
    const directObject = direct && role.kind === "free" && !otherPrep && (owners || !modifiesNoun(ctx, slot));
    if (introducedByPrep || directObject || genitiveComplement || betweenComplement) {
      // "supported the government of X": a described body followed by a named one is that one.
      const head = namedComplement(ctx, phraseHead(ctx, slotIndex));
      return { targets: group(ctx, head), head, pronoun: false, owner: genitiveComplement || betweenComplement };
    }
  }
  return noObject();
}

/** How long an aside between commas may be. */
const ASIDE_SPAN = 12;

/**
 * The closing comma of an aside that opens at `comma` and is followed by one of the pattern's
 * prepositions, or -1. The aside names no actor: a name there would be an apposition or a list.
 */
function asideBeforePrep(ctx: SlotContext, comma: number, preps: ReadonlySet<string>): number {
  const { tokens } = ctx.view;
  if (preps.size === 0) return -1;
  for (let j = comma + 1; j < tokens.length && j <= comma + ASIDE_SPAN; j++) {
    const word = tokens[j]!.lower;
    if ((ctx.view.mentionAt[j] ?? -1) >= 0 && ctx.view.mentions[ctx.view.mentionAt[j]!]!.kind !== "LOCATION") return -1;
    if (word === "." || word === ";" || word === ":") return -1;
    if (word === ",") return preps.has(tokens[j + 1]?.lower ?? "") && j > comma + 2 ? j : -1;
  }
  return -1;
}

/** No preposition but "de/of" between the verb and `at`: "dénoncé l'accord entre", not "dénoncé X après l'entretien entre". */
function insideObjectPhrase(ctx: SlotContext, from: number, at: number): boolean {
  const { sets } = ctx.lexicon.cues;
  for (let i = from; i < at; i++) {
    const word = ctx.view.tokens[i]!.lower;
    if (sets.prepositions.has(word) || sets.locative.has(word) || sets.clauseBreak.has(word) || word === ",") return false;
  }
  return true;
}

/**
 * A multi-word trigger that ends on its object noun ("proclamer l'indépendance"): a "de/of X" right
 * after it is that noun's complement, not the verb's.
 */
function endsOnNoun(ctx: SlotContext, end: number): boolean {
  const last = ctx.view.tokens[end - 1];
  const { sets } = ctx.lexicon.cues;
  if (!last || !last.word || (ctx.lexicon.verbForms.get(last.fold) ?? []).length > 0) return false;
  return !sets.prepositions.has(last.lower) && !sets.locative.has(last.lower) && !sets.genitive.has(last.lower) && !sets.determiners.has(last.lower);
}

/** A lower-case mention right after a common noun is its adjective ("la citoyenneté française", "touristes américains"). */
function modifiesNoun(ctx: SlotContext, slot: MentionSlot): boolean {
  const before = ctx.view.tokens[slot.t0 - 1];
  const { sets } = ctx.lexicon.cues;
  return slot.mention.text[0] === slot.mention.text[0]!.toLowerCase() && before !== undefined && before.word && before.text === before.lower && !sets.determiners.has(before.lower) && !sets.prepositions.has(before.lower) && !sets.genitive.has(before.lower) && !sets.locative.has(before.lower);
}

/** "in front of X", "au centre de X": a genitive whose noun follows a place preposition locates, it names no object. */
function placeGenitive(ctx: SlotContext, genitiveAt: number): boolean {
  const { tokens } = ctx.view;
  return [tokens[genitiveAt - 2], tokens[genitiveAt - 3]].some((token) => token !== undefined && ctx.lexicon.cues.sets.placePrepositions.has(token.lower));
}

/** Participants named by "entre X et Y" / "between X and Y" right after a noun trigger. */
function betweenAfter(ctx: SlotContext, match: TriggerMatch): Participant[] {
  const { view, lexicon } = ctx;
  for (let i = match.end; i < view.tokens.length && i <= match.end + 2; i++) {
    if (!lexicon.cues.sets.between.has(view.tokens[i]!.lower)) continue;
    const first = view.mentions.findIndex((slot) => slot.t0 > i && slot.t0 <= i + 3);
    return first < 0 ? [] : group(ctx, first);
  }
  return [];
}

/** The mention introduced by a passive agent word ("par X", "by X") after the trigger. */
/** A finite verb, or a negation or reflexive pronoun that only stands before one ("n'a pas", "s'oppose"). */
function opensPredicate(ctx: SlotContext, at: number): boolean {
  const word = ctx.view.tokens[at]?.lower ?? "";
  const { sets } = ctx.lexicon.cues;
  return startsClause(ctx, at) || sets.negationBefore.has(word) || sets.reflexive.has(word);
}

/** Punctuation that closes an agent phrase ("par l'AFP, …"). */
const AGENT_PHRASE_ENDS = new Set([",", ";", ":"]);

function agentAfter(ctx: SlotContext, from: number): { sources: Participant[]; index: number } | null {
  const at = agentCueAfter(ctx.view.tokens, from, ctx.lexicon);
  if (at < 0) return null;
  const index = ctx.view.mentions.findIndex((slot) => slot.t0 > at && slot.t0 <= at + 7);
  // "Sollicité par l'AFP, Matignon a confirmé": a name past a comma that opens a clause is that
  // clause's subject, not the agent ("arrêté par les services, la DGSI, alors …" is an apposition).
  if (index >= 0 && ctx.view.tokens.slice(at + 1, ctx.view.mentions[index]!.t0).some((token) => AGENT_PHRASE_ENDS.has(token.lower)) && opensPredicate(ctx, ctx.view.mentions[index]!.t1)) return null;
  // "tué par balle en Ariège", "confirmée par le parquet de Paris", "tué par un policier aux Etats-Unis":
  // a place, or a state after a place preposition, that follows the agent's noun is where, not who.
  if (index < 0 || complementOfNoun(ctx, index) || roleOf(ctx.view, ctx.view.mentions[index]!, ctx.lexicon).kind === "locative") return null;
  return { sources: group(ctx, index), index };
}

/**
 * "l'exécution, jeudi, par les rebelles, de 28 soldats", "the killing, by rebels, of 28 soldiers":
 * the "de/of X" complement of a noun whose agent stands between commas follows that aside.
 */
function complementAfterAgent(ctx: SlotContext, agentIndex: number): number {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  const members = [agentIndex, ...coordinatedAfter(view, agentIndex, lexicon)];
  const comma = view.mentions[members.at(-1)!]!.t1;
  if (tokens[comma]?.lower !== "," || !lexicon.cues.sets.genitive.has(tokens[comma + 1]?.lower ?? "")) return -1;
  for (let i = comma + 2; i < tokens.length && i <= comma + 4; i++) {
    const slot = view.mentionAt[i] ?? -1;
    if (slot >= 0) return view.mentions[slot]!.kind === "LOCATION" ? -1 : slot;
    if (!tokens[i]!.word) return -1;
  }
  return -1;
}

/** "de X" / "of X" right after a noun trigger, or null. */
function complementAfter(ctx: SlotContext, match: TriggerMatch): number | null {
  const found = ctx.view.mentions.findIndex((slot) => {
    // "la fusillade de Munich", "the bombing of Kabul": a city after "de/of" is where, not who.
    if (slot.t0 <= match.end || slot.t0 > match.end + 3 || slot.kind === "LOCATION") return false;
    const role = roleOf(ctx.view, slot, ctx.lexicon);
    return role.kind === "genitive" && role.index === match.end;
  });
  return found < 0 ? null : found;
}

/**
 * The actor a noun trigger is attached to without a preposition: right before it ("Turkish
 * offensive", "Germany's ban", "United States sanctions") or right after it as an adjective
 * ("l'offensive turque", "les frappes américaines"). A noun's sentence subject is not enough:
 * "X a condamné ces attaques" does not make X the attacker.
 */
function attachedToNoun(ctx: SlotContext, match: TriggerMatch): number {
  const { view } = ctx;
  const { tokens } = view;
  let before = match.head - 1;
  if (tokens[before]?.lower === "'s" || tokens[before]?.lower === "'" || /^-?(led|backed)$/.test(tokens[before]?.lower ?? "")) before--;
  const left = view.mentionAt[before] ?? -1;
  // "a Kabul car bombing", "the Munich shooting": a city before an event noun is where, not who.
  if (left >= 0 && view.quoteOf[before] === view.quoteOf[match.head] && view.mentions[left]!.kind !== "LOCATION") return left;
  const right = view.mentionAt[match.end] ?? -1;
  if (ctx.lexicon.language === "fr" && right >= 0 && view.mentions[right]!.mention.text === view.mentions[right]!.mention.text.toLowerCase()) return right;
  return -1;
}

/** How many words may stand between a light verb and its event noun ("announced a complete withdrawal"). */
const LIGHT_OBJECT_SPAN = 4;
/** French "procéder à l'exécution": the light verb's object may follow "à". */
const LIGHT_PREPOSITIONS = new Set(["à", "au", "aux"]);

/**
 * The subject of a light verb whose object is the event noun: "the United States announced a
 * complete withdrawal", "les islamistes ont repris leurs actes de destruction", "en ordonnant le
 * retrait". The noun names what the subject does.
 */
function lightVerbSubject(ctx: SlotContext, match: TriggerMatch, inQuote: boolean): { sources: Participant[]; via: SourceVia } | null {
  const { tokens } = ctx.view;
  const { lexicon } = ctx;
  for (let i = match.head - 1; i >= 0 && i >= match.head - 1 - LIGHT_OBJECT_SPAN; i--) {
    const token = tokens[i]!;
    if (!token.word || (ctx.view.mentionAt[i] ?? -1) >= 0) return null;
    const readings = isPrepositionA(token) ? [] : (lexicon.verbForms.get(token.fold) ?? []);
    const light = readings.find((reading) => lexicon.cues.lemmas.light.has(reading.lemma));
    if (light) {
      const gerund = hasTag(light.tags, FormTag.GERUND) && !hasTag(light.tags, FormTag.FINITE);
      return subjectBefore(ctx, auxiliaryBefore(tokens, i, lexicon)?.index ?? i, inQuote, gerund || tokens[i - 1]?.lower === "en");
    }
    if (readings.length > 0) return null;
    const function_ = lexicon.cues.sets.determiners.has(token.lower) || lexicon.cues.sets.genitive.has(token.lower) || LIGHT_PREPOSITIONS.has(token.lower);
    if (!function_ && (lexicon.cues.sets.prepositions.has(token.lower) || lexicon.cues.sets.locative.has(token.lower) || lexicon.cues.sets.clauseBreak.has(token.lower))) return null;
  }
  return null;
}

/**
 * "A military coup removed X", "the strike killed X", "l'attaque a visé X": an event noun that is the
 * subject of the next verb has that verb's direct object as its target.
 */
function objectOfNextVerb(ctx: SlotContext, match: TriggerMatch, from: number): Participant[] {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  let verb = from;
  if ((view.mentionAt[verb] ?? -1) >= 0) verb = view.mentions[view.mentionAt[verb]!]!.t1;
  while (verb < tokens.length && verb < from + 3 && (auxiliaryBefore(tokens, verb + 1, lexicon)?.index === verb || lexicon.cues.sets.negationBefore.has(tokens[verb]!.lower))) verb++;
  const token = tokens[verb];
  if (!token || !token.word || isPrepositionA(token) || (view.mentionAt[verb] ?? -1) >= 0) return [];
  const isVerb = (lexicon.verbForms.get(token.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.FINITE) || hasTag(reading.tags, FormTag.PARTICIPLE));
  const englishPast = lexicon.language === "en" && token.text === token.lower && /[a-z]{3,}ed$/.test(token.lower);
  // After an auxiliary any word is the verb ("a visé", "has targeted").
  if (!isVerb && !englishPast && verb === from) return [];
  // The object: a name after the verb, past articles and lower-case title words ("then-prime-minister").
  for (let i = verb + 1; i < tokens.length && i <= verb + 3; i++) {
    const slot = view.mentionAt[i] ?? -1;
    if (slot >= 0) return view.mentions[slot]!.kind === "LOCATION" ? [] : group(ctx, slot);
    const { sets } = lexicon.cues;
    const word = tokens[i]!.lower;
    if (!tokens[i]!.word || tokens[i]!.text !== word || sets.prepositions.has(word) || sets.locative.has(word) || sets.genitive.has(word)) return [];
  }
  return [];
}

/** A speech verb after a quote or a comma with its subject after it ("« … », a déclaré X", "…, said X"). */
/** How many words an unnamed speaker's description may have ("la ministre de l'Intérieur britannique"). */
const DESCRIBED_SPEAKER_SPAN = 10;

/**
 * A determiner opens the speaker's description, which ends the sentence or runs to a comma with no
 * name and no verb in it: "…, a indiqué la ministre.", "…, said the official." — not "X, spokesman
 * for Y, said the attack had killed …", whose determiner opens what was said.
 */
function describedSpeaker(ctx: SlotContext, at: number): boolean {
  const { tokens, mentionAt } = ctx.view;
  if (!ctx.lexicon.cues.sets.determiners.has(tokens[at]?.lower ?? "")) return false;
  for (let i = at; i < tokens.length; i++) {
    if (i >= at + DESCRIBED_SPEAKER_SPAN || (mentionAt[i] ?? -1) >= 0 || startsClause(ctx, i)) return false;
    if (SPEAKER_DESCRIPTION_ENDS.has(tokens[i]!.lower)) return true;
  }
  return true;
}

/** Punctuation that closes a speaker's description. */
const SPEAKER_DESCRIPTION_ENDS = new Set([".", ",", ";", "!", "?"]);

/**
 * The comma or closing quote right before a speech verb (and its auxiliary) that makes it an
 * inversion ("…, a déclaré X", "» a dit X"), or null. After a closing quote any verb of saying
 * inverts; after a comma only a verb of plain speech: "X, président du Mali, a condamné la France"
 * has its subject before.
 */
function inversionMark(ctx: SlotContext, match: TriggerMatch): Token | null {
  const { tokens } = ctx.view;
  const { lexicon } = ctx;
  const aux = auxiliaryBefore(tokens, match.head, lexicon);
  let before = (aux?.index ?? match.head) - 1;
  while (before >= 0 && lexicon.cues.sets.inversionPronouns.has(tokens[before]!.lower)) before--;
  const mark = tokens[before];
  return mark && ((mark.lower === "," && match.pattern.speech) || "»”\"".includes(mark.lower)) ? mark : null;
}

function invertedSpeaker(ctx: SlotContext, match: TriggerMatch): Participant[] | null {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  const aux = auxiliaryBefore(tokens, match.head, lexicon);
  const mark = inversionMark(ctx, match);
  if (!mark) return null;
  for (let i = match.end; i < tokens.length && i < match.end + INVERSION_WINDOW; i++) {
    if (lexicon.cues.sets.inversionPronouns.has(tokens[i]!.lower) || (aux && i === match.end && tokens[aux.index + 1] && lexicon.cues.sets.inversionPronouns.has(tokens[aux.index + 1]!.lower))) {
      const at = lexicon.cues.sets.inversionPronouns.has(tokens[i]!.lower) ? i : aux!.index + 1;
      // "précise-t-on", "a-t-on appris": the impersonal "on" speaks for nobody named.
      if (IMPERSONAL_INVERSION.test(tokens[at]!.lower)) return [];
      const antecedent = pronounAntecedent(ctx, at);
      return antecedent ? [antecedent] : null;
    }
    const slotIndex = view.mentionAt[i]!;
    if (slotIndex >= 0) {
      const role = roleOf(view, view.mentions[slotIndex]!, lexicon);
      // "affirme un jeune manifestant, Abdel Nasser": the name in apposition to the speaker's description.
      const named = role.kind === "free" || (role.kind === "coordination" && role.word === "," && (view.mentionAt[role.index - 1] ?? -1) < 0);
      // "…, a déclaré le directeur de la Croix-Rouge", "…, said a spokesman for the army": the body spoke.
      const body = !named && speaksForBody(view, lexicon, match.end, view.mentions[slotIndex]!, role, (at) => startsClause(ctx, at));
      // After a comma, "…, said Iran was right" is no inversion: the name is the subject of what was said.
      if ((!named && !body) || (mark.lower === "," && startsClause(ctx, view.mentions[slotIndex]!.t1))) return null;
      const person = body ? personAfterBody(view, view.mentions[slotIndex]!) : personLaterInPhrase(view, view.mentions[slotIndex]!, (at) => startsClause(ctx, at));
      if (person >= 0) return group(ctx, person);
      return group(ctx, slotIndex);
    }
    // A comma may only set a name in apposition to the words before it.
    const apposition = tokens[i]!.lower === "," && i > match.end && (view.mentionAt[i + 1] ?? -1) >= 0;
    if ((!tokens[i]!.word && !apposition) || lexicon.cues.sets.targetBreak.has(tokens[i]!.lower)) return null;
  }
  return null;
}

/** A verb right after `at` ("Iran was right", "la France a raison"): the words before are its subject. */
function startsClause(ctx: SlotContext, at: number): boolean {
  const token = ctx.view.tokens[at];
  if (!token || !token.word || isPrepositionA(token)) return false;
  return (ctx.lexicon.verbForms.get(token.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.FINITE));
}

/**
 * "X serait victime de tirs de Y", "X was the target of strikes by Y": a noun trigger with no target
 * after "victime/cible de", "victim/target of" has the subject of that phrase as its target, with
 * the modality of its copula.
 */
function withVictim(ctx: SlotContext, match: TriggerMatch, inQuote: boolean, filled: FilledSlots | null): FilledSlots | null {
  if (!filled || filled.targets.length > 0 || match.pattern.noTarget) return filled;
  const victim = victimNounBefore(ctx.view, match.head, ctx.lexicon);
  const subject = victim >= 0 ? subjectBefore(ctx, victim, inQuote) : null;
  const targets = subject?.sources.filter((target) => !filled.sources.some((source) => source.key === target.key)) ?? [];
  return targets.length > 0 ? { ...filled, targets, inferredTarget: true, modality: victimModality(ctx.view, victim, ctx.lexicon) } : filled;
}

/** Fills the source and target slots of a trigger; null when no source can be found. */
export function fillSlots(ctx: SlotContext, match: TriggerMatch, passive: boolean): FilledSlots | null {
  const { pattern } = match;
  const inQuote = ctx.view.quoteOf[match.head] !== null;
  const noTarget = pattern.noTarget;
  let sourceKey: string | undefined;
  const targetsAfter = (argFrom: number, skip: ReadonlySet<number> = new Set()) =>
    noTarget ? [] : objectAfter(ctx, match.end, pattern.preps, pattern.direct && !passive, skip, sourceKey, argFrom, pattern.ownerTargets, !pattern.speech);
  const nonFinite = isNonFinite(ctx, match);

  if (passive) {
    const agent = agentAfter(ctx, match.end);
    // "X was arrested" is the state's doing; "prisoners arrested during the campaign" only describes them.
    if (!agent) return pattern.stateAgent && auxiliaryBefore(ctx.view.tokens, match.head, ctx.lexicon)?.kind === "be" ? stateArrest(ctx, match, inQuote, nonFinite) : null;
    // "Accusé de fraude par X, Y a démissionné", "Criticised by X, Y denied …": an opening participle clause is about the main subject.
    const subject = subjectBefore(ctx, match.head, inQuote, nonFinite);
    const opening = subject ? -1 : openingParticipleSubject(ctx.view.tokens, ctx.view.mentionAt, match.head, ctx.view.mentions[agent.index]!.t1);
    const targets = noTarget ? [] : subject ? subject.sources : opening >= 0 && opening !== agent.index ? group(ctx, opening) : [];
    return { sources: agent.sources, targets, via: "agent" };
  }

  if (match.entry.kind === "noun") {
    const nounSlots = (): FilledSlots | null => {
      const between = betweenAfter(ctx, match);
      if (between.length >= 2) return { sources: [between[0]!], targets: between.slice(1), via: "between" };
      const agent = agentAfter(ctx, match.end);
      const complement = complementAfter(ctx, match) ?? (pattern.of === "target" && agent ? complementAfterAgent(ctx, agent.index) : -1);
      const skip = new Set(complement >= 0 ? [complement] : []);
      if (pattern.of === "source" && complement >= 0) {
        const after = targetsAfter(match.argFrom, skip);
        const complementEnd = ctx.view.mentions[complement]!.t1;
        return { sources: group(ctx, complement), targets: after.length > 0 || noTarget ? after : objectOfNextVerb(ctx, match, complementEnd), via: "complement" };
      }
      const named = pattern.of === "target" && complement >= 0 && !noTarget ? group(ctx, complement) : targetsAfter(match.argFrom, skip);
      const targets = named.length > 0 || noTarget ? named : objectOfNextVerb(ctx, match, match.end);
      if (agent) return { sources: agent.sources, targets, via: "agent" };
      const attached = attachedToNoun(ctx, match);
      if (attached >= 0) return { sources: group(ctx, attached), targets: targets.filter((t) => t.key !== ctx.view.mentions[attached]!.key), via: "complement" };
      const performer = lightVerbSubject(ctx, match, inQuote);
      if (performer) return { sources: performer.sources, targets: targets.filter((t) => !performer.sources.some((s) => s.key === t.key)), via: performer.via };
      // "depuis l'arrestation de X": an arrest told without its author is the work of X's state.
      const state = pattern.stateAgent && targets[0] ? ctx.stateOf(targets[0]) : null;
      return state && { sources: [state], targets, via: "implicit" };
    };
    return withVictim(ctx, match, inQuote, nounSlots());
  }

  const speech = pattern.speech || ctx.lexicon.cues.lemmas.quoteVerbs.has(match.entry.lemma);
  if (speech) {
    const speaker = invertedSpeaker(ctx, match);
    if (speaker?.length === 0) return null;
    if (speaker) {
      sourceKey = speaker[0]?.key;
      return { sources: speaker, targets: targetsAfter(match.argFrom), via: "inversion" };
    }
    // "…, a indiqué la ministre", "…, ajoute l'universitaire", "…, said the official": the speaker is
    // described, not named; the actor before the verb is only in what was said.
    // "X, porte-parole de Y, a regretté une erreur" is no inversion: a name in apposition before the
    // comma is the subject.
    const mark = inversionMark(ctx, match);
    if (mark && describedSpeaker(ctx, match.end) && (mark.lower !== "," || !appositionSubject(ctx, match.head, inQuote))) {
      // "…, a précisé le ministre de la Santé": the one person given that title.
      const title = describedTitle(ctx.view, ctx.lexicon, match.end, (at) => startsClause(ctx, at));
      const person = title ? (ctx.titledPerson?.(title) ?? null) : null;
      return person && { sources: [person], targets: [], via: "inversion" };
    }
  }
  // The object is read once ahead, to keep a subject pronoun off it, without marking it as used; it
  // is read again once the subject is known only when a pronoun gave it (the subject is no antecedent).
  const ahead = noTarget ? noObject() : findObjectAfter(ctx, match.end, pattern.preps, pattern.direct, new Set(), undefined, match.argFrom, pattern.ownerTargets, !pattern.speech);
  const subject = subjectBefore(ctx, match.head, inQuote, nonFinite, ahead.targets[0]?.key) ?? (nonFinite ? subjectAfterOpeningClause(ctx, match) : null);
  if (!subject) return null;
  sourceKey = subject.sources[0]?.key;
  const clitic = cliticObject(ctx, match, sourceKey);
  let targets: Participant[];
  if (clitic) targets = [clitic];
  else if (ahead.pronoun) targets = targetsAfter(match.argFrom);
  else {
    if (ahead.head >= 0) ctx.usedTargets.add(ahead.head);
    targets = ahead.targets;
  }
  // "X, qu'elle accuse de laxisme", "X, whom he blamed": the object is the relative's antecedent.
  if (targets.length === 0 && pattern.direct && !noTarget) {
    const antecedent = objectRelativeAntecedent(ctx.view, match.head, ctx.lexicon);
    if (antecedent >= 0 && !subject.sources.some((source) => source.key === ctx.view.mentions[antecedent]!.key)) targets = group(ctx, antecedent);
  }
  const inferredTarget = !clitic && !ahead.pronoun && ahead.owner === true;
  return { ...subject, targets: targets.length > 0 || pattern.noTarget || pattern.type !== "REQUEST" ? targets : subjectOfDemandedClause(ctx, match), inferredTarget };
}

/**
 * "a appelé à ce que les rebelles soient tenus responsables", "urged that the embassy waive …": a
 * demand made as a clause is addressed to that clause's subject.
 */
function subjectOfDemandedClause(ctx: SlotContext, match: TriggerMatch): Participant[] {
  const { tokens } = ctx.view;
  for (let i = match.argFrom; i < tokens.length && i <= match.argFrom + 3; i++) {
    const word = tokens[i]!.lower;
    if (word !== "que" && word !== "qu'" && word !== "that") continue;
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const slot = ctx.view.mentionAt[k] ?? -1;
      if (slot >= 0) return ctx.view.mentions[slot]!.kind === "LOCATION" ? [] : group(ctx, slot);
      if (!tokens[k]!.word) return [];
    }
    return [];
  }
  return [];
}

/** "Siarhei, who was arrested in May": an agentless arrest of a named person is the work of their state. */
function stateArrest(ctx: SlotContext, match: TriggerMatch, inQuote: boolean, nonFinite: boolean): FilledSlots | null {
  const subject = subjectBefore(ctx, match.head, inQuote, nonFinite);
  const arrested = subject?.sources[0];
  const state = arrested && ctx.stateOf(arrested);
  return state && arrested ? { sources: [state], targets: subject.sources, via: "implicit" } : null;
}

/** A French object clitic before the verb ("la police les a dispersés", "il l'a condamné"). */
function cliticObject(ctx: SlotContext, match: TriggerMatch, source: string | undefined): Participant | null {
  if (ctx.lexicon.language !== "fr" || !match.pattern.direct || match.pattern.noTarget) return null;
  const { tokens } = ctx.view;
  const aux = auxiliaryBefore(tokens, match.head, ctx.lexicon);
  let at = (aux?.index ?? match.head) - 1;
  if (tokens[at]?.lower === "ne" || tokens[at]?.lower === "n'") at--;
  const token = tokens[at];
  if (!token || !["les", "l'", "le", "la", "lui", "leur"].includes(token.lower)) return null;
  const before = tokens[at - 1];
  const subjectLike = !before || !before.word || ctx.lexicon.cues.sets.subjectPronounsSingular.has(before.lower) || ctx.lexicon.cues.sets.subjectPronounsPlural.has(before.lower) || (ctx.view.mentionAt[at - 1] ?? -1) >= 0 || before.lower === "ne" || before.lower === "n'";
  return subjectLike ? pronounAntecedent(ctx, at, source, true) : null;
}

/**
 * "Having condemned Iran, Anna Smith left", "En refusant de signer, le Mali a …": a non-finite
 * clause that opens the sentence takes the subject that follows its closing comma.
 */
function subjectAfterOpeningClause(ctx: SlotContext, match: TriggerMatch): { sources: Participant[]; via: SourceVia } | null {
  const { view, lexicon } = ctx;
  const { tokens } = view;
  // Only the clause's own words before the trigger; its first word may be a subordinator ("After", "Après").
  for (let i = 1; i < match.head; i++) if (!tokens[i]!.word || lexicon.cues.sets.clauseBreak.has(tokens[i]!.lower)) return null;
  let comma = match.end;
  while (comma < tokens.length && tokens[comma]!.lower !== "," && !lexicon.cues.sets.targetBreak.has(tokens[comma]!.lower)) comma++;
  if (tokens[comma]?.lower !== ",") return null;
  for (let i = comma + 1; i < tokens.length && i <= comma + 3; i++) {
    const slot = view.mentionAt[i] ?? -1;
    if (slot >= 0) return roleOf(view, view.mentions[slot]!, lexicon).kind === "free" ? { sources: group(ctx, slot), via: "subject" } : null;
    if (!tokens[i]!.word) return null;
  }
  return null;
}

/** A gerund or participle clause without its own subject ("en refusant", "after being attacked"). */
function isNonFinite(ctx: SlotContext, match: TriggerMatch): boolean {
  if (match.entry.kind !== "verb") return false;
  const previous = ctx.view.tokens[match.head - 1]?.lower ?? "";
  // "after being attacked", "après avoir condamné": a participle after a non-finite auxiliary.
  if (previous === "being" || previous === "having" || previous === "avoir" || previous === "être") return true;
  if (hasTag(match.tags, FormTag.FINITE)) return false;
  return hasTag(match.tags, FormTag.GERUND) || previous === "en";
}
