import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Corpus, Problem } from "@corpus/schema";
import { documentError } from "../ingest/problem.js";
import { describeFsError } from "./fs-error.js";
import { DocumentLoader, type DocumentTiming, type Extractor } from "./document-loader.js";
import { listTextFiles } from "./list-text-files.js";
import { loadInParallel } from "./parallel-load.js";

export interface LoadOptions {
  /** Called after each file with the number done and the total, e.g. to draw a progress line. */
  onProgress?(done: number, total: number): void;
  /** Replaces the extractor (tests, benchmarks); defaults to `extractArticle`. Not with `workers` > 1. */
  extract?: Extractor;
  /**
   * Worker threads that read, analyse and extract in parallel (default 1: all on this thread).
   * The corpus is byte-identical whatever the number; each worker loads the extractor's data
   * (~0.5 s, ~100 MB), so it pays off from about a thousand articles.
   */
  workers?: number;
  /** Load only these files (paths relative to `dir`, `/`-separated) instead of every `*.txt` under it; benchmarks use it to sample. */
  files?: readonly string[];
  /** Called after each readable file with the time it spent in each stage, for benchmarks. */
  onTiming?(timing: FileTiming): void;
  /**
   * The clock stage times are read with, in milliseconds (default `performance.now`, wall clock). The benchmark
   * passes a CPU clock, which other processes on the machine do not inflate. Worker threads keep the wall clock.
   */
  clock?: () => number;
}

/** Milliseconds one file spent being read, then in each stage of the document pipeline. */
export type FileTiming = DocumentTiming & { read: number };

export interface LoadStats {
  files: number;
  articles: number;
  actors: number;
  events: number;
  problems: number;
  /** Wall-clock time of the whole load, in milliseconds. */
  ms: number;
  /** Milliseconds spent reading files, analysing, extracting, assembling (summed over threads), and in the final merge. */
  stages: { read: number; analyze: number; extract: number; assemble: number; finish: number };
}

export interface LoadResult {
  corpus: Corpus;
  stats: LoadStats;
}

/** The directory to load does not exist or cannot be listed: the caller's mistake, not a bad document. */
export class CorpusDirectoryError extends Error {
  override readonly name = "CorpusDirectoryError";
  constructor(
    readonly dir: string,
    readonly reason: string,
  ) {
    super(`cannot read directory ${dir}: ${reason}`);
  }
}

/**
 * Loads every `*.txt` under `dir` into a validated, deterministic Corpus. Files are read one at a
 * time with `readFileSync`, which is 4–6× faster than many concurrent promises for small files
 * (../shared/notes/performance-anchors.md A4). Bad documents become problems; only an unreadable
 * `dir` throws (CorpusDirectoryError).
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const started = performance.now();
  let files: readonly string[];
  try {
    files = options.files ?? listTextFiles(dir);
  } catch (error) {
    throw new CorpusDirectoryError(dir, describeFsError(error));
  }
  const workers = options.workers ?? 1;
  if (workers > 1 && options.extract) throw new TypeError("loadCorpus: the `extract` option cannot be combined with worker threads");
  const clock = options.clock ?? (() => performance.now());
  const loader = new DocumentLoader(options.extract, clock);
  const stages = { read: 0, analyze: 0, extract: 0, assemble: 0, finish: 0 };
  const fileDone = (index: number, timing: FileTiming | null) => {
    if (timing) {
      stages.read += timing.read;
      stages.analyze += timing.analyze;
      stages.extract += timing.extract;
      stages.assemble += timing.assemble;
      options.onTiming?.(timing);
    }
    options.onProgress?.(index + 1, files.length);
  };

  if (workers > 1) {
    await loadInParallel(dir, files, workers, (result) => {
      if (result.readError !== null) {
        loader.report(readFailed(result.file, result.readError));
        return fileDone(result.index, null);
      }
      const assemble = loader.addExtracted(result.file, result.analyzed, result.outcome);
      const { file, read, analyze, extract } = result;
      fileDone(result.index, { file, read, analyze, extract, assemble });
    });
  } else {
    files.forEach((file, index) => {
      const t0 = clock();
      let data: Buffer;
      try {
        data = readFileSync(join(dir, file));
      } catch (error) {
        loader.report(readFailed(file, describeFsError(error)));
        return fileDone(index, null);
      }
      const read = clock() - t0;
      fileDone(index, { ...loader.addDocument(file, data), read });
    });
  }
  const t0 = clock();
  const corpus = loader.finish();
  stages.finish = clock() - t0;
  const stats: LoadStats = {
    files: files.length,
    articles: corpus.articles.length,
    actors: corpus.actors.length,
    events: corpus.events.length,
    problems: corpus.problems.length,
    ms: performance.now() - started,
    stages,
  };
  return { corpus, stats };
}

function readFailed(file: string, reason: string): Problem {
  return documentError(file, null, "READ_FAILED", `cannot read file: ${reason}`);
}

/**
 * Loads one document on its own (for `corpus inspect` and tests): the same pipeline and checks as
 * `loadCorpus`, giving a one-article Corpus, or a Corpus with no article and the problems.
 */
export function loadArticleText(file: string, data: Buffer | string, extract?: Extractor): Corpus {
  const loader = new DocumentLoader(extract);
  loader.addDocument(file, data);
  return loader.finish();
}
