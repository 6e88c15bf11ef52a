#!/usr/bin/env node
// Loader throughput on the bulk corpus (../shared/corpus/bulk.tar.gz, real French and English news). Needs a build
// (dist/index.js). Two passes in one process, on disjoint samples spread evenly over the corpus:
//   cold    the first articles a fresh process loads (extractor data loading, JIT warm-up);
//   steady  the measured sample, after the cold pass: the throughput of a long load.
// Stage times are CPU time of this process (process.cpuUsage: all its threads, so GC helper threads count, other
// processes on the machine do not); wall-clock figures, the load average and the share of the machine other processes used
// (Linux) are printed beside them, since a busy machine slows the loader through shared caches and cores. GC pauses come
// from PerformanceObserver('gc'). One thread unless --workers.
//
//   node scripts/bench.mjs                 10,000 articles measured after 2,000 warm-up articles
//   node scripts/bench.mjs -n 20000        that many measured (--all: all 51,014, warm-up on a sample of them)
//   node scripts/bench.mjs --warmup 0      no warm-up pass (the measured pass is then the cold one)
//   node scripts/bench.mjs --no-extract    the loader core alone (ingest, segmentation, assembly), extraction stubbed out
//   node scripts/bench.mjs --workers 2     read/analyse/extract on 2 worker threads (their stage times are wall clock)
//   node scripts/bench.mjs --profile       also profile the steady pass: writes loader.cpuprofile (--profile-file; open it in Chrome
//                                          DevTools or speedscope), prints the top self-time functions, time per area
//                                          and what the stages and extractors spend their time in
//   (or run `node --cpu-prof scripts/bench.mjs` for a profile of the whole process, cold pass included)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { profiled, summariseProfile } from "./cpu-profile.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const archive = resolve(repo, "../shared/corpus/bulk.tar.gz");
const bulkDir = join(repo, ".bulk", "bulk");

const { values } = parseArgs({
  options: {
    n: { type: "string", short: "n", default: "10000" },
    all: { type: "boolean", default: false },
    warmup: { type: "string", default: "2000" },
    "no-extract": { type: "boolean", default: false },
    workers: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    "profile-file": { type: "string", default: "loader.cpuprofile" },
  },
});
const profilePath = values.profile ? values["profile-file"] : null;
const workers = Number(values.workers);
const wanted = values.all ? Infinity : Number(values.n);
const warmup = Number(values.warmup);
if ((!Number.isInteger(wanted) && wanted !== Infinity) || !Number.isInteger(workers) || workers < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error(`bench: -n, --warmup and --workers must be whole numbers, got ${values.n}, ${values.warmup} and ${values.workers}`);
  process.exit(2);
}

if (!existsSync(bulkDir)) {
  if (!existsSync(archive)) {
    console.log(`bench: skipped — ${archive} not found (the bulk corpus lives outside the repository)`);
    process.exit(0);
  }
  console.log(`bench: unpacking ${archive} into ${join(repo, ".bulk")} (once)…`);
  mkdirSync(join(repo, ".bulk"), { recursive: true });
  const tar = spawnSync("tar", ["-xzf", archive, "-C", join(repo, ".bulk")], { stdio: "inherit" });
  if (tar.status !== 0) {
    console.error("bench: tar failed");
    process.exit(1);
  }
}

const entry = resolve(here, "../dist/index.js");
if (!existsSync(entry)) {
  console.error("bench: dist/index.js is missing; build first (`npx turbo run build --filter=@corpus/loader`)");
  process.exit(1);
}
const { listTextFiles, loadCorpus, corpusJsonChunks } = await import(entry);

