import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

describe("English 'it' before a verb of saying", () => {
  it("is the body or state last in subject position", () => {
    const specs = { "org:acme": ["ORGANIZATION", "Acme Corp"], "country:JP": ["COUNTRY", "Japan"] } as const;
    expect(coded("Acme Corp cut its dividend. Sales to Japan will fall, it said.", "en", specs)).toEqual(["STATEMENT org:acme→-"]);
    expect(coded("Acme Corp cut its dividend. It also said sales would fall.", "en", specs)).toEqual(["STATEMENT org:acme→-"]);
  });

  it("is never a person", () => {
    const specs = { "person:j": ["PERSON", "John Lee"], "country:JP": ["COUNTRY", "Japan"] } as const;
    expect(coded("John Lee met the board. It said sales would fall.", "en", specs)).toEqual([]);
  });
});
