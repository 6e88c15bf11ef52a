import { buildASTSchema, concatAST, lexicographicSortSchema, parse, printSchema, type DocumentNode, type GraphQLSchema } from "graphql";
import { actorTypeDefs } from "./actors.js";
import { articleTypeDefs } from "./articles.js";
import { commonTypeDefs } from "./common.js";
import { eventTypeDefs } from "./events.js";
import { problemTypeDefs } from "./problems.js";
import { queryTypeDefs } from "./query.js";
import { apiRecordTypeDefs } from "./record-type-defs.js";
import { searchTypeDefs } from "./search.js";

/** The whole API SDL: the records from `@corpus/schema`, then what the API adds to them. */
export const typeDefs: (DocumentNode | string)[] = [
  apiRecordTypeDefs(),
  commonTypeDefs,
  articleTypeDefs,
  actorTypeDefs,
  eventTypeDefs,
  searchTypeDefs,
  problemTypeDefs,
  queryTypeDefs,
];
export { NODE_TYPES, type NodeType } from "./record-type-defs.js";

/** The API schema built from the SDL alone (no resolvers): for printing the contract and checking it. */
export function buildApiSchema(): GraphQLSchema {
  return buildASTSchema(concatAST(typeDefs.map((defs) => (typeof defs === "string" ? parse(defs) : defs))));
}

/** The API SDL as committed in schema.graphql: sorted, every description kept. */
export const printApiSchema = (): string => printSchema(lexicographicSortSchema(buildApiSchema()));
