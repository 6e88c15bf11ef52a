import { describe, expect, it } from "vitest";
import { FormTag, hasTag } from "./form-tags.js";
import { inflectEnglish } from "./inflect-en.js";

const formsOf = (base: string) => new Map(inflectEnglish(base).map(({ form, tags }) => [form, tags]));

describe("inflectEnglish", () => {
  it("inflects regular verbs, with -e and -y stems", () => {
    expect([...formsOf("condemn").keys()]).toEqual(expect.arrayContaining(["condemn", "condemns", "condemned", "condemning"]));
    expect([...formsOf("agree").keys()]).toEqual(expect.arrayContaining(["agrees", "agreed", "agreeing"]));
    expect([...formsOf("deny").keys()]).toEqual(expect.arrayContaining(["denies", "denied", "denying"]));
    expect([...formsOf("seize").keys()]).toEqual(expect.arrayContaining(["seized", "seizing"]));
  });

  it("doubles a final consonant after a short vowel and for listed verbs", () => {
    expect(formsOf("ban").has("banned")).toBe(true);
    expect(formsOf("expel").has("expelled")).toBe(true);
    expect(formsOf("expel").has("expelling")).toBe(true);
  });

  it("uses the irregular table and tags past tense apart from participles", () => {
    const take = formsOf("take");
    expect(hasTag(take.get("took")!, FormTag.FINITE)).toBe(true);
    expect(hasTag(take.get("took")!, FormTag.PARTICIPLE)).toBe(false);
    expect(hasTag(take.get("taken")!, FormTag.PARTICIPLE)).toBe(true);
    const arrested = formsOf("arrest").get("arrested")!;
    expect(hasTag(arrested, FormTag.FINITE) && hasTag(arrested, FormTag.PARTICIPLE)).toBe(true);
    expect(formsOf("say").has("said")).toBe(true);
    expect(formsOf("be").has("was")).toBe(true);
  });
});
