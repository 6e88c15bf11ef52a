import type { AnalyzedArticle, LocalActor } from "../../document.js";

/** Recognises the actors of an article and resolves their mentions to one identity each. */
export function recognizeActors(_article: AnalyzedArticle): LocalActor[] {
  return []; // placeholder until the recogniser lands (issue 2); returns no actors rather than guessing
}
