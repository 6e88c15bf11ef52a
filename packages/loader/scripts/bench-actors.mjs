#!/usr/bin/env node
// Actor recognition alone on the bulk corpus: start-up (dictionary build) and per-article time
// (p50/p99, mean per 2 kB), one thread. Bundles the TypeScript sources with esbuild (tsup's) into a
// temporary file, so it needs no build. The corpus must be unpacked in <repo>/.bulk (see bench.mjs).
//   node scripts/bench-actors.mjs [-n 5000]
import { build } from "esbuild";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const bulkDir = resolve(here, "../../../.bulk/bulk");
const { values } = parseArgs({ options: { n: { type: "string", short: "n", default: "5000" } } });
if (!existsSync(bulkDir)) {
  console.log(`bench-actors: skipped — ${bulkDir} not found (unpack ../shared/corpus/bulk.tar.gz there, or run bench.mjs once)`);
  process.exit(0);
}

// inside the package, so that the bundle resolves its dependencies from node_modules
const out = mkdtempSync(join(here, "..", "node_modules", ".bench-actors-"));
const entry = join(out, "entry.ts");
const bundle = join(out, "bundle.mjs");
await import("node:fs").then((fs) =>
  fs.writeFileSync(
    entry,
    `export { recognizeActors } from ${JSON.stringify(resolve(here, "../src/extract/actors/index.ts"))};\n` +
      `export { gazetteer } from ${JSON.stringify(resolve(here, "../src/extract/actors/gazetteer.ts"))};\n` +
      `export { analyzeDocument } from ${JSON.stringify(resolve(here, "../src/ingest/analyze-document.ts"))};\n`,
  ),
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
for (const article of articles.slice(0, 200)) recognizeActors(article); // warm-up

const times = [];
let chars = 0;
let actors = 0;
started = performance.now();
const cpuBefore = process.cpuUsage();
for (const article of articles) {
  const t = performance.now();
  actors += recognizeActors(article).length;
  times.push(performance.now() - t);
  chars += article.title.length + article.body.length;
}
const total = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
console.log(`actors: ${articles.length} articles, ${(chars / articles.length).toFixed(0)} chars mean, ${(actors / articles.length).toFixed(1)} actors/article`);
console.log(`start-up (dictionaries) ${startupMs.toFixed(0)} ms; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
console.log(`CPU time (unaffected by waiting for a shared core): ${(cpuMs / articles.length).toFixed(3)} ms per article = ${((cpuMs / chars) * 2000).toFixed(3)} ms per 2 kB`);
console.log(`wall time: per article p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms; mean ${(total / articles.length).toFixed(3)} ms = ${((total / chars) * 2000).toFixed(3)} ms per 2 kB; ${(articles.length / (total / 1000)).toFixed(0)} articles/s`);
