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
