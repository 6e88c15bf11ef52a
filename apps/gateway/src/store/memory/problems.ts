import type { Problem, ProblemCode } from "@corpus/schema";
import type { ProblemPage, ProblemQuery } from "../types.js";
import { arraySequence, slicePage } from "./pages.js";

/**
 * Pages of the loader's problems matching a filter, in loading order; a cursor key is the
 * problem's position in the corpus. Problems are few (one or two per bad file), so a filter is a
 * pass over them.
 */
export function findProblems(problems: readonly Problem[], query: ProblemQuery): ProblemPage {
  const { codes, severities, files, filePrefix } = query.filter;
  const codeSet = codes ? new Set<string>(codes) : null;
  const severitySet = severities ? new Set<string>(severities) : null;
  const fileSet = files ? new Set(files) : null;
  const matching: number[] = [];
  const counts = new Map<ProblemCode, number>();
  problems.forEach((problem, i) => {
    if (codeSet && !codeSet.has(problem.code)) return;
    if (severitySet && !severitySet.has(problem.severity)) return;
    if (fileSet && !fileSet.has(problem.file)) return;
    if (filePrefix != null && !problem.file.startsWith(filePrefix)) return;
    matching.push(i);
    counts.set(problem.code, (counts.get(problem.code) ?? 0) + 1);
  });
  const isPosition = (key: string) => /^\d+$/.test(key) && Number(key) < problems.length;
  const sequence = arraySequence(matching, (i) => i, (key) => (isPosition(key) ? Number(key) : undefined), String);
  const countsByCode = [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  return { ...slicePage(sequence, query.page, (i) => problems[i]!), countsByCode };
}
