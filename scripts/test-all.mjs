#!/usr/bin/env node
// Runs every workspace's vitest project in one run and ends with the plain line CI reads:
// `N passed, N failed` (vitest's own summary is not in that form). Exits non-zero on failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "corpus-test-"));
const report = join(dir, "report.json");
const vitest = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } },
);
let summary;
try {
  summary = JSON.parse(readFileSync(report, "utf8"));
} catch {
  console.log("0 passed, 1 failed (vitest wrote no report)");
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = summary;
const failedSuites = summary.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
const failed = numFailedTests + failedSuites;
console.log(`${numPassedTests} passed, ${failed} failed${numPendingTests + numTodoTests ? `, ${numPendingTests + numTodoTests} skipped` : ""}`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
