#!/usr/bin/env node
// Gateway benchmark (prints figures; asserts nothing). Needs a build (dist/).
//  1. Builds a corpus.json of N real articles (default 20,000, sampled evenly from
//     ../shared/corpus/bulk.tar.gz, unpacked once into .bulk/) with @corpus/loader, cached in .bulk/.
//  2. Start-up: spawns dist/main.js on it (NODE_ENV=production) and reports time to "ready", the
//     parts of it, the search index build in the background, and memory (RSS, peak).
//  3. Load, with autocannon on loopback, each scenario after a warm-up, in the same run: a hello-world
//     Apollo Server on the same stack, then typical queries (events page with source/target names,
//     an actor with its network, a search, a count by month). Each request takes the next of many
//     variables (event types × cursors, 400 actors, 80 searches and their second pages, 40 countries
//     × 6 type filters: see bench-kit.mjs), so consecutive requests ask different questions. Twice:
//     with the result cache off (the path every new question takes) and on (default, 500 entries).
// Prints req/s, p50/p99 latency, each query's ratio to a hello-world run just before it, and server
// CPU per request. Goals: ratio >= 0.5, p99 < 50 ms.
//
//   node scripts/bench.mjs [-n 20000] [--duration 8] [--warmup 2] [--connections 10] [--rounds 2] [--caches 0,500] [--synthetic] [--rebuild] [--only <scenario substring>] [--dist <build dir>]
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { corpusFile, hasBulk, helloScript, log, mainScript as builtMain, measure, memory, QUERIES, start, stop, variantsFor } from "./bench-kit.mjs";

const { values: options } = parseArgs({
  options: {
    n: { type: "string", short: "n", default: "20000" },
    duration: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    synthetic: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    only: { type: "string", default: "" },
    caches: { type: "string", default: "0,500" },
    rounds: { type: "string", default: "2" },
    dist: { type: "string" },
  },
});
// --dist benchmarks another build of the gateway (a copy of dist/ made before a change, for A/B runs).
const mainScript = options.dist ? join(resolve(options.dist), "main.js") : builtMain;
const load = { duration: Number(options.duration), warmup: Number(options.warmup), connections: Number(options.connections) };
const scenarios = Object.keys(QUERIES).filter((name) => name.includes(options.only));

if (!existsSync(mainScript)) {
  console.error("bench: dist/main.js is missing; build first (npx turbo run build --filter=@corpus/gateway)");
  process.exit(1);
}
if (!options.synthetic && !hasBulk()) {
  log("skipped: ../shared/corpus/bulk.tar.gz not found (the bulk corpus lives outside the repository; --synthetic benchmarks a generated corpus)");
  process.exit(0);
}
const path = await corpusFile(Number(options.n), { synthetic: options.synthetic, rebuild: options.rebuild });
log(`machine load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}; ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per scenario`);

// The machine is shared: each query runs right after a hello-world run of the same length, and its
// ratio is to that adjacent run; pairs are repeated (--rounds) and averaged; server CPU per request
// (from /proc) is less sensitive to contention than req/s.
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** The mean of each figure over the rounds (rounded), the worst p99, the sum of failures. */
function average(results) {
  const pick = (field) => Math.round(mean(results.map((result) => result[field])));
  return { rps: pick("rps"), p50: pick("p50"), p99: Math.max(...results.map((result) => result.p99)), cpuUs: pick("cpuUs"), non2xx: results.reduce((n, r) => n + r.non2xx, 0), errors: results.reduce((n, r) => n + r.errors, 0) };
}
const hello = await start(helloScript, {});
const rows = [];
rmSync(`${path}.validated.json`, { force: true });
for (const cacheSize of options.caches.split(",")) {
  const gateway = await start(mainScript, { CORPUS_PATH: path, LOG_LEVEL: "info", SEARCH_INDEX: "background", RESULT_CACHE_SIZE: cacheSize });
  const { ready } = gateway;
  const parts = `read ${ready.readMs} ms, JSON.parse ${ready.parseMs} ms, ${ready.validated === "proof" ? "hash matched a validation proof" : "zod + consistency"} ${ready.validateMs} ms, indexes and server ${ready.readyMs - ready.readMs - ready.parseMs - ready.validateMs} ms`;
  log(`start-up (${ready.validated === "proof" ? "second start, same file" : "first start, full validation"}): ready in ${gateway.wallMs} ms wall, spawn to listening (${parts})`);
  const afterStart = memory(gateway.child.pid);
  log(`start-up: ${ready.articles} articles, ${ready.actors} actors, ${ready.events} events; RSS ${afterStart.rssMb} MB when ready`);
  const indexed = await gateway.waitFor((json) => json.msg === "background indexes ready");
  const afterIndex = memory(gateway.child.pid);
  log(`search indexes, then sort orders and timeline indexes, built in the background in ${indexed.ms} ms; RSS ${afterIndex.rssMb} MB after`);
  const variants = await variantsFor(ready.url, scenarios);
  for (const name of scenarios) {
    const pairs = [];
    for (let round = 0; round < Number(options.rounds); round++) {
      const baseline = await measure(hello.ready.url, "{ hello }", [{}], hello.child.pid, load);
      const measured = await measure(ready.url, QUERIES[name], variants[name], gateway.child.pid, load);
      pairs.push({ ...measured, hello: baseline });
    }
    rows.push({ cache: cacheSize === "0" ? "off" : "on", name, variants: variants[name].length, ...average(pairs), hello: average(pairs.map((pair) => pair.hello)), ratio: mean(pairs.map((pair) => pair.rps / pair.hello.rps)) });
  }
  const end = memory(gateway.child.pid);
  log(`memory (result cache ${cacheSize === "0" ? "off" : cacheSize}): RSS ${end.rssMb} MB at the end, peak ${end.peakMb} MB`);
  await stop(gateway.child);
}
await stop(hello.child);

const pad = (text, width) => String(text).padEnd(width);
console.log("");
console.log(`| ${pad("scenario", 38)} | cache | variants | req/s | p50 ms | p99 ms | hello req/s (p99) | ratio | CPU µs/req (hello) | non-2xx/errors |`);
console.log(`| ${"-".repeat(38)} | ----- | -------- | ----- | ------ | ------ | ----------------- | ----- | ------------------ | -------------- |`);
for (const row of rows) {
  const cells = [
    pad(row.name, 38),
    pad(row.cache, 5),
    pad(row.variants, 8),
    pad(row.rps, 5),
    pad(row.p50, 6),
    pad(row.p99, 6),
    pad(`${row.hello.rps} (${row.hello.p99})`, 17),
    pad(row.ratio.toFixed(2), 5),
    pad(`${row.cpuUs} (${row.hello.cpuUs})`, 18),
    pad(`${row.non2xx}/${row.errors}`, 14),
  ];
  console.log(`| ${cells.join(" | ")} |`);
}
