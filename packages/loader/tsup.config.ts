import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "node20",
  },
  {
    entry: ["src/eval-cli.ts"],
    format: ["esm"],
    sourcemap: true,
    target: "node20",
  },
]);
