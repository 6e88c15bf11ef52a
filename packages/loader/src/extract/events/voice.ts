/**
 * Passive voice without a parser: a participle after a form of "be"/"être" ("was arrested",
 * "a été exclu"), or a participle followed by its agent ("banned by Germany", "rejeté par le
 * Parlement"), or a bare French participle of a transitive pattern ("le texte rejeté").
 */
import { auxiliaryBefore, cueAt } from "./clause.js";
import { FormTag, hasTag } from "./form-tags.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { Token } from "./tokenize.js";

const AGENT_WINDOW = 4;
/** Coordinations after which a participle shares an earlier auxiliary ("a parlé et clamé"). */
const SHARED_AUXILIARY = new Set(["et", "mais", "puis", "and", "but"]);
const REDUCED_PASSIVE_NEXT = new Set(["during", "since", "after", "before", "for", "without", "under", "amid", "last", "earlier", "yesterday"]);

/** Index of the passive agent word ("par", "by") in the few words after `from`, or -1. */
export function agentCueAfter(tokens: readonly Token[], from: number, lexicon: Lexicon): number {
  for (let i = from; i < tokens.length && i < from + AGENT_WINDOW; i++) {
    if (cueAt(tokens, i, lexicon, "passiveAgent")) return cueAt(tokens, i, lexicon, "notAgent") > 0 || introducesVerb(tokens[i + 1], lexicon) ? -1 : i;
    if (cueAt(tokens, i, lexicon, "targetBreak")) return -1;
  }
  return -1;
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** A word that may stand between a verb and its agent without being its object: "today", "overnight", "swiftly", "Monday". */
function adverbial(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token?.word) return false;
  return lexicon.cues.sets.adverbs.has(token.lower) || WEEKDAYS.has(token.lower) || (token.lower.length > 4 && token.lower.endsWith("ly"));
}

/** "responded by attacking", "a commencé par condamner": "by"/"par" before a verb form names a means, not an agent. */
function introducesVerb(next: Token | undefined, lexicon: Lexicon): boolean {
  if (!next || !next.word || next.text !== next.lower) return false;
  if (lexicon.language === "en") return next.lower.length > 4 && next.lower.endsWith("ing");
  return (lexicon.verbForms.get(next.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.INFINITIVE));
}

function reflexiveBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    if (lexicon.cues.sets.reflexive.has(tokens[i]!.lower)) return true;
    if (!tokens[i]!.word) return false;
  }
  return false;
}

/**
 * The word before the trigger ends a noun phrase that a preposition governs ("the release of
 * prisoners arrested …"): then the -ed form modifies that noun; after a subject ("The Taliban met …")
 * it is the verb of the clause.
 */
function afterGovernedNoun(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  const sets = lexicon.cues.sets;
  let i = head - 1;
  if (!tokens[i]?.word || sets.auxHave.has(tokens[i]!.lower)) return false;
  // "Richard Grenell alleged, …": after a name the -ed form is the name's verb.
  if (tokens[i]!.text[0] !== tokens[i]!.lower[0]) return false;
  const isVerb = (token: Token) => (lexicon.verbForms.get(token.fold) ?? []).length > 0;
  while (i >= 0 && i >= head - 4 && tokens[i]!.word && !isVerb(tokens[i]!) && !sets.determiners.has(tokens[i]!.lower) && !sets.genitive.has(tokens[i]!.lower) && !sets.locative.has(tokens[i]!.lower)) i--;
  if (tokens[i] && sets.determiners.has(tokens[i]!.lower)) i--;
  const governor = tokens[i];
  if (!governor) return false;
  // Governed by a preposition ("the release of prisoners arrested …") or a verb ("freed rebels arrested …").
  return sets.genitive.has(governor.lower) || sets.locative.has(governor.lower) || REDUCED_PASSIVE_NEXT.has(governor.lower) || (isVerb(governor) && i < head - 1);
}

