import { buildASTSchema, GraphQLObjectType, GraphQLSchema, parse } from "graphql";
import { expect, test } from "vitest";
import { z } from "zod";
import { Actor, Article, Event, Mention, printRecordTypeDefs, scalarResolvers, typeDefs, UnsupportedSchemaError } from "./index.js";

const HEADER = "# GENERATED from the zod records in src/ by printRecordTypeDefs(); do not edit.\n# Regenerate with `npx vitest run -u` in packages/schema.\n\n";

test("the committed schema.graphql is the SDL printed from the zod records", async () => {
  await expect(HEADER + typeDefs).toMatchFileSnapshot("../schema.graphql");
});

const schema = buildASTSchema(parse(typeDefs));
const objectFields = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).sort();

test.each([
  ["Article", Article, []],
  ["Actor", Actor, ["mentions"]],
  ["Mention", Mention, ["articleId"]],
  ["Event", Event, ["articleId", "placeId", "sourceId", "targetId"]],
] as const)("%s has every zod field except references and connections", (name, record, omitted) => {
  const zodKeys = Object.keys(record.shape).filter((key) => !(omitted as readonly string[]).includes(key)).sort();
  expect(objectFields(name)).toEqual(zodKeys);
});

test("every type, field and enum value has a description", () => {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || ["String", "Boolean", "ID", "Int", "Float"].includes(type.name)) continue;
    expect(type.description, type.name).toBeTruthy();
    if (type instanceof GraphQLObjectType) {
      for (const field of Object.values(type.getFields())) expect(field.description, `${type.name}.${field.name}`).toBeTruthy();
    }
    if ("getValues" in type) for (const value of type.getValues()) expect(value.description, `${type.name}.${value.name}`).toBeTruthy();
  }
});

test("every custom scalar in the SDL has a resolver", () => {
  const custom = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith("__") && type.constructor.name === "GraphQLScalarType")
    .map((type) => type.name)
    .filter((name) => !["String", "Boolean", "ID", "Int", "Float"].includes(name));
  expect(custom.sort()).toEqual(Object.keys(scalarResolvers).sort());
  expect(() => new GraphQLSchema({ types: Object.values(scalarResolvers) })).not.toThrow();
});

test("unsupported zod constructs and missing descriptions are refused", () => {
  const union = z.object({ x: z.union([z.string(), z.number()]).describe("x") }).meta({ id: "U", description: "u" });
  expect(() => printRecordTypeDefs([union])).toThrow(UnsupportedSchemaError);
  const undocumented = z.object({ x: z.string() }).meta({ id: "D", description: "d" });
  expect(() => printRecordTypeDefs([undocumented])).toThrow(/D\.x has no description/);
  const unnamed = z.object({ x: z.string().describe("x") });
  expect(() => printRecordTypeDefs([unnamed])).toThrow(/meta id/);
});
