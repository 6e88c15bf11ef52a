/**
 * Finds the dictionary triggers of a sentence in one left-to-right pass: each word is looked up as a
 * verb form and as a noun; the pattern's literal continuation, reflexive pronoun, object word and
 * excluded next words are checked; the first pattern in dictionary order that passes wins.
 */
import { adverbPhraseEndingAt, auxiliaryBefore, cueAt } from "./clause.js";
import { FormTag, hasTag } from "./form-tags.js";
import { mayBeCandidate, type CompiledPattern, type Lexicon, type TriggerCandidate, type TriggerEntry } from "./lexicon.js";
import type { SentenceView } from "./sentence-view.js";
import type { Token } from "./tokenize.js";

export interface TriggerMatch {
  entry: TriggerEntry;
  pattern: CompiledPattern;
  /** Token index of the head word, and just past the trigger's words. */
  head: number;
  end: number;
  /** Where the search for a target starts: after the object words when the pattern has some. */
  argFrom: number;
  /** Verb form tags of the head ({@link FormTag}); 0 for nouns. */
  tags: number;
}

const OBJECT_WINDOW = 8;

/** The folded words at token `at` are `words` (a plain loop: it runs at every token near every trigger). */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.fold !== words[k]) return false;
  return true;
}

/** An object word matches its exact form, a plural of it (+s, +x, +es), or (when long enough) any word it starts. */
function objectWordMatches(token: string, word: string): boolean {
  if (!token.startsWith(word)) return false;
  const extra = token.length - word.length;
  if (extra === 0 || word.length >= 5) return true;
  if (extra === 1) return token.endsWith("s") || token.endsWith("x");
  return extra === 2 && token.endsWith("es");
}

/** The object words after `from`: the index just past them, or null. */
function findObject(tokens: readonly Token[], from: number, entry: TriggerEntry, lexicon: Lexicon, head: Token): { end: number } | null {
  const { pattern } = entry;
  const stop = lexicon.cues.sets.targetBreak;
  const initial = head.fold.charCodeAt(0);
  for (let i = from; i < tokens.length && i < from + OBJECT_WINDOW; i++) {
    const token = tokens[i]!;
    if (stop.has(token.lower) && token.lower !== "," && !opensObject(pattern.object, token.fold)) break;
    // "an election to be held on August 9, held a rally": the object belongs to the verb's next occurrence.
    if (entry.kind === "verb" && token.fold.charCodeAt(0) === initial && isFormOf(lexicon, token.fold, entry.lemma)) break;
    // An object word inside a name is no object: "increased under the Farm Security Act".
    if (token.text[0] !== token.lower[0]) continue;
    for (const words of pattern.object) {
      if (objectAt(tokens, i, words)) return { end: i + words.length };
    }
  }
  return null;
}

// The three helpers below are plain loops rather than some/every with closures: findObject runs
// on every token after every trigger, and the closures were a measured share of the loader's allocation.

function opensObject(objects: readonly (readonly string[])[], fold: string): boolean {
  for (const words of objects) if (words[0] === fold) return true;
  return false;
}

function isFormOf(lexicon: Lexicon, fold: string, lemma: string): boolean {
  const readings = lexicon.verbForms.get(fold);
  if (!readings) return false;
  for (const reading of readings) if (reading.lemma === lemma) return true;
  return false;
}

function objectAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || !objectWordMatches(token.fold, words[k]!)) return false;
  }
  return true;
}

function hasReflexive(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  for (let i = head - 1; i >= 0 && i >= head - 4; i--) {
    const token = tokens[i]!;
    if (lexicon.cues.sets.reflexive.has(token.lower)) return true;
    if (!token.word && !lexicon.cues.sets.inversionPronouns.has(token.lower)) return false;
  }
  return false;
}

/**
 * "se demande", "s'est demandé", "se demandant": the reflexive pronoun right before the verb or its
 * "être" auxiliary. Looser than hasReflexive, which also lets a clitic stand between ("se le
 * demande"), it must not take the "se" of an earlier verb ("se présente et demande") or "s'il".
 */
function pronominal(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  const aux = auxiliaryBefore(tokens, head, lexicon);
  const before = aux?.kind === "be" && aux.index === head - 1 ? head - 2 : head - 1;
  const token = tokens[before];
  return token !== undefined && lexicon.cues.sets.reflexive.has(token.lower) && tokens[before + 1]?.lower !== "il" && tokens[before + 1]?.lower !== "ils";
}