/** True when a verb trigger is in the passive voice: its subject is the target, its agent the source. */
export function isPassive(tokens: readonly Token[], match: TriggerMatch, lexicon: Lexicon): boolean {
  if (match.entry.kind !== "verb" || !hasTag(match.tags, FormTag.PARTICIPLE)) return false;
  // Speech verbs take their content as object: "is estimated", "a été annoncé" are passives too.
  const transitive = match.pattern.direct || match.pattern.speech;
  const aux = auxiliaryBefore(tokens, match.head, lexicon);
  // A verb whose object words name the act ("withdraw the bill") is transitive too: "this has been
  // dropped from the list of demands" is a passive, unless the verb takes "être" ("est entré dans la
  // coalition") or the act has a single participant ("l'armée a été mise en état d'alerte").
  const objectVerb = match.pattern.object.length > 0 && !match.pattern.noTarget && !lexicon.cues.lemmas.beVerbs.has(match.entry.lemma);
  if (aux?.kind === "be") return (transitive || objectVerb) && !reflexiveBefore(tokens, aux.index, lexicon);
  if (aux?.kind === "have") return false;
  // Without an auxiliary, a form that is also a past tense ("banned") is passive only when its agent
  // follows at once ("the airline banned by Germany"); a bare participle ("le texte rejeté") always is.
  const agent = agentCueAfter(tokens, match.end, lexicon);
  // "il a parlé … et clamé": a participle right after "et/mais" shares the auxiliary before it.
  if (agent < 0 && SHARED_AUXILIARY.has(tokens[match.head - 1]?.lower ?? "")) return false;
  if (!hasTag(match.tags, FormTag.FINITE)) return agent >= 0 || transitive || objectVerb;
  // "the airline banned by Germany", "banned on Monday by", not "denied accusations by Ukraine": one word between
  // the verb and its agent only when it is an adverb, a -ly word or a weekday
  if (agent >= 0 && (agent <= match.argFrom || (agent === match.argFrom + 1 && adverbial(tokens[match.argFrom], lexicon)))) return true;
  // "prisoners arrested during the campaign": an English -ed form right after a noun and followed by
  // a preposition or punctuation, not by an object, is a reduced passive.
  const next = tokens[match.end];
  const noObject = !next || !next.word || lexicon.cues.sets.locative.has(next.lower) || REDUCED_PASSIVE_NEXT.has(next.lower);
  return match.pattern.direct && !match.pattern.speech && lexicon.language === "en" && noObject && afterGovernedNoun(tokens, match.head, lexicon);
}

/** How far past the agent the comma that closes an opening participle clause may stand. */
const OPENING_CLAUSE_TAIL = 10;
/** How many words (a determiner, an adjective) may open the main clause before its subject. */
const MAIN_SUBJECT_WORDS = 3;

/**
 * "Accusé de fraude par X, Y a démissionné", "Criticised by X for …, Y denied": a passive
 * participle that opens the sentence is about the main clause's subject. Returns the index in
 * `mentions` of that subject (the first actor after the clause's comma), or -1.
 */
export function openingParticipleSubject(tokens: readonly Token[], mentionAt: readonly number[], head: number, agentEnd: number): number {
  if (head !== 0 || !tokens[0]!.word) return -1;
  let comma = agentEnd;
  while (comma < tokens.length && comma < agentEnd + OPENING_CLAUSE_TAIL && tokens[comma]!.lower !== ",") {
    if (!tokens[comma]!.word && tokens[comma]!.lower !== "'") return -1;
    comma++;
  }
  if (tokens[comma]?.lower !== ",") return -1;
  for (let i = comma + 1; i < tokens.length && i <= comma + MAIN_SUBJECT_WORDS; i++) {
    if ((mentionAt[i] ?? -1) >= 0) return mentionAt[i]!;
    if (!tokens[i]!.word) return -1;
  }
  return -1;
}
