import { describe, expect, it } from "vitest";
import { speechActOf } from "./speech-acts.js";
import { tokenize } from "./tokenize.js";

const act = (text: string, language: "fr" | "en") => speechActOf(tokenize(text), language)?.type ?? null;

describe("speechActOf", () => {
  it("reads demands, blame, praise, warnings and refusals in French", () => {
    expect(act("Le gouvernement doit libérer les prisonniers sans attendre.", "fr")).toBe("REQUEST");
    expect(act("Ce sont eux les responsables de ce crime.", "fr")).toBe("ACCUSE");
    expect(act("Nous saluons ce succès et remercions les électeurs.", "fr")).toBe("SUPPORT");
    expect(act("Il y aura des représailles.", "fr")).toBe("THREATEN");
    expect(act("Cet accord est nul et non avenu.", "fr")).toBe("REJECT");
  });

  it("reads the same acts in English, and nothing in a neutral statement", () => {
    expect(act("They need to stand down now.", "en")).toBe("REQUEST");
    expect(act("The ministry is guilty of a cover-up.", "en")).toBe("ACCUSE");
    expect(act("We welcome this decision.", "en")).toBe("SUPPORT");
    expect(act("The meeting will take place in the capital on Friday.", "en")).toBeNull();
  });
});
