import type { Problem, ProblemCode } from "@corpus/schema";

/** Builds an ERROR problem: the document it names was not loaded. */
export function documentError(file: string, line: number | null, code: ProblemCode, message: string): Problem {
  return { file, line, code, severity: "ERROR", message };
}

/** Builds a WARNING problem: the document was loaded, with a caveat worth showing. */
export function documentWarning(file: string, line: number | null, code: ProblemCode, message: string): Problem {
  return { file, line, code, severity: "WARNING", message };
}
