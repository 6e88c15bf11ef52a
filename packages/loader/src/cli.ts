#!/usr/bin/env node
import { createRequire } from "node:module";
import { runCli } from "./cli/program.js";
import { processTerminal } from "./cli/terminal.js";

const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

try {
  process.exitCode = await runCli(process.argv.slice(2), processTerminal(), version);
} catch (error) {
  // Only a bug gets here; user mistakes are handled in the commands. Keep the stack for the report.
  process.stderr.write(`corpus: internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 70;
}