/** True when the word before `head` makes it a noun ("the attack", "l'attaque") rather than a verb. */
export function nounContext(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  const previous = tokens[head - 1];
  if (!previous) return true;
  // "a de nouveau refusé", "at first rejected": an adverb, not an article.
  if (adverbPhraseEndingAt(tokens, head - 1, lexicon) > 0) return false;
  const sets = lexicon.cues.sets;
  // "to state" is an infinitive, "according to state media" is not.
  if (lexicon.language === "en" && sets.infinitiveMarkers.has(previous.lower)) return cueAt(tokens, head - 2, lexicon, "attribution") === 2;
  // "guarding captured militants": right after an -ing form a participle is an adjective.
  // "having condemned", "being attacked": the auxiliaries are no such form.
  if (lexicon.language === "en" && previous.text === previous.lower && previous.lower.length > 5 && previous.lower.endsWith("ing") && previous.lower !== "having") return true;
  return sets.determiners.has(previous.lower) || sets.genitive.has(previous.lower) || sets.locative.has(previous.lower) || sets.between.has(previous.lower) || (lexicon.language === "en" && sets.prepositions.has(previous.lower));
}

function tryEntry(tokens: readonly Token[], head: number, entry: TriggerEntry, lexicon: Lexicon): { end: number; argFrom: number } | null {
  const { pattern, rest } = entry;
  if (!wordsAt(tokens, head + 1, rest)) return null;
  const end = head + 1 + rest.length;
  if (pattern.reflexive && !hasReflexive(tokens, head, lexicon)) return null;
  if (pattern.notReflexive && pronominal(tokens, head, lexicon)) return null;
  if (pattern.thenNot.some((words) => wordsAt(tokens, end, words))) return null;
  if (pattern.thenNotVerb && tokens[end] && looksLikeFrenchVerbForm(tokens[end], lexicon)) return null;
  if (pattern.afterQuote && !followsQuote(tokens, head, lexicon)) return null;
  if (pattern.object.length === 0) return { end, argFrom: end };
  const object = findObject(tokens, end, entry, lexicon, tokens[head]!);
  return object && { end, argFrom: pattern.objectAfterTarget ? end : object.end };
}

const QUOTE_ENDS = new Set([",", "»", "\"", "”", "“", ":"]);
/** How many auxiliaries, clitics and inverted pronouns may stand between what was said and the verb ("», lui a-t-il lancé"). */
const QUOTE_GAP = 4;

/** True when the verb at `head` follows a comma or closing quote, with only auxiliaries, clitics or inverted pronouns between. */
function followsQuote(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  const sets = lexicon.cues.sets;
  for (let i = head - 1; i >= 0 && i >= head - 1 - QUOTE_GAP; i--) {
    const token = tokens[i]!;
    if (QUOTE_ENDS.has(token.lower)) return true;
    const auxiliary = (lexicon.verbForms.get(token.fold) ?? []).some((reading) => lexicon.cues.lemmas.auxHave.has(reading.lemma));
    if (!auxiliary && !sets.inversionPronouns.has(token.lower) && !sets.objectPronouns.has(token.lower) && !sets.reflexive.has(token.lower)) return false;
  }
  return false;
}

/**
 * A French infinitive (-er, -ir, -re) or "-é" participle, read from its ending: the verb after "se voir",
 * "se retrouver" can be any verb ("s'est vu refuser", "s'est vue qualifier", "s'est retrouvé privé"),
 * which no list of our pattern verbs covers. Short words, adverbs, prepositions ("entre", "contre") and determiners ("notre") are not taken.
 */
function looksLikeFrenchVerbForm(token: Token, lexicon: Lexicon): boolean {
  const { sets } = lexicon.cues;
  if (!token.word || token.text !== token.lower || token.lower.length < 5) return false;
  if (sets.adverbs.has(token.lower) || sets.prepositions.has(token.lower) || sets.locative.has(token.lower) || sets.determiners.has(token.lower)) return false;
  return /(er|ir|re|é|ée|és|ées)$/.test(token.lower);
}

