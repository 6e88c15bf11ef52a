#!/usr/bin/env node
// Loader throughput on the bulk corpus (../shared/corpus/bulk.tar.gz, real French and English news).
// Prints articles/s, MB/s, per-article stage times (p50/p99) and peak RSS. One thread, after a warm-up
// read so that the figures measure the loader and not the disk. Needs a build (dist/index.js).
//
//   node scripts/bench.mjs            5,000 articles sampled evenly across the corpus
//   node scripts/bench.mjs -n 20000   that many
//   node scripts/bench.mjs --all      all 51,014
//   node scripts/bench.mjs --no-extract  the loader core alone (ingest, segmentation, assembly), extraction stubbed out
//   node scripts/bench.mjs --workers 2  read/analyse/extract on 2 worker threads (stage times are then summed over threads)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const archive = resolve(repo, "../shared/corpus/bulk.tar.gz");
const bulkDir = join(repo, ".bulk", "bulk");

const { values } = parseArgs({
  options: { n: { type: "string", short: "n", default: "5000" }, all: { type: "boolean", default: false }, "no-extract": { type: "boolean", default: false }, workers: { type: "string", default: "1" } },
});
const workers = Number(values.workers);
const wanted = values.all ? Infinity : Number(values.n);
if ((!Number.isInteger(wanted) && wanted !== Infinity) || !Number.isInteger(workers) || workers < 1) {
  console.error(`bench: -n and --workers must be whole numbers, got ${values.n} and ${values.workers}`);
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

const all = listTextFiles(bulkDir);
const step = all.length / Math.min(wanted, all.length);
const files = Array.from({ length: Math.min(wanted, all.length) }, (_, i) => all[Math.floor(i * step)]);
let bytes = 0;
for (const file of files) bytes += statSync(join(bulkDir, file)).size;
for (const file of files) readFileSync(join(bulkDir, file)); // warm the page cache

const timings = { read: [], analyze: [], extract: [], assemble: [] };
const cpuBefore = process.cpuUsage();
const { corpus, stats } = await loadCorpus(bulkDir, {
  files,
  workers,
  extract: values["no-extract"] ? () => ({ actors: [], events: [] }) : undefined,
  onTiming: (t) => {
    for (const stage of Object.keys(timings)) timings[stage].push(t[stage]);
  },
});
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const t0 = performance.now();
let jsonChars = 0;
for (const chunk of corpusJsonChunks(corpus)) jsonChars += chunk.length;
const serialiseMs = performance.now() - t0;

const seconds = stats.ms / 1000;
const perArticle = (ms) => (ms / stats.articles).toFixed(4);
const quantile = (values, q) => {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const core = stats.stages.read + stats.stages.analyze + stats.stages.assemble + stats.stages.finish;
const languages = Object.entries(
  corpus.articles.reduce((count, a) => ({ ...count, [a.language]: (count[a.language] ?? 0) + 1 }), {}),
).map(([language, n]) => `${language} ${n}`);

console.log(`bench: ${files.length} of ${all.length} files (${(bytes / 1e6).toFixed(1)} MB), ${languages.join(", ")}; node ${process.version}, ${workers === 1 ? "1 thread" : `${workers} worker threads + main`}${values["no-extract"] ? ", extraction stubbed out" : ""}`);
console.log(`  loaded     ${stats.articles} articles, ${stats.actors} actors, ${stats.events} events, ${stats.problems} problems in ${stats.ms.toFixed(0)} ms`);
console.log(`  throughput ${(stats.articles / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (wall clock)`);
console.log(`  CPU time   ${cpuSeconds.toFixed(2)} s → ${(stats.articles / cpuSeconds).toFixed(0)} articles per CPU-second (less sensitive to other load; includes GC threads; load average ${(await import("node:os")).loadavg()[0].toFixed(2)})`);
console.log("  stage      total ms   ms/article       p50        p99");
for (const stage of Object.keys(timings)) {
  const total = stats.stages[stage];
  console.log(
    `  ${stage.padEnd(10)} ${total.toFixed(0).padStart(8)}   ${perArticle(total).padStart(9)}   ${quantile(timings[stage], 0.5).toFixed(4)}   ${quantile(timings[stage], 0.99).toFixed(4)}`,
  );
}
console.log(`  finish     ${stats.stages.finish.toFixed(0).padStart(8)}   ${perArticle(stats.stages.finish).padStart(9)}   (merge actors across articles, sort; once)`);
console.log(`  core       ${core.toFixed(0).padStart(8)}   ${perArticle(core).padStart(9)}   (read + analyze + assemble + finish: everything but extraction)`);
console.log(`  JSON       ${serialiseMs.toFixed(0).padStart(8)}   ${perArticle(serialiseMs).padStart(9)}   (${(jsonChars / 1e6).toFixed(0)} M characters, not written)`);
console.log(`  peak RSS   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
