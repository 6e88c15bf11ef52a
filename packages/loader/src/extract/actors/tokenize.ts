import type { Sentence } from "@corpus/schema";
import { charClass, CASED, LETTER, NUMBER, SPACE, UPPER } from "./char-class.js";

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
  /** On a line of at least 12 cased letters, over 70 % of them capitals (a shouted subheading). */
  shouted: boolean;
}

/**
 * The token pattern `tokenize` implements by hand (its specification): dotted acronyms, French elisions,
 * words with inner hyphens and apostrophes (not the English possessive, a token of its own), single marks.
 * Used as is for short dictionary phrases, where a native regular expression is quicker to start.
 */
export const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|(?:qu|jusqu|lorsqu|puisqu|[ldjmnstc])'(?=\p{L})|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:'(?!s(?!\p{L}))\p{L}+)*|'s(?!\p{L})|[^\s\p{L}\p{N}]/gu;

/**
 * Tokens are built with a class rather than an object literal: V8 pretenures literals allocated at a hot
 * site it sees survive, and these ~400-per-article tokens then die in the old generation (two thirds of
 * every major GC on the bulk corpus; peak RSS 1.5 GB instead of 0.8 GB for 51k articles).
 */
class TokenRecord implements Token {
  constructor(
    public start: number,
    public end: number,
    public fold: string,
    public cap: boolean,
    public acronym: boolean,
    public word: boolean,
    public sentenceStart: boolean,
    public shouted: boolean,
  ) {}
}

const OPENERS = new Set(["«", "“", '"', "—", "'", "‘"]);
const ELIDED_LETTER = new Set(["l", "d", "j", "m", "n", "s", "t", "c"]);
/** First letters of the elided words (l', d', qu', jusqu', lorsqu', puisqu'…), as bits from "a" (a bit test per token, not a set lookup). */
const ELISION_START = [..."ldjmnstcqp"].reduce((bits, c) => bits | (1 << (c.charCodeAt(0) - 97)), 0);
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
export const ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z\d&]+$|^[A-Z]+[a-z][A-Z]{2,}$/;
const APOSTROPHE = 39;
const HYPHEN = 45;
const DOT = 46;

/**
 * Splits a text into tokens over its folded shadow (same length, so offsets are shared): dotted
 * acronyms ("u.s."), French elisions ("l'", "qu'") as tokens of their own, words with inner hyphens and
 * apostrophes (but not the English possessive, a token of its own), and any other single mark.
 * A hand-written scanner (one pass, no regular expression, no per-character strings): it is the
 * recogniser's hottest loop. `sentenceStarts` are the ascending offsets where sentences begin.
 */
export function tokenize(text: string, folded: string, sentenceStarts: readonly number[]): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let nextSentence = 0;
  let sentenceOpen = true;
  let previous: Token | undefined;
  let lineFirst = 0;
  let lineLetters = 0;
  let lineUpper = 0;
  const closeLine = () => {
    const shouted = lineLetters >= 12 && lineUpper / lineLetters > 0.7;
    if (shouted) for (let k = lineFirst; k < tokens.length; k++) tokens[k]!.shouted = true;
    lineFirst = tokens.length;
    lineLetters = lineUpper = 0;
  };
  let p = 0;
  while (p < length) {
    const code = folded.charCodeAt(p);
    if (code === 10) closeLine();
    if (code === 32 || code === 10) {
      p++;
      continue;
    }
    const cls = charClass(folded, p);
    if (cls & SPACE) {
      p++;
      continue;
    }
    const end = tokenEnd(folded, p, cls);
    const word = end - p > 1 || (cls & (LETTER | NUMBER)) !== 0;
    while (nextSentence < sentenceStarts.length && sentenceStarts[nextSentence]! <= p) {
      if (sentenceStarts[nextSentence] === p) sentenceOpen = true;
      nextSentence++;
    }
    const fold = folded.slice(p, end);
    const first = text.charCodeAt(p);
    const upper = word && (first < 128 ? first >= 65 && first <= 90 : (charClass(text, p) & UPPER) !== 0);
    if (upper) {
      for (let q = p; q < end; q++) {
        const c = text.charCodeAt(q);
        if (c >= 65 && c <= 90) {
          lineLetters++;
          lineUpper++;
        } else if (c >= 97 && c <= 122) lineLetters++;
        else if (c >= 128) {
          const original = charClass(text, q);
          if (original & CASED) {
            lineLetters++;
            if (original & UPPER) lineUpper++;
          }
        }
      }
    } else if (word && cls & LETTER) lineLetters += end - p; // a word opening in lower case: its letters, near enough
    // PARTICLE_NAME needs a hyphen after one to three letters: looked for before any string is searched.
    const particle = !upper && word && hyphenNear(folded, p, end) && fold.includes("-") && PARTICLE_NAME.test(text.slice(p, end));
    const token: Token = new TokenRecord(
      p,
      end,
      fold,
      word && fold.charCodeAt(fold.length - 1) !== APOSTROPHE && (upper || particle),
      upper && mayBeAcronym(text, p, end) && ACRONYM.test(text.slice(p, end)),
      word,
      word && (sentenceOpen || (previous !== undefined && !previous.word && OPENERS.has(previous.fold))),
      false,
    );
    if (word) sentenceOpen = false;
    else if ((code === DOT || code === 33 || code === 63) && !(previous?.word && previous.end - previous.start <= 3 && previous.cap)) sentenceOpen = true;
    tokens.push(token);
    previous = token;
    p = end;
  }
  closeLine();
  return tokens;
}

