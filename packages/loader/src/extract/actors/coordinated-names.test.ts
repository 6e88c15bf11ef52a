import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article } from "./test-article.js";

const names = (body: string) => recognizeActors(article("A report on the agencies and the firms", body)).map((actor) => actor.name);

describe("joinCoordinatedNames", () => {
  it("makes one body of two capitalised runs joined by 'and' when the second ends with a head word", () => {
    const found = names("The Timber and Pulp Authority fined the mill. He wrote to the Department of Fisheries and Coastal Affairs Council on Monday.");
    expect(found).toContain("Timber and Pulp Authority");
    expect(found).toContain("Department of Fisheries and Coastal Affairs Council");
  });

  it("keeps two bodies apart when the first is a name of its own, an acronym opens the second or a legal suffix closes it", () => {
    const found = names("Chile and Peru Commission members met. Zorbatex and KL Financial merged, and Brimley and Vantor Corp signed.");
    expect(found).not.toContain("Chile and Peru Commission");
    expect(found.some((name) => name.includes("Zorbatex and"))).toBe(false);
    expect(found.some((name) => name.includes("Brimley and"))).toBe(false);
  });
});
