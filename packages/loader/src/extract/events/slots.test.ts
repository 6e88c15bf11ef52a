import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

type Specs = Parameters<typeof coded>[2];

describe("agentAfter — a place after a passive agent phrase", () => {
  it("reads the place as where the act happened, not as its author", () => {
    const specs = { lyon: ["LOCATION", "Lyon"], police: ["ORGANIZATION", "la police"] } as unknown as Specs;
    expect(coded("Un homme a été tué par balle à Lyon.", "fr", specs)).toEqual([]);
    expect(coded("Un homme a été tué par la police à Lyon.", "fr", specs)).toEqual(["ASSAULT police→-"]);
  });
});
