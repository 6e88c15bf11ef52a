import type { AnalyzedArticle, LocalActor } from "../../document.js";
import { analyzeDocument } from "../../ingest/analyze-document.js";

/** A short article of the tests' own writing, analysed like a file (for the actor tests only). */
export function article(title: string, body: string): AnalyzedArticle {
  const result = analyzeDocument("test.txt", ` date 2024-04-10 ${title}\n\n${body}\n`);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return result.article;
}

export const byKey = (actors: readonly LocalActor[], key: string) => actors.find((actor) => actor.key === key);
export const texts = (actor: LocalActor | undefined) => actor?.mentions.map((m) => m.text) ?? [];
