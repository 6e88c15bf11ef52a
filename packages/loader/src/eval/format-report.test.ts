import { describe, expect, it } from "vitest";
import { formatReport, toJsonReport } from "./format-report.js";
import { scoreAll } from "./score.js";
import { mentionOf, predictedActor, predictedEvent } from "./test-helpers.js";

const report = scoreAll(
  {
    "a.txt": {
      language: "fr",
      actors: [
        { name: "Mali", kind: "COUNTRY", country: "ML", mentions: ["Mali"] },
        { name: "Ansar Dine", kind: "GROUP", country: "ML", mentions: ["Ansar Eddine"] },
      ],
      events: [{ type: "ASSAULT", source: "Ansar Dine", target: null, trigger: "ont détruit", sentence: "Les islamistes ont détruit." }],
    },
  },
  new Map([
    [
      "a.txt",
      {
        actors: [
          predictedActor({ key: "country:ML", name: "Mali", kind: "COUNTRY", country: "ML" }),
          predictedActor({ key: "person:tombouctou", name: "Tombouctou", kind: "PERSON", mentions: [mentionOf("Tombouctou")] }),
        ],
        events: [predictedEvent({ type: "COERCE", sourceKey: "country:ML", targetKey: "person:tombouctou" })],
      },
    ],
  ]),
);

describe("formatReport", () => {
  it("prints the figures, then each article's missed (-) and extra (+) items with their evidence", () => {
    const text = formatReport(report);
    expect(text).toMatch(/^Actors {2}P 0\.500 {2}R 0\.500 {2}F1 0\.500/);
    expect(text).toContain(`- actor  GROUP ML "Ansar Dine" [Ansar Eddine]`);
    expect(text).toContain(`+ actor  PERSON - "Tombouctou" (person:tombouctou) [Tombouctou]`);
    expect(text).toContain(`- event  ASSAULT Ansar Dine → ∅  "ont détruit"`);
    expect(text).toContain("+ event  COERCE Mali → Tombouctou");
    expect(formatReport(report, { errors: false })).not.toContain("- actor");
  });

  it("gives the same findings as plain JSON", () => {
    const json = JSON.parse(JSON.stringify(toJsonReport(report))) as ReturnType<typeof toJsonReport>;
    expect(json.articles[0]?.extraActors[0]).toMatchObject({ key: "person:tombouctou", mentions: ["Tombouctou"] });
    expect(json.byLanguage.fr?.actors.f1).toBeCloseTo(0.5);
  });
});
