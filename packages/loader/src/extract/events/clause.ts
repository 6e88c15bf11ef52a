/**
 * Small look-arounds shared by the voice, modality and slot rules: auxiliaries before a verb, the
 * start of the clause a trigger is in, the preposition that introduces a mention.
 */
import type { Lexicon, VerbReading } from "./lexicon.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";
import type { Token } from "./tokenize.js";

export interface Auxiliary {
  index: number;
  kind: "have" | "be";
  reading: VerbReading;
}

/** The verb readings of a token that belong to one of the given lemmas. */
export function readingOf(token: Token | undefined, lexicon: Lexicon, lemmas: ReadonlySet<string>): VerbReading | undefined {
  if (!token || isPrepositionA(token)) return undefined;
  const readings = lexicon.verbForms.get(token.fold);
  if (readings === undefined) return undefined;
  for (const reading of readings) if (lemmas.has(reading.lemma)) return reading;
  return undefined;
}

/** French "à" folds to "a", a form of "avoir": the preposition is never a verb. */
export const isPrepositionA = (token: Token): boolean => token.lower === "à";

/** The length of the adverb phrase ("de nouveau", "at first") whose last word is at `at`, or 0. */
export function adverbPhraseEndingAt(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const ending = lexicon.cues.adverbPhrasesByLast.get(tokens[at]?.lower ?? "");
  if (ending === undefined) return 0;
  for (const words of ending) {
    const start = at - words.length + 1;
    if (start >= 0 && cueAt(tokens, start, lexicon, "adverbPhrases") === words.length) return words.length;
  }
  return 0;
}

/** The nearest auxiliary (have/be) in the four words before `head` (adverb phrases skipped), not across punctuation. */
export function auxiliaryBefore(tokens: readonly Token[], head: number, lexicon: Lexicon): Auxiliary | null {
  const { auxBe, auxHave } = lexicon.cues.lemmas;
  for (let i = head - 1; i >= 0 && i >= head - 4; i--) {
    const adverb = adverbPhraseEndingAt(tokens, i, lexicon);
    if (adverb > 0) {
      i -= adverb - 1;
      continue;
    }
    const token = tokens[i]!;
    // "a-t-il affirmé": the inverted subject stands between the auxiliary and the participle.
    if (lexicon.cues.sets.inversionPronouns.has(token.lower)) continue;
    if (!token.word) return null;
    const be = readingOf(token, lexicon, auxBe);
    if (be) return { index: i, kind: "be", reading: be };
    const have = readingOf(token, lexicon, auxHave);
    if (have) return { index: i, kind: "have", reading: have };
    // "is scheduled to discuss", "a refusé de signer": the auxiliary belongs to another verb.
    if (lexicon.cues.sets.infinitiveMarkers.has(token.lower) || (lexicon.verbForms.get(token.fold) ?? []).length > 0) return null;
  }
  return null;
}

/** True when the words at `at` spell one of the cue phrases of a list (single words or phrases). */
export function cueAt(tokens: readonly Token[], at: number, lexicon: Lexicon, list: keyof Lexicon["cues"]["sets"]): number {
  const token = tokens[at];
  if (!token) return 0;
  if (lexicon.cues.sets[list].has(token.lower)) return 1;
  const starting = lexicon.cues.phrasesByFirst.get(list)?.get(token.lower);
  if (starting === undefined) return 0;
  for (const words of starting) if (restOfPhraseAt(tokens, at, words)) return words.length;
  return 0;
}

/** Whether a phrase whose first word is known to stand at `at` goes on with its other words (lower case, not folded). */
function restOfPhraseAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[at + k]?.lower !== words[k]) return false;
  return true;
}

/** Index of the first token of the clause holding `head`: just after the nearest clause break before it. */
export function clauseStart(tokens: readonly Token[], head: number, lexicon: Lexicon): number {
  for (let i = head - 1; i >= 0; i--) if (lexicon.cues.sets.clauseBreak.has(tokens[i]!.lower)) return i + 1;
  return 0;
}

const PAIR_LISTS = ["attribution", "locative", "coordination", "genitive", "between"] as const;

/**
 * The word that introduces a mention: the token before it once articles and determiners are skipped
 * ("dans la capitale X" → "dans"; "according to the X" → "according to"). Null at a clause start.
 */
export function introducerOf(view: SentenceView, slot: MentionSlot, lexicon: Lexicon): { index: number; words: string } | null {
  const { tokens } = view;
  let i = slot.t0 - 1;
  // Determiners and one-word titles of office stand between a name and what introduces it ("et le président [russe] …").
  const skipped = (lower: string) => lower !== "'s" && (lexicon.cues.sets.determiners.has(lower) || lexicon.titleWords.has(lower));
  while (i >= 0 && i >= slot.t0 - 4 && skipped(tokens[i]!.lower)) i--;
  const token = tokens[i];
  if (!token) return null;
  const previous = tokens[i - 1];
  if (previous) {
    const pair = `${previous.lower} ${token.lower}`;
    if (PAIR_LISTS.some((list) => lexicon.cues.sets[list].has(pair))) return { index: i - 1, words: pair };
  }
  return { index: i, words: token.lower };
}

/** Relative pronouns that may stand for a person's or body's role as object ("X, qu'il accuse de …", "X, whom he blamed"). */
const OBJECT_RELATIVES = new Set(["que", "qu'", "whom", "who"]);
/** How far before its verb an object relative may stand ("qu'elle n'a jamais cessé d'accuser" is too far). */
const RELATIVE_SPAN = 6;

/**
 * The mention an object relative clause hangs on: "Édouard Philippe, qu'elle accuse de laxisme",
 * "Boris Johnson, whom he accused of lying", "X, que Marine Le Pen accuse": a relative pronoun, then
 * a subject (a pronoun or an actor), then the verb at `head`; the antecedent stands right before the
 * relative (a comma between). Returns its index in `view.mentions`, or -1.
 */
export function objectRelativeAntecedent(view: SentenceView, head: number, lexicon: Lexicon): number {
  const { tokens, mentionAt } = view;
  const { sets } = lexicon.cues;
  let subject = false;
  for (let i = head - 1; i >= 0 && i >= head - RELATIVE_SPAN; i--) {
    const token = tokens[i]!;
    if (OBJECT_RELATIVES.has(token.lower)) {
      if (!subject) return -1;
      // Without a comma, "dire à X que …" is a complement clause, not a relative on X.
      const comma = tokens[i - 1]?.lower === ",";
      const antecedent = mentionAt[comma ? i - 2 : i - 1] ?? -1;
      return antecedent >= 0 && (comma || introducerOf(view, view.mentions[antecedent]!, lexicon) === null) ? antecedent : -1;
    }
    if ((mentionAt[i] ?? -1) >= 0) {
      subject = true;
      i = view.mentions[mentionAt[i]!]!.t0;
      continue;
    }
    if (sets.subjectPronounsSingular.has(token.lower) || sets.subjectPronounsPlural.has(token.lower)) subject = true;
    else if (!token.word) return -1;
  }
  return -1;
}
