import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";


describe("roleOf — a place after a group noun", () => {
  it("keeps a mere place where the group is, so it is no source", () => {
    const specs = { lyon: ["LOCATION", "Lyon"], portland: ["LOCATION", "Portland"], fr: ["COUNTRY", "France"] } as const;
    expect(coded("Des manifestants à Lyon réclament la démission du maire.", "fr", specs)).toEqual([]);
    expect(coded("Protesters in Portland demanded the resignation of the mayor.", "en", specs)).toEqual([]);
  });

  it("still reads a state after a group noun as whom the group speaks for", () => {
    const specs = { uk: ["COUNTRY", "Britain"], ir: ["COUNTRY", "Iran"] } as const;
    expect(coded("Officials in Britain condemned Iran.", "en", specs)).toEqual(["ACCUSE uk→ir"]);
  });
});
