import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describeFsError } from "../corpus/fs-error.js";
import { corpusJsonChunks } from "../corpus/write-corpus-file.js";
import { loadArticleText } from "../corpus/load-corpus.js";
import { ExitCode } from "./exit-code.js";
import { formatInspection } from "./format-inspection.js";
import type { Terminal } from "./terminal.js";

export interface InspectOptions {
  json: boolean;
}

/**
 * `corpus inspect <file>`: runs the whole pipeline on one document and prints what it found,
 * readably (or as the one-article Corpus JSON with --json). Exits 1 when the document has an error.
 */
export function runInspect(file: string, options: InspectOptions, terminal: Terminal): ExitCode {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    terminal.err(`corpus inspect: ${terminal.errColors.red("error")} cannot read ${file}: ${describeFsError(error)}\n`);
    return ExitCode.Usage;
  }
  const corpus = loadArticleText(basename(file), data);
  if (options.json) for (const chunk of corpusJsonChunks(corpus)) terminal.out(chunk);
  else terminal.out(formatInspection(corpus, file, terminal.outColors));
  return corpus.problems.some((p) => p.severity === "ERROR") ? ExitCode.Failure : ExitCode.Ok;
}
