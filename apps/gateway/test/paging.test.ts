import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../src/testing/synthetic-corpus.js";
import { createExecutor, fixtureStore } from "./harness.js";

const corpus = syntheticCorpus(1500, 3);
const run = createExecutor(fixtureStore(corpus));

/** Pages through a connection forward (first/after) or backward (last/before) and returns every key seen. */
async function pageThrough(field: string, args: string, direction: "forward" | "backward"): Promise<{ keys: string[]; totalCount: number }> {
  const keys: string[] = [];
  let cursor: string | null = null;
  let totalCount = 0;
  for (;;) {
    const window = direction === "forward" ? `first: 100, after: $cursor` : `last: 100, before: $cursor`;
    const result = await run(`query($cursor: String) { ${field}(${window}${args}) { totalCount nodes { key } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { cursor });
    const page = result.data![field];
    totalCount = page.totalCount;
    const pageKeys = page.nodes.map((node: { key: string }) => node.key);
    if (direction === "forward") keys.push(...pageKeys);
    else keys.unshift(...pageKeys);
    const more = direction === "forward" ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) return { keys, totalCount };
    cursor = direction === "forward" ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
}

describe("paging through a synthetic corpus of 1,500 articles", () => {
  for (const [field, args] of [
    ["events", ", orderBy: { field: DATE, direction: DESC }"],
    ["events", ", orderBy: { field: CONFIDENCE, direction: ASC }, filter: { types: [AGREE, ACCUSE, STATEMENT] }"],
    ["actors", ", orderBy: { field: NAME, direction: ASC }"],
    ["articles", ", orderBy: { field: PUBLISHED, direction: ASC }"],
  ] as const) {
    it(`visits every ${field} once, in the same order both ways (${args.slice(2)})`, async () => {
      const forward = await pageThrough(field, args, "forward");
      expect(new Set(forward.keys).size).toBe(forward.keys.length);
      expect(forward.keys.length).toBe(forward.totalCount);
      const backward = await pageThrough(field, args, "backward");
      expect(backward.keys).toEqual(forward.keys);
    });
  }

  it("orders undated events last and ties by key", async () => {
    const { keys } = await pageThrough("events", ", orderBy: { field: DATE, direction: ASC }", "forward");
    const byKey = new Map(corpus.events.map((event) => [event.id, event]));
    const dated = keys.filter((key) => byKey.get(key)!.date !== null);
    expect(keys.slice(0, dated.length)).toEqual(dated);
    const earliest = dated.map((key) => byKey.get(key)!.date!.earliest);
    expect([...earliest].sort()).toEqual(earliest);
  });
});
