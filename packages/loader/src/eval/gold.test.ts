import { describe, expect, it } from "vitest";
import { GoldFormatError, parseGoldSet } from "./gold.js";

const article = {
  language: "en",
  actors: [{ name: "Niger", kind: "COUNTRY", country: "NE", mentions: ["Niger"] }],
  events: [{ type: "STATEMENT", source: "Niger", target: null, trigger: "said", sentence: "Niger said." }],
};

describe("parseGoldSet", () => {
  it("accepts the gold format", () => {
    expect(parseGoldSet({ "a.txt": article }, "gold.json")["a.txt"]?.actors[0]?.country).toBe("NE");
  });

  it("names the file and the problem when the shape is wrong", () => {
    expect(() => parseGoldSet({ "a.txt": { ...article, actors: [{ name: "X", kind: "NATION" }] } }, "gold.json")).toThrow(GoldFormatError);
    expect(() => parseGoldSet([], "set/gold.json")).toThrow(/set\/gold\.json/);
  });

  it("rejects an event naming an actor its article does not list", () => {
    const broken = { ...article, events: [{ ...article.events[0], target: "Mali" }] };
    expect(() => parseGoldSet({ "a.txt": broken }, "gold.json")).toThrow(/unknown actor "Mali"/);
  });
});
