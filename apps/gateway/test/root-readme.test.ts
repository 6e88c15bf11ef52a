import { readFileSync } from "node:fs";
import { loadCorpus } from "@corpus/loader";
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../src/store/index.js";
import { createExecutor } from "./harness.js";

// The repository README shows one query and "its real output on the seed": run that very query over the
// seed corpus and check the README's output is what the API answers today.
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const query = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
const shown = /answers \(real output on the seed\):\n\n```json\n([\s\S]*?)```/.exec(readme)?.[1];

describe("the repository README's example", () => {
  it("is the real answer of the API on the seed", async () => {
    expect(query, "README has a graphql example").toBeTruthy();
    expect(shown, "README shows the example's output").toBeTruthy();
    const { corpus } = await loadCorpus(new URL("../../../seeds", import.meta.url).pathname);
    const execute = createExecutor(createMemoryStore(corpus));
    expect(await execute(query!)).toEqual(JSON.parse(shown!));
  }, 60_000);
});
