import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkBatch, WorkResult } from "./parallel-protocol.js";

const BATCH = 32;
const BATCHES_IN_FLIGHT = 2;

/**
 * Reads, analyses and extracts `files` on `workers` worker threads and hands each result to
 * `onResult` in load order (results that arrive early wait in a small buffer), so the corpus is
 * byte-identical to a one-thread load. Each worker keeps two batches in flight so that it does not
 * wait while the main thread assembles. Rejects if a worker crashes.
 */
export function loadInParallel(dir: string, files: readonly string[], workers: number, onResult: (result: WorkResult) => void): Promise<void> {
  const script = workerScript();
  const waiting = new Map<number, WorkResult>();
  let nextToSend = 0;
  let nextToHandle = 0;
  return new Promise((resolve, reject) => {
    const pool = Array.from({ length: Math.min(workers, Math.ceil(files.length / BATCH)) }, () => new Worker(script));
    const stop = (error?: unknown) => {
      for (const worker of pool) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const send = (worker: Worker) => {
      if (nextToSend >= files.length) return;
      const batch: WorkBatch = { dir, files: files.slice(nextToSend, nextToSend + BATCH).map((file, i) => ({ index: nextToSend + i, file })) };
      nextToSend += batch.files.length;
      worker.postMessage(batch);
    };
    for (const worker of pool) {
      worker.on("message", (results: WorkResult[]) => {
        try {
          for (const result of results) waiting.set(result.index, result);
          for (let ready = waiting.get(nextToHandle); ready; ready = waiting.get(nextToHandle)) {
            waiting.delete(nextToHandle++);
            onResult(ready);
          }
          if (nextToHandle === files.length) stop();
          else send(worker);
        } catch (error) {
          stop(error);
        }
      });
      worker.on("error", stop);
      for (let i = 0; i < BATCHES_IN_FLIGHT; i++) send(worker);
    }
    if (files.length === 0) stop();
  });
}

/** The built worker entry beside this module's chunk in dist/; a source checkout (tests run on src) has none. */
function workerScript(): URL {
  const url = new URL("./parallel-worker.js", import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error(`worker threads need the built package (${fileURLToPath(url)} is missing)`);
  return url;
}
