import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jitExecutionPlugin } from "./jit-executor.js";

let resolved = 0;
const schema = makeExecutableSchema({
  typeDefs: `type Query { double(n: Int!): Int!  failing: String  refused: String }`,
  resolvers: {
    Query: {
      double: (_: unknown, { n }: { n: number }) => (resolved++, n * 2),
      failing: () => {
        throw new Error("a bug");
      },
      refused: () => {
        throw new GraphQLError("no", { extensions: { code: "BAD_USER_INPUT" } });
      },
    },
  },
});

/** Counts the operations Apollo executed itself (graphql-js): its execution hooks do not fire when a plugin answered. */
let executedByApollo = 0;
const probe: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async executionDidStart() {
        executedByApollo++;
      },
    };
  },
};
const server = new ApolloServer({ schema, plugins: [probe, jitExecutionPlugin()], includeStacktraceInErrorResponses: false });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return { status: response.http.status, ...response.body.singleResult };
}

describe("jit execution plugin", () => {
  it("answers operations from their compiled form, the same document again without recompiling", async () => {
    const before = executedByApollo;
    expect(await run(`query($n: Int!) { double(n: $n) }`, { n: 21 })).toMatchObject({ data: { double: 42 } });
    expect(await run(`query($n: Int!) { double(n: $n) }`, { n: 2 })).toMatchObject({ data: { double: 4 } });
    expect(await run(`{ double(n: 3) }`)).toMatchObject({ data: { double: 6 } });
    expect(executedByApollo).toBe(before);
  });

  it("leaves an operation with resolver errors to Apollo, which words and locates them as graphql-js does", async () => {
    const before = executedByApollo;
    const result = await run(`{ failing refused }`);
    expect(executedByApollo).toBe(before + 1);
    expect(result.data).toEqual({ failing: null, refused: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: "a bug", path: ["failing"], locations: [{ line: 1, column: 3 }], extensions: { code: "INTERNAL_SERVER_ERROR" } }),
      expect.objectContaining({ message: "no", path: ["refused"], extensions: { code: "BAD_USER_INPUT" } }),
    ]);
  });

  it("leaves variables that do not coerce to Apollo: BAD_USER_INPUT, HTTP 400, no resolver run", async () => {
    const resolvedBefore = resolved;
    const result = await run(`query($n: Int!) { double(n: $n) }`, { n: "x" });
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/^Variable "\$n" got invalid value "x"/);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(resolved).toBe(resolvedBefore);
  });
});
