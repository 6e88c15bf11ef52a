import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env.js";

describe("readEnv", () => {
  it("has defaults that serve the repository's seeds on port 4000 at /graphql", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 4000, GRAPHQL_PATH: "/graphql", NODE_ENV: "development", LOG_LEVEL: "info", CORS_ORIGINS: "*", CORPUS_VALIDATION: "reuse-proof" });
    expect(env.CORPUS_PATH).toBeUndefined();
    expect(existsSync(join(env.SEEDS_DIR, "..", "package.json"))).toBe(true);
    expect(env.SEEDS_DIR.endsWith("/seeds")).toBe(true);
  });

  it("coerces numbers and splits origin lists", () => {
    expect(readEnv({ PORT: "8080", CORS_ORIGINS: "https://a.example, https://b.example" })).toMatchObject({ PORT: 8080, CORS_ORIGINS: ["https://a.example", "https://b.example"] });
  });

  it("names every bad variable in one error", () => {
    expect(() => readEnv({ PORT: "http", GRAPHQL_PATH: "graphql", LOG_LEVEL: "loud" })).toThrow(EnvError);
    expect(() => readEnv({ PORT: "70000" })).toThrow(/^invalid environment: PORT: /);
    const message = (() => {
      try {
        readEnv({ PORT: "http", GRAPHQL_PATH: "graphql" });
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/PORT: .*; GRAPHQL_PATH: must be a path such as \/graphql/);
  });
});
