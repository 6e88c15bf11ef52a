import type { TextMatch } from "../../types.js";
import { fold, locatedWords, toTerm } from "./text.js";

const CONTEXT_BEFORE = 60;
const FRAGMENT_LENGTH = 200;
const MAX_HIGHLIGHTS = 10;
/** Letters whose canonical decomposition is one base letter plus marks. */
const LATIN = /^[\u0000-\u024f]*$/u;
/**
 * Texts made only of Latin letters, punctuation and currency signs: folding maps each of their
 * characters to exactly one (é → e), so offsets in the folded text are offsets in the text.
 */
const FOLDS_IN_PLACE = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]*$/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const ACCENTED = /[\u00c0-\u024f]/g;
/** The fold of each accented Latin letter (a table, so folding a text costs a lookup per accented letter, not an NFD pass). */
const FOLDED_LETTER = new Map(Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)).map((c) => [c, fold(c)]));
const foldInPlace = (text: string) => text.toLowerCase().replace(ACCENTED, (c) => FOLDED_LETTER.get(c) ?? c);

type Located = { start: number; end: number };

/** Whole-word occurrences of the terms in a text that folds in place, in order: native substring search, no per-word folding. */
function foldedHits(folded: string, terms: ReadonlySet<string>): Located[] {
  const hits: Located[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (!WORD_CHARACTER.test(folded[at - 1] ?? " ") && !WORD_CHARACTER.test(folded[end] ?? " ")) hits.push({ start: at, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Occurrences of the terms found word by word, folding the words that could match (any text). */
function wordHits(text: string, terms: ReadonlySet<string>): Located[] {
  const hits: Located[] = [];
  const lengths = new Set([...terms].map((term) => term.length));
  for (const located of locatedWords(text)) {
    // The fragment starts at most CONTEXT_BEFORE before the first hit, so nothing past this can be in it.
    if (hits.length === MAX_HIGHLIGHTS || (hits.length > 0 && located.start >= (hits[0]?.start ?? 0) + FRAGMENT_LENGTH)) break;
    // Folding keeps the length of Latin words (é → e), so most words are ruled out without folding.
    if (!lengths.has(located.word.length) && LATIN.test(located.word)) continue;
    const term = toTerm(located.word);
    if (term !== null && terms.has(term)) hits.push(located);
  }
  return hits;
}

/** Moves `index` back to the start of the word it falls in, so a fragment never starts mid-word. */
function wordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) i--;
  return i;
}

/**
 * An excerpt of `text` around the first word whose term is in `terms`, with every such word in
 * the excerpt located (offsets relative to the fragment). Null when no word of the text matched.
 */
export function highlight(field: string, text: string, terms: ReadonlySet<string>): TextMatch | null {
  const folded = FOLDS_IN_PLACE.test(text) ? foldInPlace(text) : null;
  const hits = folded !== null && folded.length === text.length ? foldedHits(folded, terms) : wordHits(text, terms);
  const first = hits[0];
  if (!first) return null;
  const from = text.length <= FRAGMENT_LENGTH ? 0 : wordStart(text, Math.max(0, first.start - CONTEXT_BEFORE));
  const to = Math.min(text.length, from + FRAGMENT_LENGTH);
  const fragment = text.slice(from, to);
  const highlights = hits
    .filter((hit) => hit.start >= from && hit.end <= to)
    .slice(0, MAX_HIGHLIGHTS)
    .map((hit) => ({ start: hit.start - from, end: hit.end - from, text: text.slice(hit.start, hit.end) }));
  return { field, fragment, highlights };
}
