import { describe, expect, it } from "vitest";
import { Discourse } from "./discourse.js";

describe("Discourse", () => {
  it("resolves a pronoun to the last subject within two sentences", () => {
    const discourse = new Discourse();
    discourse.note({ key: "country:GR", kind: "COUNTRY" }, 0);
    discourse.note({ key: "person:a", kind: "PERSON" }, 1);
    expect(discourse.antecedent(2, { person: false, plural: false })?.key).toBe("person:a");
    expect(discourse.antecedent(5, { person: false, plural: false })).toBeNull();
  });

  it("wants a person for he/she and prefers a non-person for plurals", () => {
    const discourse = new Discourse();
    discourse.note({ key: "person:a", kind: "PERSON" }, 0);
    discourse.note({ key: "org:party", kind: "ORGANIZATION" }, 1);
    expect(discourse.antecedent(1, { person: true, plural: false })?.key).toBe("person:a");
    expect(discourse.antecedent(1, { person: false, plural: true })?.key).toBe("org:party");
    const people = new Discourse();
    people.note({ key: "person:b", kind: "PERSON" }, 0);
    expect(people.antecedent(0, { person: false, plural: true })?.key).toBe("person:b");
  });

  it("looks a few sentences back for a group before taking a country or body for 'they'", () => {
    const discourse = new Discourse();
    discourse.note({ key: "group:ministers", kind: "GROUP" }, 0, true);
    discourse.note({ key: "country:IT", kind: "COUNTRY" }, 2);
    discourse.note({ key: "country:GR", kind: "COUNTRY" }, 3);
    expect(discourse.antecedent(4, { person: false, plural: true })?.key).toBe("group:ministers");
    discourse.note({ key: "country:FR", kind: "COUNTRY" }, 6);
    expect(discourse.antecedent(7, { person: false, plural: true })?.key).toBe("country:FR");
  });

  it("prefers a person named in any role for French il/elle, and the last named for 'ce dernier'", () => {
    const discourse = new Discourse();
    discourse.note({ key: "org:party", kind: "ORGANIZATION" }, 0);
    discourse.noteMention({ key: "person:a", kind: "PERSON" }, 0);
    discourse.noteMention({ key: "country:ES", kind: "COUNTRY" }, 0);
    expect(discourse.antecedent(1, { person: false, plural: false, preferPerson: true })?.key).toBe("person:a");
    expect(discourse.antecedent(1, { person: false, plural: false })?.key).toBe("org:party");
    expect(discourse.antecedent(1, { person: false, plural: false, latest: true })?.key).toBe("country:ES");
  });

  it("finds whom a reply answers among recent acts addressed to its author", () => {
    const discourse = new Discourse();
    const a = { key: "person:a", kind: "PERSON" } as const;
    const b = { key: "person:b", kind: "PERSON" } as const;
    discourse.noteAct("REQUEST", a, b, 0);
    expect(discourse.addresserOf("person:b", new Set(["REQUEST"]), 1)).toEqual(a);
    expect(discourse.addresserOf("person:a", new Set(["REQUEST"]), 1)).toBeNull();
    expect(discourse.addresserOf("person:b", new Set(["ACCUSE"]), 1)).toBeNull();
    expect(discourse.addresserOf("person:b", new Set(["REQUEST"]), 9)).toBeNull();
  });

  it("does not count sentences wholly inside a quote in a pronoun's reach", () => {
    const discourse = new Discourse();
    discourse.note({ key: "person:a", kind: "PERSON" }, 0);
    for (const quoted of [1, 2, 3]) discourse.skipQuoted(quoted);
    expect(discourse.antecedent(4, { person: false, plural: false })?.key).toBe("person:a");
    expect(discourse.antecedent(6, { person: false, plural: false })).toBeNull();
  });

  it("gives a quote's inverted pronoun no country nor crowd as speaker", () => {
    const discourse = new Discourse();
    discourse.note({ key: "person:a", kind: "PERSON" }, 0);
    discourse.note({ key: "country:FR", kind: "COUNTRY" }, 1);
    expect(discourse.antecedent(1, { person: false, plural: false })?.key).toBe("country:FR");
    expect(discourse.antecedent(1, { person: false, plural: false, speaker: true })?.key).toBe("person:a");
  });
});

describe("Discourse — English 'it'", () => {
  it("takes the latest body or state in subject position, never a person or a group", () => {
    const discourse = new Discourse();
    discourse.note({ key: "org:bank", kind: "ORGANIZATION" }, 0);
    discourse.note({ key: "group:rebels", kind: "GROUP" }, 1);
    discourse.note({ key: "person:a", kind: "PERSON" }, 1);
    expect(discourse.antecedent(2, { person: false, plural: false, neuter: true })?.key).toBe("org:bank");
  });
});
