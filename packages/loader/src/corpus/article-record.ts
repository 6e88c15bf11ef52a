import type { Article } from "@corpus/schema";
import type { AnalyzedArticle } from "../document.js";
import { contentHash, countWords } from "../ingest/content.js";

/** The published `Article` record of an analysed article: its fields plus word count and content hash. */
export function toArticleRecord(article: AnalyzedArticle): Article {
  const { id, file, title, language, published, body, paragraphs, sentences } = article;
  return {
    id,
    file,
    title,
    language,
    published,
    body,
    paragraphs,
    sentences,
    wordCount: countWords(title, body),
    contentHash: contentHash(title, body),
  };
}
