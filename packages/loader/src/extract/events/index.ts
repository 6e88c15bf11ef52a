import type { AnalyzedArticle, LocalActor, LocalEvent } from "../../document.js";

/** Codes the PLOVER events of an article between its recognised actors. */
export function codeEvents(_article: AnalyzedArticle, _actors: LocalActor[]): LocalEvent[] {
  return []; // placeholder until the event coder lands (issue 2)
}