/** A capitalised word inside a sentence is part of a name ("Secretary of State", "Coalition de la gauche"). */
function insideName(tokens: readonly Token[], head: number): boolean {
  const token = tokens[head]!;
  if (token.text[0] === token.text[0]!.toLowerCase()) return false;
  const previous = tokens[head - 1];
  return previous !== undefined && !/^[«"“:(—–-]$/.test(previous.text);
}

const NONE: { entry: TriggerEntry; tags: number }[] = [];

function candidatesAt(tokens: readonly Token[], head: number, lexicon: Lexicon): { entry: TriggerEntry; tags: number }[] {
  const fold = tokens[head]!.fold;
  if (!mayBeCandidate(lexicon, fold)) return NONE;
  const found = lexicon.candidates.get(fold);
  if (!found || insideName(tokens, head)) return NONE;
  const { verbs, nouns } = found;
  const asNoun = nounContext(tokens, head, lexicon) && !englishGerundClause(tokens, head, lexicon);
  // English has no clitic object pronouns: after an article or preposition a verb form is a noun or an adjective.
  if (asNoun && lexicon.language === "en") return nouns;
  const verbsHere = lexicon.language === "fr" && asNoun ? frenchVerbsAfter(tokens, head, verbs, lexicon) : verbs;
  if (verbsHere.length === 0 || nouns.length === 0) return verbsHere.length === 0 ? nouns : verbsHere;
  return asNoun ? [...nouns, ...verbsHere] : [...verbsHere, ...nouns];
}

/** "Condemning Iran, the UN …", "after condemning Iran", "by attacking": an English -ing form opening the sentence or after a preposition is verbal. */
function englishGerundClause(tokens: readonly Token[], head: number, lexicon: Lexicon): boolean {
  if (lexicon.language !== "en" || !tokens[head]!.fold.endsWith("ing")) return false;
  const previous = tokens[head - 1];
  return previous === undefined || lexicon.cues.sets.prepositions.has(previous.lower);
}

const CLITICS = new Set(["le", "la", "les", "l'"]);

/**
 * French verb readings after a determiner or a preposition: "la presse", "en marche" are nouns. A
 * verb follows "le/la/les/l'" only as an object clitic (after a subject or "ne"), a preposition only
 * as an infinitive ("de signer") or, after "en", as a gerund ("en refusant").
 */
function frenchVerbsAfter(tokens: readonly Token[], head: number, verbs: { entry: TriggerEntry; tags: number }[], lexicon: Lexicon) {
  const previous = tokens[head - 1];
  if (!previous) return verbs;
  const sets = lexicon.cues.sets;
  if (CLITICS.has(previous.lower)) {
    const before = tokens[head - 2];
    const subjectBefore = !before || !before.word || before.lower === "ne" || before.lower === "n'" || sets.subjectPronounsSingular.has(before.lower) || sets.subjectPronounsPlural.has(before.lower) || sets.relativeSubject.has(before.lower) || /^[A-ZÀ-Ý]/.test(before.text);
    return subjectBefore ? verbs : [];
  }
  if (sets.determiners.has(previous.lower)) return [];
  const wanted = previous.lower === "en" ? FormTag.GERUND : FormTag.INFINITIVE;
  return verbs.filter((candidate) => hasTag(candidate.tags, wanted));
}

/** The first candidate (with or without object words) whose pattern matches at `head`. */
function firstMatch(tokens: readonly Token[], head: number, candidates: readonly TriggerCandidate[], withObject: boolean, lexicon: Lexicon): TriggerMatch | null {
  for (const candidate of candidates) {
    const { entry } = candidate;
    if (entry.pattern.object.length > 0 !== withObject) continue;
    const tags = entry.kind === "verb" ? writtenTags(tokens[head]!, candidate.tags, entry.lemma, lexicon) : 0;
    if (entry.kind === "verb" && tags === 0) continue;
    const found = tryEntry(tokens, head, entry, lexicon);
    if (found) return { entry, pattern: entry.pattern, head, end: found.end, argFrom: found.argFrom, tags };
  }
  return null;
}

const FRENCH_PARTICIPLE_ENDING = /é(?:e|s|es)?$/;
const FRENCH_UNACCENTED_ENDING = /e(?:s)?$/;

/**
 * Forms are looked up without accents, so "condamné" also reads as the present "condamne" and
 * "menaces" as the participle "menacés": a French form written with its final "é" is the
 * participle only, one written without it is no participle of an -er verb.
 */
function writtenTags(token: Token, tags: number, lemma: string, lexicon: Lexicon): number {
  if (lexicon.language !== "fr" || !hasTag(tags, FormTag.PARTICIPLE)) return tags;
  if (FRENCH_PARTICIPLE_ENDING.test(token.lower)) return tags & ~FormTag.FINITE;
  if (FRENCH_UNACCENTED_ENDING.test(token.lower) && lemma.endsWith("er")) return tags & ~FormTag.PARTICIPLE;
  return tags;
}

/**
 * The triggers of a sentence, left to right. Words inside an actor mention are not triggers, and the
 * words a match consumes (its continuation and object) do not start another trigger.
 */
export function findTriggers(view: SentenceView, lexicon: Lexicon): TriggerMatch[] {
  const { tokens } = view;
  const matches: TriggerMatch[] = [];
  let consumedUntil = 0;
  for (let head = 0; head < tokens.length; head++) {
    if (head < consumedUntil || !tokens[head]!.word || view.mentionAt[head]! >= 0) continue;
    const candidates = candidatesAt(tokens, head, lexicon);
    if (candidates.length === 0) continue;
    // Patterns with object words first (they are the more specific reading), then the others, each in dictionary order.
    for (let pass = 0; pass < 2; pass++) {
      const withObject = pass === 0;
      const match = firstMatch(tokens, head, candidates, withObject, lexicon);
      if (!match) continue;
      matches.push(match);
      consumedUntil = withObject ? match.argFrom : match.end;
      break;
    }
  }
  return matches;
}
