import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

describe("an act done to each other", () => {
  it("goes both ways between the coordinated subjects", () => {
    const specs = { "country:IN": ["COUNTRY", "Inde", "India"], "country:CN": ["COUNTRY", "Chine", "China"] } as const;
    expect(coded("L'Inde et la Chine se sont mutuellement accusées d'avoir franchi la frontière.", "fr", specs).sort()).toEqual(["ACCUSE country:CN→country:IN", "ACCUSE country:IN→country:CN"]);
    expect(coded("India and China blamed each other for the clash.", "en", specs).sort()).toEqual(["ACCUSE country:CN→country:IN", "ACCUSE country:IN→country:CN"]);
    expect(coded("India and China blamed the rebels for the clash.", "en", specs).sort()).toEqual(["ACCUSE country:CN→-", "ACCUSE country:IN→-"]);
  });
});
