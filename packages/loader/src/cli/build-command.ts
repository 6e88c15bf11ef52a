import { resolve } from "node:path";
import type { Problem } from "@corpus/schema";
import { describeFsError } from "../corpus/fs-error.js";
import { CorpusDirectoryError, loadCorpus, type LoadStats } from "../corpus/load-corpus.js";
import { writeCorpusFile } from "../corpus/write-corpus-file.js";
import { ExitCode } from "./exit-code.js";
import { formatProblem } from "./format-problem.js";
import { ProgressLine } from "./progress.js";
import type { Terminal } from "./terminal.js";

export interface BuildOptions {
  out: string;
  strict: boolean;
  quiet: boolean;
  workers: number;
}

/**
 * `corpus build <dir> --out <file>`: loads the directory, prints one line per problem and a summary
 * on stderr, writes the Corpus JSON. A missing directory or an unwritable output is a one-line
 * error, never a stack trace.
 */
export async function runBuild(dir: string, options: BuildOptions, terminal: Terminal): Promise<ExitCode> {
  const colors = terminal.errColors;
  const progress = options.quiet ? null : new ProgressLine(terminal);
  let result;
  try {
    result = await loadCorpus(dir, { workers: options.workers, onProgress: progress ? (done, total) => progress.update(done, total) : undefined });
  } catch (error) {
    if (!(error instanceof CorpusDirectoryError)) throw error;
    terminal.err(`corpus build: ${colors.red("error")} ${error.message}\n`);
    return ExitCode.Usage;
  } finally {
    progress?.clear();
  }
  const { corpus, stats } = result;
  for (const problem of corpus.problems) terminal.err(`${formatProblem(problem, dir, colors)}\n`);

  try {
    writeCorpusFile(corpus, options.out);
  } catch (error) {
    terminal.err(`corpus build: ${colors.red("error")} cannot write ${options.out}: ${describeFsError(error)}\n`);
    return ExitCode.Failure;
  }
  if (!options.quiet) terminal.err(`${summary(stats, corpus.problems, resolve(options.out))}\n`);
  if (options.strict && corpus.problems.length > 0) {
    if (!options.quiet) terminal.err(`corpus build: --strict: ${corpus.problems.length} problem(s), exiting with status 1\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

function summary(stats: LoadStats, problems: readonly Problem[], out: string): string {
  const errors = problems.filter((p) => p.severity === "ERROR").length;
  const seconds = stats.ms / 1000;
  const rate = seconds > 0 ? Math.round(stats.articles / seconds) : 0;
  return (
    `corpus: ${count(stats.articles, "article")}, ${count(stats.actors, "actor")}, ${count(stats.events, "event")} from ${count(stats.files, "file")}; ` +
    `${count(problems.length, "problem")} (${count(errors, "error")}, ${count(problems.length - errors, "warning")}); ` +
    `${seconds.toFixed(2)} s, ${rate} articles/s → ${out}`
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
