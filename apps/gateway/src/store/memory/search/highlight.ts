import type { TextMatch } from "../../types.js";
import { fold, locatedWords, toTerm } from "./text.js";

const CONTEXT_BEFORE = 60;
const FRAGMENT_LENGTH = 200;
const MAX_HIGHLIGHTS = 10;
/** Letters whose canonical decomposition is one base letter plus marks. */
const LATIN = /^[\u0000-\u024f]*$/u;
const ACCENTED = /[\u00c0-\u024f]/g;
/** The fold of each accented Latin letter (a table, so folding a text costs a lookup per accented letter, not an NFD pass). */
const FOLDED_LETTER = new Map(Array.from({ length: 0x250 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i)).map((c) => [c, fold(c)]));
const foldInPlace = (text: string) => text.toLowerCase().replace(ACCENTED, (c) => FOLDED_LETTER.get(c) ?? c);

/**
 * Latin letters, punctuation and currency signs, except the few that fold to more than one
 * character (only İ, whose lower case is i + a combining dot): each folds to exactly one (é → e),
 * so a text made only of them has its folded words at the same offsets as its own.
 */
const IN_PLACE_RANGES = [[0x0000, 0x024f], [0x2000, 0x206f], [0x20a0, 0x20cf]] as const;
/** Those characters by what they fold to ("e" ← e, E, é, É, ê…). */
const FOLDED_FROM = new Map<string, string[]>();
/** The same characters as ranges of a character class (a class of single characters is slower to test). */
let inPlaceClass = "";
for (const [from, to] of IN_PLACE_RANGES) {
  let runStart = -1;
  for (let code = from; code <= to + 1; code++) {
    const c = String.fromCharCode(code);
    const folded = code <= to ? foldInPlace(c) : "";
    if (folded.length === 1) {
      FOLDED_FROM.set(folded, [...(FOLDED_FROM.get(folded) ?? []), c]);
      if (runStart < 0) runStart = code;
    } else if (runStart >= 0) {
      inPlaceClass += `\\u{${runStart.toString(16)}}-\\u{${(code - 1).toString(16)}}`;
      runStart = -1;
    }
  }
}
/** Texts made only of characters that fold in place (one full scan of the text). */
const FOLDS_IN_PLACE = new RegExp(`^[${inPlaceClass}]*$`, "u");

type Located = { start: number; end: number };

const BOUNDED = { before: "(?<![\\p{L}\\p{N}\\p{M}])", after: "(?![\\p{L}\\p{N}\\p{M}])" };
const patterns = new Map<string, RegExp>();
/**
 * A whole-word pattern that finds a folded term in the unfolded text: each letter of the term
 * becomes the class of the characters that fold to it, so the text is searched as written, by the
 * regular-expression engine, instead of being lower-cased and unaccented whole first.
 */
function patternOf(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const letters = [...term].map((letter) => `[${(FOLDED_FROM.get(letter) ?? []).map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("")}]`);
    pattern = new RegExp(`${BOUNDED.before}${letters.join("")}${BOUNDED.after}`, "gu");
    if (patterns.size >= 10_000) patterns.clear();
    patterns.set(term, pattern);
  }
  return pattern;
}

/**
 * Where `term`'s pattern next matches in `text` from `from` on, or null. `test` instead of `exec`
 * (no match array): a match is as long as the term, each class matching one UTF-16 unit.
 */
function matchFrom(pattern: RegExp, term: string, text: string, from: number): Located | null {
  pattern.lastIndex = from;
  return pattern.test(text) ? { start: pattern.lastIndex - term.length, end: pattern.lastIndex } : null;
}

/**
 * Whole-word occurrences of the terms in a text that folds in place (each character to one), in
 * order, within the fragment that starts at `from`: the text is searched as written (see
 * {@link patternOf}), and only up to the end of that fragment.
 */
