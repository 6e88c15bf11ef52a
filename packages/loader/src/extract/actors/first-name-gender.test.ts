import { describe, expect, it } from "vitest";
import { genderOfFirstName, genderOfPersonName, honorificGenderBefore } from "./first-name-gender.js";

describe("genderOfFirstName", () => {
  it.each([
    ["Angela", "F"],
    ["Ségolène", "F"],
    ["segolene", "F"],
    ["Nicolas", "M"],
    ["Boris", "M"],
    ["Jean", "M"],
    ["Jean-Marie", "M"],
    ["Marie-Christine", "F"],
  ] as const)("%s → %s", (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });

  it("leaves names given to both sexes and unknown words undefined", () => {
    expect(genderOfFirstName("Dominique")).toBeUndefined();
    expect(genderOfFirstName("Kim")).toBeUndefined();
    expect(genderOfFirstName("Gouvernement")).toBeUndefined();
    expect(genderOfFirstName("")).toBeUndefined();
  });
});

describe("genderOfPersonName", () => {
  it("reads a courtesy title before the name", () => {
    expect(genderOfPersonName("Mme Dominique Bertin")).toBe("F");
    expect(genderOfPersonName("M. Dominique Bertin")).toBe("M");
    expect(genderOfPersonName("Mrs. Kim Holt")).toBe("F");
  });

  it("falls back on the first word as a given name", () => {
    expect(genderOfPersonName("Theresa Holt")).toBe("F");
    expect(genderOfPersonName("Boris Lenoir")).toBe("M");
    expect(genderOfPersonName("Holt")).toBeUndefined();
  });
});

describe("honorificGenderBefore", () => {
  const before = (text: string, name: string) => honorificGenderBefore(text, text.indexOf(name));

  it("reads the courtesy title standing right before a name", () => {
    expect(before("Selon Mme Dupont, rien ne change.", "Dupont")).toBe("F");
    expect(before("« Non », a dit M. Durand.", "Durand")).toBe("M");
    expect(before("Talks with Mrs. Smith and Mr Jones went on.", "Smith")).toBe("F");
    expect(before("Talks with Mrs. Smith and Mr Jones went on.", "Jones")).toBe("M");
    expect(before("He thanked Sir Winston Fairfax.", "Winston")).toBe("M");
  });

  it("gives nothing without a title, or for a title inside another word or an initial without its dot", () => {
    expect(before("Le ministre Durand a parlé.", "Durand")).toBeUndefined();
    expect(before("The firm MMe Durand opened.", "Durand")).toBeUndefined();
    expect(before("Jean M Durand a parlé.", "Durand")).toBeUndefined();
  });
});
