// Public API of @corpus/gateway (for tests, benchmarks and embedding); main.ts is the program.
export { createApp, type AppOptions } from "./http/app.js";
export { startGateway, type Gateway, type GatewayOptions } from "./http/start.js";
export { createServer, type ServerOptions } from "./server.js";
export { createContext, type Context } from "./context.js";
export { ERROR_CODES, type ErrorCode } from "./errors.js";
export { toGlobalId, fromGlobalId } from "./global-id.js";
export { readCorpusFile, validateCorpus, CorpusLoadError } from "./load-corpus.js";
export { createLogger } from "./logger.js";
export { typeDefs } from "./schema/index.js";
export { createMemoryStore, type CorpusStore, type MemoryStoreOptions } from "./store/index.js";
