import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import { getVariableValues, GraphQLError, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { badUserInput } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../limits.js";

/** Arguments whose values set a price: page sizes and id lists. */
const SIZE_ARGUMENTS = new Set(["first", "last", "ids"]);
const sizeVariablesOf = new WeakMap<DocumentNode, string[]>();

/** The variables of a document that feed a size argument; no other variable changes its price. */
function sizeVariables(document: DocumentNode): string[] {
  let names = sizeVariablesOf.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(argument) {
        if (!SIZE_ARGUMENTS.has(argument.name.value)) return;
        visit(argument.value, { Variable: (variable) => void found.add(variable.name.value) });
      },
    });
    names = [...found].sort();
    sizeVariablesOf.set(document, names);
  }
  return names;
}

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
 * The node count of an operation with these variables; undefined when the variables do not coerce
 * (Apollo then answers 400 BAD_USER_INPUT itself, before anything runs). A page size out of range
 * is BAD_USER_INPUT; an operation that cannot be priced for another reason is refused (fail closed).
 */
function price(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, request: GraphQLRequest): number | undefined {
  if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return undefined;
  try {
    return getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName ?? undefined, estimators: [nodeCountEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
    }
    throw new GraphQLError("Query could not be priced, so it is refused.", { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
  }
}

/**
 * Refuses, before execution, an operation whose node count exceeds `maxCost` (QUERY_TOO_COMPLEX,
 * HTTP 400, `extensions.cost`). It runs per request, with that request's variables: a validation
 * rule would be cached with the document and priced without them. Prices are remembered per
 * (document, operation, values of the variables that feed page sizes and id lists), since they
 * depend on nothing else: a client paging with new cursors or filters is priced once.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const prices = new LRUCache<string, number>({ max: 2_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, queryHash }) {
          const variables = request.variables ?? {};
          const sizes = sizeVariables(document).map((name) => variables[name] ?? null);
          const key = `${queryHash}\u0000${request.operationName ?? ""}\u0000${JSON.stringify(sizes)}`;
          let requested = prices.get(key);
          if (requested === undefined) {
            requested = price(schema, document, operation, request);
            if (requested === undefined) return;
            prices.set(key, requested);
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
