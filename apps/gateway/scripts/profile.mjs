#!/usr/bin/env node
// Profiles the gateway under one typical query (prints figures; asserts nothing). Needs a build.
// Starts dist/main.js with `node --cpu-prof` on the bench corpus (result cache off unless --cache),
// drives it with autocannon through the scenario's rotating variables, stops it, and prints the
// functions with the most self time. The .cpuprofile stays in .bulk/profiles/ for Chrome DevTools.
//
//   node scripts/profile.mjs <scenario substring> [-n 20000] [--duration 6] [--cache] [--top 30]
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bulkRoot, corpusFile, hasBulk, log, mainScript, measure, QUERIES, start, stop, variantsFor } from "./bench-kit.mjs";

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    n: { type: "string", short: "n", default: "20000" },
    duration: { type: "string", default: "6" },
    cache: { type: "boolean", default: false },
    synthetic: { type: "boolean", default: false },
    top: { type: "string", default: "30" },
  },
});
const name = Object.keys(QUERIES).find((scenario) => scenario.includes(positionals[0] ?? ""));
if (!name) {
  console.error(`profile: name a scenario: ${Object.keys(QUERIES).join(" | ")}`);
  process.exit(1);
}
if (!options.synthetic && !hasBulk()) {
  log("skipped: the bulk corpus is not there (--synthetic profiles a generated corpus)");
  process.exit(0);
}

/** Self time per function (name, file, line), largest first, of the samples after `fromUs` µs of the profile. */
function selfTimes(profile, fromUs = 0) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map();
  let total = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs) return;
    const frame = nodes.get(id).callFrame;
    const where = frame.url.replace(/.*node_modules\//, "").replace(/.*\/apps\/gateway\//, "");
    const key = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber + 1}`;
    const delta = profile.timeDeltas[i] ?? 0;
    times.set(key, (times.get(key) ?? 0) + delta);
    total += delta;
  });
  return { total, rows: [...times].sort((a, b) => b[1] - a[1]) };
}

const path = await corpusFile(Number(options.n), { synthetic: options.synthetic });
const dir = join(bulkRoot, "profiles");
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(join(dir, file));
const searching = name.startsWith("search");
const spawned = performance.now();
const gateway = await start(
  mainScript,
  { CORPUS_PATH: path, LOG_LEVEL: "info", SEARCH_INDEX: searching ? "background" : "lazy", RESULT_CACHE_SIZE: options.cache ? "500" : "0" },
  ["--cpu-prof", `--cpu-prof-dir=${dir}`],
);
if (searching) await gateway.waitFor((json) => json.msg === "background indexes ready");
const variants = await variantsFor(gateway.ready.url, [name]);
// Only the load (warm-up included) is reported: start-up and background indexing are left out.
const loadFromUs = (performance.now() - spawned) * 1000;
const result = await measure(gateway.ready.url, QUERIES[name], variants[name], gateway.child.pid, { duration: Number(options.duration), warmup: 2 });
await stop(gateway.child);
log(`${name}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUs} µs CPU/request (${variants[name].length} variants)`);

const [file] = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
const { total, rows } = selfTimes(JSON.parse(readFileSync(join(dir, file), "utf8")), loadFromUs);
log(`profile ${join(dir, file)}: ${Math.round(total / 1000)} ms sampled under load (start-up and background indexing left out)`);
for (const [key, time] of rows.slice(0, Number(options.top))) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${String(Math.round(time / 1000)).padStart(6)} ms  ${key}`);
}
