#!/usr/bin/env node
// Times the memory store's search in-process (prints figures; asserts nothing), without HTTP or
// GraphQL: the bench's 30 words and the names of the 50 actors with most events, first and second
// pages, fragments read as the bench query reads them. Steadier than a load test for comparing two
// versions of the search code. Needs a build and the bench corpus (skips without the bulk corpus).
//
//   node scripts/search-microbench.mjs [-n 20000] [--passes 20] [--dist dir]   (--dist: another build, to compare two versions)
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusFile, gatewayDir, hasBulk, log, SEARCH_TERMS } from "./bench-kit.mjs";

const { values: options } = parseArgs({ options: { n: { type: "string", short: "n", default: "20000" }, passes: { type: "string", default: "20" }, dist: { type: "string" } } });
const { createMemoryStore } = await import(pathToFileURL(resolve(options.dist ?? join(gatewayDir, "dist"), "index.js")).href);
if (!hasBulk()) {
  log("skipped: the bulk corpus is not there");
  process.exit(0);
}
const corpus = JSON.parse(readFileSync(await corpusFile(Number(options.n)), "utf8"));
const store = createMemoryStore(corpus, { cacheSize: 0 });
await store.warm();
const eventCount = new Map();
for (const event of corpus.events) for (const id of [event.sourceId, event.targetId]) if (id) eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
const names = corpus.actors.filter((actor) => eventCount.has(actor.id)).sort((a, b) => eventCount.get(b.id) - eventCount.get(a.id) || (a.id < b.id ? -1 : 1)).slice(0, 50).map((actor) => actor.name);
const types = ["ARTICLE", "ACTOR", "EVENT"];
const requests = [];
for (const query of [...SEARCH_TERMS, ...names]) {
  const [first] = await store.search([{ query, types, page: { first: 10 } }]);
  requests.push({ query, types, page: { first: 10 } });
  if (first.hasNextPage) requests.push({ query, types, page: { first: 10, after: first.keys.at(-1) } });
}
let sink = 0;
const run = async () => {
  for (const request of requests) {
    const [page] = await store.search([request]);
    for (const hit of page.nodes) for (const match of hit.matches) sink += match.fragment.length;
  }
};
for (let i = 0; i < 3; i++) await run();
const times = [];
for (let pass = 0; pass < Number(options.passes); pass++) {
  const started = performance.now();
  await run();
  times.push(((performance.now() - started) * 1000) / requests.length);
}
times.sort((a, b) => a - b);
log(`search in-process: ${requests.length} requests per pass, median ${times[times.length >> 1].toFixed(1)} µs, best ${times[0].toFixed(1)} µs per search page (${sink > 0 ? "read" : "none"})`);
