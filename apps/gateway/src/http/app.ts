import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import type { Logger } from "pino";
import { createContext, type Context } from "../context.js";
import { INTERNAL_MESSAGE, type ErrorCode } from "../errors.js";
import { MAX_BODY_BYTES } from "../limits.js";
import type { CorpusStore } from "../store/index.js";

export interface AppOptions {
  apollo: ApolloServer<Context>;
  store: CorpusStore;
  logger: Logger;
  graphqlPath: string;
  /** Origins allowed by CORS; `*` allows any (the API is public and read-only, and sends no cookies). */
  corsOrigins: string[] | "*";
  executionTimeoutMs: number;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuses a well-formed `x-request-id` from a proxy, else makes one; echoes it on the response. */
const requestId: RequestHandler = (req, res, next) => {
  const given = req.get("x-request-id");
  res.locals.requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader("x-request-id", res.locals.requestId as string);
  next();
};

const errorBody = (message: string, code: ErrorCode, requestId: string) => ({ errors: [{ message, extensions: { code, requestId } }] });

/** HTTP-level failures (body too large, malformed JSON) as GraphQL-shaped JSON, never an HTML stack page. */
function httpErrors(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, _req, res, _next) => {
    const id = res.locals.requestId as string;
    if (error.type === "entity.too.large") return void res.status(413).json(errorBody(`Request body is larger than ${MAX_BODY_BYTES} bytes.`, "PAYLOAD_TOO_LARGE", id));
    if (error.type === "entity.parse.failed") return void res.status(400).json(errorBody("Request body is not valid JSON.", "BAD_REQUEST", id));
    if (error.status === 415 || error.type === "charset.unsupported" || error.type === "encoding.unsupported") {
      return void res.status(415).json(errorBody("Unsupported charset or encoding; send UTF-8 JSON.", "BAD_REQUEST", id));
    }
    logger.error({ requestId: id, err: error }, "unexpected HTTP error");
    res.status(500).json(errorBody(INTERNAL_MESSAGE, "INTERNAL_SERVER_ERROR", id));
  };
}

/**
 * The Express 5 app: request ids, explicit CORS, a JSON body capped at 2 MB (Apollo's standalone
 * server allows 50 MB and cannot be configured), the API at `graphqlPath`, `/` redirecting there
 * (the landing page answers a browser's GET), and `/health` for probes.
 */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // Express hashes every response body (SHA-1) for an ETag; GraphQL answers are POSTs, which no
  // client revalidates, and the hash grows with the answer (13 kB for a timeline).
  app.set("etag", false);
  app.use(requestId);
  app.get("/health", async (_req, res) => void res.json({ status: "ok", counts: await options.store.counts() }));
  if (options.graphqlPath !== "/") app.get("/", (_req, res) => res.redirect(options.graphqlPath));
  app.use(
    options.graphqlPath,
    cors({
      origin: options.corsOrigins,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"],
      exposedHeaders: ["x-request-id"],
      maxAge: 600,
    }),
    express.json({ limit: MAX_BODY_BYTES }),
    (req, _res, next) => {
      req.body ??= {};
      next();
    },
    expressMiddleware(options.apollo, {
      context: async ({ res }) =>
        createContext({ store: options.store, logger: options.logger, requestId: res.locals.requestId as string, executionTimeoutMs: options.executionTimeoutMs }),
    }),
  );
  app.use(httpErrors(options.logger));
  return app;
}