/** `count` paths spread evenly over `all`, starting `offset` of the way into the first step. */
const sample = (all, count, offset) => {
  const step = all.length / count;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i + offset) * step)]);
};
const all = listTextFiles(bulkDir);
const measured = sample(all, Math.min(wanted, all.length), 0);
// Warm-up articles sit between the measured ones, so both passes see the same mix and none is loaded twice.
const measuredSet = new Set(measured);
const rest = all.length > measured.length ? all.filter((file) => !measuredSet.has(file)) : all;
const warm = warmup === 0 ? [] : sample(rest, Math.min(warmup, rest.length), 0.5);
let bytes = 0;
for (const file of measured) bytes += statSync(join(bulkDir, file)).size;
for (const file of [...warm, ...measured]) readFileSync(join(bulkDir, file)); // warm the page cache

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const gc = { count: 0, ms: 0, major: 0 };
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
    if (e.detail?.kind === 4 /* NODE_PERFORMANCE_GC_MAJOR */) gc.major++;
  }
});
gcObserver.observe({ entryTypes: ["gc"] });
const settle = () => new Promise((done) => setTimeout(done, 0)); // the observer receives GC entries on a later turn of the event loop

/**
 * CPU time the whole machine spent busy so far, in ms (Linux /proc/stat, 100 ticks per second); null elsewhere.
 * Minus this process's own CPU time over a pass, it tells how much the other processes took: on a busy machine
 * they share the caches and cores, and the CPU time of the loader itself grows with their load.
 */
const machineBusyMs = () => {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + steal) * 10;
  } catch {
    return null;
  }
};
const cores = availableParallelism();

const STAGES = ["read", "analyze", "extract", "assemble"];
async function pass(files) {
  const timings = Object.fromEntries(STAGES.map((stage) => [stage, new Float64Array(files.length)]));
  let n = 0;
  Object.assign(gc, { count: 0, ms: 0, major: 0 });
  const load0 = loadavg()[0];
  const busy0 = machineBusyMs();
  const cpu0 = cpuMs();
  const { corpus, stats } = await loadCorpus(bulkDir, {
    files,
    workers,
    clock: workers === 1 ? cpuMs : undefined,
    extract: values["no-extract"] ? () => ({ actors: [], events: [] }) : undefined,
    onTiming: (t) => {
      for (const stage of STAGES) timings[stage][n] = t[stage];
      n++;
    },
  });
  const cpu = cpuMs() - cpu0;
  const busy1 = machineBusyMs();
  const others = busy0 === null || busy1 === null ? null : Math.max(0, busy1 - busy0 - cpu) / (stats.ms * cores);
  await settle();
  const t0 = cpuMs();
  let jsonChars = 0;
  for (const chunk of corpusJsonChunks(corpus)) jsonChars += chunk.length;
  const json = cpuMs() - t0;
  for (const stage of STAGES) timings[stage] = timings[stage].subarray(0, n).sort();
  return { corpus, stats, timings, cpu, json, jsonChars, gc: { ...gc }, load: [load0, loadavg()[0]], others };
}

/**
 * The profile with every sample given the same share of the sampled time. V8 stamps each sample with the wall time
 * since the previous one, so when the machine is busy the time the thread waited for a core lands on whichever
 * function runs next (0.3% of the samples once showed as 1.4% of the time); counting samples measures the time
 * the thread ran.
 */
function evenlyWeighted(profile) {
  const total = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const each = total / Math.max(1, profile.timeDeltas.length);
  return { ...profile, timeDeltas: profile.timeDeltas.map(() => each) };
}

const cold = warm.length > 0 ? await pass(warm) : null;
let steady;
let profile = null;
if (profilePath) ({ result: steady, profile } = await profiled(() => pass(measured)));
else steady = await pass(measured);
gcObserver.disconnect();

const { corpus, stats } = steady;
const languages = Object.entries(corpus.articles.reduce((count, a) => ({ ...count, [a.language]: (count[a.language] ?? 0) + 1 }), {})).map(
  ([language, n]) => `${language} ${n}`,
);
const perArticle = (ms, run) => (ms / run.stats.articles).toFixed(3);
const quantile = (sorted, q) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3);
const core = (run) => run.stats.stages.read + run.stats.stages.analyze + run.stats.stages.assemble + run.stats.stages.finish;
const clockName = workers === 1 ? "CPU" : "wall";

