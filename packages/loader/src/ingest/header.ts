import { toPartialDate, type PartialDate } from "@corpus/schema";

/** What line 1 of a document says, or why it cannot be read. */
export type HeaderResult =
  | { ok: true; published: PartialDate; title: string }
  | { ok: false; code: "MISSING_HEADER" | "MALFORMED_HEADER" | "INVALID_DATE"; message: string };

const HEADER = /^\s*date(?:\s+(\S+))?(?:\s+(.*))?$/i;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const HEADER_EXAMPLE = "expected ` date YYYY-MM-DD headline`";

/**
 * Reads the header line ` date YYYY[-MM[-DD]] headline`. Leading whitespace is allowed.
 * A line that does not start with the word `date` followed by something date-like is a missing
 * header (the file is probably not in the corpus format); one that does, but is wrong, is malformed.
 */
export function parseHeader(line: string): HeaderResult {
  const match = HEADER.exec(line);
  const dateToken = match?.[1];
  if (!match || (dateToken !== undefined && !/^\d/.test(dateToken))) {
    return { ok: false, code: "MISSING_HEADER", message: `line 1 is not a header: ${HEADER_EXAMPLE}, found ${preview(line)}` };
  }
  if (dateToken === undefined) return { ok: false, code: "MALFORMED_HEADER", message: `header has no date: ${HEADER_EXAMPLE}` };
  if (!DATE_SHAPE.test(dateToken)) {
    return { ok: false, code: "MALFORMED_HEADER", message: `header date ${JSON.stringify(dateToken)} is not YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const published = toPartialDate(dateToken);
  if (!published) return { ok: false, code: "INVALID_DATE", message: `header date ${dateToken} does not exist` };
  const title = (match[2] ?? "").trim();
  if (title === "") return { ok: false, code: "MALFORMED_HEADER", message: `header has a date (${dateToken}) but no headline` };
  return { ok: true, published, title };
}

function preview(line: string): string {
  const trimmed = line.trim();
  return JSON.stringify(trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed);
}
