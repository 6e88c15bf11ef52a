#!/usr/bin/env node
// Development harness for the event coder: scores codeEvents on ../shared/corpus/dev with
// (a) the real actor recogniser and (b) "oracle" actors built from the gold mention strings,
// so that event-coding errors can be told apart from actor errors. Not part of the product.
//   node scripts/event-oracle.mjs [--oracle|--real] [--errors] [--file 0NN]
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importSource } from "./lib/import-source.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dev = join(here, "..", "..", "..", "..", "shared", "corpus", "dev");
if (!existsSync(join(dev, "gold.json"))) {
  console.log(`skipped: no dev set at ${dev}`);
  process.exit(0);
}
const lib = await importSource({
  analyzeDocument: "ingest/analyze-document.js",
  recognizeActors: "extract/actors/index.js",
  codeEvents: "extract/events/index.js",
  scoreAll: "eval/score.js",
  formatReport: "eval/format-report.js",
  parseGoldSet: "eval/gold.js",
});

const args = process.argv.slice(2);
const mode = args.includes("--real") ? "real" : "oracle";
const only = args.includes("--file") ? args[args.indexOf("--file") + 1] : null;
const gold = lib.parseGoldSet(JSON.parse(readFileSync(join(dev, "gold.json"), "utf8")), "gold.json");

/** LocalActors from gold mention strings: every case-sensitive occurrence, longest first, no overlaps. */
function oracleActors(article, goldArticle) {
  const taken = [];
  const surfaces = goldArticle.actors.flatMap((actor) => actor.mentions.map((text) => ({ actor, text }))).sort((a, b) => b.text.length - a.text.length);
  const byName = new Map();
  for (const { actor, text } of surfaces) {
    for (let at = article.body.indexOf(text); at >= 0; at = article.body.indexOf(text, at + 1)) {
      const end = at + text.length;
      const before = article.body[at - 1] ?? " ";
      const after = article.body[end] ?? " ";
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      const local = byName.get(actor.name) ?? { key: `gold:${actor.name}`, name: actor.name, kind: actor.kind, country: actor.country, wikidataId: null, aliases: [], roles: [], mentions: [], generic: false };
      local.mentions.push({ field: "BODY", start: at, end, text, confidence: 1 });
      byName.set(actor.name, local);
    }
  }
  return [...byName.values()];
}

const extractions = new Map();
let ms = 0;
for (const file of readdirSync(dev).filter((name) => name.endsWith(".txt")).sort()) {
  if (only && !file.startsWith(only)) continue;
  const analyzed = lib.analyzeDocument(file, readFileSync(join(dev, file)));
  if (!analyzed.ok) continue;
  const actors = mode === "oracle" ? oracleActors(analyzed.article, gold[file]) : lib.recognizeActors(analyzed.article);
  const t0 = performance.now();
  const min = args.includes("--min") ? Number(args[args.indexOf("--min") + 1]) : 0;
  const events = lib.codeEvents(analyzed.article, actors).filter((event) => event.confidence >= min);
  ms += performance.now() - t0;
  extractions.set(file, { actors, events });
}
const goldSubset = only ? Object.fromEntries(Object.entries(gold).filter(([file]) => file.startsWith(only))) : gold;
const report = lib.scoreAll(goldSubset, extractions);
console.log(`mode ${mode}: event coding ${ms.toFixed(1)} ms for ${extractions.size} articles`);
const text = lib.formatReport(report, { errors: args.includes("--errors") });
console.log(args.includes("--errors") ? text : text.split("\n").filter((line) => !/^Actors|^  (COUNTRY|GROUP|LOCATION|ORGANIZATION|PERSON)|actors/.test(line)).join("\n"));

if (args.includes("--why")) {
  // Why each gold event was missed: compare with the asserted predictions of the same article.
  const reasons = new Map();
  for (const article of report.articles) {
    const keyOf = new Map(article.actors.pairs.map((pair) => [pair.gold.name, pair.predicted.key]));
    const extra = article.events.extra;
    for (const gold of article.events.missed) {
      const source = keyOf.get(gold.source);
      const target = gold.target === null ? null : keyOf.get(gold.target);
      const sameSentence = extra.filter((p) => gold.sentence.includes(p.trigger.text) && p.evidence.text === gold.sentence);
      let reason = "no prediction in its sentence";
      if (sameSentence.length === 0 && args.includes("--none")) console.log(`  ${gold.type} ${gold.source} → ${gold.target} "${gold.trigger}" «${gold.sentence.slice(0, 140)}»`);
      if (sameSentence.some((p) => p.type === gold.type && p.sourceKey === source)) {
        reason = "type+source ok, target wrong";
        if (args.includes("--targets")) {
          const p = sameSentence.find((q) => q.type === gold.type && q.sourceKey === source);
          console.log(`  ${gold.type} ${gold.source}: gold → ${gold.target} | got → ${p.targetKey} «${gold.sentence.slice(0, 150)}»`);
        }
      }
      else if (sameSentence.some((p) => p.type === gold.type && (p.targetKey ?? null) === (target ?? null))) reason = "type+target ok, source wrong";
      else if (sameSentence.some((p) => p.type === gold.type)) reason = "type ok, both slots wrong";
      else if (sameSentence.some((p) => p.sourceKey === source)) {
        reason = "other type, same source";
        if (args.includes("--types")) console.log(`  ${gold.type} ${gold.source} → ${gold.target} "${gold.trigger}" | got ${sameSentence.filter((p) => p.sourceKey === source).map((p) => `${p.type}:${p.trigger.text}`).join(",")}`);
      }
      else if (sameSentence.length > 0) reason = "other predictions only";
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  console.log("missed gold events by reason:", Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])));
}

if (args.includes("--dates")) {
  // Date agreement on matched events: the gold date (or null) against the predicted one.
  let same = 0;
  let total = 0;
  for (const article of report.articles) {
    for (const { gold: g, predicted: p } of article.events.pairs) {
      total++;
      const value = p.date?.value ?? null;
      if ((g.date ?? null) === value) same++;
      else console.log(`  date ${article.file.slice(0, 3)} ${g.type}: gold ${g.date ?? null} | got ${value} (${p.dateText?.text ?? "-"})`);
    }
  }
  console.log(`dates: ${same}/${total} matched events have the gold date`);
}
