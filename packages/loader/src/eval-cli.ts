#!/usr/bin/env node
// `npm run eval`: scores the loader's extraction against an annotated set (by default ../shared/corpus/dev).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { formatReport, toJsonReport } from "./eval/format-report.js";
import { GoldFormatError, parseGoldSet } from "./eval/gold.js";
import { loadPredictions } from "./eval/load-predictions.js";
import { scoreAll } from "./eval/score.js";

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
function findRepoRoot(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) return dir;
  }
  return process.cwd();
}

const program = new Command("eval")
  .description("Score actor and event extraction against a gold annotation (gold.json format of corpus/dev).")
  .option("--dir <dir>", "folder of the annotated articles (default: ../shared/corpus/dev from the repository root)")
  .option("--gold <file>", "gold annotation file (default: <dir>/gold.json)")
  .option("--json", "print the report as JSON")
  .option("--no-errors", "print only the figures, not the per-article errors")
  .parse();

const options = program.opts<{ dir?: string; gold?: string; json?: boolean; errors: boolean }>();
const dir = resolve(options.dir ?? join(findRepoRoot(dirname(fileURLToPath(import.meta.url))), "..", "shared", "corpus", "dev"));
const goldFile = resolve(options.gold ?? join(dir, "gold.json"));

if (!existsSync(goldFile)) {
  console.log(`eval skipped: no gold annotation at ${goldFile} (pass --dir or --gold to score another set)`);
  process.exit(0);
}

try {
  const gold = parseGoldSet(JSON.parse(readFileSync(goldFile, "utf8")) as unknown, goldFile);
  const { extractions, problems, extractMs } = await loadPredictions(dir, Object.keys(gold));
  const report = scoreAll(gold, extractions);
  if (options.json) {
    console.log(JSON.stringify({ ...toJsonReport(report), problems, extractMs }, null, 2));
  } else {
    console.log(`${Object.keys(gold).length} articles from ${dir} (extraction ${extractMs.toFixed(0)} ms)`);
    for (const problem of problems) console.log(`problem: ${problem}`);
    console.log(formatReport(report, { errors: options.errors }));
  }
} catch (error) {
  if (error instanceof GoldFormatError || error instanceof SyntaxError) {
    console.error(`eval: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
