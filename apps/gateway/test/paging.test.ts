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

describe("paging through a search over the synthetic corpus", () => {
  const searchPage = async (query: string, window: string, cursor: string | null) => {
    const result = await run(
      `query($q: String!, $cursor: String) { search(query: $q, ${window}) { totalCount edges { cursor score node { __typename ... on Article { key } ... on Actor { key } ... on Event { key } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      { q: query, cursor },
    );
    return result.data!.search as {
      totalCount: number;
      edges: { score: number; node: { __typename: string; key: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };
  /** A word of the synthetic texts that many records share. */
  const word = corpus.articles[0]!.body.match(/\p{L}{4,}/u)![0].toLowerCase();

  it(`visits every result once, best first, in the same order both ways ("${word}")`, async () => {
    const forward: string[] = [];
    const scores: number[] = [];
    let cursor: string | null = null;
    let total = 0;
    for (;;) {
      const page = await searchPage(word, "first: 7, after: $cursor", cursor);
      total = page.totalCount;
      forward.push(...page.edges.map((edge) => `${edge.node.__typename}:${edge.node.key}`));
      scores.push(...page.edges.map((edge) => edge.score));
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(20);
    expect(forward.length).toBe(total);
    expect(new Set(forward).size).toBe(total);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const backward: string[] = [];
    cursor = null;
    for (;;) {
      const page = await searchPage(word, "last: 5, before: $cursor", cursor);
      backward.unshift(...page.edges.map((edge) => `${edge.node.__typename}:${edge.node.key}`));
      if (!page.pageInfo.hasPreviousPage) break;
      cursor = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it("refuses a cursor from another search", async () => {
    const page = await searchPage(word, "first: 1, after: $cursor", null);
    const other = await run(`query($c: String) { search(query: "zzzz-nothing", first: 1, after: $c) { totalCount } }`, { c: page.pageInfo.endCursor });
    expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
