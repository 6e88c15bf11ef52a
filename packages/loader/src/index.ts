// Public API of @corpus/loader. Add exports here with intention.
export type { AnalyzedArticle, Extraction, Language, LocalActor, LocalEvent, LocalMention, ParsedArticle } from "./document.js";
export { extractArticle } from "./extract/index.js";
export { analyzeDocument, type AnalyzeResult } from "./ingest/analyze-document.js";
export { detectLanguage, type LanguageGuess } from "./ingest/language/detect-language.js";
export { splitSentences } from "./segment/index.js";