console.log(
  `bench: ${measured.length} of ${all.length} files (${(bytes / 1e6).toFixed(1)} MB), ${languages.join(", ")}; node ${process.version}, ` +
    `${workers === 1 ? "1 thread" : `${workers} worker threads + main`}${values["no-extract"] ? ", extraction stubbed out" : ""}; ` +
    `load average ${steady.load.map((l) => l.toFixed(2)).join(" → ")} on ${cores} cores`,
);
console.log(`  loaded     ${stats.articles} articles, ${stats.actors} actors, ${stats.events} events, ${stats.problems} problems`);
for (const [label, run] of [["cold", cold], ["steady", steady]]) {
  if (!run) continue;
  console.log(
    `  ${label.padEnd(6)}     ${run.stats.articles} articles: ${(run.stats.articles / (run.cpu / 1000)).toFixed(0)} articles per CPU-second ` +
      `(${(run.cpu / 1000).toFixed(2)} s CPU), ${(run.stats.articles / (run.stats.ms / 1000)).toFixed(0)} articles/s wall clock ` +
      `(${(run.stats.ms / 1000).toFixed(2)} s); GC pauses ${run.gc.ms.toFixed(0)} ms in ${run.gc.count} (${run.gc.major} major), ` +
      `${((100 * run.gc.ms) / run.cpu).toFixed(1)}% of CPU` +
      (run.others === null ? "" : `; other processes used ${(100 * run.others).toFixed(0)}% of the machine meanwhile`),
  );
}
console.log(`  ${clockName} ms per article   cold    steady   steady p50   p99`);
const row = (label, coldMs, steadyMs, sorted, note = "") =>
  console.log(
    `  ${label.padEnd(12)} ${(coldMs ?? "–").padStart(10)} ${steadyMs.padStart(9)} ${(sorted ? quantile(sorted, 0.5) : "").padStart(12)} ${(sorted ? quantile(sorted, 0.99) : "").padStart(7)}${note}`,
  );
for (const stage of STAGES) row(stage, cold && perArticle(cold.stats.stages[stage], cold), perArticle(stats.stages[stage], steady), steady.timings[stage]);
row("finish", cold && perArticle(cold.stats.stages.finish, cold), perArticle(stats.stages.finish, steady), null, "   merge actors across articles, sort (once)");
row("core", cold && perArticle(core(cold), cold), perArticle(core(steady), steady), null, "   everything but extraction");
row("JSON", cold && perArticle(cold.json, cold), perArticle(steady.json, steady), null, `   serialisation (${(steady.jsonChars / 1e6).toFixed(0)} M characters, not written)`);
console.log(`  peak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (whole process, both passes)`);

if (profile) {
  writeFileSync(profilePath, JSON.stringify(profile));
  const stagesOf = ["analyzeDocument", "admit", "extractArticle", "recognizeActors", "codeEvents", "include", "finish"];
  const summary = summariseProfile(evenlyWeighted(profile), { top: 20, breakdown: stagesOf });
  const ms = (value) => `${(value / stats.articles).toFixed(4)} ms/article`;
  console.log(`\nprofile of the steady pass → ${profilePath} (${summary.total.toFixed(0)} ms sampled)`);
  console.log("  top self time:");
  for (const [name, value] of summary.functions) console.log(`    ${value.toFixed(0).padStart(6)} ms  ${ms(value)}  ${name}`);
  console.log("  self time by area (≥ 0.5%):");
  for (const [name, value] of summary.areas) if (value >= summary.total / 200) console.log(`    ${value.toFixed(0).padStart(6)} ms  ${ms(value)}  ${name}`);
  console.log("  (every sample weighs the same, the total is wall clock; on a busy machine system calls such as cpuUsage and\n   readFileSync still collect samples while the thread waits for a core)");
  for (const { name, ms: total, callees } of summary.breakdown) {
    if (total === 0) continue;
    console.log(`  ${name}: ${total.toFixed(0)} ms, ${ms(total)}, of which`);
    for (const [callee, value] of callees.slice(0, 12)) if (value >= total / 200) console.log(`    ${value.toFixed(0).padStart(6)} ms  ${ms(value)}  ${callee}`);
  }
}
