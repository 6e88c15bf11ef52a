#!/usr/bin/env node
// Records the answers of the bench searches (prints a summary; asserts nothing unless --compare):
// for each of the 80 bench queries, its first page, the next page and the page before that one
// (last/before), with scores, per-type counts, page info and every highlight. A change to search
// must leave them identical: record before (`--out before.json`), then `--compare before.json`.
// Needs a build and the bulk corpus (skips, saying so, without it).
//
//   node scripts/search-answers.mjs [--out file.json] [--compare file.json] [-n 20000]
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { parseArgs } from "node:util";
import { corpusFile, graphql, hasBulk, log, mainScript, start, stop, variantsFor } from "./bench-kit.mjs";

const { values: options } = parseArgs({ options: { n: { type: "string", short: "n", default: "20000" }, out: { type: "string" }, compare: { type: "string" } } });
if (!hasBulk()) {
  log("skipped: the bulk corpus is not there");
  process.exit(0);
}
const PAGE = `query Page($q: String!, $first: Int, $after: String, $last: Int, $before: String) {
  search(query: $q, first: $first, after: $after, last: $last, before: $before) {
    totalCount articleCount actorCount eventCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor score node { __typename ... on Article { id } ... on Actor { id } ... on Event { id } }
      textMatches { property fragment highlights { beginIndice endIndice text } } }
  }
}`;
const path = await corpusFile(Number(options.n));
const gateway = await start(mainScript, { CORPUS_PATH: path, LOG_LEVEL: "info", SEARCH_INDEX: "background", RESULT_CACHE_SIZE: "0" });
await gateway.waitFor((json) => json.msg === "background indexes ready");
try {
  const url = gateway.ready.url;
  const queries = [...new Set((await variantsFor(url, ["search (10 results, highlights)"]))["search (10 results, highlights)"].map((v) => v.q))].sort();
  const answers = {};
  for (const q of queries) {
    const first = (await graphql(url, PAGE, { q, first: 10 })).search;
    const next = first.pageInfo.hasNextPage ? (await graphql(url, PAGE, { q, first: 10, after: first.pageInfo.endCursor })).search : null;
    const previous = next ? (await graphql(url, PAGE, { q, last: 10, before: next.pageInfo.endCursor })).search : null;
    answers[q] = { first, next, previous };
  }
  const highlights = Object.values(answers).flatMap((a) => [a.first, a.next, a.previous]).filter(Boolean).flatMap((p) => p.edges.flatMap((e) => e.textMatches.flatMap((m) => m.highlights))).length;
  log(`${queries.length} queries, ${highlights} highlights recorded`);
  if (options.out) writeFileSync(options.out, JSON.stringify(answers));
  if (options.compare) {
    const before = JSON.parse(readFileSync(options.compare, "utf8"));
    const differing = Object.keys({ ...before, ...answers }).filter((q) => !isDeepStrictEqual(before[q], answers[q]));
    log(differing.length === 0 ? "identical answers" : `DIFFERENT answers for ${differing.length} queries: ${differing.slice(0, 10).join(", ")}`);
    process.exitCode = differing.length === 0 ? 0 : 1;
  }
} finally {
  await stop(gateway.child);
}
