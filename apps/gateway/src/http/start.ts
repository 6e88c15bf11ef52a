import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { createServer } from "../server.js";
import type { CorpusStore } from "../store/index.js";
import { createApp } from "./app.js";

export interface GatewayOptions {
  store: CorpusStore;
  logger: Logger;
  port: number;
  host?: string;
  graphqlPath: string;
  nodeEnv?: string;
  corsOrigins?: string[] | "*";
  executionTimeoutMs?: number;
  /** Milliseconds in-flight requests get to finish on `stop()`. */
  drainMs?: number;
  /** Overrides of the slow-client timeouts (tests shorten them). */
  timeouts?: Partial<typeof TIMEOUTS>;
}

export interface Gateway {
  /** The API's URL, with the port actually bound (useful with port 0). */
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/**
 * Slow clients are cut off: headers within 10 s, whole request within 30 s, idle keep-alive 5 s.
 * Node checks the first two every `connectionsCheckingInterval` (30 s by default), so it is 1 s here.
 */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

/** Starts the API on `host:port` and resolves once it is listening. */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const httpServer = createHttpServer({ ...TIMEOUTS, ...options.timeouts });
  const apollo = createServer({ logger: options.logger, nodeEnv: options.nodeEnv, httpServer, drainMs: options.drainMs });
  await apollo.start();
  httpServer.on(
    "request",
    createApp({
      apollo,
      store: options.store,
      logger: options.logger,
      graphqlPath: options.graphqlPath,
      corsOrigins: options.corsOrigins ?? "*",
      executionTimeoutMs: options.executionTimeoutMs ?? 10_000,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = !options.host || options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${port}${options.graphqlPath}`, stop: () => apollo.stop() };
}
