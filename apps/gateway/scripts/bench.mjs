#!/usr/bin/env node
// Gateway benchmark (prints figures; asserts nothing). Needs a build (dist/).
//  1. Builds a corpus.json of N real articles (default 20,000, sampled evenly from
//     ../shared/corpus/bulk.tar.gz, unpacked once into .bulk/) with @corpus/loader, cached in .bulk/.
//  2. Start-up: spawns dist/main.js on it (NODE_ENV=production) and reports time to "ready", the
//     parts of it, the search index build in the background, and memory (RSS, peak).
//  3. Load, with autocannon on loopback, each scenario after a warm-up, in the same run: a hello-world
//     Apollo Server on the same stack, then typical queries (events page with source/target names,
//     an actor with its network, a search, a count by month), each rotating through variables so
//     that it is not one cached answer. Twice: with the result cache (default) and without it.
// Prints req/s, p50/p99 latency, each query's ratio to a hello-world run just before it, and server CPU per request. Goals: ratio >= 0.5, p99 < 50 ms.
//
//   node scripts/bench.mjs [-n 20000] [--duration 8] [--warmup 2] [--connections 10] [--synthetic] [--rebuild]
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const here = dirname(fileURLToPath(import.meta.url));
const gatewayDir = resolve(here, "..");
const repo = resolve(gatewayDir, "../..");
const archive = resolve(repo, "../shared/corpus/bulk.tar.gz");
const bulkRoot = join(repo, ".bulk");
const bulkDir = join(bulkRoot, "bulk");

const { values: options } = parseArgs({
  options: {
    n: { type: "string", short: "n", default: "20000" },
    duration: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    synthetic: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
  },
});
const articleCount = Number(options.n);
const duration = Number(options.duration);
const warmup = Number(options.warmup);
const connections = Number(options.connections);

const log = (line) => console.log(`bench: ${line}`);
const ms = (start) => Math.round(performance.now() - start);
const mb = (kb) => Math.round(kb / 1024);

// ---------------------------------------------------------------- corpus
async function corpusFile() {
  mkdirSync(bulkRoot, { recursive: true });
  const path = join(bulkRoot, `gateway-bench-${options.synthetic ? "synthetic-" : ""}${articleCount}.json`);
  if (existsSync(path) && !options.rebuild) {
    log(`corpus: ${path} (cached; --rebuild to make it again)`);
    return path;
  }
  const started = performance.now();
  if (options.synthetic) {
    const { syntheticCorpus } = await import(join(gatewayDir, "dist/testing/index.js"));
    writeFileSync(path, JSON.stringify(syntheticCorpus(articleCount)));
    log(`corpus: ${articleCount} synthetic articles written to ${path} in ${ms(started)} ms`);
    return path;
  }
  if (!existsSync(bulkDir)) {
    mkdirSync(bulkRoot, { recursive: true });
    log(`unpacking ${archive} into ${bulkRoot} (once)…`);
    if (spawnSync("tar", ["-xzf", archive, "-C", bulkRoot], { stdio: "inherit" }).status !== 0) throw new Error("tar failed");
  }
  const loaderEntry = join(repo, "packages/loader/dist/index.js");
  if (!existsSync(loaderEntry)) throw new Error(`${loaderEntry} is missing: build the loader first`);
  const { listTextFiles, loadCorpus, writeCorpusFile } = await import(loaderEntry);
  const all = listTextFiles(bulkDir);
  const count = Math.min(articleCount, all.length);
  const step = all.length / count;
  const files = Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);
  log(`corpus: loading ${count} of ${all.length} bulk articles with @corpus/loader…`);
  const { corpus, stats } = await loadCorpus(bulkDir, { files });
  writeCorpusFile(corpus, path);
  log(`corpus: ${stats.articles} articles, ${stats.actors} actors, ${stats.events} events, ${stats.problems} problems; loader ${stats.ms} ms; written to ${path}`);
  return path;
}

