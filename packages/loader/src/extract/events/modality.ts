/**
 * Whether the text asserts an event: negation (ne…pas, not, never, sans/without), hypothesis (modal
 * verbs, conditional forms, si/if), future (futur simple, aller/va + infinitive, will, plans to) and
 * infinitives that depend on a non-implicative verb ("a appelé à négocier", "urged them to meet") or
 * tell a purpose ("pour rencontrer", "in order to meet", "an operation to free").
 */
import type { Modality } from "@corpus/schema";
import { auxiliaryBefore, clauseStart, cueAt, isPrepositionA } from "./clause.js";
import { FormTag, hasTag } from "./form-tags.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./match-triggers.js";
import type { Token } from "./tokenize.js";

const LOOKBACK = 4;
const NOUN_NEGATORS = new Set(["no", "non", "aucun", "aucune", "sans", "without", "never", "jamais"]);
/** How far back a verb governing an infinitive may be ("a décidé hier, jeudi 16 août, d'accorder"). */
const GOVERNOR_LOOKBACK = 9;

function negated(tokens: readonly Token[], head: number, end: number, lexicon: Lexicon): boolean {
  const sets = lexicon.cues.sets;
  for (let i = head - 1; i >= 0 && i >= head - LOOKBACK - 1; i--) {
    const token = tokens[i]!;
    if (!token.word && !sets.inversionPronouns.has(token.lower)) break;
    if (sets.negationWords.has(token.lower) && i >= head - 2) return true;
    if (sets.negationBefore.has(token.lower)) {
      if (sets.negationAfter.size === 0) return true;
      for (let k = i + 1; k < tokens.length && k <= end + 1; k++) if (sets.negationAfter.has(tokens[k]!.lower)) return true;
    }
  }
  return false;
}

/** True when a purpose marker ends right before `at` ("pour", "afin de", "in order to"). */
function afterPurposeMarker(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let length = 1; length <= 4 && at - length >= 0; length++) if (cueAt(tokens, at - length, lexicon, "purposeMarkers") === length) return true;
  return false;
}

/**
 * An English infinitive that completes a noun tells what was meant, not what was done ("an operation
 * to free the hostages", "the decision to withdraw", "its troops to leave"): "to" after a word that a
 * determiner opens, two or three words back ("decided last week to meet" ends a phrase of time).
 */
function completesNoun(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  if (lexicon.language !== "en" || tokens[head - 1]?.lower !== "to") return false;
  if (lexicon.cues.sets.timeNouns.has(tokens[head - 2]?.lower ?? "")) return false;
  const determiners = lexicon.cues.sets.determiners;
  for (const at of [head - 3, head - 4]) {
    const token = tokens[at];
    if (token && determiners.has(token.lower) && tokens.slice(at + 1, head - 1).every((word) => word.word)) return true;
  }
  return false;
}

/** "a dû renoncer", "a pu rencontrer" tell the act done; "aurait dû" a hypothesis, "aura dû" a future. */
function pastModalModality(tokens: readonly Token[], participle: number, lexicon: Lexicon): Modality {
  const aux = auxiliaryBefore(tokens, participle, lexicon);
  if (aux && hasTag(aux.reading.tags, FormTag.CONDITIONAL)) return "HYPOTHETICAL";
  if (aux && hasTag(aux.reading.tags, FormTag.FUTURE)) return "FUTURE";
  return "ASSERTED";
}

/**
 * The modality a modal verb or word before an infinitive gives ("va signer", "could meet"); null when
 * nothing makes the infinitive asserted. `auxiliary` says the infinitive is have/be of a compound
 * infinitive, whose preposition may tell a past act ("après avoir condamné", "pour avoir critiqué").
 */
function governorModality(tokens: readonly Token[], head: number, lexicon: Lexicon, auxiliary: boolean): Modality | null {
  const { cues } = lexicon;
  if (auxiliary && cues.sets.pastPrepositions.has(tokens[head - 1]?.lower ?? "")) return "ASSERTED";
  // A purpose clause tells an aim, whatever verb governs the clause around it.
  if (afterPurposeMarker(tokens, head, lexicon) || completesNoun(tokens, head, lexicon)) return null;
  for (let i = head - 1; i >= 0 && i >= head - GOVERNOR_LOOKBACK; i--) {
    const token = tokens[i]!;
    if (token.lower === ",") continue;
    if (!token.word) return null;
    const modalWord = lexicon.language === "en" ? cues.modals.get(token.lower) : undefined;
    if (modalWord) return modalWord;
    // "du" and "des" are articles, not the participle "dû" their folded spelling shares.
    const article = cues.sets.genitive.has(token.lower) || cues.sets.determiners.has(token.lower);
    for (const reading of article || isPrepositionA(token) ? [] : (lexicon.verbForms.get(token.fold) ?? [])) {
      const modal = cues.modals.get(reading.lemma);
      if (modal && hasTag(reading.tags, FormTag.PARTICIPLE) && cues.lemmas.pastImplicativeModals.has(reading.lemma)) return pastModalModality(tokens, i, lexicon);
      if (modal) return hasTag(reading.tags, FormTag.CONDITIONAL) ? "HYPOTHETICAL" : hasTag(reading.tags, FormTag.FUTURE) ? "FUTURE" : modal;
      if (cues.lemmas.implicative.has(reading.lemma)) return "ASSERTED";
    }
    if (cues.sets.futureGovernors.has(token.lower) && tokens[i + 1]?.lower === "to") return "FUTURE";
  }
  return null;
}

