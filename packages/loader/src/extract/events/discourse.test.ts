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
});
