#!/usr/bin/env node
// Development harness for the event coder: scores codeEvents on ../shared/corpus/dev with
// (a) the real actor recogniser and (b) "oracle" actors built from the gold mention strings,
// so that event-coding errors can be told apart from actor errors. Not part of the product.
//   node scripts/event-oracle.mjs [--oracle|--real] [--errors] [--why] [--rules [--calibrate]] [--file 0NN] [--half odd|even] [--min 0.4]
//   node scripts/event-oracle.mjs --file 0NN --show <words>   (sentences holding <words>: mentions, events, gold)
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
// --half odd|even: score one half of the dev set (odd or even file numbers, both languages in each).
const half = args.includes("--half") ? args[args.indexOf("--half") + 1] : null;
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
  if (half && Number(file.slice(0, 3)) % 2 !== (half === "odd" ? 1 : 0)) continue;
  const analyzed = lib.analyzeDocument(file, readFileSync(join(dev, file)));
  if (!analyzed.ok) continue;
  const actors = mode === "oracle" ? oracleActors(analyzed.article, gold[file]) : lib.recognizeActors(analyzed.article);
  const t0 = performance.now();
  const min = args.includes("--min") ? Number(args[args.indexOf("--min") + 1]) : 0;
  const events = lib.codeEvents(analyzed.article, actors).filter((event) => event.confidence >= min);
  ms += performance.now() - t0;
  extractions.set(file, { actors, events, article: analyzed.article });
}
if (args.includes("--show") || args.includes("--type")) {
  // The sentences of the chosen articles that hold a string (--show) or a gold or coded event of a type
  // (--type): actor mentions in brackets, coded events, gold events.
  const needle = args.includes("--show") ? (args[args.indexOf("--show") + 1] ?? "") : null;
  const type = args.includes("--type") ? args[args.indexOf("--type") + 1] : null;
  for (const [file, { actors, events, article }] of extractions) {
    for (const sentence of article.sentences) {
      const text = article.body.slice(sentence.start, sentence.end);
      if (needle !== null && !text.includes(needle)) continue;
      const typed = (e) => e.type === type;
      if (type && !gold[file].events.some((g) => g.sentence === text && typed(g)) && !events.some((e) => e.evidence.start === sentence.start && typed(e))) continue;
      const inside = actors.flatMap((a) => a.mentions.filter((m) => m.field === "BODY" && m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ m, a })));
      let shown = text;
      for (const { m, a } of inside.sort((x, y) => y.m.start - x.m.start)) shown = `${shown.slice(0, m.start - sentence.start)}[${m.text}|${a.kind[0]}:${a.name}]${shown.slice(m.end - sentence.start)}`;
      console.log(`\n${file.slice(0, 3)}: ${shown}`);
      for (const e of events.filter((e) => e.evidence.start === sentence.start)) console.log(`   → ${e.type} ${e.sourceKey} → ${e.targetKey} "${e.trigger.text}" ${e.modality} ${e.confidence} [${e.rule}]`);
      for (const g of gold[file].events.filter((g) => g.sentence === text)) console.log(`   GOLD ${g.type} ${g.source} → ${g.target} "${g.trigger}"`);
    }
  }
  process.exit(0);
}
const goldSubset = Object.fromEntries(Object.entries(gold).filter(([file]) => extractions.has(file)));
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

if (args.includes("--rules")) {
  // Precision of each rule (pattern id plus its suffixes) on the scored articles: feeds the pattern weights.
  const byRule = new Map();
  const count = (rule, hit) => {
    const entry = byRule.get(rule) ?? { tp: 0, fp: 0 };
    entry[hit ? "tp" : "fp"]++;
    byRule.set(rule, entry);
  };
  for (const article of report.articles) {
    for (const pair of article.events.pairs) count(pair.predicted.rule, true);
    for (const extra of article.events.extra) count(extra.rule, false);
  }
  const buckets = new Map();
  for (const article of report.articles) {
    const add = (event, hit) => {
      const bucket = Math.floor(event.confidence * 10) / 10;
      const entry = buckets.get(bucket) ?? { tp: 0, fp: 0 };
      entry[hit ? "tp" : "fp"]++;
      buckets.set(bucket, entry);
    };
    for (const pair of article.events.pairs) add(pair.predicted, true);
    for (const extra of article.events.extra) add(extra, false);
  }
  console.log("by confidence:", [...buckets].sort((a, b) => a[0] - b[0]).map(([b, { tp, fp }]) => `${b.toFixed(1)}: ${tp}/${tp + fp}`).join("  "));
  const rows = [...byRule].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp));
  for (const [rule, { tp, fp }] of rows) console.log(`  ${rule.padEnd(40)} tp ${String(tp).padStart(3)}  fp ${String(fp).padStart(3)}  P ${(tp / (tp + fp)).toFixed(2)}`);
  if (args.includes("--calibrate")) {
    // Suggested pattern priors: the measured precision of each pattern (all its rule suffixes),
    // smoothed toward the current weight as if it had been seen 8 times (patterns seen 5 times or more).
    const patterns = new Map();
    for (const language of ["en", "fr"]) {
      for (const pattern of JSON.parse(readFileSync(join(here, "..", "data", "events", `patterns.${language}.json`), "utf8")).patterns) patterns.set(pattern.id, pattern.w);
    }
    const byPattern = new Map();
    for (const [rule, { tp, fp }] of byRule) {
      const id = rule.split("+")[0];
      const entry = byPattern.get(id) ?? { tp: 0, fp: 0 };
      entry.tp += tp;
      entry.fp += fp;
      byPattern.set(id, entry);
    }
    console.log("suggested priors (w ← (tp + 8w) / (n + 8), n ≥ 5):");
    for (const [id, { tp, fp }] of [...byPattern].sort()) {
      const w = patterns.get(id);
      if (w === undefined || tp + fp < 5) continue;
      console.log(`  ${id.padEnd(32)} n ${String(tp + fp).padStart(3)}  P ${(tp / (tp + fp)).toFixed(2)}  w ${w} → ${((tp + 8 * w) / (tp + fp + 8)).toFixed(2)}`);
    }
  }
}