/** An infinitive: French by its form; English base forms only after "to" or a modal. */
function isInfinitive(tokens: readonly Token[], head: number, tags: number, lexicon: Lexicon): boolean {
  if (!hasTag(tags, FormTag.INFINITIVE)) return false;
  if (lexicon.language === "fr") return true;
  for (let i = head - 1; i >= 0 && i >= head - 2; i--) {
    if (lexicon.cues.sets.infinitiveMarkers.has(tokens[i]!.lower) || lexicon.cues.modals.has(tokens[i]!.fold)) return true;
    if (!tokens[i]!.word) break;
  }
  return false;
}

function verbModality(tokens: readonly Token[], match: TriggerMatch, lexicon: Lexicon): Modality {
  if (hasTag(match.tags, FormTag.FUTURE)) return "FUTURE";
  if (hasTag(match.tags, FormTag.CONDITIONAL)) return "HYPOTHETICAL";
  const aux = auxiliaryBefore(tokens, match.head, lexicon);
  if (aux) {
    if (hasTag(aux.reading.tags, FormTag.FUTURE)) return "FUTURE";
    if (hasTag(aux.reading.tags, FormTag.CONDITIONAL)) return "HYPOTHETICAL";
    if (!isInfinitive(tokens, aux.index, aux.reading.tags, lexicon)) return "ASSERTED";
    return governorModality(tokens, aux.index, lexicon, true) ?? "HYPOTHETICAL";
  }
  if (!isInfinitive(tokens, match.head, match.tags, lexicon)) return "ASSERTED";
  return governorModality(tokens, match.head, lexicon, false) ?? "HYPOTHETICAL";
}

/** How far before a noun trigger the verb that governs it may stand ("n'a pas débouché sur un accord", "will hold talks"). */
const NOUN_GOVERNOR_LOOKBACK = 5;

/**
 * The modality a noun trigger takes from the verb it is the object of: a future or conditional verb
 * ("il y aura des manifestations", "pourrait entraîner des sanctions", "will lead to talks"), else a
 * future word next to it ("the planned withdrawal"). Punctuation ends the search.
 */
function nounModality(tokens: readonly Token[], match: TriggerMatch, lexicon: Lexicon): Modality {
  const { cues } = lexicon;
  for (let i = match.head - 1; i >= 0 && i >= match.head - NOUN_GOVERNOR_LOOKBACK; i--) {
    const token = tokens[i]!;
    if (!token.word || cues.sets.clauseBreak.has(token.lower)) break;
    const modal = lexicon.language === "en" ? cues.modals.get(token.lower) : undefined;
    if (modal) return modal;
    if (cues.sets.genitive.has(token.lower) || cues.sets.determiners.has(token.lower)) continue;
    for (const reading of lexicon.verbForms.get(token.fold) ?? []) {
      if (hasTag(reading.tags, FormTag.CONDITIONAL)) return "HYPOTHETICAL";
      if (hasTag(reading.tags, FormTag.FUTURE)) return "FUTURE";
    }
  }
  const future = cues.sets.futureWords;
  const near = [tokens[match.head - 1], tokens[match.head - 2], tokens[match.end]];
  return near.some((token) => token && future.has(token.lower)) ? "FUTURE" : "ASSERTED";
}

/**
 * A noun is negated by a determiner-like word right before it ("no agreement", "sans accord", "aucun
 * accord"), or by the negated verb it is the object of ("n'occasionnerait pas la démission", "did not
 * lead to talks"): a negation word in the few words before it, within its clause, with no trigger verb
 * between (that verb's event is the one negated).
 */
function nounNegated(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  const sets = lexicon.cues.sets;
  if ([tokens[head - 1], tokens[head - 2]].some((token) => token !== undefined && (sets.negationWords.has(token.lower) || NOUN_NEGATORS.has(token.lower)))) return true;
  for (let i = head - 1; i >= 0 && i >= head - NOUN_GOVERNOR_LOOKBACK; i--) {
    const token = tokens[i]!;
    if (!token.word || sets.clauseBreak.has(token.lower)) return false;
    // "did not accept the demands": the negation is the verb's own event; the demands were made.
    if (lexicon.candidates.get(token.fold)?.verbs.some((candidate) => candidate.entry.pattern.object.length === 0)) return false;
    // "ne cache pas son opposition": a litotes asserts what it does not hide.
    if ((lexicon.verbForms.get(token.fold) ?? []).some((reading) => lexicon.cues.lemmas.negationAsserts.has(reading.lemma))) return false;
    if (!sets.negationBefore.has(token.lower)) continue;
    // French "ne" needs its second word ("pas", "jamais") before the noun; English "not" is enough.
    if (sets.negationAfter.size === 0) return true;
    for (let k = i + 1; k < head; k++) if (sets.negationAfter.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** The modality of a trigger in its sentence. */
export function modalityOf(tokens: readonly Token[], match: TriggerMatch, lexicon: Lexicon): Modality {
  const isNoun = match.entry.kind === "noun";
  if (isNoun ? nounNegated(tokens, match.head, lexicon) : negated(tokens, match.head, match.end, lexicon)) return "NEGATED";
  const start = clauseStart(tokens, match.head, lexicon);
  for (let i = start; i < match.head; i++) if (cueAt(tokens, i, lexicon, "hypotheticalWords")) return "HYPOTHETICAL";
  if (start > 0 && cueAt(tokens, start - 1, lexicon, "hypotheticalWords")) return "HYPOTHETICAL";
  return match.entry.kind === "verb" ? verbModality(tokens, match, lexicon) : nounModality(tokens, match, lexicon);
}
