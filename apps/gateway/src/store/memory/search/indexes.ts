import type { SearchType } from "../../types.js";
import type { Indexes } from "../indexes.js";
import { queryTerms, TermIndex, type FieldSpec } from "./term-index.js";

/** One record that matched a query: its ordinal, BM25+ score and the (folded) words that matched. */
export interface Hit {
  ordinal: number;
  score: number;
  terms: string[];
}

/**
 * The records of one type matching a query (scores in a parallel array), in no particular order:
 * views of buffers reused by the next match of that type, so they are read synchronously.
 */
export interface Matches {
  ordinals: Int32Array;
  scores: Float64Array;
  terms: string[];
  /** True when the matches are in ranking order (score descending, then ordinal), and shared: never to be changed. */
  ranked?: boolean;
}

/** The matches of one frequent term, in ranking order. */
interface Ranked {
  ordinals: Int32Array;
  scores: Float64Array;
}

/** Terms with at least this many postings get their matches ranked in advance (below it, scoring them is a few microseconds). */
const RANKED_MIN_DOCUMENTS = 200;

/** A copy of matches in ranking order: score descending, then ordinal ascending. */
function rank({ ordinals, scores }: Matches): Ranked {
  const order = Uint32Array.from({ length: ordinals.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || ordinals[a]! - ordinals[b]!);
  return { ordinals: Int32Array.from(order, (i) => ordinals[i]!), scores: Float64Array.from(order, (i) => scores[i]!) };
}

const byScore = (a: Hit, b: Hit) => b.score - a.score || a.ordinal - b.ordinal;

/**
 * Search indexes (BM25+, accent- and case-insensitive; see term-index.ts) over actor names and
 * aliases, article titles and bodies, and the distinct evidence sentences of events (an event
 * matches when its sentence does). Each is built on first use, in chunks that yield to the event
 * loop, so start-up does not wait for them and requests keep flowing while they are built;
 * `warm()` starts every build.
 */
export function createSearchIndexes(ix: Indexes, { rankedMinDocuments = RANKED_MIN_DOCUMENTS } = {}) {
  const sentenceOf = new Map<string, number>();
  const sentenceText: string[] = [];
  const eventSentence = Int32Array.from(ix.events, (event) => {
    const key = `${event.articleId}\u0000${event.evidence.field}\u0000${event.evidence.start}`;
    let sentence = sentenceOf.get(key);
    if (sentence === undefined) {
      sentence = sentenceText.length;
      sentenceOf.set(key, sentence);
      sentenceText.push(event.evidence.text);
    }
    return sentence;
  });
  // The events of each sentence, laid out by sentence: those of sentence s are at eventsAt[s]…eventsAt[s+1].
  const eventsAt = new Int32Array(sentenceText.length + 1);
  for (const sentence of eventSentence) eventsAt[sentence + 1]!++;
  for (let s = 0; s < sentenceText.length; s++) eventsAt[s + 1]! += eventsAt[s]!;
  const sentenceEvents = new Int32Array(eventSentence.length);
  const filled = eventsAt.slice(0, sentenceText.length);
  eventSentence.forEach((sentence, event) => (sentenceEvents[filled[sentence]!++] = event));

  const specs: Record<SearchType, { count: number; fields: FieldSpec[] }> = {
    ACTOR: {
      count: ix.actors.length,
      fields: [
        { read: (i) => ix.actors[i]?.name ?? "", boost: 2 },
        { read: (i) => ix.actors[i]?.aliases.join(" \n ") ?? "", boost: 1 },
      ],
    },
    ARTICLE: {
      count: ix.articles.length,
      fields: [
        { read: (i) => ix.articles[i]?.title ?? "", boost: 2 },
        { read: (i) => ix.articles[i]?.body ?? "", boost: 1 },
      ],
    },
    EVENT: { count: sentenceText.length, fields: [{ read: (i) => sentenceText[i] ?? "", boost: 1 }] },
  };
  const built = new Map<SearchType, Promise<TermIndex>>();
  const ready = new Map<SearchType, TermIndex>();

  function indexFor(type: SearchType): Promise<TermIndex> {
    let index = built.get(type);
    if (!index) {
      index = TermIndex.build(specs[type].count, specs[type].fields);
      index.then((done) => ready.set(type, done), () => built.delete(type));
      built.set(type, index);
    }
    return index;
  }

  /**
   * Per type, the matches of every frequent single-word query, scored and ranked in advance by
   * the same code (so the same scores): such a search then reads a page instead of scoring
   * thousands of postings. About 35 MB at 20,000 articles; built by `warm()` after the indexes.
   */
  const ranked = new Map<SearchType, Map<string, Ranked>>();
  async function rankFrequentTerms(type: SearchType): Promise<void> {
    const index = ready.get(type) ?? (await indexFor(type));
    const table = new Map<string, Ranked>();
    const terms = index.frequentTerms(rankedMinDocuments);
    for (let i = 0; i < terms.length; i++) {
      if (i % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
      table.set(terms[i]!, rank(matches(type, terms[i]!)));
    }
    ranked.set(type, table);
  }

  // What matches() returns views of, for events (sentences expanded to their events).
  const eventOrdinals = new Int32Array(ix.events.length);
  const eventScores = new Float64Array(ix.events.length);

  /** Every record of a type matching all words of `query`; the type's index must be built (see `ready`). */
  const matches = (type: SearchType, query: string): Matches => matchesOf(type, queryTerms(query));

  /** Every record of a type matching all of `wanted` (see {@link queryTerms}: a search folds its query once for every type). */
  function matchesOf(type: SearchType, wanted: string[]): Matches {
    const index = ready.get(type);
    if (!index) throw new Error(`the ${type} search index is not built yet`);
    const precomputed = wanted.length === 1 ? ranked.get(type)?.get(wanted[0]!) : undefined;
    if (precomputed) return { ...precomputed, terms: wanted, ranked: true };
    const { docs, scores, terms } = index.matchTerms(wanted);
    if (type !== "EVENT") return { ordinals: docs, scores, terms };
    let at = 0;
    for (let i = 0; i < docs.length; i++) {
      const sentence = docs[i]!;
      const score = scores[i]!;
      for (let e = eventsAt[sentence]!; e < eventsAt[sentence + 1]!; e++) {
        eventOrdinals[at] = sentenceEvents[e]!;
        eventScores[at++] = score;
      }
    }
    return { ordinals: eventOrdinals.subarray(0, at), scores: eventScores.subarray(0, at), terms };
  }

  return {
    /** Starts building every index; resolves when all are ready. */
    async warm(): Promise<void> {
      await Promise.all((["ACTOR", "EVENT", "ARTICLE"] as const).map(indexFor));
      for (const type of ["ACTOR", "EVENT", "ARTICLE"] as const) await rankFrequentTerms(type);
    },
    /** Whether every index is built (searches before then wait for the build). */
    isReady: () => ready.size === 3,
    /** Resolves once the indexes of these types are built (at once when they are). */
    async ready(types: readonly SearchType[]): Promise<void> {
      for (const type of types) if (!ready.has(type)) await indexFor(type);
    },
    matches,
    matchesOf,
    /** Every match, best first (ties by corpus order): for text filters ordered by relevance. */
    async search(type: SearchType, query: string): Promise<Hit[]> {
      if (!ready.has(type)) await indexFor(type);
      const { ordinals, scores, terms } = matches(type, query);
      return Array.from(ordinals, (ordinal, i) => ({ ordinal, score: scores[i] ?? 0, terms })).sort(byScore);
    },
  };
}
export type SearchIndexes = ReturnType<typeof createSearchIndexes>;
