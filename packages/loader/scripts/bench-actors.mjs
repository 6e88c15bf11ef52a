#!/usr/bin/env node
// Actor recognition alone on the bulk corpus, one thread: start-up (dictionary build), a first pass
// (cold code, as a one-off load sees it), then steady-state passes over the same articles (warm code);
// per pass, the mean per 2 kB of text, and for the best pass the per-article p50/p99. On a shared
// machine other processes inflate every figure; the best pass is the least disturbed one.
// Bundles the TypeScript sources with esbuild (tsup's) into a temporary file, so it needs no build.
// The corpus must be unpacked in <repo>/.bulk (see bench.mjs).
//   node scripts/bench-actors.mjs [-n 3000] [--passes 5] [--src <a loader package dir, to compare a checkout>]
import { build } from "esbuild";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const bulkDir = resolve(here, "../../../.bulk/bulk");
const { values } = parseArgs({
  options: { n: { type: "string", short: "n", default: "3000" }, passes: { type: "string", default: "5" }, src: { type: "string" } },
});
if (!existsSync(bulkDir)) {
  console.log(`bench-actors: skipped — ${bulkDir} not found (unpack ../shared/corpus/bulk.tar.gz there, or run bench.mjs once)`);
  process.exit(0);
}

// inside the package, so that the bundle resolves its dependencies from node_modules
const sources = resolve(values.src ?? resolve(here, ".."), "src");
const out = mkdtempSync(join(here, "..", "node_modules", ".bench-actors-"));
const entry = join(out, "entry.ts");
const bundle = join(out, "bundle.mjs");
writeFileSync(
  entry,
  ["extract/actors/index.ts:recognizeActors", "extract/actors/gazetteer.ts:gazetteer", "ingest/analyze-document.ts:analyzeDocument"]
    .map((spec) => spec.split(":"))
    .map(([file, name]) => `export { ${name} } from ${JSON.stringify(join(sources, file))};`)
    .join("\n"),
);
await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "error", packages: "external", absWorkingDir: resolve(here, "..") });
const { recognizeActors, gazetteer, analyzeDocument } = await import(pathToFileURL(bundle).href);
rmSync(out, { recursive: true, force: true });

let started = performance.now();
gazetteer();
const startupMs = performance.now() - started;

const all = readdirSync(bulkDir).filter((f) => f.endsWith(".txt")).sort();
const wanted = Math.min(Number(values.n), all.length);
const files = Array.from({ length: wanted }, (_, i) => all[Math.floor((i * all.length) / wanted)]);
const articles = files.map((file) => analyzeDocument(file, readFileSync(join(bulkDir, file)))).filter((r) => r.ok).map((r) => r.article);
const chars = articles.reduce((sum, article) => sum + article.title.length + article.body.length, 0);

/** One pass over every article: per-article wall times, total wall and CPU time (CPU counts the GC and compiler threads too). */
function pass() {
  const times = new Float64Array(articles.length);
  let actors = 0;
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  articles.forEach((article, i) => {
    const t = performance.now();
    actors += recognizeActors(article).length;
    times[i] = performance.now() - t;
  });
  const wall = performance.now() - begin;
  const cpu = process.cpuUsage(cpuBefore);
  return { times: times.sort(), wall, cpu: (cpu.user + cpu.system) / 1000, actors };
}

const per2kB = (ms) => ((ms / chars) * 2000).toFixed(3);
const first = pass();
const runs = Array.from({ length: Math.max(1, Number(values.passes)) }, pass);
const byWall = [...runs].sort((a, b) => a.wall - b.wall);
const best = byWall[0];
const median = byWall[Math.floor(byWall.length / 2)];
const pct = (run, p) => run.times[Math.min(run.times.length - 1, Math.floor(p * run.times.length))].toFixed(3);

console.log(`actors: ${articles.length} articles, ${(chars / articles.length).toFixed(0)} chars mean, ${(first.actors / articles.length).toFixed(1)} actors/article (sources: ${sources})`);
console.log(`start-up (dictionaries) ${startupMs.toFixed(0)} ms; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
console.log(`first pass (cold): ${per2kB(first.wall)} ms per 2 kB wall, ${per2kB(first.cpu)} ms per 2 kB CPU`);
console.log(`steady state, ${runs.length} passes: best ${per2kB(best.wall)} ms per 2 kB (p50 ${pct(best, 0.5)} ms, p99 ${pct(best, 0.99)} ms per article), median ${per2kB(median.wall)} ms per 2 kB; ${(articles.length / (best.wall / 1000)).toFixed(0)} articles/s`);
