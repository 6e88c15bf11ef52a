import type { BodySpan, PartialDate, Problem } from "@corpus/schema";
import { parseHeader } from "./header.js";
import { documentError, documentWarning } from "./problem.js";

/** A document split into header and paragraphs, before any analysis. */
export interface DocumentParts {
  title: string;
  published: PartialDate;
  /** Paragraphs joined by "\n\n"; each paragraph's lines are trimmed and joined by "\n". */
  body: string;
  paragraphs: BodySpan[];
}

export type ParseResult = { ok: true; parts: DocumentParts; warnings: Problem[] } | { ok: false; problems: Problem[] };

const NON_BLANK = /\S/;

/**
 * Splits normalised text (LF line ends, NFC) into header, title and paragraphs.
 * Blank lines (whitespace only) separate paragraphs; runs of them count as one, and trailing
 * whitespace is dropped, so the body is rebuilt in a canonical form that all offsets point into.
 */
export function parseDocument(file: string, text: string): ParseResult {
  if (!NON_BLANK.test(text)) return { ok: false, problems: [documentError(file, null, "EMPTY", "file is empty")] };

  const lines = text.split("\n");
  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  const headerLine = headerIndex + 1;
  const header = parseHeader(lines[headerIndex] ?? "");
  if (!header.ok) return { ok: false, problems: [documentError(file, headerLine, header.code, header.message)] };

  const warnings: Problem[] = [];
  if (headerIndex > 0) {
    warnings.push(documentWarning(file, headerLine, "MALFORMED_HEADER", `header is on line ${headerLine}, after blank lines; expected on line 1`));
  }
  const next = lines[headerIndex + 1];
  if (next !== undefined && next.trim() !== "") {
    warnings.push(documentWarning(file, headerLine + 1, "MALFORMED_HEADER", "no blank line after the header; this line is read as the first paragraph"));
  }

  const { body, paragraphs } = joinParagraphs(lines, headerIndex + 1);
  if (paragraphs.length === 0) {
    return { ok: false, problems: [documentError(file, headerLine, "EMPTY_BODY", "the header is followed by no body text")] };
  }
  return { ok: true, parts: { title: detached(header.title), published: header.published, body, paragraphs }, warnings };
}

/**
 * A copy of `text` that holds no reference to the string it was cut from. V8 represents a slice of 13+
 * characters as a pointer into its parent, so the headline, cut from the decoded file, would keep the whole
 * file text alive for as long as the corpus is in memory (~2 kB per article, a fifth of what a loaded
 * article costs). The body needs no copy: it is rebuilt by joining its lines.
 */
function detached(text: string): string {
  return structuredClone(text);
}

function joinParagraphs(lines: string[], from: number): { body: string; paragraphs: BodySpan[] } {
  const texts: string[] = [];
  let current: string[] = [];
  for (let i = from; i <= lines.length; i++) {
    const line = i < lines.length ? (lines[i] as string).trim() : "";
    if (line !== "") current.push(line);
    else if (current.length > 0) {
      texts.push(current.join("\n"));
      current = [];
    }
  }
  const paragraphs: BodySpan[] = [];
  let offset = 0;
  for (const paragraph of texts) {
    paragraphs.push({ start: offset, end: offset + paragraph.length });
    offset += paragraph.length + 2;
  }
  return { body: texts.join("\n\n"), paragraphs };
}
