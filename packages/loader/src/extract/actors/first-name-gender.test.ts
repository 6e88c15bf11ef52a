import { describe, expect, it } from "vitest";
import { genderOfFirstName, genderOfPersonName } from "./first-name-gender.js";

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
