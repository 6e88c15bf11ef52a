import type { FieldScan } from "./field-scan.js";
import { foldText } from "./fold.js";

/** Month names and abbreviations of both languages, folded and without a final dot (CLDR, via Intl). */
export const MONTHS = new Set(
  ["fr", "en"].flatMap((locale) =>
    (["long", "short"] as const).flatMap((month) => {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" });
      return Array.from({ length: 12 }, (_, m) => foldText(format.format(Date.UTC(2024, m, 1))).replace(/\.$/u, ""));
    }),
  ),
);
const DASHES = new Set(["-", "--", "\u2013", "\u2014"]);
const DATELINE_MARKS = new Set([",", ".", "(", ")", "/"]);
const IN_CAPITALS = /^\p{Lu}[\p{Lu}.'\u2019-]*$/u;
const MAX_DATELINE_TOKENS = 16;
const WIRE_MARKS = /^[*#]+$/u;

/**
 * The tokens of the datelines and rubrics that open paragraphs: a place or heading in capitals, maybe a
 * state, a date and an agency in brackets, then a dash ("FRANKFURT, March 5 -", "OAKLAND, N.J., March 2 -",
 * "PARIS (Reuters) -", "BRUXELLES, 3 mars (AFP) —", "POLITIQUE -"). They say where the news was filed or
 * what it is about; the place is no actor of the story, so recognition skips these tokens. `storyStarts`: the
 * token after each dash, where the story's first sentence starts ("- The Bank of England said": "The" opens it).
 */
export function datelineTokens(scan: FieldScan): { dateline: number[]; storyStarts: number[] } {
  const { tokens, text } = scan;
  const found: number[] = [];
  const storyStarts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opensParagraph = i === 0 || newlineIn(text, tokens[i - 1]!.end, tokens[i]!.start);
    // "****WASHINGTON, March 18 -": a wire's marks before the dateline
    while (opensParagraph && WIRE_MARKS.test(text.slice(tokens[i]!.start, tokens[i]!.end)) && i + 1 < tokens.length && !newlineIn(text, tokens[i]!.end, tokens[i + 1]!.start)) i++;
    if (!opensParagraph || !IN_CAPITALS.test(text.slice(tokens[i]!.start, tokens[i]!.end)) || tokens[i]!.end - tokens[i]!.start < 2) continue;
    let capitals = true; // the heading's words, before the first mark
    for (let k = i; k < tokens.length && k - i < MAX_DATELINE_TOKENS; k++) {
      const token = tokens[k]!;
      const surface = text.slice(token.start, token.end);
      if (k > i && newlineIn(text, tokens[k - 1]!.end, token.start)) break;
      if (DASHES.has(surface)) {
        if (k > i) for (let j = i; j < k; j++) found.push(j);
        if (k > i && k + 1 < tokens.length) storyStarts.push(k + 1);
        break;
      }
      if (DATELINE_MARKS.has(surface)) {
        capitals = false;
        continue;
      }
      const fits = IN_CAPITALS.test(surface) || (!capitals && (token.cap || /^\d{1,4}(?:er)?$/u.test(surface) || MONTHS.has(token.fold)));
      if (!fits) break;
    }
  }
  return { dateline: found, storyStarts };
}

/** Whether text[from, to) holds a line break (asked between every two tokens: no string is cut out for it). */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (text.charCodeAt(q) === 10) return true;
  return false;
}
