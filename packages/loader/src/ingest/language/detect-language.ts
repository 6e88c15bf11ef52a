import { franc } from "franc";
import type { Language } from "../../document.js";
import english from "./stopwords.en.json" with { type: "json" };
import french from "./stopwords.fr.json" with { type: "json" };

/** The language chosen for a text, how it was chosen, and how sure the choice is. */
export interface LanguageGuess {
  language: Language;
  method: "stopwords" | "franc" | "script";
  /** Share of the function-word hits that went to the chosen language (0–1); 0 when franc or the script decided. */
  score: number;
  /**
   * False when a long text has almost no French or English function words: it is probably in
   * another language, and `language` is only the nearer of the two.
   */
  recognised: boolean;
}

const FRENCH = new Set(french.words);
const ENGLISH = new Set(english.words);
const LONGEST_FUNCTION_WORD = Math.max(...[...FRENCH, ...ENGLISH].map((word) => word.length));
/** Most articles are decided by their first few hundred characters; undecided ones get a longer look. */
const SAMPLE_CHARS = [600, 3000];
const DECISIVE_HITS = 6;
const DECISIVE_SHARE = 0.75;
const UNRECOGNISED_MIN_WORDS = 40;
const UNRECOGNISED_MAX_HIT_RATE = 0.1;
const FRENCH_LETTERS = /[éèêàùçâîôûœë]/i;
/** French prose of this many words virtually always has an accented letter; English has none. */
const NO_ACCENT_MIN_WORDS = 20;

/**
 * French or English? Counts distinctive function words in the headline and the start of the body
 * (stop lists in data files beside this module); that decides almost every article. Short or mixed
 * texts are English when twenty words or more carry no French accent (tables of figures, wire
 * briefs), else franc restricted to fra/eng decides, then the accents alone.
 */
export function detectLanguage(title: string, body: string): LanguageGuess {
  let sample = "";
  let counts = { words: 0, fr: 0, en: 0 };
  for (const length of SAMPLE_CHARS) {
    sample = `${title}\n${body.slice(0, length)}`.toLowerCase();
    counts = countFunctionWords(sample);
    if (isDecisive(counts) || length >= body.length) break;
  }
  const { words, fr, en } = counts;
  const hits = fr + en;
  const recognised = words < UNRECOGNISED_MIN_WORDS || hits / words > UNRECOGNISED_MAX_HIT_RATE || isFrenchOrEnglishToFranc(sample);
  if (isDecisive(counts)) {
    return { language: fr > en ? "fr" : "en", method: "stopwords", score: Math.max(fr, en) / hits, recognised };
  }
  if (words >= NO_ACCENT_MIN_WORDS && !FRENCH_LETTERS.test(sample)) return { language: "en", method: "script", score: 0, recognised };
  const guess = franc(sample, { only: ["fra", "eng"], minLength: 3 });
  if (guess === "fra" || guess === "eng") return { language: guess === "fra" ? "fr" : "en", method: "franc", score: 0, recognised };
  return { language: FRENCH_LETTERS.test(sample) || fr > en ? "fr" : "en", method: "script", score: 0, recognised };
}

/**
 * Second opinion for the few long texts with almost no function words (tables of figures, lists of names):
 * franc over all its languages. Only then is the text reported as neither French nor English.
 */
function isFrenchOrEnglishToFranc(sample: string): boolean {
  const best = franc(sample);
  return best === "fra" || best === "eng" || best === "und";
}

/**
 * Words (runs of letters, as `/\p{L}+/gu` finds them) and function-word hits of each language, in one pass
 * over the code units: no match objects, and only words short enough to be function words are sliced out.
 */
function countFunctionWords(lowerCased: string): { words: number; fr: number; en: number } {
  let words = 0;
  let fr = 0;
  let en = 0;
  let start = -1;
  for (let i = 0; i <= lowerCased.length; i++) {
    const width = i < lowerCased.length ? letterWidth(lowerCased, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD) {
      const word = lowerCased.slice(start, i);
      if (FRENCH.has(word)) fr++;
      else if (ENGLISH.has(word)) en++;
    }
    start = -1;
  }
  return { words, fr, en };
}

const LETTER = /^\p{L}$/u;
/** `\p{L}` per BMP code unit, filled in as met: 0 unknown, 1 letter, 2 not a letter. */
const bmpLetters = new Uint8Array(0x10000);

/** Code units taken by the letter at `i` (1, or 2 for a surrogate pair), or 0 when no letter starts there. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const point = text.codePointAt(i) as number;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = bmpLetters[c] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    bmpLetters[c] = known;
  }
  return known === 1 ? 1 : 0;
}

function isDecisive({ fr, en }: { fr: number; en: number }): boolean {
  const hits = fr + en;
  return hits >= DECISIVE_HITS && Math.max(fr, en) / hits >= DECISIVE_SHARE;
}
