import { describe, expect, it } from "vitest";
import { toGlobalId } from "../src/global-id.js";
import { createExecutor } from "./harness.js";

const run = createExecutor();
const actorId = (key: string) => toGlobalId("Actor", key);
const articleId = (key: string) => toGlobalId("Article", key);
const eventId = (key: string) => toGlobalId("Event", key);

describe("connections", () => {
  it("pages articles Relay style with totalCount, nodes, edges and pageInfo", async () => {
    const first = await run(`{ articles(first: 2) { totalCount nodes { key } edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    const page = first.data!.articles;
    expect(page.totalCount).toBe(4);
    expect(page.nodes.map((n: any) => n.key)).toEqual(["a2-france-mali", "a4-instructors"]);
    expect(page.edges.map((e: any) => e.node.key)).toEqual(["a2-france-mali", "a4-instructors"]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0].cursor, endCursor: page.edges[1].cursor });

    const next = await run(`query($after: String) { articles(first: 2, after: $after) { nodes { key } pageInfo { hasNextPage hasPreviousPage } } }`, { after: page.pageInfo.endCursor });
    expect(next.data!.articles.nodes.map((n: any) => n.key)).toEqual(["a1-niger-russie", "a3-burkina-france"]);
    expect(next.data!.articles.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });

    const back = await run(`query($before: String) { articles(last: 1, before: $before) { nodes { key } } }`, { before: page.pageInfo.endCursor });
    expect(back.data!.articles.nodes.map((n: any) => n.key)).toEqual(["a2-france-mali"]);
  });

  it("orders with a stable tie-breaker and refuses a cursor from another ordering", async () => {
    const byName = await run(`{ actors(first: 3, orderBy: { field: NAME, direction: ASC }) { nodes { name } pageInfo { endCursor } } }`);
    expect(byName.data!.actors.nodes.map((n: any) => n.name)).toEqual(["Bamako", "Burkina Faso", "Claire Martin"]);
    const mixed = await run(`query($c: String) { actors(first: 3, after: $c) { nodes { name } } }`, { c: byName.data!.actors.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "after" });
    expect(mixed.errors?.[0]?.message).toMatch(/another ordering \(NAME:ASC\)/);
  });

  it("defaults to 20 items, rejects sizes out of 0..100 and first with last", async () => {
    for (const [args, name] of [["first: 101", "first"], ["first: -1", "first"], ["last: 500", "last"], ["first: 1, last: 1", "last"]] as const) {
      const result = await run(`{ events(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ code: "BAD_USER_INPUT", argumentName: name });
    }
    const zero = await run(`{ events(first: 0) { totalCount nodes { key } pageInfo { hasNextPage } } }`);
    expect(zero.data!.events).toEqual({ totalCount: 13, nodes: [], pageInfo: { hasNextPage: true } });
  });
});

