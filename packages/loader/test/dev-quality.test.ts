import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parseGoldSet } from "../src/eval/gold.js";
import { loadPredictions } from "../src/eval/load-predictions.js";
import { scoreAll } from "../src/eval/score.js";

// Regression floors for extraction quality on the dev set (../shared/corpus/dev, read at run time and
// skipped when absent). The floors sit a little under the figures measured when they were last raised;
// `npm run eval` prints the real figures and the errors. Raise them when the extractors improve.
const FLOORS = { actorF1: 0.92, eventF1: 0.55 };

const dev = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/corpus/dev");
const goldFile = join(dev, "gold.json");
const available = existsSync(goldFile);
if (!available) console.log(`dev-quality: skipped, no gold annotation at ${goldFile}`);

describe.skipIf(!available)("extraction quality on the dev set", () => {
  test(`actor F1 ≥ ${FLOORS.actorF1} and event F1 ≥ ${FLOORS.eventF1}`, async () => {
    const gold = parseGoldSet(JSON.parse(readFileSync(goldFile, "utf8")) as unknown, goldFile);
    const { extractions, problems } = await loadPredictions(dev, Object.keys(gold));
    expect(problems).toEqual([]);
    const report = scoreAll(gold, extractions);
    expect(report.missingFiles).toEqual([]);
    expect(report.actors.f1).toBeGreaterThanOrEqual(FLOORS.actorF1);
    expect(report.events.f1).toBeGreaterThanOrEqual(FLOORS.eventF1);
  }, 60_000);
});
