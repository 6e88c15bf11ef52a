import type { BodySpan, Sentence } from "@corpus/schema";
import type { Language } from "../document.js";
import { splitRulesFor, type SplitRules } from "./rules.js";

const TERMINATORS = /[.!?…]+/g;
const SPACE = /[\s\u00a0\u202f]/;
/** Closing marks that end a sentence with its terminator: `.»`, `?”`, `!)`. */
const CLOSERS = new Set(["»", "”", "’", ")", "]", "'"]);
/** Opening marks that may come before the first letter of the next sentence. */
const OPENERS = new Set(["«", "“", '"', "‘", "'", "(", "[", "-", "–", "—", "¿", "¡"]);
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/i;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const LETTERS = /\p{L}+/uy;

/**
 * Splits each paragraph into sentences, with offsets into `body`. Paragraphs are hard boundaries.
 *
 * A rule splitter rather than `Intl.Segmenter`: ICU in V8 ignores abbreviation suppressions and
 * splits before a closing guillemet (../shared/notes/extraction.md §1.1), so a post-pass would have
 * to undo most of its decisions, and its output would change with the ICU version Node ships —
 * which would break byte-identical corpus files across machines. The rules: a run of `.`, `?`, `!`
 * or `…`, with the closing quotes that follow it, ends a sentence when whitespace and then a
 * non-lower-case character follow, unless the word before a single `.` is an abbreviation,
 * an initial (J. F. Kennedy) or a dotted acronym (U.S.) not followed by a sentence starter.
 */
export function splitSentences(body: string, paragraphs: readonly BodySpan[], language: Language): Sentence[] {
  const rules = splitRulesFor(language);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = body.slice(paragraph.start, paragraph.end);
    for (const [start, end] of splitParagraph(text, rules)) {
      sentences.push({ start: paragraph.start + start, end: paragraph.start + end, paragraph: index });
    }
  });
  return sentences;
}

function splitParagraph(text: string, rules: SplitRules): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(TERMINATORS)) {
    const at = match.index;
    if (at <= start || isBracketedEllipsis(text, at, match[0])) continue;
    const end = afterClosers(text, at + match[0].length, start);
    if (end >= text.length || !SPACE.test(text[end] as string)) continue;
    const next = skipSpace(text, end);
    if (next >= text.length || !endsSentence(text, start, at, match[0], next, rules)) continue;
    spans.push([start, end]);
    start = next;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push([start, last]);
  return spans;
}

function endsSentence(text: string, start: number, at: number, terminator: string, next: number, rules: SplitRules): boolean {
  const letterAt = skipOpeners(text, next);
  const first = text[letterAt] ?? "";
  if (LOWER.test(first)) return false;
  if (terminator !== ".") return true;
  const word = wordBefore(text, start, at);
  if (rules.nonFinal.has(word)) return false;
  if (DIGIT.test(first)) return !rules.beforeNumber.has(word);
  if (INITIAL.test(word) || DOTTED_ACRONYM.test(word) || rules.ambiguous.has(word)) {
    LETTERS.lastIndex = letterAt;
    const nextWord = LETTERS.exec(text)?.[0] ?? "";
    return rules.sentenceStarters.has(nextWord);
  }
  return true;
}

/** The word just before a terminator, without an elided article (`l'U.E` → `U.E`). */
function wordBefore(text: string, start: number, at: number): string {
  let from = at;
  while (from > start && !SPACE.test(text[from - 1] as string) && !OPENERS.has(text[from - 1] as string)) from--;
  return text.slice(from, at).replace(ELISION, "");
}

/** Past the closing marks after a terminator; a straight `"` closes only when the sentence has an odd number of them. */
function afterClosers(text: string, from: number, sentenceStart: number): number {
  let i = from;
  for (;;) {
    const char = text[i];
    if (char === undefined) return i;
    if (CLOSERS.has(char)) i++;
    else if (char === '"' && countQuotes(text, sentenceStart, i) % 2 === 1) i++;
    else if (SPACE.test(char) && text[skipSpace(text, i)] === "»") i = skipSpace(text, i) + 1;
    else return i;
  }
}

function isBracketedEllipsis(text: string, at: number, terminator: string): boolean {
  if (terminator !== "…" && !/^\.{2,}$/.test(terminator)) return false;
  const before = text[at - 1];
  const after = text[at + terminator.length];
  return (before === "(" && after === ")") || (before === "[" && after === "]");
}

function countQuotes(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('"', from); i >= 0 && i < to; i = text.indexOf('"', i + 1)) count++;
  return count;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i] as string)) i++;
  return i;
}

function skipOpeners(text: string, from: number): number {
  let i = from;
  while (i < text.length && (OPENERS.has(text[i] as string) || SPACE.test(text[i] as string))) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && SPACE.test(text[i - 1] as string)) i--;
  return i;
}