describe("filters", () => {
  it("filters events by type, modality, either-side actor, country, date range and language", async () => {
    const keys = async (filter: string) => (await run(`{ events(first: 50, filter: ${filter}) { nodes { key } } }`)).data!.events.nodes.map((n: any) => n.key).sort();
    expect(await keys(`{ types: [AID] }`)).toEqual(["e12", "e4"]);
    expect(await keys(`{ types: [AID], modalities: [ASSERTED] }`)).toEqual(["e4"]);
    expect(await keys(`{ actors: ["${actorId("country:US")}"] }`)).toEqual(["e2", "e3"]);
    expect(await keys(`{ countries: ["bf"] }`)).toEqual(["e8", "e9"]);
    expect(await keys(`{ date: { from: "2024-04-10", to: "2024-04-20" } }`)).toEqual(["e10", "e3"]);
    expect(await keys(`{ languages: ["fr"], types: [ACCUSE] }`)).toEqual(["e2", "e9"]);
    expect(await keys(`{ sources: ["${actorId("country:FR")}"], targets: ["${actorId("country:ML")}"] }`)).toEqual(["e4"]);
    expect(await keys(`{ text: "CRITIQUE" }`)).toEqual(["e2"]);
    expect(await keys(`{ text: "critiqué accord", types: [REQUEST] }`)).toEqual([]);
  });

  it("filters actors by kind, country, name prefix and Wikidata id, and articles by actors and text", async () => {
    const names = async (filter: string) =>
      (await run(`{ actors(first: 50, filter: ${filter}, orderBy: { field: NAME, direction: ASC }) { nodes { name } } }`)).data!.actors.nodes.map((n: any) => n.name);
    expect(await names(`{ kinds: [GROUP], countries: ["NE"] }`)).toEqual(["junta of Niger"]);
    expect(await names(`{ namePrefix: "Vlad" }`)).toEqual(["Vladimir Putin"]);
    expect(await names(`{ wikidataIds: ["Q159", "Q142"] }`)).toEqual(["France", "Russia"]);
    const titles = async (filter: string) => (await run(`{ articles(filter: ${filter}) { nodes { title } } }`)).data!.articles.nodes.map((n: any) => n.title);
    expect(await titles(`{ actors: ["${actorId("country:RU")}", "${actorId("country:NE")}"], languages: ["en"] }`)).toEqual(["Russian instructors arrive in Niger, says RTN"]);
    expect(await titles(`{ text: "junte", published: { to: "2023-12-31" } }`)).toEqual(["La junte du Burkina Faso expulse des diplomates français"]);
  });

  it("rejects bad filter values with the argument named", async () => {
    const cases: [string, string][] = [
      [`{ events(filter: { actors: ["${eventId("e1")}"] }) { totalCount } }`, "filter.actors[0]"],
      [`{ events(filter: { date: { from: "2024-05-01", to: "2024-04-01" } }) { totalCount } }`, "filter.date"],
      [`{ events(filter: { minConfidence: 2 }) { totalCount } }`, "filter.minConfidence"],
      [`{ articles(filter: { text: "   " }) { totalCount } }`, "filter.text"],
      [`{ articles(orderBy: { field: RELEVANCE, direction: DESC }) { totalCount } }`, "orderBy"],
    ];
    for (const [query, argumentName] of cases) {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    }
    const badDate = await run(`{ events(filter: { date: { from: "2024-02-30" } }) { totalCount } }`);
    expect(badDate.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("lookups and navigation", () => {
  it("fetches by global id, returns null when nothing has that id, and refuses malformed or mistyped ids", async () => {
    const found = await run(`query($id: ID!) { actor(id: $id) { id key name kind country wikidataId aliases } }`, { id: actorId("country:US") });
    expect(found.data!.actor).toEqual({ id: actorId("country:US"), key: "country:US", name: "United States", kind: "COUNTRY", country: "US", wikidataId: "Q30", aliases: ["États-Unis", "Washington"] });
    expect((await run(`query($id: ID!) { actor(id: $id) { name } }`, { id: actorId("country:XX") })).data!.actor).toBeNull();
    expect((await run(`{ actor(id: "garbage!") { name } }`)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "id" });
    expect((await run(`query($id: ID!) { actor(id: $id) { name } }`, { id: eventId("e1") })).errors?.[0]?.message).toBe("id: expected an Actor id, got an Event id.");
  });

  it("resolves node and nodes for every node type, in order, with null for unknown ids", async () => {
    const result = await run(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Article { title } ... on Actor { name } ... on Event { type } } }`,
      { ids: [articleId("a3-burkina-france"), actorId("wd:Q7747"), eventId("e11"), actorId("nobody")] },
    );
    expect(result.data!.nodes).toEqual([
      { __typename: "Article", id: articleId("a3-burkina-france"), title: "La junte du Burkina Faso expulse des diplomates français" },
      { __typename: "Actor", id: actorId("wd:Q7747"), name: "Vladimir Putin" },
      { __typename: "Event", id: eventId("e11"), type: "CONSULT" },
      null,
    ]);
    const node = await run(`query($id: ID!) { node(id: $id) { id } }`, { id: eventId("e1") });
    expect(node.data!.node).toEqual({ id: eventId("e1") });
    const tooMany = await run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => actorId(`a${i}`)) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "ids" });
  });

  it("navigates Article → actors, events, mentions, sentences", async () => {
    const result = await run(`query($id: ID!) { article(id: $id) {
      title published { value precision earliest latest }
      actors(first: 3) { totalCount nodes { name } }
      events { nodes { key type } }
      mentions(first: 2) { totalCount nodes { text field actor { name } article { key } } }
      sentences { text paragraph }
    } }`, { id: articleId("a1-niger-russie") });
    const article = result.data!.article;
    expect(article.published).toEqual({ value: "2024-04-10", precision: "DAY", earliest: "2024-04-10", latest: "2024-04-10" });
    expect(article.actors).toEqual({ totalCount: 3, nodes: [{ name: "Niger" }, { name: "Russia" }, { name: "United States" }] });
    expect(article.events.nodes).toEqual([{ key: "e3", type: "REQUEST" }, { key: "e1", type: "AGREE" }, { key: "e2", type: "ACCUSE" }]);
    expect(article.mentions.totalCount).toBe(8);
    expect(article.mentions.nodes[0]).toEqual({ text: "Niger", field: "TITLE", actor: { name: "Niger" }, article: { key: "a1-niger-russie" } });
    expect(article.sentences[2]).toEqual({ text: "Les États-Unis ont critiqué cet accord.", paragraph: 1 });
  });

  it("navigates Actor → articles, events by role, mentions, counts; Event → source, target, place, article, evidence", async () => {
    const result = await run(`query($id: ID!) { actor(id: $id) {
      mentionCount articleCount eventCount
      articles { nodes { key } }
      asTarget: events(role: TARGET) { totalCount }
      asSource: events(role: SOURCE) { nodes { key target { name } } }
      mentions(first: 1, article: "${articleId("a4-instructors")}") { totalCount nodes { text } }
    } }`, { id: actorId("country:NE") });
    expect(result.data!.actor).toEqual({
      mentionCount: 7,
      articleCount: 2,
      eventCount: 6,
      articles: { nodes: [{ key: "a4-instructors" }, { key: "a1-niger-russie" }] },
      asTarget: { totalCount: 5 },
      asSource: { nodes: [{ key: "e1", target: { name: "Russia" } }] },
      mentions: { totalCount: 3, nodes: [{ text: "Niger" }] },
    });
    const event = await run(`query($id: ID!) { event(id: $id) { type modality confidence date { value } dateText { text } source { name } target { name } place { name kind } article { title } trigger { text } evidence { text field start end } } }`, { id: eventId("e10") });
    expect(event.data!.event).toMatchObject({
      type: "COOPERATE",
      modality: "ASSERTED",
      date: { value: "2024-04-15" },
      dateText: { text: "last week" },
      source: { name: "Russian military instructors" },
      target: { name: "Niger" },
      place: { name: "Niamey", kind: "LOCATION" },
      article: { title: "Russian instructors arrive in Niger, says RTN" },
      trigger: { text: "arrived" },
      evidence: { text: "Russian military instructors arrived in Niamey last week, the state broadcaster RTN reported.", field: "BODY", start: 0 },
    });
  });
});

describe("analysis", () => {
  it("gives an actor's network with counts per type and the evidence events", async () => {
    const result = await run(`query($id: ID!) { actor(id: $id) { network(first: 2) { totalCount nodes {
      actor { name } eventCount outgoingCount incomingCount countsByType { type count }
      events { nodes { key evidence { text } } }
    } } } }`, { id: actorId("country:NE") });
    const network = result.data!.actor.network;
    expect(network.totalCount).toBe(4);
    expect(network.nodes[1]).toEqual({
      actor: { name: "United States" },
      eventCount: 2,
      outgoingCount: 0,
      incomingCount: 2,
      countsByType: [{ type: "ACCUSE", count: 1 }, { type: "REQUEST", count: 1 }],
      events: { nodes: [{ key: "e3", evidence: { text: "Washington demande au Niger de respecter ses engagements." } }, { key: "e2", evidence: { text: "Les États-Unis ont critiqué cet accord." } }] },
    });
  });

  it("lists events between two actors, in either direction or one", async () => {
    const between = async (direction: string) =>
      (await run(`{ eventsBetween(actor: "${actorId("country:FR")}", otherActor: "${actorId("group:junta@BF")}", direction: ${direction}) { nodes { key } } }`)).data!.eventsBetween.nodes.map((n: any) => n.key);
    expect((await between("EITHER")).sort()).toEqual(["e8", "e9"]);
    expect(await between("FROM_FIRST")).toEqual(["e9"]);
  });

  it("counts events by type, country, actor and month with honest partial-date buckets", async () => {
    const result = await run(`{ eventStats(filter: { modalities: [ASSERTED] }) {
      totalCount
      byType { type count }
      byCountry(role: SOURCE, first: 2) { buckets { country count } bucketCount unassignedCount }
      byActor(role: TARGET, first: 1) { buckets { actor { name } count } bucketCount unassignedCount }
      timeline(unit: MONTH) { unit basis periodCount totalCount undatedCount periods { period { value precision } isCoarserThanUnit count countsByType { type count } events(first: 5) { nodes { key } } } }
    } }`);
    const stats = result.data!.eventStats;
    expect(stats.totalCount).toBe(12);
    expect(stats.byType[0]).toEqual({ type: "ACCUSE", count: 2 });
    expect(stats.byCountry).toEqual({ buckets: [{ country: "FR", count: 3 }, { country: "RU", count: 3 }], bucketCount: 6, unassignedCount: 0 });
    expect(stats.byActor).toEqual({ buckets: [{ actor: { name: "Niger" }, count: 4 }], bucketCount: 5, unassignedCount: 1 });
    expect(stats.timeline).toMatchObject({ unit: "MONTH", basis: "EVENT_DATE", periodCount: 4, totalCount: 12, undatedCount: 2 });
    expect(stats.timeline.periods[0]).toEqual({
      period: { value: "2023", precision: "YEAR" },
      isCoarserThanUnit: true,
      count: 2,
      countsByType: [{ type: "ACCUSE", count: 1 }, { type: "SANCTION", count: 1 }],
      events: { nodes: [{ key: "e8" }, { key: "e9" }] },
    });
    expect(stats.timeline.periods.map((p: any) => [p.period.value, p.count])).toEqual([["2023", 2], ["2024-03", 1], ["2024-04", 4], ["2024-05", 3]]);
  });

  it("gives the timeline of an actor or a country, and wants exactly one of them", async () => {
    const ofCountry = await run(`{ timeline(country: "US", unit: DAY, basis: EVENT_OR_PUBLICATION_DATE) { periods { period { value } count events { nodes { key } } } undatedCount } }`);
    expect(ofCountry.data!.timeline).toEqual({ periods: [{ period: { value: "2024-04-10" }, count: 2, events: { nodes: [{ key: "e3" }, { key: "e2" }] } }], undatedCount: 0 });
    const ofActor = await run(`query($id: ID!) { actor(id: $id) { timeline(unit: YEAR) { periods { period { value } count } } } }`, { id: actorId("country:FR") });
    expect(ofActor.data!.actor.timeline.periods).toEqual([{ period: { value: "2023" }, count: 2 }, { period: { value: "2024" }, count: 2 }]);
    const both = await run(`{ timeline(country: "US", actor: "${actorId("country:US")}") { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("search", () => {
  it("finds accented text without accents, ranks, counts per type and highlights", async () => {
    const result = await run(`{ search(query: "Etats-Unis") {
      totalCount articleCount actorCount eventCount
      edges { cursor score node { __typename ... on Actor { name } ... on Article { key } ... on Event { key } } textMatches { property fragment highlights { beginIndice endIndice text } } }
    } }`);
    const search = result.data!.search;
    expect(search).toMatchObject({ totalCount: 3, articleCount: 1, actorCount: 1, eventCount: 1 });
    const actor = search.edges.find((e: any) => e.node.__typename === "Actor");
    expect(actor.node).toEqual({ __typename: "Actor", name: "United States" });
    expect(actor.textMatches).toEqual([{ property: "aliases", fragment: "États-Unis", highlights: [{ beginIndice: 0, endIndice: 5, text: "États" }, { beginIndice: 6, endIndice: 10, text: "Unis" }] }]);
    const scores = search.edges.map((e: any) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("searches only the requested types and pages through results", async () => {
    const first = await run(`{ search(query: "Niger", types: [ARTICLE, EVENT], first: 2) { totalCount actorCount nodes { __typename } pageInfo { hasNextPage endCursor } } }`);
    const page = first.data!.search;
    expect(page.actorCount).toBe(0);
    expect(page.nodes.every((n: any) => n.__typename !== "Actor")).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await run(`query($after: String) { search(query: "Niger", types: [ARTICLE, EVENT], first: 50, after: $after) { nodes { __typename } pageInfo { hasPreviousPage } } }`, { after: page.pageInfo.endCursor });
    expect(rest.data!.search.nodes.length).toBe(page.totalCount - 2);
    expect(rest.data!.search.pageInfo.hasPreviousPage).toBe(true);
  });

  it("rejects a blank or over-long query", async () => {
    expect((await run(`{ search(query: " ") { totalCount } }`)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "query" });
    expect((await run(`query($q: String!) { search(query: $q) { totalCount } }`, { q: "x".repeat(201) })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
