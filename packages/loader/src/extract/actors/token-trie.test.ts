import { describe, expect, it } from "vitest";
import { TokenTrie } from "./token-trie.js";

describe("TokenTrie", () => {
  it("finds every phrase starting at a token, longest first", () => {
    const trie = new TokenTrie<string>();
    trie.add(["burkina", "faso"], "BF");
    trie.add(["burkina"], "short");
    trie.add(["coree", "du", "sud"], "KR");
    const tokens = ["le", "burkina", "faso", "et", "la", "coree", "du", "nord"];
    expect(trie.matchesAt(tokens, 1)).toEqual([
      [3, ["BF"]],
      [2, ["short"]],
    ]);
    expect(trie.matchesAt(tokens, 5)).toEqual([]);
    expect(trie.matchesAt(tokens, 0)).toEqual([]);
  });
});
