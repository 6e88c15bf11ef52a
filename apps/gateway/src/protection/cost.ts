import type { ApolloServerPlugin } from "@apollo/server";
import { getVariableValues, GraphQLError } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { badUserInput } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../limits.js";

const hasArgument = (field: { args: readonly { name: string }[] }, name: string) => field.args.some((arg) => arg.name === name);

/**
 * GitHub-style node count: a field that returns a page or a bounded list (it takes `first`/`last`,
 * or `ids`) costs its size times (1 + what each item selects); anything else costs what it
 * selects. The sizes are the argument values with variables and defaults applied, so `first: $n`
 * is priced like `first: 100`. Page sizes out of range are refused here, before execution.
 */
export const nodeCountEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (hasArgument(field, "ids") && Array.isArray(args.ids)) return args.ids.length * (1 + childComplexity);
  if (!hasArgument(field, "first")) return childComplexity;
  const isPage = hasArgument(field, "after");
  for (const name of ["first", "last"] as const) {
    const value = args[name] as unknown;
    if (isPage && typeof value === "number" && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`${name} must be between 0 and ${MAX_PAGE_SIZE} (got ${value}).`, name);
    }
  }
  const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
  return Math.max(0, size) * (1 + childComplexity);
};

/**
 * Refuses, before execution, an operation whose node count exceeds `maxCost` (QUERY_TOO_COMPLEX,
 * HTTP 400, `extensions.cost`). It runs per request, with that request's variables: a validation
 * rule would be cached with the document and priced without them. When variables do not coerce,
 * pricing is skipped and Apollo's own coercion answers 400 BAD_USER_INPUT before anything runs;
 * an operation that cannot be priced for any other reason is refused (fail closed).
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          const variables = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return;
          let requested: number;
          try {
            requested = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, estimators: [nodeCountEstimator] });
          } catch (error) {
            const code = error instanceof GraphQLError ? error.extensions.code : undefined;
            const message = code === "BAD_USER_INPUT" ? (error as GraphQLError).message : "Query could not be priced, so it is refused.";
            throw new GraphQLError(message, { extensions: { ...(error instanceof GraphQLError ? error.extensions : {}), code: code === "BAD_USER_INPUT" ? code : "QUERY_TOO_COMPLEX", http: { status: 400 } } });
          }
          if (requested > maxCost) {
            throw new GraphQLError(`Query is too complex: it could return ${requested} nodes; the limit is ${maxCost}. Ask for smaller pages or fewer nested connections.`, {
              extensions: { code: "QUERY_TOO_COMPLEX", cost: { requested, limit: maxCost }, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
