import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const FR = {
  fr: ["COUNTRY", "France"],
  ml: ["COUNTRY", "Mali"],
  ue: ["ORGANIZATION", "Union européenne"],
  dupont: ["PERSON", "Jean Dupont", "Dupont"],
  rebels: ["GROUP", "rebelles"],
  crowd: ["GROUP", "manifestants"],
  army: ["ORGANIZATION", "l'armée", "L'armée"],
} as const;
const EN = {
  uk: ["COUNTRY", "Britain"],
  ir: ["COUNTRY", "Iran"],
  un: ["ORGANIZATION", "United Nations", "UN"],
  smith: ["PERSON", "Anna Smith", "Smith"],
  police: ["ORGANIZATION", "police"],
  crowd: ["GROUP", "protesters"],
  union: ["ORGANIZATION", "the union", "The union"],
} as const;
type Specs = Parameters<typeof coded>[2];
const fr = (text: string, all = false) => coded(text, "fr", FR as unknown as Specs, all);
const en = (text: string, all = false) => coded(text, "en", EN as unknown as Specs, all);

describe("codeEvents — protests", () => {
  it("reads a crowd gathering as a protest, and its members after a quantity as its subject", () => {
    expect(en("Thousands of protesters gathered outside the police headquarters.")).toEqual(["PROTEST crowd→police"]);
    expect(fr("Des milliers de manifestants se sont rassemblés devant l'armée.")).toEqual(["PROTEST crowd→army"]);
  });

  it("takes no protest from a gathering of others than a crowd", () => {
    expect(en("Anna Smith gathered outside the police headquarters.")).toEqual([]);
    expect(fr("Jean Dupont s'est rassemblé devant l'armée.")).toEqual([]);
  });

  it("takes no protest from a strike called off or faced", () => {
    expect(en("The union called off a strike against the police.")).toEqual([]);
    expect(fr("Le Mali fait face à des manifestations contre la France.")).toEqual([]);
  });

  it("reads 'marcher' as walking and 'grever' as burdening, not as protests", () => {
    expect(fr("Jean Dupont marche vers la France.")).toEqual([]);
    expect(fr("Les rebelles grèvent le budget du Mali.")).toEqual([]);
  });
});

describe("codeEvents — rejections", () => {
  it("reads blocking as a rejection only when an actor is blocked", () => {
    expect(en("The protesters blocked the exits.")).toEqual([]);
    expect(en("Iran blocked the United Nations.")).toEqual(["REJECT ir→un"]);
    expect(fr("Les manifestants ont bloqué les routes.")).toEqual([]);
    expect(fr("La France a bloqué l'Union européenne.")).toEqual(["REJECT fr→ue"]);
  });
});

describe("codeEvents — voice of object patterns", () => {
  it("reads 'be' + a verb whose object words name the act as a passive", () => {
    expect(en("The protesters asked Anna Smith, who leads the police, to resign, but this has been dropped from the list of demands.")).toEqual(["REQUEST crowd→smith"]);
    expect(fr("Les rebelles ont demandé à Jean Dupont, qui dirige l'armée, de partir, mais cela a été retiré de la liste des sanctions.")).toEqual(["REQUEST rebels→dupont"]);
  });

  it("keeps the subject of an act with one participant, and of a verb that takes 'être'", () => {
    expect(fr("L'armée a été mise en état d'alerte.")).toEqual(["MOBILIZE army→-"]);
    expect(fr("Le Mali est entré dans la coalition avec la France.")).toEqual(["COOPERATE ml→fr"]);
  });
});

describe("codeEvents — coordinated verb groups", () => {
  it("gives a verb group after 'but/mais' the subject of the previous verb, not its object", () => {
    expect(en("Anna Smith toured Britain's capital but did not accede to the protesters' demands.")).toEqual(["REJECT smith→crowd"]);
    expect(fr("Jean Dupont a parcouru le Mali mais a condamné la France.")).toEqual(["ACCUSE dupont→fr"]);
  });
});

describe("codeEvents — concessions answer whom a response phrase names", () => {
  it("takes the actor after 'in response to' / 'sous la pression de' as the target of a concession", () => {
    expect(en("The union withdrew its candidate in response to a statement from her brother, Anna Smith.")).toEqual(["CONCEDE union→smith"]);
    expect(en("In response to demands from the protesters, Iran lifted the curfew.")).toEqual(["CONCEDE ir→crowd"]);
    expect(fr("Sous la pression des rebelles, le Mali a retiré son projet de loi.")).toEqual(["CONCEDE ml→rebels"]);
    expect(fr("Le Mali a levé le couvre-feu à la demande de la France.")).toContain("CONCEDE ml→fr");
  });

  it("reads no target across a clause word or from a place", () => {
    expect(en("The union withdrew its candidate in response to a statement that Anna Smith made.")).toEqual(["CONCEDE union→-"]);
  });
});

describe("codeEvents — French capital 'A'", () => {
  it("reads a capital 'A' as the preposition 'à', so that the place after it is no subject", () => {
    expect(coded("A Bamako, 200 personnes ont manifesté contre la France.", "fr", { bko: ["LOCATION", "Bamako"], fr: ["COUNTRY", "France"] })).toEqual([]);
  });
});

describe("codeEvents — adverb phrases before a verb", () => {
  it("reads a verb after 'de nouveau' / 'at first' as a verb, not a noun", () => {
    expect(fr("Le Mali a de nouveau refusé de participer.")).toEqual(["REJECT ml→-"]);
    expect(fr("Le Mali a à nouveau condamné la France.")).toEqual(["ACCUSE ml→fr"]);
    expect(en("Iran at first rejected the UN offer.")).toEqual(["REJECT ir→un"]);
    expect(en("Britain at last agreed with Iran.")).toEqual(["AGREE uk→ir"]);
  });
});
