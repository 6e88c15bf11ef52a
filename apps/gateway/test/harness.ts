import assert from "node:assert/strict";
import { Writable } from "node:stream";
import type { Corpus } from "@corpus/schema";
import { pino, type Logger } from "pino";
import { createContext, type Context } from "../src/context.js";
import { startGateway, type Gateway, type GatewayOptions } from "../src/http/start.js";
import { createServer } from "../src/server.js";
import { createMemoryStore, type CorpusStore } from "../src/store/index.js";
import { fixtureCorpus } from "./fixtures/corpus.js";

/** A logger whose lines are kept in memory, for tests that check what was logged. */
export function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: "debug" }, stream), lines };
}

export const silentLogger = pino({ level: "silent" });

/** A store over the hand-written fixture corpus (or another corpus). */
export const fixtureStore = (corpus: Corpus = fixtureCorpus) => createMemoryStore(corpus);

/**
 * Runs one operation through a real Apollo server (parse, validation, plugins, formatError),
 * without HTTP, and returns the single result.
 */
export function createExecutor(store: CorpusStore = fixtureStore(), logger: Logger = silentLogger) {
  const server = createServer({ logger, nodeEnv: "test" });
  return async (query: string, variables?: Record<string, unknown>) => {
    const context: Context = createContext({ store, logger, requestId: "test-request", executionTimeoutMs: 10_000 });
    const response = await server.executeOperation({ query, variables }, { contextValue: context });
    assert(response.body.kind === "single");
    return JSON.parse(JSON.stringify(response.body.singleResult)) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
  };
}

/** Starts the real HTTP gateway on an ephemeral port. */
export function startTestGateway(
  options: { store?: CorpusStore; logger?: Logger; executionTimeoutMs?: number; drainMs?: number; nodeEnv?: string; timeouts?: GatewayOptions["timeouts"] } = {},
): Promise<Gateway> {
  return startGateway({
    store: options.store ?? fixtureStore(),
    logger: options.logger ?? silentLogger,
    port: 0,
    host: "127.0.0.1",
    graphqlPath: "/graphql",
    nodeEnv: options.nodeEnv ?? "test",
    executionTimeoutMs: options.executionTimeoutMs,
    drainMs: options.drainMs,
    timeouts: options.timeouts,
  });
}

/** POSTs a GraphQL request as JSON and returns status, headers and the parsed body. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** A store whose methods are replaced by `overrides` where given (failures, delays). */
export function wrapStore(store: CorpusStore, overrides: Partial<CorpusStore>): CorpusStore {
  return new Proxy(store, {
    get: (target, property: keyof CorpusStore) => {
      if (property in overrides) return overrides[property];
      const value = target[property];
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The store as a remote store would be: no synchronous `local` lookups, everything batched. */
export const withoutLocal = (store: CorpusStore): CorpusStore => wrapStore(store, { local: undefined });

/** A store that counts calls per method, to check batching (no N+1). */
export function countingStore(store: CorpusStore): { store: CorpusStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get: (target, property: keyof CorpusStore) => {
      if (typeof target[property] !== "function") return target[property];
      const method = (target[property] as (...args: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return method(...args);
      };
    },
  });
  return { store: counted, calls };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
