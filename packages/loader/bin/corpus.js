#!/usr/bin/env node
// The `corpus` command. This launcher is committed so that it exists on a fresh clone: npm links a
// package's bin into node_modules/.bin only if the file is there at install time, and dist/cli.js
// appears only after `npm run build`. The CLI itself is dist/cli.js (src/cli.ts, built by tsup).
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("corpus: the loader is not built yet; run `npm run build` at the repository root first\n");
  process.exit(2);
}
await import(cli.href);
