import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/**
 * The closed catalogue of `errors[].extensions.code` values clients can see. Apollo's own codes
 * are kept as they are; ours add limits and timeouts. It is published in the schema (the
 * description of `Query`) and in the README; anything else is masked as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: "The document is not valid GraphQL or is longer than the token limit (HTTP 400).",
  GRAPHQL_VALIDATION_FAILED: "The document does not fit the schema or breaks the depth, alias, directive or selection limits (HTTP 400).",
  BAD_USER_INPUT: "An argument or variable is invalid: wrong format, out of range, or an id of the wrong type; `extensions.argumentName` names it when known (HTTP 400 for variables, 200 with `data` for field arguments).",
  QUERY_TOO_COMPLEX: "The operation could return more nodes than the budget; `extensions.cost` has `requested` and `limit` (HTTP 400).",
  TIMEOUT: "Execution ran past the server's deadline; the data returned is partial.",
  OPERATION_RESOLUTION_FAILURE: "`operationName` does not name an operation of the document (HTTP 400).",
  BAD_REQUEST: "The HTTP request is not a GraphQL request: no query, malformed JSON, a batch, or blocked by CSRF prevention (HTTP 400).",
  PAYLOAD_TOO_LARGE: "The request body is larger than the limit (HTTP 413).",
  PERSISTED_QUERY_NOT_FOUND: "Automatic persisted query: the hash is unknown; send the query text with it.",
  PERSISTED_QUERY_NOT_SUPPORTED: "Automatic persisted queries are turned off.",
  INTERNAL_SERVER_ERROR: "A failure on the server; the message is generic and `extensions.requestId` identifies it in the logs.",
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

declare module "graphql" {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    argumentName?: string;
    requestId?: string;
  }
}

/** A client mistake in an argument: message for humans, `argumentName` for machines. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argumentName ? { argumentName } : {}) } });
}

export function timeoutError(deadlineMs: number): GraphQLError {
  return new GraphQLError(`Execution took longer than ${deadlineMs} ms and was stopped.`, { extensions: { code: "TIMEOUT" } });
}

export const INTERNAL_MESSAGE = "Internal server error";

const isClientCode = (code: unknown): code is ErrorCode => typeof code === "string" && code in ERROR_CODES && code !== "INTERNAL_SERVER_ERROR";

/**
 * Whether an error may be shown to the client as it is: a GraphQLError with a client-facing code
 * from the catalogue. Anything else (a bug, a failing store, a scalar failing to serialise bad
 * data) is unexpected, so its message, which may carry internals, is masked.
 */
export function isExpectedError(code: unknown, error: unknown): boolean {
  return isClientCode(code) && unwrapResolverError(error) instanceof GraphQLError;
}

/**
 * Apollo `formatError`: keeps expected errors (without stack traces) and replaces every other
 * message with a generic one. Request ids are added by the logging plugin, which sees the context.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isExpectedError(formatted.extensions?.code, error)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const { locations, path } = formatted;
  return { message: INTERNAL_MESSAGE, ...(locations ? { locations } : {}), ...(path ? { path } : {}), extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
