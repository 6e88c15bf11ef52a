import { describe, expect, it } from "vitest";
import type { RawMention } from "./raw-mention.js";
import { personGenders } from "./person-genders.js";

const person = (key: string, name: string, start: number, end: number): RawMention => ({
  field: "BODY",
  start,
  end,
  identity: { key, name, kind: "PERSON", country: null, wikidataId: null },
  evidence: "pattern",
  generic: false,
});

describe("personGenders", () => {
  it("reads a courtesy title before a mention, else the given name, and gives none when they disagree", () => {
    const body = "Kostas Varis a parlé. M. Varis a ri. Mme Dumont a écouté. Claire Lenoir et M. Lenoir.";
    const at = (text: string, from = 0) => body.indexOf(text, from);
    const mentions = [
      person("person:kostas-varis", "Kostas Varis", 0, 12),
      person("person:kostas-varis", "Kostas Varis", at("Varis a ri"), at("Varis a ri") + 5),
      person("person:dumont", "Dumont", at("Dumont"), at("Dumont") + 6),
      person("person:claire-lenoir", "Claire Lenoir", at("Claire"), at("Claire") + 13),
      person("person:claire-lenoir", "Claire Lenoir", at("Lenoir."), at("Lenoir.") + 6),
    ];
    const genders = personGenders(mentions, { TITLE: "", BODY: body });
    expect(genders.get("person:kostas-varis")).toBe("M");
    expect(genders.get("person:dumont")).toBe("F");
    expect(genders.has("person:claire-lenoir")).toBe(false);
  });
});
