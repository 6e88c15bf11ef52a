import type { Logger } from "pino";
import { createLookups, Loaders, type Lookups } from "./loaders.js";
import type { CorpusStore } from "./store/index.js";

/** Per-request state: the store's batching loaders, the request id for logs, the execution deadline. */
export interface Context {
  loaders: Loaders;
  lookups: Lookups;
  requestId: string;
  logger: Logger;
}

export interface ContextOptions {
  store: CorpusStore;
  requestId: string;
  logger: Logger;
  /** Milliseconds the store may be used for, from now; later store calls fail with TIMEOUT. */
  executionTimeoutMs: number;
}

/** Builds a fresh context (and fresh loaders, as DataLoader requires) for one request. */
export function createContext(options: ContextOptions): Context {
  const deadline = { at: Date.now() + options.executionTimeoutMs, ms: options.executionTimeoutMs };
  const loaders = new Loaders(options.store, deadline);
  return { loaders, lookups: createLookups(options.store, loaders), requestId: options.requestId, logger: options.logger };
}
