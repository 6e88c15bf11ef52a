import type { AnalyzedArticle, Extraction } from "../document.js";
import { recognizeActors } from "./actors/index.js";
import { codeEvents } from "./events/index.js";

/** Finds the actors of one article, then the events between them. Pure: text in, records out. */
export function extractArticle(article: AnalyzedArticle): Extraction {
  const actors = recognizeActors(article);
  const events = codeEvents(article, actors);
  return { actors, events };
}
