import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENV_VARIABLES } from "../src/env.js";
import { ERROR_CODES } from "../src/errors.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("documents every error code of the catalogue", () => {
    expect(Object.keys(ERROR_CODES).filter((code) => !readme.includes(`\`${code}\``))).toEqual([]);
  });

  it("documents every environment variable", () => {
    expect(ENV_VARIABLES.filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
