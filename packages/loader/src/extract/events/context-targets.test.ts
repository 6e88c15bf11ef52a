import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const FR = {
  fr: ["COUNTRY", "France"],
  ml: ["COUNTRY", "Mali"],
  parti: ["ORGANIZATION", "Parti radical"],
  dupont: ["PERSON", "Jean Dupont"],
  martin: ["PERSON", "Paul Martin"],
  rebels: ["GROUP", "rebelles"],
} as const;
const EN = { uk: ["COUNTRY", "Britain"], ir: ["COUNTRY", "Iran"], smith: ["PERSON", "Anna Smith"], jones: ["PERSON", "Tom Jones"], rebels: ["GROUP", "rebels", "Rebels"] } as const;
const fr = (text: string) => coded(text, "fr", FR);
const en = (text: string) => coded(text, "en", EN);

describe("targets from context", () => {
  it("gives a reply the author of the request it answers", () => {
    expect(fr("Paul Martin a demandé à Jean Dupont une pause. Jean Dupont a accepté.")).toEqual(["REQUEST martin→dupont", "AGREE dupont→martin"]);
    expect(en("Anna Smith urged Tom Jones to resign. Tom Jones refused.")).toEqual(["REQUEST smith→jones", "REJECT jones→smith"]);
  });

  it("leaves a reply without target when nobody addressed its author", () => {
    expect(en("Anna Smith urged Tom Jones to resign. Britain refused.")).toEqual(["REQUEST smith→jones", "REJECT uk→-"]);
  });

  it("gives a condemnation without named object the author of the latest hostile act", () => {
    expect(fr("Les rebelles ont attaqué le Mali. Le Mali a subi de lourdes pertes. La France a condamné ces attaques.")).toEqual(["ASSAULT rebels→ml", "ACCUSE fr→rebels"]);
    expect(en("Rebels attacked Iran. Britain threatened those responsible.")).toEqual(["ASSAULT rebels→ir", "THREATEN uk→rebels"]);
    const story = ["Rebels attacked Iran.", "Many fled.", "Others hid.", "Shops closed.", "Roads emptied.", "Schools shut.", "Banks closed.", "Trains stopped.", "Britain condemned the attack."];
    expect(en(story.join(" "))).toEqual(["ASSAULT rebels→ir", "ACCUSE uk→rebels"]);
  });

  it("takes the object of an accusation from the words it quotes", () => {
    expect(fr("Jean Dupont a dénoncé un « coup de force ! Le Mali ment ! »")).toEqual(["ACCUSE dupont→ml"]);
  });

  it("finds a name introduced by a preposition across a title", () => {
    expect(fr("Paul Martin a demandé au président de la commission Jean Dupont une suspension.")).toEqual(["REQUEST martin→dupont"]);
    expect(en("Anna Smith spoke with the US Ambassador Tom Jones.")).toEqual(["CONSULT smith→jones"]);
  });

  it("does not cross a verb or a place to reach a name", () => {
    expect(en("Anna Smith claimed the drilling was only to protect Iran.")).toEqual(["STATEMENT smith→-"]);
  });
});

describe("pronouns and demonstratives", () => {
  it("resolves French il/elle to a person named recently before a non-person subject", () => {
    expect(fr("Le Parti radical a exclu Paul Martin. Il a ensuite déclaré que rien ne changeait.")).toEqual(["SANCTION parti→martin", "STATEMENT martin→-"]);
  });

  it("resolves ce dernier / the latter to the last actor named", () => {
    expect(fr("La France a reçu Paul Martin. Ce dernier a condamné le Mali.")).toEqual(["CONSULT fr→martin", "ACCUSE martin→ml"]);
    expect(en("Britain welcomed Anna Smith. The latter condemned Iran.")).toEqual(["SUPPORT uk→smith", "ACCUSE smith→ir"]);
  });
});

describe("appositions", () => {
  it("gives the verb after a comma-bounded description to the person it describes", () => {
    expect(fr("Paul Martin, président de la république du Mali, a condamné la France.")).toEqual(["ACCUSE martin→fr"]);
    expect(fr("Le Parti radical, Jean Dupont, a condamné la France.")).toEqual(["ACCUSE dupont→fr"]);
  });

  it("does not take a description for the subject when its verb comes later without a comma", () => {
    expect(fr("Paul Martin, président du Mali a condamné la France.")).toEqual(["ACCUSE martin→fr"]);
  });
});

describe("French il", () => {
  it("takes the latest sentence that names actors, and no plural collective", () => {
    const specs = { ...FR, habitants: ["GROUP", "habitants"], gr: ["COUNTRY", "Grèce"] } as const;
    const text = "Le Parti radical a exclu Paul Martin. On lui reproche de trahir ses habitants. Il a ensuite condamné le Mali.";
    expect(coded(text, "fr", specs)).toEqual(["SANCTION parti→martin", "ACCUSE martin→ml"]);
    const recent = "Jean Dupont a rencontré Paul Martin. Les réformes que doit engager la Grèce sont dures. Il a ensuite condamné le Mali.";
    expect(coded(recent, "fr", specs)).toEqual(["CONSULT dupont→martin", "ACCUSE gr→ml"]);
  });
});

describe("demands and pronouns", () => {
  it("addresses a demand made as a clause to the clause's subject", () => {
    expect(fr("La France a appelé à ce que les rebelles soient jugés.")).toEqual(["REQUEST fr→rebels"]);
    expect(en("Britain urged that Iran release the crew.")).toEqual(["REQUEST uk→ir"]);
  });

  it("keeps a subject pronoun off the verb's own object", () => {
    expect(en("Britain lost. Iran won. They urged Iran to stop.")).toEqual(["REQUEST uk→ir"]);
  });
});

describe("members of a group", () => {
  it("let the group act: les islamistes d'X, the rebels of X", () => {
    expect(fr("Les islamistes du Parti radical ont attaqué le Mali.")).toEqual(["ASSAULT parti→ml"]);
    expect(en("The gunmen of Iran attacked Britain.")).toEqual(["ASSAULT ir→uk"]);
  });
});

describe("French elle", () => {
  it("does not prefer a person, unlike il", () => {
    expect(fr("La France a reçu Paul Martin. Elle a ensuite condamné le Mali.")).toEqual(["CONSULT fr→martin", "ACCUSE fr→ml"]);
    expect(fr("La France a reçu Paul Martin. Il a ensuite condamné le Mali.")).toEqual(["CONSULT fr→martin", "ACCUSE martin→ml"]);
  });
});

describe("noun readings of verb forms", () => {
  it("reads an -ing form after be and an article as a noun", () => {
    expect(en("Rebels are the main fighting force of Iran.")).toEqual([]);
    expect(en("Rebels are fighting Iran.")).toEqual(["ASSAULT rebels→ir"]);
  });

  it("reads a word after 'according to' as a noun", () => {
    expect(en("Rebels entered the city, according to state media.")).toEqual([]);
  });
});
