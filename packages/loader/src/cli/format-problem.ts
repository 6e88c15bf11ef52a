import { join } from "node:path";
import type { Problem } from "@corpus/schema";
import type { Colors } from "./terminal.js";

/**
 * One diagnostic line in the `file:line: CODE message` form that editors and CI annotate;
 * the path is joined to the directory the user gave, so it can be opened as printed.
 */
export function formatProblem(problem: Problem, dir: string | null, colors: Colors): string {
  const path = dir === null || problem.file.startsWith("(") ? problem.file : join(dir, problem.file);
  const where = problem.line === null ? path : `${path}:${problem.line}`;
  const code = problem.severity === "ERROR" ? colors.red(problem.code) : colors.yellow(problem.code);
  const severity = problem.severity === "WARNING" ? " (warning)" : "";
  return `${where}: ${code}${severity} ${problem.message}`;
}
