import { defineConfig } from "tsup";

// One build for the library and both command-line entries, so that `clean` cannot race another
// build and the three share chunks. Types are emitted for the library only.
// tsup keeps the `#!/usr/bin/env node` line of src/cli.ts and makes dist/cli.js executable.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts", "eval-cli": "src/eval-cli.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts" }, compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "node20",
});
