/**
 * One notion of "word" for indexing, querying and highlighting, so that what the index matched
 * can be found again in the original text. Folding removes accents and case: "Etats-Unis",
 * "ÉTATS-UNIS" and "États-Unis" all give the words `etats`, `unis`.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lower case without diacritics (NFD, combining marks removed). */
export const fold = (text: string): string => text.normalize("NFD").replace(MARKS, "").toLowerCase();

/** The words of a text, in order, as written. */
export const words = (text: string): string[] => text.match(WORD) ?? [];

/** Index and query term: folded; one-letter words (elided "l'", "d'") are dropped. */
export const toTerm = (word: string): string | null => {
  const term = fold(word);
  return term.length < 2 ? null : term;
};

/** Words with their offsets, for highlighting. */
export function* locatedWords(text: string): Generator<{ start: number; end: number; word: string }> {
  for (const match of text.matchAll(WORD)) yield { start: match.index, end: match.index + match[0].length, word: match[0] };
}
