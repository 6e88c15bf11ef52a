import type { Corpus, Problem } from "@corpus/schema";
import type { AnalyzedArticle, Extraction } from "../document.js";
import { extractArticle } from "../extract/index.js";
import { analyzeDocument } from "../ingest/analyze-document.js";
import { documentError, documentWarning } from "../ingest/problem.js";
import { toArticleRecord } from "./article-record.js";
import { CorpusAssembler } from "./corpus-assembler.js";

/** Turns an analysed article into actors and events; `extractArticle` unless a caller swaps it. */
export type Extractor = (article: AnalyzedArticle) => Extraction;

/** Milliseconds one document spent in each stage (`extract` and `assemble` are 0 for a rejected one). */
export interface DocumentTiming {
  file: string;
  analyze: number;
  extract: number;
  assemble: number;
}

/**
 * The per-document pipeline: analyse → check for a duplicate → give a unique id → extract →
 * validate and assemble. One bad document adds a problem and never stops the others; an
 * extractor that throws is reported, and the article is kept without actors and events.
 */
export class DocumentLoader {
  private readonly assembler = new CorpusAssembler();
  private readonly fileByHash = new Map<string, string>();
  private readonly usedIds = new Set<string>();
  private readonly extract: Extractor;

  constructor(extract: Extractor = extractArticle) {
    this.extract = extract;
  }

  addDocument(file: string, data: Buffer | string): DocumentTiming {
    const t0 = performance.now();
    const analyzed = analyzeDocument(file, data);
    if (!analyzed.ok) {
      this.assembler.report(analyzed.problems);
      return { file, analyze: performance.now() - t0, extract: 0, assemble: 0 };
    }
    this.assembler.report(analyzed.warnings);
    const article = { ...analyzed.article, id: this.uniqueId(analyzed.article.id) };
    const record = toArticleRecord(article);
    const first = this.fileByHash.get(record.contentHash);
    if (first !== undefined) {
      this.usedIds.delete(article.id);
      this.assembler.report([documentError(file, null, "DUPLICATE", `same title and body as ${first}; skipped`)]);
      return { file, analyze: performance.now() - t0, extract: 0, assemble: 0 };
    }
    this.fileByHash.set(record.contentHash, file);
    const t1 = performance.now();
    const extraction = this.safeExtract(article);
    const t2 = performance.now();
    this.assembler.add(record, extraction);
    return { file, analyze: t1 - t0, extract: t2 - t1, assemble: performance.now() - t2 };
  }

  report(problem: Problem): void {
    this.assembler.report([problem]);
  }

  finish(): Corpus {
    return this.assembler.finish();
  }

  /** Ids come from file names; two names that fold to the same id get `~2`, `~3`… in load order. */
  private uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.usedIds.has(unique); n++) unique = `${id}~${n}`;
    this.usedIds.add(unique);
    return unique;
  }

  private safeExtract(article: AnalyzedArticle): Extraction {
    try {
      return this.extract(article);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.assembler.report([
        documentWarning(article.file, null, "INVALID_RECORD", `extraction failed (${reason.split("\n")[0]}); article kept without actors and events`),
      ]);
      return { actors: [], events: [] };
    }
  }
}
