import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Actor, Corpus } from "@corpus/schema";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";

// What issue 2 asks the loader to find in the project's seed article (seeds/, French, 2024-04).
const seeds = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds");
let corpus: Corpus;
const byName = (name: string): Actor | undefined => corpus.actors.find((actor) => actor.name === name);

beforeAll(async () => {
  ({ corpus } = await loadCorpus(seeds));
}, 60_000);

describe("the seed article", () => {
  test("is French, dated to the month, with its sentences", () => {
    const [article] = corpus.articles;
    expect(article).toMatchObject({ language: "fr", published: { value: "2024-04", precision: "MONTH" } });
    expect(article!.sentences.length).toBeGreaterThan(8);
  });

  test.each([
    ["Russia", "RU"],
    ["Niger", "NE"],
    ["France", "FR"],
    ["United States", "US"],
    ["Mali", "ML"],
    ["Burkina Faso", "BF"],
  ])("names %s as a country with ISO code %s", (name, code) => {
    expect(byName(name)).toMatchObject({ kind: "COUNTRY", country: code, id: `country:${code}` });
  });

  test("resolves demonyms and the capital to Russia", () => {
    const russia = byName("Russia")!;
    expect(russia.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["Russie", "russe"]));
  });

  test("finds Vladimir Putin as a Russian person with his title", () => {
    expect(byName("Vladimir Putin")).toMatchObject({ kind: "PERSON", country: "RU", wikidataId: "Q7747" });
    expect(byName("Vladimir Putin")!.roles).toContain("président russe");
  });

  test("finds the junta as Niger's group and RTN as an organisation", () => {
    const junta = corpus.actors.find((actor) => actor.kind === "GROUP" && actor.mentions.some((m) => m.text === "junte"));
    expect(junta).toMatchObject({ country: "NE" });
    expect(corpus.actors.find((actor) => actor.name === "RTN")).toMatchObject({ kind: "ORGANIZATION" });
  });

  test("codes an AGREE event and a Russia → Niger event with their evidence", () => {
    const agree = corpus.events.find((event) => event.type === "AGREE");
    expect(agree).toBeDefined();
    const russiaToNiger = corpus.events.find((event) => event.sourceId === "country:RU" && event.targetId === "country:NE");
    expect(russiaToNiger).toBeDefined();
    expect(russiaToNiger!.evidence.text).toContain(russiaToNiger!.trigger.text);
    expect(russiaToNiger!.modality).toBe("ASSERTED");
  });

  test("resolves 'l'année dernière' in a 2024 article to 2023", () => {
    const dated = corpus.events.find((event) => event.dateText?.text === "l'année dernière");
    expect(dated?.date).toMatchObject({ value: "2023", precision: "YEAR" });
  });
});
