import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository's seeds/ folder, from this module's place (apps/gateway/src or apps/gateway/dist). */
const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../../../seeds", import.meta.url));

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000).describe("TCP port to listen on (0 picks a free one)."),
  HOST: z.string().min(1).optional().describe("Interface to bind; all interfaces when unset."),
  GRAPHQL_PATH: z
    .string()
    .regex(/^\/[A-Za-z0-9/_-]*$/, "must be a path such as /graphql")
    .default("/graphql")
    .describe("Path of the GraphQL endpoint."),
  CORPUS_PATH: z.string().min(1).optional().describe("A corpus.json written by `corpus build`; when unset, SEEDS_DIR is loaded with the loader."),
  CORPUS_VALIDATION: z
    .enum(["always", "reuse-proof"])
    .default("reuse-proof")
    .describe("always: validate CORPUS_PATH at every start; reuse-proof: skip it when the same bytes were validated by the same validator before (<file>.validated.json)."),
  SEEDS_DIR: z.string().min(1).default(DEFAULT_SEEDS_DIR).describe("Directory of .txt articles loaded at start when CORPUS_PATH is unset."),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development").describe("production swaps Sandbox for Apollo's production landing page."),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info").describe("pino log level; debug logs one line per request."),
  CORS_ORIGINS: z
    .string()
    .default("*")
    .transform((value) => (value.trim() === "*" ? ("*" as const) : value.split(",").map((origin) => origin.trim()).filter(Boolean)))
    .describe("Comma-separated origins allowed by CORS, or * for any."),
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000).describe("Deadline for one request's store work."),
  RESULT_CACHE_SIZE: z.coerce.number().int().min(0).default(500).describe("Filtered lists, networks, counts and searches kept in memory (LRU entries); 0 turns the cache off."),
  SEARCH_INDEX: z.enum(["background", "lazy"]).default("background").describe("Build search indexes, then every sort order and timeline index, right after start-up (background), or each on first use (lazy)."),
});
export type Env = z.infer<typeof Env>;

/** The variables the gateway reads (documented in the README). */
export const ENV_VARIABLES = Object.keys(Env.shape);

/** The environment did not validate; `message` lists every bad variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

/** Validates the environment; the only reader of `process.env` in the gateway. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`invalid environment: ${lines.join("; ")}`);
}
