/**
 * Whom a reply answers when the sentence says it: "X withdrew the bill in response to a statement
 * from Y", "sous la pression de Y, X a retiré son projet" (cue phrases: `responseTo` in
 * data/events/cues.*.json). The first actor after the phrase, before the clause ends.
 */
import { cueAt } from "./clause.js";
import type { Participant } from "./discourse.js";
import type { Lexicon } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

/** How many words may stand between the phrase and the actor ("a statement from her younger brother, King X"). */
const REACH = 10;

/** The actor named after the sentence's first response phrase, other than `source` and places; null if none. */
export function respondedTo(view: SentenceView, lexicon: Lexicon, source: string): Participant | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const length = tokens[i]!.word ? cueAt(tokens, i, lexicon, "responseTo") : 0;
    if (length === 0) continue;
    for (let k = i + length; k < tokens.length && k < i + length + REACH; k++) {
      const slot = view.mentionAt[k] ?? -1;
      if (slot < 0) {
        if (lexicon.cues.sets.clauseBreak.has(tokens[k]!.lower)) return null;
        continue;
      }
      const mention = view.mentions[slot]!;
      if (mention.kind !== "LOCATION" && mention.key !== source) return { key: mention.key, kind: mention.kind };
      k = mention.t1 - 1;
    }
    return null;
  }
  return null;
}

/** How far back a call phrase may start and still cover its noun ("at the invitation"). */
const PHRASE_LENGTH = 4;

/**
 * True when the noun at `head` closes a call phrase ("à l'appel de X", "at the invitation of X"): the
 * phrase names who called the main act; it tells no act of its own. ("à la demande de X" does: a request.)
 */
export function insideResponsePhrase(view: SentenceView, head: number, lexicon: Lexicon): boolean {
  for (let i = Math.max(0, head - PHRASE_LENGTH); i <= head; i++) {
    const length = view.tokens[i]!.word ? cueAt(view.tokens, i, lexicon, "callPhrases") : 0;
    if (length > 0 && i + length > head) return true;
  }
  return false;
}
