import { describe, expect, it } from "vitest";
import type { CorpusStore } from "../src/store/index.js";
import { countingStore, createExecutor, fixtureStore, memoryLogger, postJson, sleep, startTestGateway, withoutLocal, wrapStore } from "./harness.js";

describe("error masking", () => {
  it("hides an internal failure's message and stack from the client, and logs it with the request id", async () => {
    const { logger, lines } = memoryLogger();
    const failing = wrapStore(fixtureStore(), {
      findEvents: async () => {
        throw new Error("ECONNREFUSED postgres://reader:s3cret@db:5432/corpus");
      },
    });
    const gateway = await startTestGateway({ store: failing, logger });
    try {
      const response = await postJson(gateway.url, { query: "{ events { totalCount } }" });
      const requestId = response.headers.get("x-request-id");
      expect(response.json.errors).toEqual([
        { message: "Internal server error", locations: [{ line: 1, column: 3 }], path: ["events"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId } },
      ]);
      expect(response.text).not.toMatch(/s3cret|ECONNREFUSED|stacktrace/);
      const logged = lines.find((line) => line.msg === "unexpected error while serving a request");
      expect(logged).toMatchObject({ requestId, err: { message: "ECONNREFUSED postgres://reader:s3cret@db:5432/corpus" } });
      expect(String((logged!.err as { stack: string }).stack)).toMatch(/at /);
    } finally {
      await gateway.stop();
    }
  });

  it("keeps expected errors (BAD_USER_INPUT) readable, with the request id", async () => {
    const run = createExecutor();
    const result = await run(`{ events(first: 1000) { totalCount } }`);
    expect(result.errors?.[0]).toMatchObject({ message: "first must be between 0 and 100 (got 1000).", extensions: { code: "BAD_USER_INPUT", argumentName: "first", requestId: "test-request" } });
  });
});

describe("execution deadline", () => {
  it("stops waiting for the store at the deadline and reports one TIMEOUT", async () => {
    const base = fixtureStore();
    const slow: Partial<CorpusStore> = {
      findEvents: async (queries) => {
        await sleep(1_000);
        return base.findEvents(queries);
      },
    };
    const gateway = await startTestGateway({ store: wrapStore(base, slow), executionTimeoutMs: 100 });
    try {
      const started = performance.now();
      const response = await postJson(gateway.url, { query: "{ a: events { totalCount } b: events(first: 1) { totalCount } }" });
      expect(performance.now() - started).toBeLessThan(900);
      const codes = response.json.errors.map((error: { extensions: { code: string } }) => error.extensions.code);
      expect(codes).toEqual(["TIMEOUT"]);
      expect(response.json.data).toBeNull();
    } finally {
      await gateway.stop();
    }
  });
});

describe("graceful shutdown", () => {
  it("lets in-flight requests finish, then refuses new connections", async () => {
    const base = fixtureStore();
    const gateway = await startTestGateway({
      store: wrapStore(base, {
        findArticles: async (queries) => {
          await sleep(300);
          return base.findArticles(queries);
        },
      }),
    });
    const inFlight = postJson(gateway.url, { query: "{ articles { totalCount } }" });
    await sleep(100);
    const stopped = gateway.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { articles: { totalCount: 4 } } });
    await stopped;
    await expect(fetch(gateway.url, { method: "POST" })).rejects.toThrow();
  });
});

describe("batching (no N+1)", () => {
  it("answers articles(first: 100) { actors(first: 10) { name } } with one store call per level", async () => {
    const { store, calls } = countingStore(fixtureStore());
    const run = createExecutor(store);
    const result = await run(`{ articles(first: 100) { nodes { actors(first: 10) { nodes { name } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.articles.nodes).toHaveLength(4);
    expect(Object.fromEntries(calls)).toEqual({ findArticles: 1, findActors: 1 });
  });

  it("batches single-record lookups of a remote store: events with source, target and article names", async () => {
    const { store, calls } = countingStore(withoutLocal(fixtureStore()));
    const run = createExecutor(store);
    const result = await run(`{ events(first: 20) { nodes { source { name } target { name } article { title } } } actors(first: 5) { nodes { mentionCount } } }`);
    expect(result.data!.events.nodes[0]).toEqual({ source: { name: "France" }, target: { name: "Mali" }, article: { title: "France announces new aid for Mali" } });
    expect(Object.fromEntries(calls)).toEqual({ findEvents: 1, findActors: 1, actorsById: 1, articlesById: 1, actorTotals: 1 });
  });

  it("reads single records of the memory store synchronously, without store round trips", async () => {
    const { store, calls } = countingStore(fixtureStore());
    const run = createExecutor(store);
    await run(`{ events(first: 20) { nodes { source { name } target { name } article { title } } } }`);
    expect(Object.fromEntries(calls)).toEqual({ findEvents: 1 });
  });
});
