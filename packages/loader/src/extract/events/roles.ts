/**
 * The grammatical role a mention's introducing word gives it, read without a parser: a place
 * ("au Niger", "in Niger"), a genitive complement ("de la Grèce", "of Greece"), an attribution
 * ("selon X", "according to X"), a passive agent ("par X", "by X"), a member of a coordination
 * ("X et Y"), one side of "entre X et Y", another preposition, or free (subject or direct object).
 */
import { cueAt, introducerOf } from "./clause.js";
import type { Lexicon } from "./lexicon.js";
import type { MentionSlot, SentenceView } from "./sentence-view.js";

export type Role =
  | { kind: "free" }
  | { kind: "locative" | "genitive" | "attribution" | "agent" | "between" | "coordination" | "preposition" | "apposition"; word: string; index: number };

/** The role of a mention, from the word before it (articles and determiners skipped); read once per view. */
export function roleOf(view: SentenceView, slot: MentionSlot, lexicon: Lexicon): Role {
  return (view.roles[slot.index] ??= readRole(view, slot, lexicon));
}

function readRole(view: SentenceView, slot: MentionSlot, lexicon: Lexicon): Role {
  if (slot.t0 === 0 && isDateline(view, slot)) return { kind: "locative", word: "", index: 0 };
  const intro = introducerOf(view, slot, lexicon);
  if (!intro) return { kind: "free" };
  // "François Brottes (PS)", "the Syrian Democratic Forces (SDF)": an affiliation or acronym in brackets.
  if (intro.words === "(" && (view.mentionAt[intro.index - 1] ?? -1) >= 0) return { kind: "apposition", word: "(", index: intro.index };
  const { sets } = lexicon.cues;
  const at = { word: intro.words, index: intro.index };
  if (sets.attribution.has(intro.words)) return { kind: "attribution", ...at };
  if (sets.passiveAgent.has(intro.words) && cueAt(view.tokens, intro.index, lexicon, "notAgent") === 0) return { kind: "agent", ...at };
  if (sets.between.has(intro.words)) return { kind: "between", ...at };
  if (sets.coordination.has(intro.words)) {
    // A coordination word only coordinates when a mention stands right before it ("X et Y"), and a
    // comma does not after a place or an attribution ("Selon X, Y a …", "In X, Y …").
    const previous = view.mentionAt[intro.index - 1] ?? -1;
    if (previous < 0 || previous === slot.index) return { kind: "free" };
    if (intro.words === ",") {
      const previousRole = roleOf(view, view.mentions[previous]!, lexicon);
      if (previousRole.kind === "attribution" || previousRole.kind === "locative") return { kind: "free" };
      // A comma lists only inside an enumeration that goes on ("X, Y et Z"): "parliament, police fired" does not.
      if (!listGoesOn(view, slot, lexicon)) return { kind: "free" };
    }
    return { kind: "coordination", ...at };
  }
  if (sets.genitive.has(intro.words)) {
    // "des" is also the plural indefinite article: genitive only after a word ("la destruction des …").
    const before = view.tokens[intro.index - 1];
    // "les dirigeants de X", "members of X": X is who acts.
    if (before && sets.groupHeads.has(before.lower)) return { kind: "free" };
    const afterWord = before !== undefined && before.word && !sets.clauseBreak.has(before.lower) && !sets.coordination.has(before.lower);
    if (intro.words !== "des" || afterWord) return { kind: "genitive", ...at };
    return { kind: "free" };
  }
  if (sets.locative.has(intro.words)) {
    // "a source within the ministry", "officials in Washington": the body or state names whom they
    // speak for, unless the group is an actor of its own ("foreign ministers in Cairo"). A mere place
    // only says where they are ("des manifestants à Lyon", "protesters in Portland").
    const before = view.tokens[intro.index - 1];
    if (before && slot.kind !== "LOCATION" && sets.groupHeads.has(before.lower) && (view.mentionAt[intro.index - 1] ?? -1) < 0) return { kind: "free" };
    return { kind: "locative", ...at };
  }
  const token = view.tokens[intro.index]!;
  if (!token.word && token.lower !== "," && token.lower !== "'s") return { kind: "free" };
  return isPreposition(intro.words, lexicon) ? { kind: "preposition", ...at } : { kind: "free" };
}

/** "LONDON, April 7 - …", "TOKYO, March 17 -": a dateline place that opens a wire story, no subject. */
function isDateline(view: SentenceView, slot: MentionSlot): boolean {
  const { tokens } = view;
  if (tokens[slot.t1]?.lower !== ",") return false;
  for (let i = slot.t1 + 1; i < tokens.length && i <= slot.t1 + 5; i++) {
    if (/^[-–—]$/.test(tokens[i]!.text)) return /^\d/.test(tokens[i - 1]!.text);
  }
  return false;
}

/** After this mention comes ", <mention>" or "and/et <mention>": the enumeration continues. */
function listGoesOn(view: SentenceView, slot: MentionSlot, lexicon: Lexicon): boolean {
  const { tokens } = view;
  let i = slot.t1;
  const word = tokens[i]?.lower ?? "";
  if (word !== "," && !lexicon.cues.sets.coordination.has(word)) return false;
  if (tokens[i + 1] && lexicon.cues.sets.coordination.has(`${word} ${tokens[i + 1]!.lower}`)) i++;
  i++;
  while (i < tokens.length && lexicon.cues.sets.determiners.has(tokens[i]!.lower)) i++;
  return (view.mentionAt[i] ?? -1) >= 0;
}

function isPreposition(word: string, lexicon: Lexicon): boolean {
  return lexicon.cues.sets.prepositions.has(word);
}

/**
 * The mention a coordination hangs on: for "X, Y et Z" the role of Z is that of X. Walks left over
 * mentions joined only by coordination words.
 */
export function coordinationHead(view: SentenceView, slotIndex: number, lexicon: Lexicon): number {
  let current = slotIndex;
  for (;;) {
    const role = roleOf(view, view.mentions[current]!, lexicon);
    if (role.kind !== "coordination") return current;
    let previous = view.mentionAt[role.index - 1] ?? -1;
    if (previous < 0 || previous === current) return current;
    // "Buhari of Nigeria and Talon": the member before is the person the "of X" complement belongs to.
    const previousRole = roleOf(view, view.mentions[previous]!, lexicon);
    const owner = previousRole.kind === "genitive" ? (view.mentionAt[previousRole.index - 1] ?? -1) : -1;
    if (owner >= 0 && view.mentions[owner]!.kind === "PERSON") previous = owner;
    current = previous;
  }
}

/** Mentions joined to `slotIndex` by coordination words, to its right ("X et Y, Z" from X → Y, Z). */
export function coordinatedAfter(view: SentenceView, slotIndex: number, lexicon: Lexicon): number[] {
  const joined: number[] = [];
  for (let next = slotIndex + 1; next < view.mentions.length; next++) {
    const role = roleOf(view, view.mentions[next]!, lexicon);
    const previousEnd = view.mentions[next - 1]!.t1;
    if (role.kind !== "coordination" || role.index !== previousEnd) break;
    joined.push(next);
  }
  return joined;
}