// ---------------------------------------------------------------- processes
/** Spawns a node program and resolves with the first stdout JSON line that has `url`, plus a way to watch later lines. */
function start(script, env) {
  const started = performance.now();
  const child = spawn(process.execPath, [script], { env: { ...process.env, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const listeners = [];
  let buffer = "";
  child.stdout.on("data", (chunk) => {
    buffer += chunk.toString();
    for (let newline = buffer.indexOf("\n"); newline >= 0; newline = buffer.indexOf("\n")) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      let json;
      try {
        json = JSON.parse(line);
      } catch {
        continue;
      }
      for (const listener of [...listeners]) listener(json);
    }
  });
  const waitFor = (predicate) =>
    new Promise((resolvePromise, reject) => {
      const listener = (json) => {
        if (!predicate(json)) return;
        listeners.splice(listeners.indexOf(listener), 1);
        resolvePromise(json);
      };
      listeners.push(listener);
      child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    });
  return waitFor((json) => typeof json.url === "string").then((ready) => ({ child, ready, wallMs: ms(started), waitFor }));
}

/** Resident and peak memory of a process, from /proc (Linux). */
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: mb(field("VmRSS")), peakMb: mb(field("VmHWM")) };
  } catch {
    return { rssMb: null, peakMb: null };
  }
}

