/**
 * "Gilles serait victime de tirs de X", "the convoy was the target of strikes by X": the subject of
 * "victime/cible de", "victim/target of" suffers the act the noun after it names, so it is that
 * noun's target; the copula tells whether this is asserted ("serait" → hypothetical).
 */
import type { Modality } from "@corpus/schema";
import { FormTag, hasTag } from "./form-tags.js";
import type { Lexicon } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";

/** Words a determiner and adjectives may put between "victime de" and the act ("d'une violente attaque"). */
const ACT_SPAN = 3;
/** Words (adverbs, a copula, an article) between the subject's verb and "victime". */
const COPULA_SPAN = 4;

/** The index of "victime"/"victim" whose "de/of" complement holds the noun at `head`, or -1. */
export function victimNounBefore(view: SentenceView, head: number, lexicon: Lexicon): number {
  const { tokens } = view;
  const { sets } = lexicon.cues;
  for (let i = head - 1; i >= 0 && i >= head - 1 - ACT_SPAN; i--) {
    const word = tokens[i]!.lower;
    if (sets.genitive.has(word) || sets.passiveAgent.has(word)) return sets.victimNouns.has(tokens[i - 1]?.lower ?? "") && afterCopula(view, i - 1, lexicon) ? i - 1 : -1;
    if (!tokens[i]!.word || (view.mentionAt[i] ?? -1) >= 0) return -1;
  }
  return -1;
}

/** "victime" is a predicate: a form of "be"/"être" stands before it ("a été victime", "was the target"), not "rendu hommage aux victimes". */
function afterCopula(view: SentenceView, victim: number, lexicon: Lexicon): boolean {
  for (let i = victim - 1; i >= 0 && i >= victim - COPULA_SPAN; i--) {
    const token = view.tokens[i]!;
    if (!token.word || (view.mentionAt[i] ?? -1) >= 0) return false;
    if ((lexicon.verbForms.get(token.fold) ?? []).some((reading) => lexicon.cues.lemmas.auxBe.has(reading.lemma))) return true;
  }
  return false;
}

/** The modality the copula before "victime" gives: a conditional or future form of "be"/"être". */
export function victimModality(view: SentenceView, victim: number, lexicon: Lexicon): Modality {
  for (let i = victim - 1; i >= 0 && i >= victim - COPULA_SPAN; i--) {
    const token = view.tokens[i]!;
    if (!token.word || (view.mentionAt[i] ?? -1) >= 0) break;
    const modal = lexicon.language === "en" ? lexicon.cues.modals.get(token.lower) : undefined;
    if (modal) return modal;
    for (const reading of lexicon.verbForms.get(token.fold) ?? []) {
      if (hasTag(reading.tags, FormTag.CONDITIONAL)) return "HYPOTHETICAL";
      if (hasTag(reading.tags, FormTag.FUTURE)) return "FUTURE";
    }
  }
  return "ASSERTED";
}
