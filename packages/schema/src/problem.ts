import { z } from "zod";
import { NonEmptyString, PositiveInt } from "./primitives.js";

export const ProblemCode = z
  .enum([
    "READ_FAILED",
    "NOT_UTF8",
    "BINARY",
    "EMPTY",
    "MISSING_HEADER",
    "MALFORMED_HEADER",
    "INVALID_DATE",
    "EMPTY_BODY",
    "DUPLICATE",
    "UNKNOWN_LANGUAGE",
    "INVALID_RECORD",
  ])
  .meta({
    id: "ProblemCode",
    description: "Why an input document was rejected or needs attention.",
    values: {
      READ_FAILED: "The file could not be read.",
      NOT_UTF8: "The file is not valid UTF-8 text.",
      BINARY: "The file holds binary data, not text.",
      EMPTY: "The file is empty or blank.",
      MISSING_HEADER: "Line 1 is not a ` date … headline` header.",
      MALFORMED_HEADER: "The header has the word `date` but its date or headline is malformed.",
      INVALID_DATE: "The header date does not exist (e.g. 2024-13 or 2023-02-29).",
      EMPTY_BODY: "The header is followed by no body text.",
      DUPLICATE: "The same article (same title and body) was already loaded from another file.",
      UNKNOWN_LANGUAGE: "The text reads as neither French nor English; it was loaded as the closer of the two, and extraction will find little.",
      INVALID_RECORD: "An extracted record failed validation (a bug in the loader, reported rather than hidden).",
    },
  });
export type ProblemCode = z.infer<typeof ProblemCode>;

export const Severity = z.enum(["ERROR", "WARNING"]).meta({
  id: "Severity",
  description: "How serious a problem is.",
  values: { ERROR: "The document was not loaded.", WARNING: "The document was loaded, with a caveat." },
});

export const Problem = z
  .object({
    file: NonEmptyString.describe("Path of the file, relative to the directory that was loaded."),
    line: PositiveInt.nullable().describe("1-based line number the problem is on, when it is on one line."),
    code: ProblemCode.describe("Machine-readable reason."),
    severity: Severity.describe("ERROR when the document was skipped, WARNING when it was loaded anyway."),
    message: NonEmptyString.describe("Human-readable reason."),
  })
  .meta({ id: "Problem", description: "A diagnostic about one input document: nothing is dropped silently." });
export type Problem = z.infer<typeof Problem>;
