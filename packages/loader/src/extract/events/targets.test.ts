import { describe, expect, it } from "vitest";
import { codeEvents } from "./index.js";
import { coded, testActors, testArticle } from "./test-article.js";

const FR = {
  fr: ["COUNTRY", "France"],
  ml: ["COUNTRY", "Mali"],
  ue: ["ORGANIZATION", "Union européenne"],
  dupont: ["PERSON", "Jean Dupont", "Dupont"],
} as const;
const EN = {
  uk: ["COUNTRY", "Britain"],
  ir: ["COUNTRY", "Iran"],
  un: ["ORGANIZATION", "United Nations", "UN"],
  smith: ["PERSON", "Anna Smith", "Smith"],
} as const;
const fr = (text: string) => coded(text, "fr", FR);
const en = (text: string) => coded(text, "en", EN);

describe("codeEvents — targets named inside the object", () => {
  it("reads the complement of a trigger that ends on its noun as the target", () => {
    expect(fr("Jean Dupont a proclamé l'indépendance du Mali.")).toEqual(["CONCEDE dupont→ml"]);
    expect(fr("Jean Dupont a proclamé l'indépendance hier.")).toEqual(["CONCEDE dupont→-"]);
  });

  it("reads the sides of an object's 'between' as targets", () => {
    expect(en("The United Nations condemned the dispute between Iran and Britain.")).toEqual(["ACCUSE un→ir", "ACCUSE un→uk"]);
    expect(en("The United Nations condemned the dispute.")).toEqual(["ACCUSE un→-"]);
    expect(fr("Jean Dupont a critiqué une interview après la dispute entre le Mali et la France.")).toEqual(["ACCUSE dupont→-"]);
    expect(fr("L'Union européenne a critiqué les discussions entre le Mali et la France.")).toEqual(expect.arrayContaining(["ACCUSE ue→ml", "ACCUSE ue→fr"]));
  });

  it("gives a target inferred from the object less confidence than the object itself", () => {
    const body = "The United Nations condemned the dispute between Iran and Britain. Anna Smith condemned Britain.";
    const events = codeEvents(testArticle(body, "en"), testActors(body, EN));
    const [inferred, direct] = [events.find((e) => e.sourceKey === "un" && e.targetKey === "uk"), events.find((e) => e.sourceKey === "smith" && e.targetKey === "uk")];
    expect(inferred!.confidence).toBeLessThan(direct!.confidence);
  });
});

describe("codeEvents — targets past an aside", () => {
  it("passes over an aside between commas before the pattern's preposition", () => {
    expect(fr("La France a transféré le contrôle de la ville, dernière zone dont elle avait la charge, au Mali.")).toEqual(["RETREAT fr→ml"]);
    expect(en("Britain handed over control of the base, the last one it held, to Iran.")).toEqual(["RETREAT uk→ir"]);
  });

  it("keeps a speech verb's aside as it is: what follows it is no addressee", () => {
    expect(fr("« La France est responsable », a déclaré Jean Dupont, qui parlait debout, au Mali.")).toEqual(["ACCUSE dupont→fr"]);
  });

  it("reads the complement after an agent set between commas as the patient", () => {
    expect(fr("Le Mali a confirmé l'exécution, jeudi, par la France, de Jean Dupont.")).toContain("ASSAULT fr→dupont");
    expect(en("Iran reported the killing, by Britain, of Anna Smith.")).toContain("ASSAULT uk→smith");
  });
});

describe("codeEvents — a described object named by its complement", () => {
  it("takes the named actor after a described group's 'of' as the target", () => {
    const body = "Britain supported the fighters of the United Nations.";
    const specs = { ...EN, fighters: ["GROUP", "fighters"] } as const;
    const actors = testActors(body, specs).map((actor) => (actor.key === "fighters" ? { ...actor, generic: true } : actor));
    expect(codeEvents(testArticle(body, "en"), actors).map((e) => `${e.type} ${e.sourceKey}→${e.targetKey ?? "-"}`)).toEqual(["SUPPORT uk→un"]);
  });
});

describe("codeEvents — plain statements", () => {
  it("takes no target from the subject of what a statement reports (the speaker's own side as often as not)", () => {
    expect(en("Anna Smith announced Iran was to join.")).toEqual(["STATEMENT smith→-"]);
  });
});

