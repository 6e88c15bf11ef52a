import { describe, expect, it } from "vitest";
import { gazetteer } from "./gazetteer.js";
import { gendersAgree, titleAgreement, titleSignature } from "./title-signature.js";

const sig = (title: string) => titleSignature(title, gazetteer());

describe("titleSignature", () => {
  it("keeps the office and its portfolio, not the state or the article", () => {
    expect(sig("Premier ministre grec")).toEqual({ head: "premier ministre", complement: "" });
    expect(sig("le ministre de l'Intérieur")).toEqual({ head: "ministre", complement: "interieur" });
    expect(sig("US Secretary of State")).toEqual({ head: "secretary", complement: "state" });
    expect(sig("ministre la Transition écologique")).toEqual({ head: "ministre", complement: "transition ecologique" });
    expect(sig("président sortant")).toEqual({ head: "president", complement: "" });
    expect(sig("acting president")).toEqual({ head: "president", complement: "" });
  });
});

describe("titleAgreement", () => {
  it("tells the same office, a bare head, a shortened portfolio and another office apart", () => {
    expect(titleAgreement(sig("ministre de la Santé"), sig("ministre de la Santé"))).toBe("exact");
    expect(titleAgreement(sig("ministre"), sig("ministre de la Santé"))).toBe("head");
    expect(titleAgreement(sig("ministre de l'Éducation"), sig("ministre de l'Éducation nationale"))).toBe("exact");
    expect(titleAgreement(sig("ministre des Armées"), sig("ministre de la Santé"))).toBeUndefined();
    expect(titleAgreement(sig("ministre"), sig("Premier ministre"))).toBeUndefined();
    expect(titleAgreement(sig("ministre de la Santé"), sig("ministre"))).toBeUndefined();
  });

  it("lets unknown genders agree with anything", () => {
    expect(gendersAgree("F", "M")).toBe(false);
    expect(gendersAgree("F", undefined)).toBe(true);
  });
});
