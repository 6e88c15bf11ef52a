import MiniSearch, { type Options } from "minisearch";
import type { SearchType } from "../../types.js";
import type { Indexes } from "../indexes.js";
import { toTerm, words } from "./text.js";

/** One record that matched a query: its ordinal, BM25 score and the (folded) words that matched. */
export interface Hit {
  ordinal: number;
  score: number;
  terms: string[];
}

/** Documents are ordinals; fields are read from the records on the fly, so nothing is copied. */
function indexOptions(fields: string[], read: (ordinal: number, field: string) => string): Options<number> {
  return {
    fields,
    idField: "id",
    extractField: (ordinal, field) => (field === "id" ? ordinal : read(ordinal, field)),
    tokenize: words,
    processTerm: toTerm,
    searchOptions: { combineWith: "AND" },
  };
}

const byScore = (a: Hit, b: Hit) => b.score - a.score || a.ordinal - b.ordinal;
const CHUNK = 200;

/**
 * MiniSearch indexes (BM25, accent- and case-insensitive) over actor names and aliases, article
 * titles and bodies, and the distinct evidence sentences of events. Each is built on first use, in
 * chunks that yield to the event loop (`addAllAsync`), so start-up does not wait for the article
 * index and requests keep flowing while it is built; `warm()` starts every build at once.
 */
export function createSearchIndexes(ix: Indexes) {
  const sentenceOf = new Map<string, number>();
  const sentenceEvents: number[][] = [];
  const sentenceText: string[] = [];
  ix.events.forEach((event, ordinal) => {
    const key = `${event.articleId}\u0000${event.evidence.field}\u0000${event.evidence.start}`;
    let sentence = sentenceOf.get(key);
    if (sentence === undefined) {
      sentence = sentenceText.length;
      sentenceOf.set(key, sentence);
      sentenceText.push(event.evidence.text);
      sentenceEvents.push([]);
    }
    sentenceEvents[sentence]?.push(ordinal);
  });

  const builders: Record<SearchType, () => Promise<MiniSearch<number>>> = {
    ACTOR: () =>
      build(
        indexOptions(["name", "aliases"], (i, field) => (field === "name" ? (ix.actors[i]?.name ?? "") : (ix.actors[i]?.aliases.join(" \n ") ?? ""))),
        ix.actors.length,
      ),
    ARTICLE: () =>
      build(
        indexOptions(["title", "body"], (i, field) => (field === "title" ? (ix.articles[i]?.title ?? "") : (ix.articles[i]?.body ?? ""))),
        ix.articles.length,
      ),
    EVENT: () => build(indexOptions(["evidence"], (i) => sentenceText[i] ?? ""), sentenceText.length),
  };
  const boosts: Record<SearchType, Record<string, number>> = { ACTOR: { name: 2 }, ARTICLE: { title: 2 }, EVENT: {} };
  const built = new Map<SearchType, Promise<MiniSearch<number>>>();

  async function build(options: Options<number>, count: number): Promise<MiniSearch<number>> {
    const index = new MiniSearch<number>(options);
    await index.addAllAsync(Array.from({ length: count }, (_, i) => i), { chunkSize: CHUNK });
    return index;
  }

  function indexFor(type: SearchType): Promise<MiniSearch<number>> {
    let index = built.get(type);
    if (!index) {
      index = builders[type]();
      built.set(type, index);
    }
    return index;
  }

  return {
    /** Starts building every index; resolves when all are ready. */
    async warm(): Promise<void> {
      await Promise.all((["ACTOR", "EVENT", "ARTICLE"] as const).map(indexFor));
    },
    /** Every record of a type matching all words of `query`, best first (ties by corpus order). */
    async search(type: SearchType, query: string): Promise<Hit[]> {
      const index = await indexFor(type);
      const results = index.search(query, { boost: boosts[type] });
      const hits: Hit[] = [];
      for (const result of results) {
        const ordinals = type === "EVENT" ? (sentenceEvents[result.id as number] ?? []) : [result.id as number];
        for (const ordinal of ordinals) hits.push({ ordinal, score: result.score, terms: result.terms });
      }
      return hits.sort(byScore);
    },
  };
}
export type SearchIndexes = ReturnType<typeof createSearchIndexes>;
