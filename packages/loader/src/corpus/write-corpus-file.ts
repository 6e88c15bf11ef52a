import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import type { Corpus } from "@corpus/schema";

const LISTS = ["articles", "actors", "events", "problems"] as const;
const FLUSH_AT = 1 << 20;

/**
 * The Corpus as JSON text in pieces, one record per line. Built record by record, because a large
 * corpus as one `JSON.stringify` string can pass V8's maximum string length (~512 M characters).
 * Key order is the records' construction order, so the same corpus always gives the same bytes.
 */
export function* corpusJsonChunks(corpus: Corpus): Generator<string> {
  yield `{"formatVersion":${JSON.stringify(corpus.formatVersion)}`;
  for (const list of LISTS) {
    yield `,\n${JSON.stringify(list)}:[`;
    let first = true;
    for (const record of corpus[list]) {
      yield `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
      first = false;
    }
    yield first ? "]" : "\n]";
  }
  yield "}\n";
}

/**
 * Writes the Corpus to `path` through a temporary file renamed into place, so a failed or
 * interrupted write never leaves a truncated corpus behind. Throws the file system's error.
 */
export function writeCorpusFile(corpus: Corpus, path: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    let pending = "";
    for (const chunk of corpusJsonChunks(corpus)) {
      pending += chunk;
      if (pending.length >= FLUSH_AT) {
        writeSync(fd, pending);
        pending = "";
      }
    }
    writeSync(fd, pending);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}
