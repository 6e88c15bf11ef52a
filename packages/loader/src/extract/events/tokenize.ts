/**
 * A small tokenizer for event coding: words (with their inner hyphens), French elisions split off
 * ("l'", "qu'"), English clitics split off ("n't", "'s"), French inverted subject pronouns split off
 * ("a-t-il" → "a", "-t-il") and every other non-space character as a token of its own.
 * A regex tokenizer keeps exact offsets and is many times faster than Intl.Segmenter (extraction.md §1.2).
 */
import { charClass, SPACE } from "../actors/char-class.js";
import { foldText } from "../actors/fold.js";

export interface Token {
  /** Offsets into the text that was tokenized (the article body for sentences). */
  start: number;
  end: number;
  text: string;
  /** Lower case, typographic apostrophe as "'", accents kept: for function words ("à" ≠ "a"). */
  lower: string;
  /** Lower case without accents: for dictionary words. */
  fold: string;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/** A chunk (dotted acronym, word with inner hyphens and apostrophes, or one mark), sticky: matched where the scan stands. */
const CHUNK_AT = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*'?|\S/uy;
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
const ENGLISH_CLITIC = /(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;
const INVERSION = /(-t-(?:il|elle|ils|elles|on)|-(?:il|elle|ils|elles|on|je|nous|vous))$/iu;
const KEEP_WHOLE = /^aujourd['’]hui$/iu;

const NO_CUTS: number[] = [];

/** Whether text[from, to) holds an apostrophe or a hyphen, where `splitChunk` may cut it. */
function mayCut(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 39 || code === 45 || code === 0x2019) return true;
  }
  return false;
}

function splitChunk(chunk: string): number[] {
  if (chunk.length < 3 || (!chunk.includes("'") && !chunk.includes("’") && !chunk.includes("-")) || KEEP_WHOLE.test(chunk)) return NO_CUTS;
  const cuts: number[] = [];
  const elision = ELISION.exec(chunk);
  if (elision) cuts.push(elision[0].length);
  const clitic = ENGLISH_CLITIC.exec(chunk) ?? INVERSION.exec(chunk);
  if (clitic && clitic.index > (cuts[0] ?? 0)) cuts.push(clitic.index);
  return cuts;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Tokens are built by a class, not as object literals: V8 then gives every token one shape and
 * allocates them young (literals made in a hot loop got pretenured, costing GC time; the actors'
 * tokenizer measured the same).
 */
class TokenRecord implements Token {
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public lower: string,
    public fold: string,
    public word: boolean,
  ) {}
}

/**
 * Most tokens are plain ASCII: then the folded text already holds the lower-case form, and a token written in
 * lower case shares one string for its text, lower and folded forms (fewer strings per token, same values).
 */
function makeToken(text: string, folded: string, start: number, end: number): Token {
  let ascii = true;
  let upper = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      ascii = false;
      break;
    }
    if (code >= 65 && code <= 90) upper = true;
  }
  if (ascii) {
    const fold = folded.slice(start, end);
    const raw = upper ? text.slice(start, end) : fold;
    const first = raw.charCodeAt(0);
    return new TokenRecord(start, end, raw, fold, fold, (first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57) || (raw.length > 1 && WORD_CHAR.test(raw)));
  }
  const raw = text.slice(start, end);
  const lowered = raw.toLowerCase();
  const lower = lowered.includes("’") ? lowered.replace(/’/g, "'") : lowered;
  const first = raw.charCodeAt(0);
  const word = (first >= 97 && first <= 122) || (first >= 65 && first <= 90) || (first >= 48 && first <= 57) || (raw.length > 1 ? WORD_CHAR.test(raw) : first > 127 && WORD_CHAR.test(raw));
  return new TokenRecord(start, end, raw, lower, folded.slice(start, end), word);
}

/**
 * Tokenizes `text[from, to)`; offsets stay those of `text`. `folded` is `foldText(text)`, passed in so
 * that an article is folded once, not once per sentence.
 */
export function tokenize(text: string, folded: string = foldText(text), from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let p = from;
  while (p < to) {
    const code = text.charCodeAt(p);
    if (code === 32 || code === 10 || ((code < 32 || code > 127) && (charClass(text, p) & SPACE) !== 0)) {
      p++;
      continue;
    }
    // A sticky test gives the chunk's end without building a match array per token.
    CHUNK_AT.lastIndex = p;
    if (!CHUNK_AT.test(text)) throw new Error(`tokenize: no chunk at offset ${p}`);
    // A chunk running past the span is cut at its end, as if the span were the whole text.
    const end = Math.min(CHUNK_AT.lastIndex, to);
    let start = p;
    if (end - p >= 3 && mayCut(text, p, end)) {
      for (const cut of splitChunk(text.slice(p, end))) {
        tokens.push(makeToken(text, folded, start, p + cut));
        start = p + cut;
      }
    }
    tokens.push(makeToken(text, folded, start, end));
    p = end;
  }
  return tokens;
}

/** The folded words of a dictionary phrase, tokenized the way text is ("coup d'État" → coup, d', etat). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.fold);
}

/** The lower-case (accented) words of a cue phrase ("ainsi que" → ainsi, que). */
export function cueWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.lower);
}
