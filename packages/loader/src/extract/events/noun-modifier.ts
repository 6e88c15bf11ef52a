/**
 * English puts a noun before another noun to qualify it: "assassination plots", "protest leaders",
 * "aid workers", "attack helicopters" name no assassination, protest, aid or attack. A noun trigger
 * followed by a lower-case word that no cue list, verb form or verbal ending claims is such a
 * modifier. French has no such compounds ("les complots d'assassinat").
 */
import { isIrregularVerbForm } from "./inflect-en.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { SentenceView } from "./sentence-view.js";

/** Endings of English words that are verbs, participles or adverbs rather than head nouns. */
const NOT_A_HEAD_NOUN = /(ed|ing|ly)$/;

/** True when an English noun trigger qualifies the noun after it instead of naming an act. */
export function modifiesNextNoun(view: SentenceView, match: TriggerMatch, lexicon: Lexicon): boolean {
  if (lexicon.language !== "en" || match.entry.kind !== "noun") return false;
  const next = view.tokens[match.end];
  if (!next || !next.word || next.text !== next.lower || next.lower.length < 3 || NOT_A_HEAD_NOUN.test(next.lower)) return false;
  if ((view.mentionAt[match.end] ?? -1) >= 0 || (lexicon.verbForms.get(next.fold) ?? []).length > 0 || lexicon.cues.modals.has(next.fold) || isIrregularVerbForm(next.lower)) return false;
  const { sets } = lexicon.cues;
  // The trigger must end on its noun ("calls for economic …" ends on a preposition), in the singular:
  // after a plural the word is mostly its verb ("the agreements include", "protests erupt").
  const last = view.tokens[match.end - 1]!.lower;
  if (last.endsWith("s")) return false;
  const functionWord = [sets.prepositions, sets.locative, sets.genitive, sets.coordination, sets.clauseBreak, sets.targetBreak, sets.determiners, sets.between, sets.relativeSubject, sets.negationBefore, sets.passiveAgent, sets.adverbs];
  if (functionWord.some((set) => set.has(last))) return false;
  // "remarks made by X": a participle with its agent.
  if (sets.passiveAgent.has(view.tokens[match.end + 1]?.lower ?? "")) return false;
  return !functionWord.some((set) => set.has(next.lower));
}
