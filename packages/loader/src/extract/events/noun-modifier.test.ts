import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const EN = { ir: ["COUNTRY", "Iran"], uk: ["COUNTRY", "Britain"], un: ["ORGANIZATION", "UN"] } as never;
const FR = { fr: ["COUNTRY", "France"], ml: ["COUNTRY", "Mali"] } as never;

describe("codeEvents — English noun modifiers", () => {
  it("reads a trigger noun before another noun as its modifier, not as an act", () => {
    expect(coded("The UN studied Iran's assassination plots.", "en", EN)).toEqual([]);
    expect(coded("Iran's protest leaders left Britain.", "en", EN)).toEqual([]);
  });

  it("keeps the act when a verb, an adverb or a participle with its agent follows the noun", () => {
    expect(coded("Britain's attack killed many.", "en", EN)).toEqual(["ASSAULT uk→-"]);
    expect(coded("Iran's attack came at night.", "en", EN)).toEqual(["ASSAULT ir→-"]);
    expect(coded("The UN endorsement yesterday surprised Britain.", "en", EN)).toEqual(["SUPPORT un→-"]);
    expect(coded("Iran's protests erupt again.", "en", EN)).toEqual(["PROTEST ir→-"]);
  });

  it("leaves French alone, which puts its modifiers after the noun", () => {
    expect(coded("L'attaque de la France contre le Mali.", "fr", FR)).toEqual(["ASSAULT fr→ml"]);
  });
});
