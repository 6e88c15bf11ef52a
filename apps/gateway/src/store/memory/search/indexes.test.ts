import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../../testing/synthetic-corpus.js";
import type { SearchType } from "../../types.js";
import { buildIndexes } from "../indexes.js";
import { createSearchIndexes } from "./indexes.js";
import { searchPage } from "./search-page.js";
import { fold, words } from "./text.js";

const ix = buildIndexes(syntheticCorpus(300, 7));
const ALL: SearchType[] = ["ARTICLE", "ACTOR", "EVENT"];
const page = (first: number | null, after: string | null = null, last: number | null = null, before: string | null = null) => ({ first, after, last, before });

/** Words of the article bodies by how many articles have them, most first. */
const byFrequency = (() => {
  const counts = new Map<string, number>();
  for (const article of ix.articles) for (const word of new Set(words(article.body).map(fold))) if (word.length > 2) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
})();

describe("search indexes: frequent words ranked in advance", async () => {
  const scanned = createSearchIndexes(ix, { rankedMinDocuments: Number.MAX_SAFE_INTEGER });
  await scanned.ready(ALL);
  const ranked = createSearchIndexes(ix, { rankedMinDocuments: 5 });
  await ranked.warm();
  const frequent = byFrequency.slice(0, 6);
  const rare = byFrequency.slice(-200).filter((_, i) => i % 40 === 0);

  it("ranks the frequent words' matches in advance", () => {
    expect(frequent.every((word) => ranked.matches("ARTICLE", word).ranked)).toBe(true);
    expect(scanned.matches("ARTICLE", frequent[0]!).ranked).toBeFalsy();
  });

  it("gives the same pages, forward and backward, as scoring every match", async () => {
    const queries = [...frequent, ...rare, `${frequent[0]} ${frequent[1]}`, `${rare[0]} ${frequent[0]}`];
    for (const query of queries) {
      const first = await searchPage(ix, scanned, { query, types: ALL, page: page(5) });
      expect(await searchPage(ix, ranked, { query, types: ALL, page: page(5) })).toEqual(first);
      const after = first.keys.at(-1);
      if (!after) continue;
      for (const request of [page(7, after), page(null, null, 3, after), page(4, first.keys[1]!)]) {
        expect(await searchPage(ix, ranked, { query, types: ALL, page: request })).toEqual(await searchPage(ix, scanned, { query, types: ALL, page: request }));
      }
    }
  });

  it("finds, with a rare word and a frequent one, the documents that have both, scored as the sum of each word's score", () => {
    for (const word of rare) {
      const query = `${word} ${frequent[0]}`;
      const matched = scanned.matches("ARTICLE", query);
      const both = { ordinals: matched.ordinals.slice(), scores: matched.scores.slice() }; // the next match reuses the buffers
      const expected = ix.articles.flatMap((article, i) => {
        const own = new Set([...words(article.title), ...words(article.body)].map(fold));
        return own.has(word) && own.has(frequent[0]!) ? [i] : [];
      });
      expect([...both.ordinals].sort((a, b) => a - b)).toEqual(expected);
      const single = (term: string) => {
        const { ordinals, scores } = scanned.matches("ARTICLE", term);
        return new Map(Array.from(ordinals, (ordinal, i) => [ordinal, scores[i]!]));
      };
      const [a, b] = [single(word), single(frequent[0]!)];
      Array.from(both.ordinals).forEach((ordinal, i) => expect(both.scores[i]).toBeCloseTo(2 * (a.get(ordinal)! + b.get(ordinal)!), 9));
    }
  });
});
