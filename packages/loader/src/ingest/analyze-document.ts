import type { Problem } from "@corpus/schema";
import type { AnalyzedArticle } from "../document.js";
import { splitSentences } from "../segment/index.js";
import { articleIdFromFile } from "./article-id.js";
import { decodeText } from "./decode.js";
import { detectLanguage } from "./language/detect-language.js";
import { parseDocument } from "./parse-document.js";
import { documentError, documentWarning } from "./problem.js";

export type AnalyzeResult = { ok: true; article: AnalyzedArticle; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * One file's bytes → an article ready for extraction: decoded, header read, paragraphs and
 * sentences with offsets into the canonical body, language detected. Pure apart from hashing;
 * never throws for bad input, which comes back as problems naming the file and line.
 *
 * @param file path relative to the loaded directory, `/`-separated; it also gives the article id.
 */
export function analyzeDocument(file: string, data: Buffer | string): AnalyzeResult {
  const decoded = decodeText(data);
  if (!decoded.ok) return { ok: false, problems: [documentError(file, decoded.line, decoded.code, decoded.message)] };
  const parsed = parseDocument(file, decoded.text);
  if (!parsed.ok) return parsed;

  const { title, published, body, paragraphs } = parsed.parts;
  const { language, recognised } = detectLanguage(title, body);
  const sentences = splitSentences(body, paragraphs, language);
  const article: AnalyzedArticle = { file, id: articleIdFromFile(file), title, published, body, language, paragraphs, sentences };
  const warnings = recognised
    ? parsed.warnings
    : [...parsed.warnings, documentWarning(file, null, "UNKNOWN_LANGUAGE", `the text reads as neither French nor English; loaded as ${language}`)];
  return { ok: true, article, warnings };
}
