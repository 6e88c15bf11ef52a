import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../extract/index.js";
import { analyzeDocument } from "../ingest/analyze-document.js";
import { runExtractor } from "./document-loader.js";
import { describeFsError } from "./fs-error.js";
import type { WorkBatch, WorkResult } from "./parallel-protocol.js";

/**
 * Worker-thread entry (dist/parallel-worker.js): reads, analyses and extracts the files it is sent,
 * the expensive and independent part of a load; the main thread keeps the order-dependent rest.
 */
function processFile(dir: string, index: number, file: string): WorkResult {
  const t0 = performance.now();
  let data: Buffer;
  try {
    data = readFileSync(join(dir, file));
  } catch (error) {
    return { index, file, readError: describeFsError(error), read: performance.now() - t0, analyze: 0, extract: 0 };
  }
  const t1 = performance.now();
  const analyzed = analyzeDocument(file, data);
  const t2 = performance.now();
  const outcome = analyzed.ok ? runExtractor(extractArticle, analyzed.article) : null;
  return { index, file, readError: null, analyzed, outcome, read: t1 - t0, analyze: t2 - t1, extract: performance.now() - t2 };
}

parentPort?.on("message", (batch: WorkBatch) => {
  parentPort?.postMessage(batch.files.map(({ index, file }) => processFile(batch.dir, index, file)));
});