/** User + system CPU time of a process so far, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

const stop = (child) => new Promise((resolvePromise) => (child.exitCode !== null ? resolvePromise() : (child.once("exit", resolvePromise), child.kill("SIGTERM"))));

// ---------------------------------------------------------------- load
async function graphql(url, query, variables) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}… → ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

/** Runs one scenario: warm-up, then the measured run; bodies rotate through the variants. `pid` is the server's, for its CPU time. */
async function measure(url, query, variants, pid) {
  const bodies = variants.map((variables) => JSON.stringify({ query, variables }));
  for (const body of bodies.slice(0, 3)) await graphql(url, query, JSON.parse(body).variables);
  let next = 0;
  const run = (seconds) =>
    autocannon({
      url,
      connections,
      duration: seconds,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
  if (warmup > 0) await run(warmup);
  const cpuBefore = cpuMs(pid);
  const result = await run(duration);
  const cpu = cpuBefore === null ? null : cpuMs(pid) - cpuBefore;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: cpu === null ? null : Math.round((cpu * 1000) / result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const QUERIES = {
  "events page (20, source/target names)": `query Events($types: [EventType!]) { events(first: 20, filter: { types: $types }) { totalCount nodes { id type date { value precision } source { name } target { name } } } }`,
  "actor with its network (10 ties)": `query Network($id: ID!) { actor(id: $id) { name eventCount network(first: 10) { totalCount nodes { actor { name } eventCount countsByType { type count } } } } }`,
  "search (10 results, highlights)": `query Search($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { __typename ... on Article { title } ... on Actor { name } ... on Event { type } } textMatches { property fragment } } } }`,
  "count by month": `query Months($countries: [CountryCode!]) { eventStats(filter: { countries: $countries }) { totalCount timeline(unit: MONTH, first: 500) { periodCount undatedCount periods { period { value } count } } } }`,
};
const SEARCH_TERMS = ["gouvernement", "président", "Etats-Unis", "police", "élection", "oil prices", "bank", "trade", "Macron", "grève", "ministre", "Chine", "dollar", "Assemblée nationale", "coronavirus", "stock", "Paris", "Russie", "accord", "européenne"];
const EVENT_TYPES = [null, "STATEMENT", "ACCUSE", "AGREE", "CONSULT", "REQUEST", "ASSAULT", "COERCE", "SUPPORT", "REJECT", "AID", "COOPERATE", "PROTEST", "THREATEN", "SANCTION", "MOBILIZE"];

async function variantsFor(url) {
  const top = await graphql(url, `{ actors(first: 50, orderBy: { field: EVENT_COUNT, direction: DESC }) { nodes { id } } eventStats { byCountry(first: 20) { buckets { country } } } }`);
  return {
    "events page (20, source/target names)": EVENT_TYPES.map((type) => ({ types: type ? [type] : null })),
    "actor with its network (10 ties)": top.actors.nodes.map((actor) => ({ id: actor.id })),
    "search (10 results, highlights)": SEARCH_TERMS.map((q) => ({ q })),
    "count by month": [{ countries: null }, ...top.eventStats.byCountry.buckets.map((bucket) => ({ countries: [bucket.country] }))],
  };
}

// ---------------------------------------------------------------- run
const main = join(gatewayDir, "dist/main.js");
if (!existsSync(main)) {
  console.error("bench: dist/main.js is missing; build first (npx turbo run build --filter=@corpus/gateway)");
  process.exit(1);
}
if (!options.synthetic && !existsSync(archive) && !existsSync(bulkDir)) {
  log(`skipped: ${archive} not found (the bulk corpus lives outside the repository; --synthetic benchmarks a generated corpus)`);
  process.exit(0);
}
const path = await corpusFile();
log(`machine load average ${loadavg().map((n) => n.toFixed(1)).join(" ")}; ${connections} connections, ${warmup} s warm-up + ${duration} s per scenario`);

// The machine is shared: each query runs right after a hello-world run of the same length, and its
// ratio is to that adjacent run; server CPU per request (from /proc) is less sensitive to contention.
const hello = await start(join(here, "hello-server.mjs"), {});
const rows = [];
rmSync(`${path}.validated.json`, { force: true });
for (const cacheSize of ["500", "0"]) {
  const gateway = await start(main, { CORPUS_PATH: path, LOG_LEVEL: "info", SEARCH_INDEX: "background", RESULT_CACHE_SIZE: cacheSize });
  const { ready } = gateway;
  const parts = `read ${ready.readMs} ms, JSON.parse ${ready.parseMs} ms, ${ready.validated === "proof" ? "hash matched a validation proof" : "zod + consistency"} ${ready.validateMs} ms, indexes and server ${ready.readyMs - ready.readMs - ready.parseMs - ready.validateMs} ms`;
  log(`start-up (${ready.validated === "proof" ? "second start, same file" : "first start, full validation"}): ready in ${gateway.wallMs} ms wall, spawn to listening (${parts})`);
  const afterStart = memory(gateway.child.pid);
  const indexed = await gateway.waitFor((json) => json.msg === "search indexes ready");
  const afterIndex = memory(gateway.child.pid);
  if (cacheSize !== "0") {
    log(`start-up: ${ready.articles} articles, ${ready.actors} actors, ${ready.events} events; RSS ${afterStart.rssMb} MB when ready`);
    log(`search indexes built in the background in ${indexed.ms} ms; RSS ${afterIndex.rssMb} MB after`);
  }
  const variants = await variantsFor(ready.url);
  for (const [name, query] of Object.entries(QUERIES)) {
    const baseline = await measure(hello.ready.url, "{ hello }", [{}], hello.child.pid);
    const measured = await measure(ready.url, query, variants[name], gateway.child.pid);
    rows.push({ cache: cacheSize === "0" ? "off" : "on", name, ...measured, hello: baseline });
  }
  const end = memory(gateway.child.pid);
  log(`memory (result cache ${cacheSize === "0" ? "off" : "on"}): RSS ${end.rssMb} MB at the end, peak ${end.peakMb} MB`);
  await stop(gateway.child);
}
await stop(hello.child);

const pad = (text, width) => String(text).padEnd(width);
console.log("");
console.log(`| ${pad("scenario", 38)} | cache | req/s | p50 ms | p99 ms | hello req/s (p99) | ratio | CPU µs/req (hello) | non-2xx/errors |`);
console.log(`| ${"-".repeat(38)} | ----- | ----- | ------ | ------ | ----------------- | ----- | ------------------ | -------------- |`);
for (const row of rows) {
  const cells = [
    pad(row.name, 38),
    pad(row.cache, 5),
    pad(row.rps, 5),
    pad(row.p50, 6),
    pad(row.p99, 6),
    pad(`${row.hello.rps} (${row.hello.p99})`, 17),
    pad((row.rps / row.hello.rps).toFixed(2), 5),
    pad(`${row.cpuUs} (${row.hello.cpuUs})`, 18),
    pad(`${row.non2xx}/${row.errors}`, 14),
  ];
  console.log(`| ${cells.join(" | ")} |`);
}
