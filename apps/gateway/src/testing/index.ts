// Test and benchmark helpers (a separate entry point: dist/testing/index.js); not part of the served API.
export { buildActor, buildArticle, buildEvent, sentenceAround, spanOf } from "./records.js";
export { syntheticCorpus } from "./synthetic-corpus.js";
