// Development helper: bundles a few exports of the TypeScript sources with esbuild and imports them,
// so that dev scripts can call internal stages without a build. Not part of the product.
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `exports` maps export names to module paths relative to src/, e.g. { codeEvents: "extract/events/index.js" }. */
export async function importSource(exports) {
  const contents = Object.entries(exports)
    .map(([name, path]) => `export { ${name} } from "./${path}";`)
    .join("\n");
  const bundle = await build({ stdin: { contents, resolveDir: join(packageDir, "src"), loader: "ts" }, bundle: true, write: false, format: "esm", platform: "node", packages: "external" });
  // Written beside the package (not in /tmp) so that bare imports resolve from its node_modules.
  const file = join(packageDir, `.dev-bundle-${process.pid}.mjs`);
  writeFileSync(file, bundle.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
