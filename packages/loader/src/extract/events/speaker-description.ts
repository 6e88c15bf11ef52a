/**
 * A speaker described by the body it speaks for: "…, a déclaré le directeur de la Croix-Rouge",
 * "…, said a spokesman for the Malian army", "…, a indiqué une source au sein de l'ONU". With no
 * name, the statement is the body's (as event coders code "a spokesman for X said" as X).
 */
import type { Lexicon } from "./lexicon.js";
import type { Role } from "./roles.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

/** Words that join a speaker's role to the body it speaks for. */
const SPEAKS_FOR = new Set(["de", "du", "des", "d'", "of", "for", "at", "within"]);
/**
 * A person's relative or a place's resident does not speak for it: only bodies have spokesmen. A
 * country is left out: "la personnalité préférée des Français", "the ambassador of France" name no
 * body that speaks.
 */
const BODY_KINDS = new Set(["ORGANIZATION", "GROUP"]);
/** How many words the role may have between its determiner and the body ("le porte-parole adjoint du …"). */
const ROLE_WORDS = 4;

/**
 * True when `slot`, introduced as `role`, completes a speaker's role that opens at token `from` with a
 * determiner: "le directeur de [X]", "a senior official at [X]" — lowercase words only, no comma, no
 * verb, no other actor between.
 */
export function speaksForBody(view: SentenceView, lexicon: Lexicon, from: number, slot: MentionSlot, role: Role, isVerb: (at: number) => boolean): boolean {
  if (role.kind !== "genitive" && role.kind !== "preposition" && role.kind !== "locative") return false;
  if (!SPEAKS_FOR.has(role.word) || !BODY_KINDS.has(slot.kind)) return false;
  const { tokens } = view;
  if (!lexicon.cues.sets.determiners.has(tokens[from]?.lower ?? "")) return false;
  const words = role.index - from - 1;
  if (words < 1 || words > ROLE_WORDS) return false;
  for (let i = from + 1; i < role.index; i++) {
    const token = tokens[i]!;
    if (!token.word || token.text !== token.lower || (view.mentionAt[i] ?? -1) >= 0 || isVerb(i) || FORMER.test(token.lower)) return false;
  }
  return true;
}

/** "l'ancien député de X", "the former head of X", "l'ex-ministre": no longer speaks for X. */
const FORMER = /^(ancien|ancienne|anciens|anciennes|former|ex-.*|ex)$/;

/** How many words may stand between the comma and a name in apposition ("…, le Dr Jean Martin"). */
const APPOSITION_WORDS = 2;

/**
 * The person named in apposition after the body ("le président du Conseil régional, Bruno Martin",
 * "le délégué général de LREM Christophe Roux"): the speaker is that person, not the body; -1 if none.
 */
export function personAfterBody(view: SentenceView, slot: MentionSlot): number {
  const { tokens, mentionAt, mentions } = view;
  let i = slot.t1;
  if (tokens[i]?.lower === ",") i++;
  for (let skipped = 0; skipped <= APPOSITION_WORDS && i < tokens.length; skipped++, i++) {
    const at = mentionAt[i] ?? -1;
    if (at >= 0) return mentions[at]!.kind === "PERSON" ? at : -1;
    if (!tokens[i]!.word) return -1;
  }
  return -1;
}

/** How many words (an auxiliary, an adverb, a negation) may stand between the subject and its verb. */
const SUBJECT_VERB_GAP = 2;

/**
 * The subject is a described speaker of a body, opening its clause: "Le directeur de la Croix-Rouge
 * a déclaré …", "« … », a spokesman for the army said": the body (ORGANIZATION or GROUP) acts.
 * `verb` is the trigger the subject is sought for.
 */
export function describedSubjectBody(view: SentenceView, lexicon: Lexicon, slot: MentionSlot, role: Role, verb: number, isVerb: (at: number) => boolean): boolean {
  if (role.kind !== "genitive" && role.kind !== "preposition" && role.kind !== "locative") return false;
  const { tokens } = view;
  const gap = verb - slot.t1;
  if (gap < 0 || gap > SUBJECT_VERB_GAP) return false;
  for (let i = slot.t1; i < verb; i++) if (!tokens[i]!.word || (view.mentionAt[i] ?? -1) >= 0) return false;
  for (let from = role.index - 2; from >= 0 && from >= role.index - 1 - ROLE_WORDS; from--) {
    if (!lexicon.cues.sets.determiners.has(tokens[from]!.lower)) continue;
    // At the clause's start: not in apposition to a name before it ("X Inc, the parent of Y, said").
    const before = tokens[from - 1];
    const opens = before === undefined || (!before.word && (view.mentionAt[from - 2] ?? -1) < 0);
    return opens && speaksForBody(view, lexicon, from, slot, role, isVerb);
  }
  return false;
}

/** How far a speaker's phrase may run past its first actor to the person it names ("le ministre russe des Affaires étrangères Sergueï Lavrov"). */
const PHRASE_TAIL = 8;
/** A participle clause ("citing X", "évoquant X") ends the speaker's phrase. */
const PARTICIPLE_CLAUSE = /^\p{L}{3,}(ing|ant)$/u;

/**
 * The person a speaker's phrase names after a body or a country that only describes it: "a déclaré
 * le ministre russe des Affaires étrangères Sergueï Lavrov", "le chef de la diplomatie russe,
 * Sergueï Lavrov": words, other actors and one comma may come between; -1 if none.
 */
export function personLaterInPhrase(view: SentenceView, slot: MentionSlot, isVerb: (at: number) => boolean): number {
  if (slot.kind === "PERSON") return -1;
  const { tokens, mentionAt, mentions } = view;
  let commas = 0;
  for (let i = slot.t1; i < tokens.length && i < slot.t1 + PHRASE_TAIL; i++) {
    const at = mentionAt[i] ?? -1;
    if (at >= 0) {
      if (mentions[at]!.kind === "PERSON") return at;
      i = mentions[at]!.t1 - 1;
      continue;
    }
    const token = tokens[i]!;
    if (token.lower === "," && commas++ === 0) continue;
    if (!token.word || isVerb(i) || PARTICIPLE_CLAUSE.test(token.lower)) return -1;
  }
  return -1;
}
