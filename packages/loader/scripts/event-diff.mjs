#!/usr/bin/env node
// Development harness: compares two event dumps of the same bulk articles (event-sample.mjs --dump),
// one from before a rule change and one from after, and prints the events that appeared or
// disappeared with their sentence, so that the precision of the change can be judged by reading
// text it was not tuned on. Not part of the product.
//   node scripts/event-diff.mjs before.jsonl after.jsonl [--k 40] [--seed 1] [--asserted]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { k: { type: "string", default: "40" }, seed: { type: "string", default: "1" }, asserted: { type: "boolean", default: false } },
});
if (positionals.length !== 2) {
  console.error("usage: event-diff.mjs before.jsonl after.jsonl [--k 40] [--seed 1] [--asserted]");
  process.exit(2);
}
const read = (file) => new Map(readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line)).map((row) => [row.file, row.events]));
const [before, after] = positionals.map(read);
const keyOf = (event) => `${event.type}|${event.sourceKey}|${event.targetKey ?? ""}|${event.modality}|${event.trigger.start}`;

const changes = [];
for (const [file, events] of after) {
  const old = new Set((before.get(file) ?? []).map(keyOf));
  const now = new Set(events.map(keyOf));
  const keep = (event) => !values.asserted || event.modality === "ASSERTED";
  for (const event of events) if (!old.has(keyOf(event)) && keep(event)) changes.push({ sign: "+", file, event });
  for (const event of before.get(file) ?? []) if (!now.has(keyOf(event)) && keep(event)) changes.push({ sign: "-", file, event });
}
const count = (sign) => changes.filter((change) => change.sign === sign).length;
console.log(`${after.size} articles: ${count("+")} events appeared, ${count("-")} disappeared`);

// The same seed gives the same sample (a small linear congruential generator).
let state = Number(values.seed) >>> 0 || 1;
const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
for (let i = changes.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [changes[i], changes[j]] = [changes[j], changes[i]];
}
for (const { sign, file, event } of changes.slice(0, Number(values.k))) {
  console.log(`\n${sign} ${file.slice(0, 8)} ${event.type} ${event.sourceKey} → ${event.targetKey ?? "∅"} "${event.trigger.text}" ${event.modality} ${event.confidence} [${event.rule}]`);
  console.log(`   ${event.evidence.text.slice(0, 400)}`);
}
