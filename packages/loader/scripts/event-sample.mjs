#!/usr/bin/env node
// Development harness: codes events on bulk articles (.bulk/bulk from ../shared/corpus/bulk.tar.gz)
// and prints a reproducible sample of asserted events with their sentence (actor mentions in
// brackets), to judge precision on unseen text by reading. Also writes every event of the run as
// JSON lines with --dump <file> (to compare the output before and after a speed change).
//   node scripts/event-sample.mjs [-n 400] [--type PROTEST] [--rule fr.protest] [--lang fr|en] [--k 30] [--seed 1] [--dump out.jsonl]
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importSource } from "./lib/import-source.mjs";

const bulk = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", ".bulk", "bulk");
if (!existsSync(bulk)) {
  console.log(`skipped: ${bulk} not found (unpack ../shared/corpus/bulk.tar.gz into .bulk/)`);
  process.exit(0);
}
const { values } = parseArgs({
  options: {
    n: { type: "string", short: "n", default: "400" },
    type: { type: "string" },
    rule: { type: "string" },
    lang: { type: "string" },
    k: { type: "string", default: "30" },
    seed: { type: "string", default: "1" },
    offset: { type: "string", default: "0" },
    dump: { type: "string" },
  },
});
const lib = await importSource({ analyzeDocument: "ingest/analyze-document.js", recognizeActors: "extract/actors/index.js", codeEvents: "extract/events/index.js" });

const files = readdirSync(bulk).sort();
const step = Math.max(1, Math.floor(files.length / Number(values.n)));
const found = [];
const dump = [];
for (let i = Number(values.offset); i < files.length && i / step < Number(values.n) + Number(values.offset); i += step) {
  const analyzed = lib.analyzeDocument(files[i], readFileSync(join(bulk, files[i])));
  if (!analyzed.ok) continue;
  const { article } = analyzed;
  if (values.lang && article.language !== values.lang) continue;
  const actors = lib.recognizeActors(article);
  const events = lib.codeEvents(article, actors);
  if (values.dump) dump.push(JSON.stringify({ file: files[i], events }));
  const byKey = new Map(actors.map((actor) => [actor.key, actor]));
  for (const event of events) {
    if (event.modality !== "ASSERTED") continue;
    if (values.type && event.type !== values.type) continue;
    if (values.rule && !event.rule.startsWith(values.rule)) continue;
    found.push({ file: files[i], event, article, actors, byKey });
  }
}
if (values.dump) writeFileSync(values.dump, `${dump.join("\n")}\n`);

// A small linear congruential generator: the same seed gives the same sample.
let state = Number(values.seed) >>> 0 || 1;
const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const sample = [...found];
for (let i = sample.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [sample[i], sample[j]] = [sample[j], sample[i]];
}
const name = (byKey, key) => (key === null ? "∅" : (byKey.get(key)?.name ?? key));
console.log(`${found.length} asserted events${values.type ? ` of type ${values.type}` : ""}; sample of ${Math.min(Number(values.k), found.length)}:`);
for (const { file, event, article, actors, byKey } of sample.slice(0, Number(values.k))) {
  const { start, end } = event.evidence;
  const marks = actors.flatMap((actor) => actor.mentions.filter((m) => m.field === "BODY" && m.start >= start && m.end <= end).map((m) => ({ m, actor })));
  let shown = article.body.slice(start, end);
  for (const { m } of marks.sort((a, b) => b.m.start - a.m.start)) shown = `${shown.slice(0, m.start - start)}[${m.text}]${shown.slice(m.end - start)}`;
  console.log(`\n${file.slice(0, 6)} ${event.type} ${name(byKey, event.sourceKey)} → ${name(byKey, event.targetKey)} "${event.trigger.text}" ${event.confidence} [${event.rule}]`);
  console.log(`   ${shown.slice(0, 400)}`);
}
