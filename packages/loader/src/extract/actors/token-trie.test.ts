import { describe, expect, it } from "vitest";
import { TokenTrie } from "./token-trie.js";

describe("TokenTrie", () => {
  const trie = new TokenTrie<string>();
  trie.add(["burkina", "faso"], "BF");
  trie.add(["burkina"], "short");
  trie.add(["coree", "du", "sud"], "KR");
  const tokens = ["le", "burkina", "faso", "et", "la", "coree", "du", "nord"];
  const offered = (from: number, accept: (values: readonly string[]) => boolean) => {
    const seen: [number, readonly string[]][] = [];
    const taken = trie.longest(tokens, from, (end, values) => {
      seen.push([end, values]);
      return accept(values) ? end : undefined;
    });
    return { seen, taken };
  };

  it("offers the longest phrase first and stops at the one accepted", () => {
    expect(offered(1, () => true)).toEqual({ seen: [[3, ["BF"]]], taken: 3 });
    expect(offered(1, (values) => values.includes("short"))).toEqual({ seen: [[3, ["BF"]], [2, ["short"]]], taken: 2 });
  });

  it("finds nothing for a prefix that is no entry", () => {
    expect(offered(5, () => true)).toEqual({ seen: [], taken: undefined });
    expect(offered(0, () => true).taken).toBeUndefined();
  });
});