function inPlaceHits(text: string, terms: ReadonlySet<string>, from: number): Located[] {
  const to = from + FRAGMENT_LENGTH;
  const hits: Located[] = [];
  for (const term of terms) {
    const pattern = patternOf(term);
    for (let found = matchFrom(pattern, term, text, from); found !== null && found.end <= to; found = matchFrom(pattern, term, text, found.end)) hits.push(found);
  }
  return terms.size > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** Occurrences of the terms found word by word, folding the words that could match (any text). */
function wordHits(text: string, terms: ReadonlySet<string>, max = MAX_HIGHLIGHTS): Located[] {
  const hits: Located[] = [];
  const lengths = new Set([...terms].map((term) => term.length));
  for (const located of locatedWords(text)) {
    // The fragment starts at most CONTEXT_BEFORE before the first hit, so nothing past this can be in it.
    if (hits.length === max || (hits.length > 0 && located.start >= (hits[0]?.start ?? 0) + FRAGMENT_LENGTH)) break;
    // Folding keeps the length of Latin words (é → e), so most words are ruled out without folding.
    if (!lengths.has(located.word.length) && LATIN.test(located.word)) continue;
    const term = toTerm(located.word);
    if (term !== null && terms.has(term)) hits.push(located);
  }
  return hits;
}

/** Where the fragment around the first hit starts. */
const fragmentStart = (text: string, first: Located) => (text.length <= FRAGMENT_LENGTH ? 0 : wordStart(text, Math.max(0, first.start - CONTEXT_BEFORE)));

/** Moves `index` back to the start of the word it falls in, so a fragment never starts mid-word. */
function wordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] ?? "")) i--;
  return i;
}

/** The first whole-word occurrence of any of the terms in `text` (what places the fragment), or null. */
function firstHit(text: string, terms: ReadonlySet<string>, inPlace: boolean): Located | null {
  if (!inPlace) return wordHits(text, terms, 1)[0] ?? null;
  let first: Located | null = null;
  for (const term of terms) {
    const found = matchFrom(patternOf(term), term, text, 0);
    if (found && (first === null || found.start < first.start)) first = found;
  }
  return first;
}

/**
 * The highlights of a fragment starting at `from`: every occurrence of the terms in it (up to
 * {@link MAX_HIGHLIGHTS}), with offsets into the fragment.
 */
function highlightsOf(text: string, terms: ReadonlySet<string>, inPlace: boolean, from: number, to: number): TextMatch["highlights"] {
  return (inPlace ? inPlaceHits(text, terms, from) : wordHits(text, terms))
    .filter((hit) => hit.start >= from && hit.end <= to)
    .slice(0, MAX_HIGHLIGHTS)
    .map((hit) => ({ start: hit.start - from, end: hit.end - from, text: text.slice(hit.start, hit.end) }));
}

/**
 * A fragment whose highlights are located on first read (placing the fragment needs only the first
 * occurrence; most queries ask for fragments only). A class, not an object literal with a getter:
 * V8 gives every such literal its own hidden class, whose getter closure then survives young
 * collections (measured: a fifth of a search's garbage was promoted, scavenges took 10-30 ms).
 */
class FoundText implements TextMatch {
  #located: TextMatch["highlights"] | undefined;

  constructor(
    readonly field: string,
    readonly fragment: string,
    private readonly text: string,
    private readonly terms: ReadonlySet<string>,
    private readonly inPlace: boolean,
    private readonly from: number,
  ) {}

  get highlights(): TextMatch["highlights"] {
    return (this.#located ??= highlightsOf(this.text, this.terms, this.inPlace, this.from, this.from + this.fragment.length));
  }

  /** The match as data (a getter on the prototype is not an own property). */
  toJSON(): TextMatch {
    return { field: this.field, fragment: this.fragment, highlights: this.highlights };
  }
}

/**
 * An excerpt of `text` around the first word whose term is in `terms`, with every such word in
 * the excerpt located (offsets relative to the fragment, located on first read). Null when no
 * word of the text matched.
 */
export function highlight(field: string, text: string, terms: ReadonlySet<string>): TextMatch | null {
  const inPlace = FOLDS_IN_PLACE.test(text);
  const first = firstHit(text, terms, inPlace);
  if (!first) return null;
  const from = fragmentStart(text, first);
  const to = Math.min(text.length, from + FRAGMENT_LENGTH);
  return new FoundText(field, text.slice(from, to), text, terms, inPlace, from);
}
