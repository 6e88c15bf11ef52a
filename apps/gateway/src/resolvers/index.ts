import { scalarResolvers } from "@corpus/schema";
import { analysisResolvers } from "./analysis.js";
import { queryResolvers } from "./query.js";
import { recordResolvers } from "./records.js";

/** Every resolver of the API, with the scalars the record SDL uses. */
export const resolvers = { ...scalarResolvers, ...queryResolvers, ...recordResolvers, ...analysisResolvers };
