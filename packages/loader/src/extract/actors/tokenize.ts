import type { Sentence } from "@corpus/schema";

/** A word or punctuation mark of a text, with its place and the facts the recogniser asks about it. */
export interface Token {
  start: number;
  end: number;
  /** The folded form (lower case, no accents): the key for every dictionary lookup. */
  fold: string;
  /** Starts with a capital letter, or is a particle-prefixed name such as "al-Assad". */
  cap: boolean;
  /** An acronym such as "PASOK", "U.S." or "AfCFTA". */
  acronym: boolean;
  word: boolean;
  /** First word of a sentence or of a quotation: its capital says nothing. */
  sentenceStart: boolean;
}

// Dotted acronyms; French elisions (l', d', qu'…) as their own token; words with inner hyphens and
// apostrophes (but not the English possessive, which is a token of its own); any other single mark.
const TOKEN =
  /(?:\p{L}\.){2,}|(?:qu|jusqu|lorsqu|puisqu|[ldjmnstc])'(?=\p{L})|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:'(?!s(?!\p{L}))\p{L}+)*|'s(?!\p{L})|[^\s\p{L}\p{N}]/gu;
const OPENERS = new Set(["«", "“", '"', "—", "'", "‘"]);
const CAPITAL = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
export const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z\d&]+$|^[A-Z]+[a-z][A-Z]{2,}$/;

/**
 * Splits a text into tokens over its folded shadow (same length, so offsets are shared).
 * `sentenceStarts` are the offsets where sentences begin, to tell a name's capital from a sentence's.
 */
export function tokenize(text: string, folded: string, sentenceStarts: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  let sentenceOpen = true;
  for (const match of folded.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const fold = match[0];
    const word = fold.length > 1 || WORD_CHAR.test(fold);
    if (sentenceStarts.has(start)) sentenceOpen = true;
    const code = text.charCodeAt(start);
    const upper = word && (code < 128 ? code >= 65 && code <= 90 : text[start] !== text[start]!.toLowerCase());
    const original = upper || (word && fold.includes("-")) ? text.slice(start, end) : "";
    const token: Token = {
      start,
      end,
      fold,
      cap: word && !fold.endsWith("'") && (upper ? CAPITAL.test(original) : PARTICLE_NAME.test(original)),
      acronym: upper && ACRONYM.test(original),
      word,
      sentenceStart: word && (sentenceOpen || (previous !== undefined && OPENERS.has(previous.fold))),
    };
    if (word) sentenceOpen = false;
    if (!word && /[.!?]/.test(match[0]) && !(previous?.word && previous.end - previous.start <= 3 && previous.cap)) sentenceOpen = true;
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

/** Offsets where the sentences of a field begin (the title is one sentence). */
export function sentenceStartsOf(sentences: readonly Sentence[] | null): Set<number> {
  return new Set(sentences === null ? [0] : sentences.map((s) => s.start));
}
