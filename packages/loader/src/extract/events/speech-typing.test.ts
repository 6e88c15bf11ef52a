import { describe, expect, it } from "vitest";
import { codeEvents } from "./index.js";
import { coded, testActors, testArticle } from "./test-article.js";

const FR = { fr: ["COUNTRY", "France"], ml: ["COUNTRY", "Mali"], dupont: ["PERSON", "Jean Dupont"], rebels: ["GROUP", "rebelles"] } as const;
const EN = { uk: ["COUNTRY", "Britain"], ir: ["COUNTRY", "Iran"], smith: ["PERSON", "Anna Smith"], rebels: ["GROUP", "rebels", "Rebels"] } as const;
const fr = (text: string) => coded(text, "fr", FR);
const en = (text: string) => coded(text, "en", EN);

describe("statements coded by what they do", () => {
  it("reads a demand from a modal and takes its subject, or the object of an appeal", () => {
    expect(en("Anna Smith said Iran must release the crew.")).toEqual(["REQUEST smith→ir"]);
    expect(en('Anna Smith wrote, "I count on Iran to show restraint."')).toEqual(["REQUEST smith→ir"]);
    expect(fr("Jean Dupont a déclaré : « Le Mali doit libérer les otages. »")).toEqual(["REQUEST dupont→ml"]);
  });

  it("does not read a request from a noun that reports someone else's", () => {
    expect(en("Anna Smith said Iran had heard new demands.")).toEqual(["STATEMENT smith→-"]);
    expect(fr("Jean Dupont a écrit : « Nouvelle demande du Mali, quelle surprise. »")).toEqual(["STATEMENT dupont→-"]);
  });

  it("blames the agent of a blamed deed, else its subject", () => {
    expect(en("Anna Smith claimed violent rebels were sent by Iran.")).toEqual(["ACCUSE smith→ir"]);
    expect(fr("Jean Dupont a considéré que le Mali avait commis une faute grave.")).toEqual(["ACCUSE dupont→ml"]);
  });

  it("reads a demand before the blame that comes with it, and a threat only from the speaker's own warning", () => {
    expect(en('Anna Smith said: "Iran must stop this criminal and illegal abuse."')).toEqual(["REQUEST smith→ir"]);
    expect(en('Anna Smith said: "We warn Iran that there will be consequences."')).toEqual(["THREATEN smith→ir"]);
    expect(en('Anna Smith said: "Iran was threatened by the rebels last year."')).toEqual(["STATEMENT smith→-"]);
  });

  it("does not blame a place", () => {
    expect(fr("Jean Dupont a déclaré : « La guerre au Mali est un crime. »")).toEqual(["STATEMENT dupont→-"]);
  });

  it("blames the latest hostile author when the statement names no one", () => {
    expect(fr("Les rebelles ont attaqué Bamako. La France a déclaré qu'il s'agissait d'un crime.")).toEqual(["ASSAULT rebels→-", "ACCUSE fr→rebels"]);
  });

  it("does not blame the speaker's own side", () => {
    const body = "Turkish troops attacked the border. Ali Veli said the invasion would stop terror.";
    const actors = testActors(body, { tr: ["COUNTRY", "Turkish"], veli: ["PERSON", "Ali Veli"] }).map((actor) => ({ ...actor, country: "TR" }));
    const events = codeEvents(testArticle(body, "en"), actors).map((event) => `${event.type} ${event.sourceKey}→${event.targetKey ?? "-"}`);
    expect(events).toEqual(["ASSAULT tr→-", "STATEMENT veli→-"]);
  });
});
