import { createHash } from "node:crypto";

const WORD = /[\p{L}\p{N}]+/u;

/**
 * Number of words in the title and body: whitespace-separated tokens holding a letter or digit,
 * so "—" and "»" are not words but "l'armée" and "2,5" are one each.
 */
export function countWords(title: string, body: string): number {
  let count = 0;
  for (const text of [title, body]) {
    for (const token of text.split(/\s+/)) if (WORD.test(token)) count++;
  }
  return count;
}

/**
 * SHA-256 (hex) of the title and body with whitespace collapsed: two files holding the same
 * article with different line breaks or spacing get the same hash, and are reported as duplicates.
 */
export function contentHash(title: string, body: string): string {
  const normalised = `${title}\n${body}`.replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normalised).digest("hex");
}
