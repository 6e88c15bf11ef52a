import { readFile } from "node:fs/promises";
import { Corpus, findInconsistencies } from "@corpus/schema";

/** The corpus could not be loaded; the message names the file and the reason. */
export class CorpusLoadError extends Error {
  override name = "CorpusLoadError";
}

export interface LoadedCorpus {
  corpus: Corpus;
  /** What was loaded: the corpus.json path or the seeds directory. */
  source: string;
  timings: { readMs: number; parseMs: number; validateMs: number };
}

const since = (start: number) => Math.round(performance.now() - start);
const MAX_LISTED = 3;

async function readJson(path: string): Promise<{ json: unknown; readMs: number; parseMs: number }> {
  let start = performance.now();
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new CorpusLoadError(`${path}: cannot read (${error.code ?? error.message})`);
  });
  const readMs = since(start);
  start = performance.now();
  try {
    return { json: JSON.parse(text) as unknown, readMs, parseMs: since(start) };
  } catch (error) {
    throw new CorpusLoadError(`${path}: not JSON (${(error as Error).message})`);
  }
}

/** Validates a parsed corpus with the loader's zod schema, then its cross-record consistency (ids resolve, spans match the text). */
export function validateCorpus(json: unknown, path: string): Corpus {
  const parsed = Corpus.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_LISTED).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new CorpusLoadError(`${path}: not a valid corpus (${parsed.error.issues.length} issues; ${issues.join("; ")})`);
  }
  const inconsistencies = findInconsistencies(parsed.data);
  if (inconsistencies.length > 0) {
    const listed = inconsistencies.slice(0, MAX_LISTED).map((i) => `${i.record}: ${i.message}`);
    throw new CorpusLoadError(`${path}: inconsistent corpus (${inconsistencies.length} problems; ${listed.join("; ")})`);
  }
  return parsed.data;
}

/**
 * Reads a corpus.json written by `corpus build` and validates it with the same zod schema the
 * loader used, plus cross-record consistency: the gateway refuses to serve a corpus it would
 * answer wrongly about.
 */
export async function readCorpusFile(path: string): Promise<LoadedCorpus> {
  const { json, readMs, parseMs } = await readJson(path);
  const start = performance.now();
  const corpus = validateCorpus(json, path);
  return { corpus, source: path, timings: { readMs, parseMs, validateMs: since(start) } };
}

/**
 * Runs `@corpus/loader` over a directory of articles (the seeds by default). The loader is
 * imported only here, so serving a corpus.json does not load the extraction code.
 */
export async function loadCorpusDirectory(dir: string): Promise<LoadedCorpus & { problems: number }> {
  const start = performance.now();
  const { loadCorpus, CorpusDirectoryError } = await import("@corpus/loader");
  try {
    const { corpus, stats } = await loadCorpus(dir);
    return { corpus, source: dir, problems: stats.problems, timings: { readMs: since(start), parseMs: 0, validateMs: 0 } };
  } catch (error) {
    if (error instanceof CorpusDirectoryError) throw new CorpusLoadError(error.message);
    throw error;
  }
}
