import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";

/**
 * graphql-jit's errors carry no `extensions` object when the original error had none, and
 * locations without the nodes graphql-js keeps; Apollo's formatting expects graphql-js errors.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions ?? {} });
  Object.assign(copy, { locations: error.locations });
  return copy;
}

/**
 * Executes operations with graphql-jit, which compiles each operation once into a function
 * (measured here on an events page of 20 with names: 115 µs per execution with graphql-js, 41 µs
 * compiled). Apollo Server 5 takes a custom executor only through its gateway interface, so this
 * is a "gateway" that serves one local schema: parsing, validation, plugins, limits and error
 * formatting stay Apollo's; only execution changes. Compiled operations are kept per parsed
 * document, which Apollo's own document cache (an LRU) hands back for a repeated query, so they
 * are dropped with it. An operation graphql-jit cannot compile runs on graphql-js.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? "";
    let query = byOperation.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName);
      query = isCompiledQuery(result) ? result : null;
      byOperation.set(key, query);
    }
    return query;
  }

  const executor: GatewayExecutor = async ({ document, request, operationName, context }) => {
    const run = () => execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    const query = compiledFor(document, operationName ?? undefined);
    if (!query) return run();
    const result = (await query.query(undefined, context, request.variables ?? {})) as ExecutionResult;
    // No data at all means the variables did not coerce: graphql-js words those errors the way
    // Apollo recognises (BAD_USER_INPUT, HTTP 400), and nothing has run yet.
    if (result.data === undefined && result.errors) return run();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
