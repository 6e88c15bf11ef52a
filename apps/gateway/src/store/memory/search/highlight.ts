import type { TextMatch } from "../../types.js";
import { locatedWords, toTerm } from "./text.js";

const CONTEXT_BEFORE = 60;
const FRAGMENT_LENGTH = 200;
const MAX_HIGHLIGHTS = 10;
/** Letters whose canonical decomposition is one base letter plus marks. */
const LATIN = /^[\u0000-\u024f]*$/u;

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
  const hits: { start: number; end: number }[] = [];
  const lengths = new Set([...terms].map((term) => term.length));
  for (const located of locatedWords(text)) {
    // Folding keeps the length of Latin words (é → e), so most words are ruled out without folding.
    if (!lengths.has(located.word.length) && LATIN.test(located.word)) continue;
    const term = toTerm(located.word);
    if (term !== null && terms.has(term)) hits.push(located);
  }
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
