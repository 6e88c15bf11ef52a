/**
 * Whom a plain statement is about when it names no addressee: the subject of the clause it reports
 * ("X announced Benin was to join", "X a affirmé que la Russie allait …"). Only a named actor that
 * opens the reported clause and is followed by its verb counts; a place, the speaker or a pronoun
 * does not, nor an actor of the speaker's own country. The target is inferred, so the event gets a lower confidence.
 */
import type { Participant } from "./discourse.js";
import { FormTag, hasTag } from "./form-tags.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import { coordinatedAfter } from "./roles.js";
import type { SentenceView } from "./sentence-view.js";
import type { Token } from "./tokenize.js";

/** Words a reported clause may open with before its subject ("that", "que", an article). */
const OPENING_SPAN = 3;

/** A verb group starts at the token: a finite form, a modal, or an English past in -ed. */
function opensVerbGroup(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token || !token.word || token.text !== token.lower) return false;
  if (lexicon.cues.modals.has(token.fold) || lexicon.cues.sets.negationBefore.has(token.lower)) return true;
  if ((lexicon.verbForms.get(token.fold) ?? []).some((reading) => hasTag(reading.tags, FormTag.FINITE))) return true;
  return lexicon.language === "en" && token.lower.length > 4 && token.lower.endsWith("ed");
}

/** The actor that is the subject of the clause a speech verb reports, or null. */
export function reportedSubject(view: SentenceView, match: TriggerMatch, lexicon: Lexicon, speaker: string, ownSide: (key: string) => boolean): Participant | null {
  const { tokens } = view;
  const { sets } = lexicon.cues;
  for (let i = match.argFrom; i < tokens.length && i <= match.argFrom + OPENING_SPAN; i++) {
    const token = tokens[i]!;
    if (view.quoteOf[i] !== null) return null;
    const slotIndex = view.mentionAt[i] ?? -1;
    if (slotIndex >= 0) {
      const slot = view.mentions[slotIndex]!;
      // "the minister said Mexico will sign": a speaker's own country or camp is no one the statement is addressed to or about.
      if (slot.kind === "LOCATION" || slot.key === speaker || ownSide(slot.key)) return null;
      // "Benin and Nigeria were to join": the clause's verb follows the last member.
      const members = [slotIndex, ...coordinatedAfter(view, slotIndex, lexicon)];
      const last = view.mentions[members.at(-1)!]!;
      return opensVerbGroup(tokens[last.t1], lexicon) ? { key: slot.key, kind: slot.kind } : null;
    }
    const opener = sets.complementizers.has(token.lower) || sets.determiners.has(token.lower);
    if (!opener) return null;
  }
  return null;
}
