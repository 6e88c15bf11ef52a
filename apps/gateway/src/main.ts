import { EnvError, readEnv } from "./env.js";
import { startGateway } from "./http/start.js";
import { loadCorpusDirectory, readCorpusFile } from "./load-corpus.js";
import { createLogger } from "./logger.js";
import { createMemoryStore } from "./store/index.js";

/** The only module with side effects: environment → corpus → store → server → listen, and shutdown on signals. */
async function main(): Promise<void> {
  let env;
  try {
    env = readEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`corpus gateway: ${error.message}`);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);
  const started = performance.now();
  const fail = (error: Error): never => {
    logger.fatal({ err: error }, `cannot load the corpus: ${error.message}`);
    process.exit(1);
  };
  const loaded = await (env.CORPUS_PATH ? readCorpusFile(env.CORPUS_PATH, { reuseProof: env.CORPUS_VALIDATION === "reuse-proof" }) : loadCorpusDirectory(env.SEEDS_DIR)).catch(fail);
  const store = createMemoryStore(loaded.corpus, { cacheSize: env.RESULT_CACHE_SIZE });
  const gateway = await startGateway({
    store,
    logger,
    port: env.PORT,
    host: env.HOST,
    graphqlPath: env.GRAPHQL_PATH,
    nodeEnv: env.NODE_ENV,
    corsOrigins: env.CORS_ORIGINS,
    executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
  });
  const { articles, actors, events } = loaded.corpus;
  const readyMs = Math.round(performance.now() - started);
  logger.info(
    { url: gateway.url, source: loaded.source, articles: articles.length, actors: actors.length, events: events.length, readyMs, ...loaded.timings },
    `corpus gateway ready at ${gateway.url}: ${articles.length} articles, ${actors.length} actors, ${events.length} events (loaded from ${loaded.source} in ${readyMs} ms)`,
  );
  if (env.SEARCH_INDEX === "background") {
    const indexing = performance.now();
    store.warm().then(
      () => logger.info({ ms: Math.round(performance.now() - indexing) }, "background indexes ready"),
      (error: Error) => logger.error({ err: error }, "search indexes failed"),
    );
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    gateway.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: Error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

await main();
