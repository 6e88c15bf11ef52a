import { describe, expect, it } from "vitest";
import { fixtureCorpus } from "../../../test/fixtures/corpus.js";
import { InvalidCursorError, type EventFilter, type EventQuery, type PeriodBucket } from "../types.js";
import { createMemoryStore } from "./memory-store.js";

const store = createMemoryStore(fixtureCorpus);
const byDateDesc = { field: "DATE", direction: "DESC" } as const;
const events = async (filter: EventFilter, page: EventQuery["page"] = { first: 50 }, orderBy: EventQuery["orderBy"] = byDateDesc) => {
  const [result] = await store.findEvents([{ filter, orderBy, page }]);
  return result!;
};
const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((node) => node.id);

describe("memory store: events", () => {
  it("orders by date, latest first, undated last, ties by id", async () => {
    expect(ids(await events({}))).toEqual(["e4", "e5", "e6", "e13", "e10", "e3", "e1", "e11", "e8", "e9", "e12", "e2", "e7"]);
  });

  it("gives each event's source and target actors as looking their ids up does, with stores sharing a corpus", () => {
    const again = createMemoryStore(fixtureCorpus, { cacheSize: 0 });
    for (const local of [store.local!, again.local!]) {
      for (const event of fixtureCorpus.events) {
        expect(local.eventSource(event)).toBe(local.actor(event.sourceId));
        expect(local.eventTarget(event)).toBe(event.targetId === null ? null : local.actor(event.targetId));
      }
    }
    expect(fixtureCorpus.events.some((event) => event.targetId === null)).toBe(true);
    expect(JSON.parse(JSON.stringify(fixtureCorpus.events[0]))).toEqual({ ...fixtureCorpus.events[0] });
  });

  it("filters by type, either-side actor and country", async () => {
    expect(ids(await events({ types: ["ACCUSE"] }))).toEqual(["e9", "e2"]);
    expect(new Set(ids(await events({ actorIds: ["country:US"] })))).toEqual(new Set(["e2", "e3"]));
    expect(new Set(ids(await events({ countries: ["BF"] })))).toEqual(new Set(["e8", "e9"]));
    expect(new Set(ids(await events({ sourceIds: ["country:FR"], targetIds: ["country:ML"] })))).toEqual(new Set(["e4"]));
  });

  it("keeps partial dates honest in date ranges", async () => {
    const april = { from: "2024-04-01", to: "2024-04-30" };
    expect(new Set(ids(await events({ date: april })))).toEqual(new Set(["e1", "e3", "e10", "e13"]));
    const firstWeek = { from: "2024-05-01", to: "2024-05-07" };
    expect(ids(await events({ date: { ...firstWeek, match: "OVERLAPS" } })).sort()).toEqual(["e4", "e5", "e6"]);
    expect(ids(await events({ date: { ...firstWeek, match: "WITHIN" } }))).toEqual([]);
  });

  it("finds the events between two actors, in either or one direction", async () => {
    const between = (directed: boolean) => events({ between: { actorId: "country:FR", otherActorId: "group:junta@BF", directed } });
    expect(ids(await between(false)).sort()).toEqual(["e8", "e9"]);
    expect(ids(await between(true))).toEqual(["e9"]);
  });

  it("pages forward and backward with keyset cursors", async () => {
    const all = ids(await events({}));
    const first = await events({}, { first: 5 });
    expect(ids(first)).toEqual(all.slice(0, 5));
    expect(first).toMatchObject({ totalCount: 13, hasNextPage: true, hasPreviousPage: false });
    const second = await events({}, { first: 5, after: first.keys[4] });
    expect(ids(second)).toEqual(all.slice(5, 10));
    const back = await events({}, { last: 3, before: second.keys[0] });
    expect(ids(back)).toEqual(all.slice(2, 5));
    expect(back).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = await events({}, { last: 2 });
    expect(ids(tail)).toEqual(all.slice(-2));
  });

  it("keeps a cursor valid when its record is filtered out (keyset), and rejects unknown keys", async () => {
    const page = await events({ types: ["AID"] }, { first: 1, after: "e3" });
    expect(ids(page)).toEqual(["e12"]);
    await expect(events({}, { first: 1, after: "nope" })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("memory store: articles, actors, mentions", () => {
  it("filters articles by mentioned actors (all of them), language and publication range", async () => {
    const find = async (filter: object) =>
      ids((await store.findArticles([{ filter, orderBy: { field: "PUBLISHED", direction: "ASC" }, page: { first: 10 } }]))[0]!);
    expect(await find({ actorIds: ["country:NE", "country:RU"] })).toEqual(["a1-niger-russie", "a4-instructors"]);
    expect(await find({ actorIds: ["country:NE", "country:FR"] })).toEqual([]);
    expect(await find({ languages: ["en"] })).toEqual(["a4-instructors", "a2-france-mali"]);
    expect(await find({ published: { from: "2024-05-10", to: "2024-05-10" } })).toEqual(["a2-france-mali"]);
    expect(await find({})).toEqual(["a3-burkina-france", "a1-niger-russie", "a4-instructors", "a2-france-mali"]);
  });

  it("finds actors by accent-insensitive name prefix, kind and article", async () => {
    const find = async (filter: object) =>
      ids((await store.findActors([{ filter, orderBy: { field: "NAME", direction: "ASC" }, page: { first: 20 } }]))[0]!);
    expect(await find({ namePrefix: "etats" })).toEqual(["country:US"]);
    expect(await find({ kinds: ["PERSON"] })).toEqual(["person:claire-martin", "wd:Q7747"]);
    expect(await find({ articleIds: ["a3-burkina-france"] })).toEqual(["country:BF", "country:FR", "group:junta@BF"]);
  });

  it("counts an actor's mentions, articles and events", async () => {
    expect(await store.actorTotals(["country:NE", "missing"])).toEqual([{ mentions: 7, articles: 2, events: 6 }, null]);
  });

  it("pages an actor's mentions in reading order", async () => {
    const [page] = await store.findMentions([{ actorId: "country:NE", articleId: "a1-niger-russie", page: { first: 10 } }]);
    expect(page!.nodes.map((m) => [m.field, m.text])).toEqual([
      ["TITLE", "Niger"],
      ["BODY", "Niger"],
      ["BODY", "nigérien"],
      ["BODY", "Niger"],
    ]);
  });
});

describe("memory store: analysis", () => {
  it("builds an actor's network with counts per type and direction", async () => {
    const [page] = await store.findTies([{ actorId: "country:NE", filter: {}, page: { first: 10 } }]);
    expect(page!.nodes.map(({ otherActorId, count, outgoing, incoming }) => [otherActorId, count, outgoing, incoming])).toEqual([
      ["country:RU", 2, 1, 1],
      ["country:US", 2, 0, 2],
      ["group:instructors@RU", 1, 0, 1],
      ["wd:Q7747", 1, 0, 1],
    ]);
    expect(page!.nodes[1]!.byType).toEqual([
      { type: "ACCUSE", count: 1 },
      { type: "REQUEST", count: 1 },
    ]);
  });

  it("counts by month without inventing months for year-only dates", async () => {
    const [result] = await store.countEvents([{ filter: {}, groupBy: "PERIOD", unit: "MONTH", basis: "EVENT_DATE", limit: 100 }]);
    const buckets = result!.buckets as PeriodBucket[];
    expect(buckets.map((b) => [b.key, b.count, b.isCoarserThanUnit])).toEqual([
      ["2023", 2, true],
      ["2024-03", 1, false],
      ["2024-04", 4, false],
      ["2024-05", 3, false],
    ]);
    expect(result).toMatchObject({ total: 13, unbucketed: 3, bucketCount: 4 });
  });

  it("falls back to the publication date when asked", async () => {
    const [result] = await store.countEvents([{ filter: {}, groupBy: "PERIOD", unit: "YEAR", basis: "EVENT_OR_PUBLICATION_DATE", limit: 100 }]);
    expect(result!.buckets.map((b) => [b.key, b.count])).toEqual([
      ["2023", 2],
      ["2024", 11],
    ]);
    expect(result!.unbucketed).toBe(0);
  });

  it("counts by type and by country, largest first", async () => {
    const [byType, byCountry] = await store.countEvents([
      { filter: {}, groupBy: "TYPE" },
      { filter: {}, groupBy: "COUNTRY", role: "TARGET", limit: 2 },
    ]);
    expect(byType!.buckets.slice(0, 3)).toEqual([
      { key: "ACCUSE", count: 2 },
      { key: "AID", count: 2 },
      { key: "CONSULT", count: 2 },
    ]);
    expect(byCountry!.buckets).toEqual([
      { key: "NE", count: 5 },
      { key: "FR", count: 3 },
    ]);
    expect(byCountry).toMatchObject({ bucketCount: 5, unbucketed: 1 });
  });
});

describe("memory store: search", () => {
  it("matches without accents and highlights the accented alias", async () => {
    const [page] = await store.search([{ query: "Etats-Unis", types: ["ACTOR", "ARTICLE", "EVENT"], page: { first: 10 } }]);
    const hits = page!.nodes.map((hit) => `${hit.type}:${hit.record.id}`);
    expect(hits).toContain("ACTOR:country:US");
    expect(hits).toContain("ARTICLE:a1-niger-russie");
    expect(hits).toContain("EVENT:e2");
    const actor = page!.nodes.find((hit) => hit.type === "ACTOR")!;
    expect(JSON.parse(JSON.stringify(actor.matches))).toEqual([{ field: "aliases", fragment: "États-Unis", highlights: [
      { start: 0, end: 5, text: "États" },
      { start: 6, end: 10, text: "Unis" },
    ] }]);
    expect(page!.countsByType).toEqual({ ACTOR: 1, ARTICLE: 1, EVENT: 1 });
  });

  it("requires every word (AND) and ranks title matches first", async () => {
    const [page] = await store.search([{ query: "niger russie", types: ["ARTICLE"], page: { first: 10 } }]);
    expect(page!.nodes.map((hit) => hit.record.id)).toEqual(["a1-niger-russie"]);
    const [none] = await store.search([{ query: "niger zzzz", types: ["ARTICLE"], page: { first: 10 } }]);
    expect(none!.totalCount).toBe(0);
  });

  it("answers searches sent together as it answers each alone (matches are read before the next search reuses their buffers)", async () => {
    const requests = ["niger", "russie", "Etats-Unis", "junte"].flatMap((query) => [
      { query, types: ["ACTOR", "ARTICLE", "EVENT"] as const, page: { first: 2 } },
      { query, types: ["EVENT"] as const, page: { first: 10 } },
    ]);
    const alone = [];
    for (const request of requests) alone.push(...(await createMemoryStore(fixtureCorpus, { cacheSize: 0 }).search([request])));
    const fresh = createMemoryStore(fixtureCorpus, { cacheSize: 0 });
    const together = await Promise.all([fresh.search(requests.slice(0, 4)), ...requests.slice(4).map((request) => fresh.search([request]))]);
    expect(together.flat()).toEqual(alone);
    expect(alone.some((page) => page.totalCount > 1)).toBe(true);
  });

  it("filters by text and orders by relevance", async () => {
    const [page] = await store.findArticles([{ filter: { text: "Niger" }, orderBy: { field: "RELEVANCE", direction: "DESC" }, page: { first: 10 } }]);
    expect(ids(page!).sort()).toEqual(["a1-niger-russie", "a4-instructors"]);
  });
});

describe("memory store: counts on a larger corpus", async () => {
  const { syntheticCorpus } = await import("../../testing/synthetic-corpus.js");
  const corpus = syntheticCorpus(400, 3);
  const big = createMemoryStore(corpus, { cacheSize: 0 });
  const monthOf = (event: (typeof corpus.events)[number]) =>
    event.date === null ? null : event.date.precision === "YEAR" ? event.date.value : event.date.value.slice(0, 7);

  /** The answer computed the plain way, straight from the records. */
  function naiveMonths(keep: (event: (typeof corpus.events)[number]) => boolean) {
    const counts = new Map<string, number>();
    let undated = 0;
    for (const event of corpus.events.filter(keep)) {
      const month = monthOf(event);
      if (month === null) undated++;
      else counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    return { counts, undated };
  }

  it("counts by month from the totals (types only) and from the matching events alike", async () => {
    const type = corpus.events[0]!.type;
    const country = corpus.actors.find((actor) => actor.country !== null)!.country!;
    const ofCountry = new Set(corpus.actors.filter((actor) => actor.country === country).map((actor) => actor.id));
    const cases = [
      { filter: {}, keep: () => true },
      { filter: { types: [type] }, keep: (e: (typeof corpus.events)[number]) => e.type === type },
      { filter: { types: [type], minConfidence: 0 }, keep: (e: (typeof corpus.events)[number]) => e.type === type },
      { filter: { countries: [country] }, keep: (e: (typeof corpus.events)[number]) => ofCountry.has(e.sourceId) || (e.targetId !== null && ofCountry.has(e.targetId)) },
    ];
    for (const { filter, keep } of cases) {
      const [result] = await big.countEvents([{ filter, groupBy: "PERIOD", unit: "MONTH", basis: "EVENT_DATE", limit: 500 }]);
      const expected = naiveMonths(keep);
      expect(new Map(result!.buckets.map((b) => [b.key, b.count]))).toEqual(expected.counts);
      expect(result!.unbucketed).toBe(expected.undated);
      expect(result!.total).toBe(corpus.events.filter(keep).length);
      const [types] = await big.countEvents([{ filter, groupBy: "TYPE" }]);
      expect(types!.total).toBe(result!.total);
    }
  });

  it("gives each period's counts by type, from the totals and from the matching events, in one batch sharing a filter", async () => {
    const type = corpus.events[0]!.type;
    const country = corpus.actors.find((actor) => actor.country !== null)!.country!;
    for (const filter of [{ types: [type] }, { countries: [country] }, { countries: [country], types: [type] }]) {
      const month = { filter, groupBy: "PERIOD", unit: "MONTH", basis: "EVENT_DATE", limit: 500 } as const;
      const [periods, types] = await big.countEvents([month, { filter, groupBy: "TYPE" }]);
      const [alone] = await big.countEvents([{ ...month, filter: { ...filter } }]);
      const plain = (result: typeof alone) => ({ ...result, buckets: (result!.buckets as PeriodBucket[]).map(({ key, count, period, isCoarserThanUnit }) => ({ key, count, period, isCoarserThanUnit })) });
      expect(plain(periods)).toEqual(plain(alone));
      expect(types!.total).toBe(periods!.total);
      for (const bucket of periods!.buckets as PeriodBucket[]) {
        const [page] = await big.findEvents([{ filter: { ...filter, period: { unit: "MONTH", basis: "EVENT_DATE", value: bucket.key } }, orderBy: byDateDesc, page: { first: 100 } }]);
        const expected = new Map<string, number>();
        for (const event of page!.nodes) expected.set(event.type, (expected.get(event.type) ?? 0) + 1);
        expect(new Map(bucket.byType.map((t) => [t.type, t.count]))).toEqual(expected);
      }
    }
  });

  it("leaves the shared set of an enum value unchanged when a filter intersects it with another", async () => {
    const type = corpus.events[0]!.type;
    const country = corpus.actors.find((actor) => actor.country !== null)!.country!;
    const count = async (filter: EventFilter) => (await big.countEvents([{ filter, groupBy: "TYPE" }]))[0]!.total;
    const ofType = corpus.events.filter((event) => event.type === type).length;
    expect(await count({ types: [type] })).toBe(ofType);
    expect(await count({ types: [type], countries: [country] })).toBeLessThan(ofType);
    expect(await count({ countries: [country], types: [type], minConfidence: 0.99 })).toBeLessThanOrEqual(ofType);
    expect(await count({ types: [type] })).toBe(ofType);
    expect((await events({ types: [type] }, { first: 0 })).totalCount).toBe(fixtureCorpus.events.filter((event) => event.type === type).length);
  });

  it("lists a period's events as the timeline counted them", async () => {
    const [result] = await big.countEvents([{ filter: {}, groupBy: "PERIOD", unit: "MONTH", basis: "EVENT_DATE", limit: 500 }]);
    for (const bucket of (result!.buckets as PeriodBucket[]).slice(0, 5)) {
      const [page] = await big.findEvents([{ filter: { period: { unit: "MONTH", basis: "EVENT_DATE", value: bucket.key } }, orderBy: byDateDesc, page: { first: 100 } }]);
      expect(page!.totalCount).toBe(bucket.count);
      expect(bucket.byType.reduce((sum, t) => sum + t.count, 0)).toBe(bucket.count);
    }
  });
});

describe("memory store: networks on a larger corpus", async () => {
  const { syntheticCorpus } = await import("../../testing/synthetic-corpus.js");
  const corpus = syntheticCorpus(300, 5);
  const big = createMemoryStore(corpus, { cacheSize: 0 });

  it("gives the same ties from the actor's event list (no filter) as from a filter that keeps every event", async () => {
    const busiest = [...corpus.actors].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 5);
    for (const actor of busiest) {
      const [plain, filtered] = await big.findTies([
        { actorId: actor.id, filter: {}, page: { first: 100 } },
        { actorId: actor.id, filter: { minConfidence: 0 }, page: { first: 100 } },
      ]);
      const shape = (page: typeof plain) => page!.nodes.map((tie) => [tie.otherActorId, tie.count, tie.outgoing, tie.incoming, tie.byType]);
      expect(shape(plain)).toEqual(shape(filtered));
      const expected = corpus.events.filter((e) => (e.sourceId === actor.id) !== (e.targetId === actor.id) && e.targetId !== null).length;
      expect(plain!.nodes.reduce((sum, tie) => sum + tie.count, 0)).toBe(expected);
    }
  });

  it("answers the same from the network index the background warm-up builds, paging included", async () => {
    const warmed = createMemoryStore(corpus, { cacheSize: 0 });
    await warmed.warm();
    const busiest = [...corpus.actors].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 5);
    const shape = (page: Awaited<ReturnType<typeof big.findTies>>[number]) => ({
      ties: page.nodes.map((tie) => [tie.otherActorId, tie.count, tie.outgoing, tie.incoming, tie.byType]),
      keys: page.keys,
      totalCount: page.totalCount,
      more: [page.hasPreviousPage, page.hasNextPage],
    });
    for (const actorId of [...busiest.map((actor) => actor.id), "nobody"]) {
      for (const page of [{ first: 100 }, { first: 2 }, { last: 1 }]) {
        const [cold] = await big.findTies([{ actorId, filter: {}, page }]);
        const [hot] = await warmed.findTies([{ actorId, filter: {}, page }]);
        expect(shape(hot!)).toEqual(shape(cold!));
        if (cold!.keys[0]) {
          const after = { first: 3, after: cold!.keys[0] };
          expect(shape((await warmed.findTies([{ actorId, filter: {}, page: after }]))[0]!)).toEqual(shape((await big.findTies([{ actorId, filter: {}, page: after }]))[0]!));
        }
      }
    }
  });
});
