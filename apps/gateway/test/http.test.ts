import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Gateway } from "../src/http/start.js";
import { fixtureCorpus } from "./fixtures/corpus.js";
import { postJson, startTestGateway } from "./harness.js";

let gateway: Gateway;
let origin: string;
beforeAll(async () => {
  gateway = await startTestGateway({ nodeEnv: "development" });
  origin = new URL(gateway.url).origin;
});
afterAll(() => gateway.stop());

describe("HTTP", () => {
  it("answers a POST over real HTTP with JSON and a request id", async () => {
    const response = await postJson(gateway.url, { query: "{ articles(first: 1) { totalCount } }" });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { articles: { totalCount: 4 } } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await postJson(gateway.url, { query: "{ __typename }" }, { "x-request-id": "proxy-42" });
    expect(echoed.headers.get("x-request-id")).toBe("proxy-42");
  });

  it("serves the embedded Sandbox landing page to a browser, with the example query, and redirects / to it", async () => {
    const page = await fetch(gateway.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("embeddable-sandbox");
    expect(html).toContain("query Tour");
    const root = await fetch(`${origin}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/graphql");
  });

  it("sends explicit CORS headers for a preflight", async () => {
    const preflight = await fetch(gateway.url, {
      method: "OPTIONS",
      headers: { origin: "https://app.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("apollo-require-preflight");
  });

  it("reports health with the corpus counts", async () => {
    const health = await fetch(`${origin}/health`);
    expect(await health.json()).toEqual({ status: "ok", counts: { articles: 4, actors: 14, events: 13, mentions: fixtureCorpus.actors.reduce((n, actor) => n + actor.mentions.length, 0) } });
  });

  it("answers GET queries only with a CSRF-safe header", async () => {
    const url = `${gateway.url}?query=${encodeURIComponent("{ articles(first: 1) { totalCount } }")}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    const allowed = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(await allowed.json()).toEqual({ data: { articles: { totalCount: 4 } } });
  });
});
