#!/usr/bin/env node
// Interleaved A/B of loader builds in one process: each round loads the same bulk sample with every build in turn
// (ABBA order), and the CPU time per article of each pass is compared with the other build's in the same round. On a
// shared machine the load changes from one minute to the next; passes a few seconds apart see about the same load,
// so the per-round ratio is steadier than two benchmark runs. Needs the builds as directories holding index.js
// (copies of dist/ made before and after a change, inside the repository so that their imports resolve, e.g. in the
// git-ignored .tmp/ at its root) and the unpacked bulk corpus (`node scripts/bench.mjs` once).
//
//   node scripts/bench-ab.mjs ../../.tmp/dist-before dist                  400 articles, 16 rounds
//   node scripts/bench-ab.mjs -n 1000 -r 10 ../../.tmp/dist-before dist    more articles per pass, fewer rounds
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const bulkDir = join(resolve(here, "../../.."), ".bulk", "bulk");
const { values, positionals: builds } = parseArgs({
  allowPositionals: true,
  options: { n: { type: "string", short: "n", default: "400" }, r: { type: "string", short: "r", default: "16" }, warmup: { type: "string", default: "1500" } },
});
const [n, rounds, warmup] = [Number(values.n), Number(values.r), Number(values.warmup)];
if (builds.length < 2 || ![n, rounds, warmup].every((v) => Number.isInteger(v) && v > 0)) {
  console.error("usage: bench-ab.mjs [-n ARTICLES] [-r ROUNDS] [--warmup W] <build dir A> <build dir B> [more builds]");
  process.exit(2);
}
if (!existsSync(bulkDir)) {
  console.log(`bench-ab: skipped — ${bulkDir} not found (run scripts/bench.mjs once to unpack the bulk corpus)`);
  process.exit(0);
}
const libs = [];
for (const build of builds) libs.push(await import(pathToFileURL(resolve(build, "index.js")).href));

const all = libs[0].listTextFiles(bulkDir);
/** `count` paths spread evenly over the corpus, starting `offset` of the way into the first step. */
const sample = (count, offset) => Array.from({ length: count }, (_, i) => all[Math.floor((i + offset) * (all.length / count))]);
const measured = sample(n, 0.13);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const lib of libs) await lib.loadCorpus(bulkDir, { files: sample(warmup, 0.71) }); // extractor data, JIT
const times = libs.map(() => []);
for (let round = 0; round < rounds; round++) {
  const order = libs.map((_, i) => i);
  if (round % 2 === 1) order.reverse();
  for (const i of order) {
    const t0 = cpuMs();
    await libs[i].loadCorpus(bulkDir, { files: measured });
    times[i].push((cpuMs() - t0) / n);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`bench-ab: ${n} bulk articles × ${rounds} rounds; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
builds.forEach((build, i) => console.log(`  ${build}: median ${median(times[i]).toFixed(3)} CPU ms per article (min ${Math.min(...times[i]).toFixed(3)})`));
for (let i = 1; i < libs.length; i++) {
  const ratios = times[i].map((t, round) => t / times[0][round]);
  console.log(`  ${builds[i]} / ${builds[0]}: median ratio of CPU time ${median(ratios).toFixed(3)} (rounds: ${ratios.map((x) => x.toFixed(2)).join(" ")})`);
}
