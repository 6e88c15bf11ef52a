import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldConfigMap,
  type GraphQLOutputType,
  type GraphQLScalarType,
} from "graphql";
import {
  CountryCodeResolver,
  LocalDateResolver,
  LocaleResolver,
  NonEmptyStringResolver,
  NonNegativeIntResolver,
  PositiveIntResolver,
} from "graphql-scalars";
import { z } from "zod";
import { Actor, Mention } from "./actor.js";
import { Article } from "./article.js";
import { Event } from "./event.js";
import { PartialDate } from "./partial-date.js";
import { Problem } from "./problem.js";
import { BodySpan, Sentence, TextSpan } from "./span.js";

/**
 * The custom scalars the records use, keyed by GraphQL name. A server that serves
 * {@link typeDefs} must install these resolvers (graphql-scalars' convention).
 */
export const scalarResolvers = {
  CountryCode: CountryCodeResolver,
  LocalDate: LocalDateResolver,
  Locale: LocaleResolver,
  NonEmptyString: NonEmptyStringResolver,
  NonNegativeInt: NonNegativeIntResolver,
  PositiveInt: PositiveIntResolver,
} as const satisfies Record<string, GraphQLScalarType>;

const BUILT_IN_SCALARS: Record<string, GraphQLScalarType> = {
  ID: GraphQLID,
  String: GraphQLString,
  Int: GraphQLInt,
  Float: GraphQLFloat,
  Boolean: GraphQLBoolean,
  ...scalarResolvers,
};

/** The record types printed to SDL; their dependencies (enums, nested objects) follow. */
const RECORD_TYPES = [Article, Actor, Mention, Event, PartialDate, TextSpan, BodySpan, Sentence, Problem];

interface Meta {
  id?: string;
  description?: string;
  graphql?: string;
  references?: string;
  omitFromGraphQL?: string;
  values?: Record<string, string>;
}

/** Thrown when a record uses a zod construct the printer does not map to GraphQL. */
export class UnsupportedSchemaError extends Error {
  override name = "UnsupportedSchemaError";
}

const metaOf = (schema: z.ZodType): Meta => (z.globalRegistry.get(schema) ?? {}) as Meta;

/** A zod schema's definition, as far as the printer reads it. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** `.describe()` and `.meta()` clone a schema; the clone keeps its parent, which holds the type's name. */
function namedAncestor(schema: z.ZodType): z.ZodType | undefined {
  for (let current: z.ZodType | undefined = schema; current; current = current._zod.parent as z.ZodType | undefined) {
    if (metaOf(current).id) return current;
  }
  return undefined;
}

function unwrapNullable(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  return def.type === "nullable" || def.type === "optional" ? unwrapNullable(def.innerType as z.ZodType) : schema;
}

function requireDescription(meta: Meta, where: string): string {
  if (!meta.description) throw new UnsupportedSchemaError(`${where} has no description`);
  return meta.description;
}

/**
 * Builds graphql-js types from zod records. Named objects and enums are built once
 * and shared; a field whose schema references another record by id (meta `references`)
 * or is marked `omitFromGraphQL` is left for the API to expose as an object field.
 */
function createTypeBuilder() {
  const named = new Map<string, GraphQLObjectType | GraphQLEnumType>();

  function enumType(schema: z.ZodType, meta: Meta, entries: Record<string, string>): GraphQLEnumType {
    const name = meta.id ?? "";
    const values = Object.fromEntries(
      Object.values(entries).map((value) => [value, { value, description: meta.values?.[value] }]),
    );
    return new GraphQLEnumType({ name, description: requireDescription(meta, `enum ${name}`), values });
  }

  function objectType(meta: Meta, shape: Record<string, z.ZodType>): GraphQLObjectType {
    const name = meta.id ?? "";
    return new GraphQLObjectType({
      name,
      description: requireDescription(meta, `type ${name}`),
      fields: () => {
        const fields: GraphQLFieldConfigMap<unknown, unknown> = {};
        for (const [key, field] of Object.entries(shape)) {
          const fieldMeta = metaOf(field);
          const innerMeta = metaOf(unwrapNullable(field));
          if (fieldMeta.references || fieldMeta.omitFromGraphQL || innerMeta.references || innerMeta.omitFromGraphQL) continue;
          fields[key] = { type: outputType(field, `${name}.${key}`), description: requireDescription(fieldMeta, `${name}.${key}`) };
        }
        return fields;
      },
    });
  }

  function namedType(field: z.ZodType, where: string): GraphQLObjectType | GraphQLEnumType {
    const schema = namedAncestor(field);
    const meta = schema ? metaOf(schema) : {};
    if (!schema || !meta.id) throw new UnsupportedSchemaError(`${where}: objects and enums need a meta id to be named in GraphQL`);
    const existing = named.get(meta.id);
    if (existing) return existing;
    const def = defOf(schema);
    const built = def.type === "enum" ? enumType(schema, meta, def.entries ?? {}) : objectType(meta, def.shape ?? {});
    named.set(meta.id, built);
    return built;
  }

  function nullableType(schema: z.ZodType, where: string): Exclude<GraphQLOutputType, GraphQLNonNull<never>> {
    const meta = metaOf(schema);
    const def = defOf(schema);
    switch (def.type) {
      case "object":
      case "enum":
        return namedType(schema, where);
      case "array":
        return new GraphQLList(new GraphQLNonNull(nullableType(def.element as z.ZodType, where)));
      case "string":
      case "number":
      case "boolean": {
        const scalarName = meta.graphql ?? (def.type === "string" ? "String" : def.type === "boolean" ? "Boolean" : undefined);
        const scalar = scalarName ? BUILT_IN_SCALARS[scalarName] : undefined;
        if (!scalar) throw new UnsupportedSchemaError(`${where}: ${def.type} needs a known meta.graphql scalar (got ${scalarName ?? "none"})`);
        return scalar;
      }
      default:
        throw new UnsupportedSchemaError(`${where}: zod type "${def.type}" has no GraphQL mapping`);
    }
  }

  function outputType(schema: z.ZodType, where: string): GraphQLOutputType {
    const inner = unwrapNullable(schema);
    return inner === schema ? new GraphQLNonNull(nullableType(schema, where)) : nullableType(inner, where);
  }

  return { namedType };
}

/**
 * Prints the GraphQL SDL of zod records (by default this package's), sorted, with every description.
 * Throws {@link UnsupportedSchemaError} for a construct with no GraphQL mapping or a missing description.
 */
export function printRecordTypeDefs(records: readonly z.ZodType[] = RECORD_TYPES): string {
  const builder = createTypeBuilder();
  const types = records.map((schema) => builder.namedType(schema, "record"));
  return printSchema(lexicographicSortSchema(new GraphQLSchema({ types })));
}

/**
 * GraphQL SDL for Article, Actor, Mention, Event and their parts, generated from the
 * zod records. Fields that hold another record's id (`Event.sourceId`, `Mention.articleId`…)
 * and unbounded lists (`Actor.mentions`) are left out: an API adds them as object fields
 * or connections (`extend type Event { source: Actor! }`).
 */
export const typeDefs: string = printRecordTypeDefs();
