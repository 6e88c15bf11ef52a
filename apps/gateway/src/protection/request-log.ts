import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Context } from "../context.js";
import { isExpectedError } from "../errors.js";

/**
 * Logs every unexpected error with the request id (the client only sees a masked message), adds
 * the request id to every error sent, and keeps one TIMEOUT error where every remaining field
 * of a timed-out request would otherwise add its own.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isExpectedError(error.extensions?.code, error)) continue;
            const original = unwrapResolverError(error);
            contextValue.logger.error({ requestId: contextValue.requestId, path: error.path, err: original }, "unexpected error while serving a request");
          }
        },
        async willSendResponse({ response }) {
          contextValue.logger.debug(
            { requestId: contextValue.requestId, operationName: request.operationName, ms: Math.round(performance.now() - started) },
            "request served",
          );
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          let timeoutSeen = false;
          response.body.singleResult.errors = response.body.singleResult.errors
            .filter((error) => {
              if (error.extensions?.code !== "TIMEOUT") return true;
              const first = !timeoutSeen;
              timeoutSeen = true;
              return first;
            })
            .map((error) => ({ ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }));
        },
      };
    },
  };
}
