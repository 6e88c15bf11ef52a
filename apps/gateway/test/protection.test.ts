import { toGlobalId } from "../src/global-id.js";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../src/http/start.js";
import { MAX_COST } from "../src/limits.js";
import { postJson, startTestGateway } from "./harness.js";

/**
 * Attacks from the GraphQL security checklists (graphql-cop, OWASP, ../shared/notes/api-anchors.md
 * table 2), sent over real HTTP; each checks the status, the error code and that nothing ran.
 */
let gateway: Gateway;
beforeAll(async () => {
  gateway = await startTestGateway({ timeouts: { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 100 } });
});
afterAll(() => gateway.stop());

const post = (query: string, variables?: Record<string, unknown>) => postJson(gateway.url, { query, variables });
const codeOf = (response: { json: any }) => response.json?.errors?.[0]?.extensions?.code;

/** `articles { nodes { actors { nodes { articles { … } } } } }`, `levels` connections deep. */
function nested(levels: number, size: string): string {
  const connection = (level: number) => (level % 2 === 1 ? "articles" : "actors");
  let query = levels % 2 === 1 ? "title" : "name";
  for (let level = levels; level >= 1; level--) query = `${connection(level)}(first: ${size}) { nodes { ${query} } }`;
  return size.startsWith("$") ? `query($n: Int) { ${query} }` : `{ ${query} }`;
}

describe("depth, breadth and cost", () => {
  it("refuses a query nested 50 connections deep before running it", async () => {
    const response = await post(nested(50, "1"));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.json.errors[0].message).toMatch(/depth limit of 15/);
    expect(response.json.data).toBeUndefined();
  });

  it("lets a legitimate three-hop Relay query through", async () => {
    const response = await post(`{ articles(first: 5) { edges { node { actors(first: 5) { edges { node { events(first: 5) { edges { node { type source { name } target { name } } } } } } } } } } }`);
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.articles.edges).toHaveLength(4);
  });

  it("prices page sizes given as variables: a nested page bomb is refused with its cost", async () => {
    const response = await post(nested(3, "$n"), { n: 100 });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("QUERY_TOO_COMPLEX");
    expect(response.json.errors[0].extensions.cost).toEqual({ requested: 100 * (1 + 100 * (1 + 100)), limit: MAX_COST });
    const small = await post(nested(3, "$n"), { n: 10 });
    expect(small.status).toBe(200);
    expect(small.json.errors).toBeUndefined();
    // Prices are remembered per value of the size variables only: the same sizes with another
    // variable pass, and a bomb after a small request of the same document is still refused.
    const ids = `query($n: Int, $ids: [ID!]!) { articles(first: $n) { totalCount } nodes(ids: $ids) { id } }`;
    const [article, other] = [toGlobalId("Article", "a1-niger-russie"), toGlobalId("Article", "a2-france-mali")];
    expect((await post(ids, { n: 5, ids: [article] })).status).toBe(200);
    expect((await post(ids, { n: 5, ids: [other] })).status).toBe(200);
    expect(codeOf(await post(nested(3, "$n"), { n: 100 }))).toBe("QUERY_TOO_COMPLEX");
    const perId = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Article { actors(first: 100) { nodes { events(first: 10) { totalCount } } } } } }`;
    expect((await post(perId, { ids: [article] })).status).toBe(200);
    expect(codeOf(await post(perId, { ids: Array.from({ length: 100 }, () => article) }))).toBe("QUERY_TOO_COMPLEX");
  });

  it("prices aliases: 15 aliased pages of pages are refused", async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: articles(first: $n) { nodes { actors(first: $n) { nodes { name } } } }`).join(" ");
    const response = await post(`query($n: Int) { ${aliases} }`, { n: 100 });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("QUERY_TOO_COMPLEX");
  });

  it("refuses 101 aliases (graphql-cop alias overloading)", async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(" ");
    const response = await post(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.json.errors[0].message).toMatch(/Aliases limit of 30/);
  });

  it("refuses page sizes out of range before execution, literal or variable", async () => {
    for (const [query, variables] of [
      ["{ events(first: 101) { totalCount } }", undefined],
      ["{ events(first: -1) { totalCount } }", undefined],
      ["query($n: Int) { events(first: $n) { totalCount } }", { n: 10_000 }],
    ] as const) {
      const response = await post(query, variables);
      expect(response.status, query).toBe(400);
      expect(response.json.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    }
  });

  it("refuses a fragment fan-out bomb (recursive selections)", async () => {
    const fragments = Array.from({ length: 8 }, (_, i) => `fragment F${i} on Query { ${Array.from({ length: 6 }, (_, j) => `f${j}: ${i === 7 ? "__typename" : `__typename ...F${i + 1}`}`).join(" ")} }`);
    const response = await post(`{ ...F0 } ${fragments.join(" ")}`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses directive overloading", async () => {
    const directives = Array.from({ length: 50 }, () => "@include(if: true)").join(" ");
    const response = await post(`{ articles(first: 1) ${directives} { totalCount } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("size and syntax", () => {
  it("refuses a 1 MB query as a parse error (400), quickly", async () => {
    const query = `{ ${"__typename ".repeat(1024 * 1024 / 11)} }`;
    const started = performance.now();
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.json.errors[0].message).toMatch(/2000 tokens/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("answers a syntax error with 400, never 500", async () => {
    const response = await post("{");
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("caps the body: 3 MB gets 413 before parsing", async () => {
    const response = await postJson(gateway.url, { query: "{ __typename }", variables: { padding: "x".repeat(3 * 1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(codeOf(response)).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers malformed JSON with a JSON 400, and a coercion error with 400 BAD_USER_INPUT", async () => {
    const malformed = await postJson(gateway.url, '{"query": ');
    expect(malformed.status).toBe(400);
    expect(codeOf(malformed)).toBe("BAD_REQUEST");
    expect(malformed.text).not.toMatch(/at .*\.js/);
    const coercion = await post("query($n: Int) { events(first: $n) { totalCount } }", { n: "many" });
    expect(coercion.status).toBe(400);
    expect(codeOf(coercion)).toBe("BAD_USER_INPUT");
  });
});

describe("information leaks and transport", () => {
  it("gives no field suggestions", async () => {
    const response = await post("{ articel { totalCount } }");
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Did you mean/i);
    expect(response.text).not.toMatch(/article/);
  });

  it("keeps introspection on (public read-only corpus, decision in the README)", async () => {
    const response = await post("{ __schema { queryType { name } } }");
    expect(response.json).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
  });

  it("keeps batching off", async () => {
    const response = await postJson(gateway.url, [{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batching/i);
  });

  it("keeps CSRF prevention on: simple requests do not execute", async () => {
    const textPlain = await fetch(gateway.url, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/Cross-Site Request Forgery/);
    const form = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query={__typename}" });
    expect(form.status).toBe(400);
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(400);
  });

  it("answers other methods with 405 and Allow", async () => {
    const response = await fetch(gateway.url, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
  });

  it("closes the connection of a client that trickles its headers", async () => {
    const { hostname, port } = new URL(gateway.url);
    const socket = connect(Number(port), hostname);
    socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    const started = performance.now();
    const reply = await new Promise<string>((resolve) => {
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString()));
      socket.on("close", () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
