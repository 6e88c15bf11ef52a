import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Extraction } from "../document.js";
import { extractArticle } from "../extract/index.js";
import { analyzeDocument } from "../ingest/analyze-document.js";

export interface LoadedPredictions {
  extractions: Map<string, Extraction>;
  /** One line per article that could not be read or analysed: it is scored as all missed. */
  problems: string[];
  /** Time spent in analysis and extraction only (not file reading), in milliseconds. */
  extractMs: number;
}

/** Runs the loader's analysis and extraction on each named file of a directory (the IO edge of the eval). */
export async function loadPredictions(dir: string, files: readonly string[]): Promise<LoadedPredictions> {
  const extractions = new Map<string, Extraction>();
  const problems: string[] = [];
  let extractMs = 0;
  for (const file of files) {
    let data: Buffer;
    try {
      data = await readFile(join(dir, file));
    } catch (error) {
      problems.push(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const started = performance.now();
    const analyzed = analyzeDocument(file, data);
    if (analyzed.ok) extractions.set(file, extractArticle(analyzed.article));
    extractMs += performance.now() - started;
    if (!analyzed.ok) problems.push(...analyzed.problems.map((p) => `${file}: ${p.message}`));
  }
  return { extractions, problems, extractMs };
}