/** A hyphen after one to three characters (of one or two UTF-16 units each) from p, before `end`. */
function hyphenNear(s: string, p: number, end: number): boolean {
  for (let q = p + 1; q <= p + 6 && q < end; q++) if (s.charCodeAt(q) === HYPHEN) return true;
  return false;
}

/** Whether an ACRONYM can start here: its second unit is a capital, digit, "&" or ".", or its third a capital ("AfCFTA"). */
function mayBeAcronym(text: string, p: number, end: number): boolean {
  if (end - p < 2) return false;
  const second = text.charCodeAt(p + 1);
  const third = text.charCodeAt(p + 2);
  return (second >= 65 && second <= 90) || (second >= 48 && second <= 57) || second === 38 || second === DOT || (third >= 65 && third <= 90);
}

function isLetter(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return i < s.length && (charClass(s, i) & LETTER) !== 0;
}

function isAlnum(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return i < s.length && (charClass(s, i) & (LETTER | NUMBER)) !== 0;
}
/** UTF-16 units of the character at i (2 for a surrogate pair). */
const width = (s: string, i: number) => (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? 2 : 1);

/** Where the token starting at p ends, by the first rule that applies (see `tokenize`). */
function tokenEnd(s: string, p: number, cls: number): number {
  if (cls & LETTER) {
    // dotted acronym: two or more letter-dot pairs
    if (s.charCodeAt(p + width(s, p)) === DOT) {
      let q = p;
      while (isLetter(s, q) && s.charCodeAt(q + width(s, q)) === DOT) q += width(s, q) + 1;
      if (q - p >= 4) return q;
    }
    // French elision: "l'", "qu'", "jusqu'" before a letter
    const elided = elisionLength(s, p);
    if (elided > 0 && isLetter(s, p + elided + 1)) return p + elided + 1;
  }
  if (cls & (LETTER | NUMBER)) return wordEnd(s, p);
  // the English possessive
  if (s.charCodeAt(p) === APOSTROPHE && s[p + 1] === "s" && !isLetter(s, p + 2)) return p + 2;
  return p + width(s, p);
}

/** The length of an elided French word at p ("l", "qu", "jusqu") when an apostrophe follows it, else 0. */
function elisionLength(s: string, p: number): number {
  const first = s.charCodeAt(p);
  if (first < 97 || first > 122 || (ELISION_START & (1 << (first - 97))) === 0) return 0;
  if (s.charCodeAt(p + 1) === APOSTROPHE) return ELIDED_LETTER.has(s[p]!) ? 1 : 0;
  if (s.charCodeAt(p + 2) === APOSTROPHE) return s.startsWith("qu", p) ? 2 : 0;
  if (s.charCodeAt(p + 5) === APOSTROPHE) return s.startsWith("jusqu", p) ? 5 : 0;
  if (s.charCodeAt(p + 6) === APOSTROPHE) return s.startsWith("lorsqu", p) || s.startsWith("puisqu", p) ? 6 : 0;
  return 0;
}

/** A run of letters and digits, then hyphenated runs, then apostrophe-joined letters ("aujourd'hui", not "'s"). */
function wordEnd(s: string, p: number): number {
  let q = p;
  for (;;) {
    const code = s.charCodeAt(q);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) q++;
    else if (code >= 128 && isAlnum(s, q)) q += width(s, q);
    else if (code >= 65 && code <= 90) q++;
    else break;
  }
  while (s.charCodeAt(q) === HYPHEN && isAlnum(s, q + 1)) {
    q++;
    while (isAlnum(s, q)) q += width(s, q);
  }
  while (s.charCodeAt(q) === APOSTROPHE && isLetter(s, q + 1) && !(s[q + 1] === "s" && !isLetter(s, q + 2))) {
    q++;
    while (isLetter(s, q)) q += width(s, q);
  }
  return q;
}

/** Offsets where the sentences of a field begin, ascending (the title is one sentence). */
export function sentenceStartsOf(sentences: readonly Sentence[] | null): number[] {
  return sentences === null ? [0] : sentences.map((s) => s.start).sort((a, b) => a - b);
}
