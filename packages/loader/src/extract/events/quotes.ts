/**
 * Direct quotations in a text: « … », “ … ” and "…" pairs, found once per article so that a quote
 * spanning several sentences is still one quote. Spans are offsets of the quoted words, marks excluded.
 */
import { firstIndexNotBefore } from "./sorted-search.js";

export interface QuoteSpan {
  /** Offset of the opening mark and just past the closing mark. */
  open: number;
  close: number;
  /** The quoted words, trimmed: [start, end). */
  start: number;
  end: number;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”" };

function trimmed(text: string, open: number, close: number): QuoteSpan | null {
  let start = open + 1;
  let end = close - 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { open, close, start, end } : null;
}

/**
 * Finds the quotations of `text`. Paired marks may span paragraphs only for « » and “ ” (a French
 * quote often does); straight double quotes pair within a paragraph. Unclosed marks are ignored.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openChar: string | null = null;
  let openAt = -1;
  let straightAt = -1;
  const marks = /[«»“”"\n]/g;
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === "\n" && text[i + 1] === "\n") straightAt = -1;
    if (openChar === null && char in PAIRS) {
      openChar = char;
      openAt = i;
    } else if (openChar !== null && char === PAIRS[openChar]) {
      const quote = trimmed(text, openAt, i + 1);
      if (quote) quotes.push(quote);
      openChar = null;
    } else if (openChar === null && char === '"') {
      // A straight quote opens after a space or an opening bracket and closes before a space or a
      // punctuation mark; one that can do neither (a typo, inches) is skipped.
      const before = text[i - 1] ?? " ";
      const after = text[i + 1] ?? " ";
      const canOpen = /[\s([{—–-]/.test(before);
      const canClose = /[\s.,;:!?)\]}—–-]/.test(after);
      if (straightAt < 0) {
        if (canOpen) straightAt = i;
      } else if (!canClose && canOpen) {
        straightAt = i;
      } else {
        const quote = trimmed(text, straightAt, i + 1);
        if (quote) quotes.push(quote);
        straightAt = -1;
      }
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

/** The quote whose marks enclose the start of each of the sorted `spans` (null outside quotes): one walk over both lists. */
export function quotesAt(quotes: readonly QuoteSpan[], spans: readonly { start: number }[]): (QuoteSpan | null)[] {
  const found = new Array<QuoteSpan | null>(spans.length).fill(null);
  if (quotes.length === 0) return found;
  let q = 0;
  for (let i = 0; i < spans.length; i++) {
    const offset = spans[i]!.start;
    while (q < quotes.length && quotes[q]!.close - 1 <= offset) q++;
    const quote = quotes[q];
    if (quote && offset > quote.open && offset < quote.close - 1) found[i] = quote;
  }
  return found;
}

/**
 * True when [start, end) lies inside one quotation, marks included: a sentence of a quote that runs
 * over several sentences ("« … . … . … », a-t-il dit"). `quotes` are in text order.
 */
export function insideQuote(quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const quote = quotes[firstIndexNotBefore(quotes.length, (i) => quotes[i]!.open <= start) - 1];
  return quote !== undefined && end <= quote.close;
}
