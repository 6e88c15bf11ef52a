import type { Article, Corpus, Problem } from "@corpus/schema";
import type { AnalyzedArticle, Extraction } from "../document.js";
import { extractArticle } from "../extract/index.js";
import { analyzeDocument, type AnalyzeResult } from "../ingest/analyze-document.js";
import { documentError, documentWarning } from "../ingest/problem.js";
import { toArticleRecord } from "./article-record.js";
import { CorpusAssembler } from "./corpus-assembler.js";

/** Turns an analysed article into actors and events; `extractArticle` unless a caller swaps it. */
export type Extractor = (article: AnalyzedArticle) => Extraction;

/** What extraction gave for one article: the records, or the first line of the extractor's error. */
export type ExtractionOutcome = { ok: true; extraction: Extraction } | { ok: false; error: string };

/** Runs an extractor, turning a throw into a value so that one article cannot stop the load. */
export function runExtractor(extract: Extractor, article: AnalyzedArticle): ExtractionOutcome {
  try {
    return { ok: true, extraction: extract(article) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.split("\n")[0] ?? "" };
  }
}

/** Milliseconds one document spent in each stage (`extract` and `assemble` are 0 for a rejected one). */
export interface DocumentTiming {
  file: string;
  analyze: number;
  extract: number;
  assemble: number;
}

/**
 * The per-document pipeline: analyse → check for a duplicate → give a unique id → extract →
 * validate and assemble. Documents must be added in load order (ids and tie-breaks depend on it).
 * One bad document adds a problem and never stops the others; an extractor that throws is
 * reported, and the article is kept without actors and events.
 */
export class DocumentLoader {
  private readonly assembler = new CorpusAssembler();
  private readonly fileByHash = new Map<string, string>();
  private readonly usedIds = new Set<string>();
  private readonly extract: Extractor;
  private readonly clock: () => number;

  /** @param clock what stage times are measured with, in milliseconds (wall clock unless a benchmark passes a CPU clock) */
  constructor(extract: Extractor = extractArticle, clock: () => number = () => performance.now()) {
    this.extract = extract;
    this.clock = clock;
  }

  addDocument(file: string, data: Buffer | string): DocumentTiming {
    const t0 = this.clock();
    const analyzed = analyzeDocument(file, data);
    const admitted = this.admit(file, analyzed);
    const t1 = this.clock();
    if (!admitted) return { file, analyze: t1 - t0, extract: 0, assemble: 0 };
    const outcome = runExtractor(this.extract, admitted.article);
    const t2 = this.clock();
    this.include(admitted.record, outcome);
    return { file, analyze: t1 - t0, extract: t2 - t1, assemble: this.clock() - t2 };
  }

  /**
   * Adds a document that was analysed and extracted elsewhere (a worker thread), in load order.
   * Extraction ran before the duplicate check and id assignment, which it does not depend on.
   * Returns the milliseconds spent here.
   */
  addExtracted(file: string, analyzed: AnalyzeResult, outcome: ExtractionOutcome | null): number {
    const t0 = this.clock();
    const admitted = this.admit(file, analyzed);
    if (admitted && outcome) this.include(admitted.record, outcome);
    return this.clock() - t0;
  }

  report(problem: Problem): void {
    this.assembler.report([problem]);
  }

  finish(): Corpus {
    return this.assembler.finish();
  }

  /** Reports the analysis problems or warnings; then the article with its unique id and record, unless it is a duplicate. */
  private admit(file: string, analyzed: AnalyzeResult): { article: AnalyzedArticle; record: Article } | null {
    if (!analyzed.ok) {
      this.assembler.report(analyzed.problems);
      return null;
    }
    this.assembler.report(analyzed.warnings);
    const article = { ...analyzed.article, id: this.uniqueId(analyzed.article.id) };
    const record = toArticleRecord(article);
    const first = this.fileByHash.get(record.contentHash);
    if (first !== undefined) {
      this.usedIds.delete(article.id);
      this.assembler.report([documentError(file, null, "DUPLICATE", `same title and body as ${first}; skipped`)]);
      return null;
    }
    this.fileByHash.set(record.contentHash, file);
    return { article, record };
  }

  private include(record: Article, outcome: ExtractionOutcome): void {
    if (!outcome.ok) {
      this.assembler.report([
        documentWarning(record.file, null, "INVALID_RECORD", `extraction failed (${outcome.error}); article kept without actors and events`),
      ]);
    }
    this.assembler.add(record, outcome.ok ? outcome.extraction : { actors: [], events: [] });
  }

  /** Ids come from file names; two names that fold to the same id get `~2`, `~3`… in load order. */
  private uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.usedIds.has(unique); n++) unique = `${id}~${n}`;
    this.usedIds.add(unique);
    return unique;
  }
}
