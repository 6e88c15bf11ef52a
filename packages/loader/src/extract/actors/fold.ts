/**
 * Case- and accent-folding that keeps every offset: one UTF-16 unit in, one out
 * (extraction.md §1.4). Dictionary matching runs on the folded "shadow" string, so a match
 * at [start, end) there is the same span in the original text.
 */

const SINGLE_UNIT_FOLD = new Map<string, string>([
  ["\u2019", "'"],
  ["\u2018", "'"],
  ["\u02BC", "'"],
  ["\u2032", "'"],
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u00A0", " "],
  ["\u202F", " "],
  ["\u2009", " "],
  ["\u0153", "o"], // œ has no single-unit decomposition; "oe" would change the length
  ["\u0152", "o"],
  ["\u00E6", "a"],
  ["\u00C6", "a"],
  ["\u00DF", "s"],
]);

const cache = new Map<number, string>();

function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit;
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  let folded = SINGLE_UNIT_FOLD.get(unit);
  if (folded === undefined) {
    const base = unit.normalize("NFD")[0]?.toLowerCase() ?? unit;
    folded = base.length === 1 ? base : unit;
  }
  cache.set(code, folded);
  return folded;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The last long text folded and its fold: actors and events both fold the article body, one after the other.
 * Short texts (names, roles, folded in between) are not kept, so that they do not push the body out.
 */
let lastText = "";
let lastFolded = "";
const MEMO_MIN_LENGTH = 256;

/** Folds case, accents, typographic apostrophes, dashes and odd spaces; the result has the same length. */
export function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  const lower = text.toLowerCase();
  let folded: string;
  if (lower.length === text.length) folded = lower.replace(NON_ASCII, foldUnit);
  else {
    folded = "";
    for (let i = 0; i < text.length; i++) folded += foldUnit(text[i]!);
  }
  if (text.length >= MEMO_MIN_LENGTH) {
    lastText = text;
    lastFolded = folded;
  }
  return folded;
}

/** A comparison key for names: folded, apostrophes and spaces normalised, trimmed. Not length-preserving. */
export function nameKey(name: string): string {
  return foldText(name).replace(/\s+/g, " ").trim();
}