describe("codeEvents — reciprocal acts keep their sides", () => {
  it("does not look for a reply's addressee when the other side is a co-subject", () => {
    expect(en("The UN urged Iran and Britain to talk. Iran and Britain agreed on a truce.")).toContain("AGREE ir→uk");
    expect(en("The UN urged Iran and Britain to talk. Iran and Britain agreed on a truce.")).not.toContain("AGREE ir→un");
  });
});

describe("codeEvents — arrests told without their author", () => {
  const body = (text: string) => {
    const specs = { ir: ["COUNTRY", "Iran"], crowd: ["GROUP", "protesters"] } as const;
    const actors = testActors(text, specs).map((actor) => ({ ...actor, country: "IR" }));
    return codeEvents(testArticle(text, "en"), actors).map((e) => `${e.type} ${e.sourceKey}→${e.targetKey ?? "-"}`);
  };

  it("gives a passive arrest to the state of the arrested", () => {
    expect(body("In Iran, the protesters were arrested in May.")).toEqual(["COERCE ir→crowd"]);
  });

  it("takes no arrest from a participle that only describes a noun", () => {
    expect(body("Iran talked about the fate of young protesters arrested during the summer.")).not.toContain("COERCE ir→crowd");
  });
});

describe("codeEvents — a demand carried by a letter or a speech", () => {
  it("addresses a participle demand after a speech verb to that verb's addressee", () => {
    expect(en("Anna Smith wrote to the United Nations asking to waive the fee.")).toEqual(["REQUEST smith→un"]);
    expect(fr("Jean Dupont a écrit à l'Union européenne en demandant de lever l'embargo.")).toEqual(["REQUEST dupont→ue"]);
  });

  it("leaves a demand without addressee when it does not follow the addressee or has another author", () => {
    expect(en("Anna Smith wrote to the United Nations, and Iran later asked for calm.")).not.toContain("REQUEST ir→un");
    expect(en("Anna Smith spoke to the United Nations about firms seeking to leave Iran.")).not.toContain("REQUEST smith→un");
    expect(en("The United Nations studied financial backing to small firms in Iran.")).toEqual([]);
  });
});

describe("codeEvents — deadlines", () => {
  it("reads giving someone until a date as a demand to them", () => {
    expect(en("The United Nations gave Iran until Friday to leave.")).toEqual(["REQUEST un→ir"]);
    expect(fr("L'Union européenne a donné au Mali jusqu'à vendredi pour partir.")).toEqual(["REQUEST ue→ml"]);
  });

  it("takes no demand from giving a thing, or a time span with no one to answer", () => {
    expect(en("Anna Smith gave a speech until noon.")).toEqual([]);
  });
});

describe("codeEvents — victims and targets of an act", () => {
  const rebels = { rebelsFr: ["GROUP", "rebelles"], rebelsEn: ["GROUP", "rebels"] } as const;
  it("makes the subject of 'victime de', 'target of' the act's target, with the copula's modality", () => {
    expect(coded("Jean Dupont a été victime d'une attaque des rebelles.", "fr", { ...FR, ...rebels })).toEqual(["ASSAULT rebelsFr→dupont"]);
    expect(coded("Iran was the target of strikes by the rebels.", "en", { ...EN, ...rebels })).toEqual(["ASSAULT rebelsEn→ir"]);
    expect(coded("Jean Dupont serait victime de tirs des rebelles.", "fr", { ...FR, ...rebels }, true)).toEqual(["ASSAULT rebelsFr→dupont HYPOTHETICAL"]);
  });

  it("leaves victims named as an object alone", () => {
    expect(coded("Jean Dupont a rendu visite aux victimes de l'attaque des rebelles.", "fr", { ...FR, ...rebels })).not.toContain("ASSAULT rebelsFr→dupont");
  });
});

describe("codeEvents — who called an act", () => {
  it("takes no demand from the phrase naming who called a protest", () => {
    expect(fr("Des milliers de manifestants ont défilé à l'appel de l'Union européenne.")).not.toContain("REQUEST ue→-");
    expect(en("Hundreds rallied in Iran at the call of the United Nations.")).not.toContain("REQUEST un→-");
  });

  it("still reads a request told as a noun elsewhere", () => {
    expect(fr("L'appel de l'Union européenne au Mali a été entendu.")).toContain("REQUEST ue→ml");
  });
});
