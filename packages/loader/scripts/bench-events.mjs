#!/usr/bin/env node
// Event coder throughput on the bulk corpus (.bulk/bulk from ../shared/corpus/bulk.tar.gz): times
// codeEvents alone (articles analysed and actors recognised beforehand, untimed), then prints
// ms per article (mean, p50, p99), per kB, CPU time, and events found; best of several rounds.
//   node scripts/bench-events.mjs [-n 2000] [--rounds 5]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importSource } from "./lib/import-source.mjs";

const bulk = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", ".bulk", "bulk");
if (!existsSync(bulk)) {
  console.log(`skipped: ${bulk} not found (unpack ../shared/corpus/bulk.tar.gz into .bulk/)`);
  process.exit(0);
}
const { values } = parseArgs({ options: { n: { type: "string", short: "n", default: "2000" }, rounds: { type: "string", default: "5" } } });
const lib = await importSource({ analyzeDocument: "ingest/analyze-document.js", recognizeActors: "extract/actors/index.js", codeEvents: "extract/events/index.js" });

const files = readdirSync(bulk).sort();
const step = Math.max(1, Math.floor(files.length / Number(values.n)));
const inputs = [];
for (let i = 0; i < files.length && inputs.length < Number(values.n); i += step) {
  const analyzed = lib.analyzeDocument(files[i], readFileSync(join(bulk, files[i])));
  if (analyzed.ok) inputs.push({ article: analyzed.article, actors: lib.recognizeActors(analyzed.article) });
}
// Warm-up on every 10th article, so that both languages (lexicons, chrono parsers, JIT) are ready.
for (const { article, actors } of inputs.filter((_, i) => i % 10 === 0)) lib.codeEvents(article, actors);

// Several rounds over the same articles; the best round is reported, as the machine is shared and a
// round can lose its core to other work. CPU time (process.cpuUsage) is printed beside wall time.
const rounds = Number(values.rounds);
let best = null;
// Each article's fastest time over the rounds: what it costs when the core is not taken away.
const fastest = new Float64Array(inputs.length).fill(Infinity);
for (let round = 0; round < rounds; round++) {
  const times = [];
  let events = 0;
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const [index, { article, actors }] of inputs.entries()) {
    const t0 = performance.now();
    events += lib.codeEvents(article, actors).length;
    const time = performance.now() - t0;
    times.push(time);
    fastest[index] = Math.min(fastest[index], time);
    bytes += article.body.length;
  }
  const total = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  if (!best || total < best.total) best = { times, events, bytes, total, cpuMs: (cpu.user + cpu.system) / 1000 };
}
const { times, events, bytes, total, cpuMs } = best;
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
console.log(`codeEvents on ${inputs.length} bulk articles (mean ${(bytes / inputs.length / 1000).toFixed(1)} kB), best of ${rounds} rounds:`);
console.log(`  mean ${(total / inputs.length).toFixed(3)} ms/article, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, ${((total / bytes) * 1000).toFixed(3)} ms/kB; CPU ${(cpuMs / inputs.length).toFixed(3)} ms/article`);
const undisturbed = fastest.reduce((sum, time) => sum + time, 0);
console.log(`  undisturbed (each article's fastest round): mean ${(undisturbed / inputs.length).toFixed(3)} ms/article, ${((undisturbed / bytes) * 1000).toFixed(3)} ms/kB`);
console.log(`  ${(inputs.length / (total / 1000)).toFixed(0)} articles/s on one core; ${events} events (${(events / inputs.length).toFixed(2)}/article)`);
