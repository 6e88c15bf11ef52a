import { defineConfig } from "tsup";

// One build for the library, both command-line entries and the worker-thread entry, so that `clean` cannot race another
// build and they share chunks. Types are emitted for the library only.
// tsup keeps the `#!/usr/bin/env node` line of src/cli.ts and makes dist/cli.js executable.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts", "eval-cli": "src/eval-cli.ts", "parallel-worker": "src/corpus/parallel-worker.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
