import { describe, expect, it } from "vitest";
import type { GoldArticle } from "./gold.js";
import { actorMatches, kindsCompatible } from "./match-actors.js";
import { scoreAll, scoreArticle } from "./score.js";
import { mentionOf, predictedActor, predictedEvent } from "./test-helpers.js";

const gold: GoldArticle = {
  language: "fr",
  actors: [
    { name: "Russia", kind: "COUNTRY", country: "RU", mentions: ["Russie", "russes"] },
    { name: "Vladimir Putin", kind: "PERSON", country: "RU", mentions: ["Vladimir Poutine"] },
    { name: "Junta", kind: "GROUP", country: "NE", mentions: ["la junte"] },
    { name: "Niger", kind: "COUNTRY", country: "NE", mentions: ["Niger"] },
  ],
  events: [
    { type: "AGREE", source: "Junta", target: "Vladimir Putin", trigger: "accord", sentence: "s" },
    { type: "STATEMENT", source: "Vladimir Putin", target: null, trigger: "a dit", sentence: "s" },
  ],
};

const russia = predictedActor({ key: "country:RU", name: "Russia", kind: "COUNTRY", country: "RU" });
const putin = predictedActor({ key: "wd:Q7747", name: "Vladimir Putin", kind: "PERSON", country: "RU", mentions: [mentionOf("Poutine")], aliases: ["Vladimir Poutine"] });
const junta = predictedActor({ key: "group:junta@NE", name: "junte", kind: "ORGANIZATION", country: "NE", mentions: [mentionOf("La Junte")], generic: true });

describe("actor matching", () => {
  it("treats ORGANIZATION and GROUP as compatible, nothing else", () => {
    expect(kindsCompatible("GROUP", "ORGANIZATION")).toBe(true);
    expect(kindsCompatible("COUNTRY", "LOCATION")).toBe(false);
  });

  it("matches countries by ISO code whatever the name", () => {
    expect(actorMatches(gold.actors[0]!, predictedActor({ key: "k", name: "Russie", kind: "COUNTRY", country: "RU" }))).toBe(true);
    expect(actorMatches(gold.actors[0]!, predictedActor({ key: "k", name: "Russia", kind: "COUNTRY", country: "BY" }))).toBe(false);
    const soviet = { name: "Soviet Union", kind: "COUNTRY" as const, country: null, mentions: ["URSS"] };
    expect(actorMatches(soviet, predictedActor({ key: "wd:Q15180", name: "Soviet Union", kind: "COUNTRY" }))).toBe(true);
  });

  it("matches others through a gold mention equal to an alias or mention, ignoring case and accents", () => {
    expect(actorMatches(gold.actors[1]!, putin)).toBe(true);
    expect(actorMatches(gold.actors[2]!, junta)).toBe(true);
    expect(actorMatches(gold.actors[1]!, predictedActor({ key: "k", name: "Poutine", kind: "LOCATION" }))).toBe(false);
  });
});

describe("scoreArticle", () => {
  it("counts matches one-to-one and reports what is missed and extra", () => {
    const duplicate = predictedActor({ key: "country:RU#2", name: "Russia", kind: "COUNTRY", country: "RU" });
    const score = scoreArticle("a.txt", gold, { actors: [russia, duplicate, putin, junta], events: [] });
    expect(score.actors.pairs).toHaveLength(2); // the junta takes part in no event, so the corpus drops it
    expect(score.actors.missed.map((a) => a.name)).toEqual(["Junta", "Niger"]);
    expect(score.actors.extra.map((a) => a.key)).toEqual(["country:RU#2"]);
  });

  it("matches events on type, source and target through the actor pairing; only asserted ones count", () => {
    const events = [
      predictedEvent({ type: "AGREE", sourceKey: junta.key, targetKey: putin.key }),
      predictedEvent({ type: "AGREE", sourceKey: junta.key, targetKey: putin.key }), // told twice: one is extra
      predictedEvent({ type: "STATEMENT", sourceKey: putin.key, targetKey: russia.key }), // gold target is null
      predictedEvent({ type: "ASSAULT", sourceKey: russia.key, targetKey: null, modality: "HYPOTHETICAL" }),
    ];
    const score = scoreArticle("a.txt", gold, { actors: [russia, putin, junta], events });
    expect(score.events.pairs.map((p) => p.gold.type)).toEqual(["AGREE"]);
    expect(score.events.missed.map((e) => e.type)).toEqual(["STATEMENT"]);
    expect(score.events.extra.map((e) => e.type)).toEqual(["AGREE", "STATEMENT"]);
  });
});

describe("scoreAll", () => {
  it("micro-averages over articles and slices by kind, type and language", () => {
    const english: GoldArticle = { language: "en", actors: [{ name: "Niger", kind: "COUNTRY", country: "NE", mentions: [] }], events: [] };
    const report = scoreAll(
      { "a.txt": gold, "b.txt": english, "c.txt": english },
      new Map([
        ["a.txt", { actors: [russia, putin], events: [] }],
        ["b.txt", { actors: [predictedActor({ key: "country:NE", name: "Niger", kind: "COUNTRY", country: "NE" })], events: [] }],
      ]),
    );
    expect(report.missingFiles).toEqual(["c.txt"]);
    expect(report.actors).toMatchObject({ tp: 3, fp: 0, fn: 3 });
    expect(report.actors.precision).toBe(1);
    expect(report.actors.recall).toBeCloseTo(3 / 6);
    expect(report.actorsByKind.COUNTRY).toMatchObject({ tp: 2, fn: 2 });
    expect(report.byLanguage.en?.actors).toMatchObject({ tp: 1, fn: 1 });
    expect(report.events).toMatchObject({ tp: 0, fn: 2, f1: 0 });
  });
});
