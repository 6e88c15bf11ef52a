import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import type { Logger } from "pino";
import type { Context } from "./context.js";
import { maskError } from "./errors.js";
import { jitExecutionPlugin } from "./jit-executor.js";
import { EXAMPLE_QUERY } from "./example-query.js";
import { MAX_COST, MAX_RECURSIVE_SELECTIONS, MAX_TOKENS } from "./limits.js";
import { armorProtection } from "./protection/armor.js";
import { costLimitPlugin } from "./protection/cost.js";
import { requestLogPlugin } from "./protection/request-log.js";
import { resolvers } from "./resolvers/index.js";
import { typeDefs } from "./schema/index.js";

export interface ServerOptions {
  logger: Logger;
  /** `production` switches the landing page to Apollo's production page; anything else embeds Sandbox. */
  nodeEnv?: string;
  /** The HTTP server to drain on `stop()`: in-flight requests finish, new connections are refused. */
  httpServer?: Server;
  /** Milliseconds in-flight requests get to finish on `stop()` before connections are closed. */
  drainMs?: number;
}

/**
 * The Apollo server of the API, not listening (the caller mounts it). Introspection stays on in
 * every environment: the corpus is public and read-only, explored in Sandbox (decision recorded in
 * the README); protection comes from limits, not obscurity.
 */
export function createServer(options: ServerOptions): ApolloServer<Context> {
  const production = options.nodeEnv === "production";
  const armor = armorProtection();
  const landingPage = production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({ embed: true, document: EXAMPLE_QUERY, includeCookies: false, footer: false });
  return new ApolloServer<Context>({
    schema: makeExecutableSchema({ typeDefs, resolvers }),
    nodeEnv: options.nodeEnv,
    logger: options.logger,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    stopOnTerminationSignals: false,
    formatError: maskError,
    parseOptions: { maxTokens: MAX_TOKENS },
    maxRecursiveSelections: MAX_RECURSIVE_SELECTIONS,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      costLimitPlugin(MAX_COST),
      requestLogPlugin(),
      jitExecutionPlugin(),
      landingPage,
      // Cache hints are not used, and the plugin wraps every resolver of the schema (measured: ~10% of CPU under load).
      ApolloServerPluginCacheControlDisabled(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: options.drainMs ?? 10_000 })] : []),
    ],
  });
}
