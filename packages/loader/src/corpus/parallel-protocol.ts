import type { AnalyzeResult } from "../ingest/analyze-document.js";
import type { ExtractionOutcome } from "./document-loader.js";

/** A batch of files for a worker: paths relative to `dir`, with their place in the load order. */
export interface WorkBatch {
  dir: string;
  files: Array<{ index: number; file: string }>;
}

/** One file as a worker leaves it: read, analysed and extracted, or why not; with stage times. */
export type WorkResult = { index: number; file: string; read: number; analyze: number; extract: number } & (
  | { readError: string }
  | { readError: null; analyzed: AnalyzeResult; outcome: ExtractionOutcome | null }
);
