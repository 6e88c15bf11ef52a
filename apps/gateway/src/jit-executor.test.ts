import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { jitGateway } from "./jit-executor.js";

const schema = makeExecutableSchema({
  typeDefs: `type Query { double(n: Int!): Int!  failing: String  refused: String }`,
  resolvers: {
    Query: {
      double: (_: unknown, { n }: { n: number }) => n * 2,
      failing: () => {
        throw new Error("a bug");
      },
      refused: () => {
        throw new GraphQLError("no", { extensions: { code: "BAD_USER_INPUT" } });
      },
    },
  },
});

async function executorOf() {
  const gateway = jitGateway(schema);
  let served: unknown;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (served = apiSchema));
  const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } } as never);
  expect(served).toBe(schema);
  return (query: string, variables: Record<string, unknown> = {}) =>
    executor!({ document: parse(query), request: { query, variables }, operationName: undefined, context: {} } as never);
}

describe("jit executor", () => {
  it("executes compiled operations, the same document again from its compiled form", async () => {
    const run = await executorOf();
    expect(await run(`query($n: Int!) { double(n: $n) }`, { n: 21 })).toEqual({ data: { double: 42 } });
    expect(await run(`{ double(n: 2) }`)).toEqual({ data: { double: 4 } });
  });

  it("returns resolver errors as graphql-js errors with path, locations and an extensions object", async () => {
    const run = await executorOf();
    const result = await run(`{ failing refused }`);
    expect(result.data).toEqual({ failing: null, refused: null });
    const [failing, refused] = result.errors!;
    expect(failing).toBeInstanceOf(GraphQLError);
    expect(failing).toMatchObject({ message: "a bug", path: ["failing"], locations: [{ line: 1, column: 3 }], extensions: {} });
    expect((failing as GraphQLError).originalError?.message).toBe("a bug");
    expect(refused).toMatchObject({ path: ["refused"], extensions: { code: "BAD_USER_INPUT" } });
  });

  it("leaves variables that do not coerce to graphql-js, whose errors Apollo recognises", async () => {
    const run = await executorOf();
    const result = await run(`query($n: Int!) { double(n: $n) }`, { n: "x" });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "x"/);
    expect(result.errors?.[0]?.nodes?.[0]?.kind).toBe("VariableDefinition");
  });
});
