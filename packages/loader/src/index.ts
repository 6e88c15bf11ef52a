// Public API of @corpus/loader. Add exports here with intention.
export type { AnalyzedArticle, Extraction, Language, LocalActor, LocalEvent, LocalMention, ParsedArticle } from "./document.js";
export { extractArticle } from "./extract/index.js";
export { analyzeDocument, type AnalyzeResult } from "./ingest/analyze-document.js";
export { detectLanguage, type LanguageGuess } from "./ingest/language/detect-language.js";
export { splitSentences } from "./segment/index.js";
export {
  corpusJsonChunks,
  CorpusDirectoryError,
  DocumentLoader,
  listTextFiles,
  loadArticleText,
  loadCorpus,
  writeCorpusFile,
  type DocumentTiming,
  type Extractor,
  type FileTiming,
  type LoadOptions,
  type LoadResult,
  type LoadStats,
} from "./corpus/index.js";
