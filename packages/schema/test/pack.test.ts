import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";

/**
 * Publishes the package the way npm would (`npm pack` of the built dist) and uses it from a
 * fresh project outside the monorepo: ESM import, CJS require and TypeScript types.
 */
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = resolve(packageDir, "../../node_modules/typescript/bin/tsc");
let consumer = "";

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: consumer, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), "corpus-schema-consumer-"));
  execFileSync("npm", ["pack", "--pack-destination", consumer], { cwd: packageDir, stdio: "ignore" });
  const tarball = readdirSync(consumer).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball");
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", `./${tarball}`]);
}, 180_000);

afterAll(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

test("ESM consumers import the records and the SDL", () => {
  writeFileSync(
    join(consumer, "esm.mjs"),
    `import { Corpus, EventType, typeDefs, toPartialDate } from "@corpus/schema";
import { buildSchema } from "graphql";
buildSchema(typeDefs);
console.log(EventType.options.length, toPartialDate("2024-04").latest, Corpus.safeParse({}).success);`,
  );
  expect(run("node", ["esm.mjs"]).trim()).toBe("17 2024-04-30 false");
});

test("CommonJS consumers require the same API", () => {
  writeFileSync(
    join(consumer, "cjs.cjs"),
    `const { ActorKind, typeDefs } = require("@corpus/schema");
console.log(ActorKind.options.join(","), typeDefs.includes("type Event"));`,
  );
  expect(run("node", ["cjs.cjs"]).trim()).toBe("PERSON,ORGANIZATION,COUNTRY,GROUP,LOCATION true");
});

test("the schema.graphql file is shipped", () => {
  writeFileSync(join(consumer, "sdl.mjs"), `import { createRequire } from "node:module"; import { readFileSync } from "node:fs";
console.log(readFileSync(createRequire(import.meta.url).resolve("@corpus/schema/schema.graphql"), "utf8").includes("type Article"));`);
  expect(run("node", ["sdl.mjs"]).trim()).toBe("true");
});

test("TypeScript consumers get the inferred types in ESM and CJS", () => {
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: false, types: [] }, include: ["*.ts", "*.cts"] }),
  );
  writeFileSync(
    join(consumer, "use.ts"),
    `import { type Event, type Actor, Corpus } from "@corpus/schema";
const kind: Actor["kind"] = "GROUP";
const e: Pick<Event, "type" | "modality"> = { type: "AGREE", modality: "ASSERTED" };
// @ts-expect-error not an event type
const bad: Event["type"] = "HUG";
export const parsed = Corpus.safeParse(null).success && kind && e && bad;`,
  );
  writeFileSync(join(consumer, "use.cts"), `import schema = require("@corpus/schema");\nexport const n: number = schema.CORPUS_FORMAT_VERSION;`);
  expect(() => run("node", [tsc, "-p", "."])).not.toThrow();
}, 120_000);
