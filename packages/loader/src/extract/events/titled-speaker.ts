/**
 * A speaker described by the title the article gave a person: "…, a précisé le ministre de la
 * Santé" is the one person whose role is "ministre de la Santé" ("le ministre de la Santé Olivier
 * Véran a …" earlier). The actors module links a bare definite title ("le ministre") itself; a
 * title with a complement is matched here word for word, only when one person holds it.
 */
import type { LocalActor } from "../../document.js";
import { foldText } from "../actors/fold.js";
import type { Participant } from "./discourse.js";
import type { Lexicon } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

/** How many words a title may have ("le secrétaire d'État chargé des Transports"). */
const TITLE_WORDS = 8;
/** Punctuation that ends the description. */
const ENDS = new Set([".", ",", ";", "!", "?", ":", "(", "»", "\""]);

/** The words of the description after its determiner at `from`, folded and joined, or null when it runs into a verb or a name. */
export function describedTitle(view: SentenceView, lexicon: Lexicon, from: number, isVerb: (at: number) => boolean): string | null {
  const { tokens } = view;
  if (!lexicon.cues.sets.determiners.has(tokens[from]?.lower ?? "")) return null;
  const words: string[] = [];
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (ENDS.has(token.lower) || lexicon.cues.sets.prepositions.has(token.lower) && words.length > 0 && !lexicon.cues.sets.genitive.has(token.lower)) break;
    if (words.length >= TITLE_WORDS || (view.mentionAt[i] ?? -1) >= 0 || isVerb(i)) return null;
    words.push(token.fold);
  }
  return words.length > 0 ? words.join(" ").replace(/' /g, "'") : null;
}

/**
 * The one person whose role, folded, is `title` (or `title` followed by more words naming the same
 * office): null with none or several.
 */
export function personTitled(actors: Iterable<LocalActor>, title: string): Participant | null {
  let found: Participant | null = null;
  for (const actor of actors) {
    if (actor.kind !== "PERSON") continue;
    if (!actor.roles.some((role) => normalise(role) === title)) continue;
    if (found) return null;
    found = { key: actor.key, kind: actor.kind };
  }
  return found;
}

function normalise(role: string): string {
  return foldText(role).toLowerCase().replace(/\s+/g, " ").replace(/' /g, "'").trim();
}
