// Public API of @corpus/loader. Add exports here with intention.
export type { AnalyzedArticle, Extraction, Language, LocalActor, LocalEvent, LocalMention, ParsedArticle } from "./document.js";
export { extractArticle } from "./extract/index.js";
