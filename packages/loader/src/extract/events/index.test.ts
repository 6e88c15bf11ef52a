import { describe, expect, it } from "vitest";
import { codeEvents } from "./index.js";
import { coded, onlyEvent, testActors, testArticle } from "./test-article.js";

const FR = { fr: ["COUNTRY", "France"], ml: ["COUNTRY", "Mali", "Bamako"], ue: ["ORGANIZATION", "Union européenne", "Bruxelles"], dupont: ["PERSON", "Jean Dupont", "Dupont"], rebels: ["GROUP", "rebelles"] } as const;
const EN = { uk: ["COUNTRY", "Britain", "London"], ir: ["COUNTRY", "Iran", "Tehran"], un: ["ORGANIZATION", "United Nations", "UN"], smith: ["PERSON", "Anna Smith", "Smith"], police: ["ORGANIZATION", "police", "Police"], rebels: ["GROUP", "rebels", "Rebels"] } as const;
const fr = (text: string, all = false) => coded(text, "fr", FR, all);
const en = (text: string, all = false) => coded(text, "en", EN, all);

describe("codeEvents — pattern families (French)", () => {
  it("codes accusations, requests, support, agreements and meetings", () => {
    expect(fr("La France a condamné le Mali.")).toEqual(["ACCUSE fr→ml"]);
    expect(fr("La France exhorte le Mali à négocier avec Jean Dupont.", true)).toEqual(["REQUEST fr→ml ASSERTED", "CONSULT fr→dupont HYPOTHETICAL"]);
    expect(fr("Bruxelles a salué le Mali.")).toEqual(["SUPPORT ue→ml"]);
    expect(fr("La France a signé un accord avec le Mali.")).toEqual(["AGREE fr→ml"]);
    expect(fr("Jean Dupont s'est entretenu avec le Mali.")).toEqual(["CONSULT dupont→ml"]);
  });

  it("codes sanctions, coercion, assaults, threats, rejections and protests", () => {
    expect(fr("L'Union européenne a imposé des sanctions au Mali.")).toEqual(["SANCTION ue→ml"]);
    expect(fr("La France a rompu ses relations diplomatiques avec le Mali.")).toEqual(["SANCTION fr→ml"]);
    expect(fr("Le Mali a arrêté Jean Dupont.")).toEqual(["COERCE ml→dupont"]);
    expect(fr("Les rebelles ont pris le pouvoir.")).toEqual(["COERCE rebels→-"]);
    expect(fr("Les rebelles ont attaqué le Mali.")).toEqual(["ASSAULT rebels→ml"]);
    expect(fr("La France a menacé le Mali.")).toEqual(["THREATEN fr→ml"]);
    expect(fr("Le Mali a rejeté l'offre de Jean Dupont.")).toEqual(["REJECT ml→dupont"]);
    expect(fr("Les rebelles ont manifesté contre la France.")).toEqual(["PROTEST rebels→fr"]);
  });

  it("codes restored or normalised relations as cooperation, in both languages", () => {
    expect(fr("La France a rétabli ses relations diplomatiques avec le Mali.")).toEqual(["COOPERATE fr→ml"]);
    expect(fr("La France a renoué ses liens avec le Mali.")).toEqual(["COOPERATE fr→ml"]);
    expect(fr("La France a renoué avec la croissance.")).toEqual([]);
    expect(en("Britain restored diplomatic ties with Iran.")).toEqual(["COOPERATE uk→ir"]);
    expect(en("Britain resumed its exports of grain.")).toEqual([]);
  });

  it("codes withdrawals, concessions, aid and mobilisation", () => {
    expect(fr("La France a retiré ses troupes du Mali.")).toEqual(["RETREAT fr→ml"]);
    expect(fr("Le Mali a libéré Jean Dupont.")).toEqual(["CONCEDE ml→dupont"]);
    expect(fr("La France a accordé l'asile à Jean Dupont.")).toEqual(["AID fr→dupont"]);
    expect(fr("Le Mali a déployé des soldats à Bamako.")).toEqual(["MOBILIZE ml→-"]);
  });

  it("reads a verb with a harmless sense as an attack only when it has a target", () => {
    expect(fr("Les rebelles ont frappé le Mali.")).toEqual(["ASSAULT rebels→ml"]);
    expect(fr("Le Mali a frappé fort dans ce dossier.")).toEqual([]);
    expect(en("Rebels hit Britain hard.")).toEqual(["ASSAULT rebels→uk"]);
    expect(en("Iran hit a record in exports.")).toEqual([]);
  });

  it("reads a French verb form after an article or a preposition as a noun", () => {
    expect(fr("Selon la presse du Mali, rien.")).toEqual([]);
    expect(fr("La France en marche vers le Mali.")).toEqual([]);
    expect(fr("Les rebelles ont fui. Le Mali les a arrêtés.")).toEqual(["COERCE ml→rebels"]);
  });

  it("pairs coordinated subjects only for reciprocal events", () => {
    expect(fr("La France et le Mali se sont rencontrés.")).toEqual(["CONSULT fr→ml"]);
    expect(fr("La France et le Mali ont accepté.")).toEqual(["AGREE fr→-", "AGREE ml→-"]);
    expect(en("Iran and the UN agreed on borders and allowed troops in Iran.")).toEqual(["AGREE ir→un"]);
  });

  it("reads an English -ing form as an event only when it acts like a verb", () => {
    expect(en("Britain posted a message blaming Iran.")).toEqual(["ACCUSE uk→ir"]);
    expect(en("Britain is negotiating with Iran.")).toEqual(["CONSULT uk→ir"]);
    expect(en("Iran needs bridge financing for the UN.")).toEqual([]);
    expect(en("Britain released figures.")).toEqual([]);
  });

  it("keeps the actors of a subordinate clause out of the main clause", () => {
    expect(en("While Iran signed onto the deal, only Britain ratified it.")).toEqual(["AGREE ir→-", "AGREE uk→-"]);
    expect(en("While Iran protested, many people marched.")).toEqual(["PROTEST ir→-"]);
  });

  it("finds no actor behind an impersonal subject", () => {
    expect(fr("Au Mali, on évoque la France.")).toEqual([]);
  });

  it("gives an event noun the subject of the light verb that governs it", () => {
    expect(en("Britain announced a withdrawal from Iran.")).toEqual(["RETREAT uk→ir"]);
    expect(fr("Les rebelles ont repris leurs actes de destruction à Bamako.")).toEqual(["COERCE rebels→-"]);
    expect(fr("La France a condamné la destruction des mausolées.")).toEqual(["ACCUSE fr→-"]);
  });

  it("gives an event noun that is the subject of a verb that verb's object as target", () => {
    expect(en("A police coup removed then-president Anna Smith in 2006.")).toEqual(["COERCE police→smith"]);
    expect(fr("L'attaque des rebelles a visé le Mali.")).toEqual(["ASSAULT rebels→ml"]);
    expect(fr("L'attaque des rebelles a duré trois jours au Mali.")).toEqual(["ASSAULT rebels→-"]);
  });

  it("tells a military withdrawal from a withdrawn bill", () => {
    expect(fr("La France a annoncé le retrait de ses troupes.")).toEqual(["RETREAT fr→-"]);
    expect(fr("Jean Dupont a annoncé le retrait de sa candidature.")).toEqual(["CONCEDE dupont→-"]);
  });

  it("codes a nominal trigger from the actor attached to it", () => {
    expect(fr("L'arrestation de Jean Dupont par le Mali inquiète.")).toEqual(["COERCE ml→dupont"]);
    expect(fr("Un accord entre la France et le Mali a été signé.", true)).toEqual(["AGREE fr→ml ASSERTED"]);
    expect(en("The upcoming summit between Britain and Iran worries the UN.", true)).toEqual(["CONSULT uk→ir FUTURE"]);
  });
});

describe("codeEvents — pattern families (English)", () => {
  it("codes the main verb families", () => {
    expect(en("Britain condemned Iran on Monday.")).toEqual(["ACCUSE uk→ir"]);
    expect(en("The United Nations urged Iran to release the crew.")).toEqual(["REQUEST un→ir"]);
    expect(en("Britain welcomed Iran's decision.")).toEqual(["SUPPORT uk→ir"]);
    expect(en("Iran imposed sanctions on Britain.")).toEqual(["SANCTION ir→uk"]);
    expect(en("Police arrested Anna Smith.")).toEqual(["COERCE police→smith"]);
    expect(en("Rebels attacked the UN.")).toEqual(["ASSAULT rebels→un"]);
    expect(en("Iran threatened Britain.")).toEqual(["THREATEN ir→uk"]);
    expect(en("Anna Smith met with the UN.")).toEqual(["CONSULT smith→un"]);
    expect(en("Rebels protested against the UN.")).toEqual(["PROTEST rebels→un"]);
    expect(en("Iran rejected the demands of Britain.")).toEqual(["REJECT ir→uk", "REQUEST uk→-"]);
  });

  it("codes phrasal and object patterns", () => {
    expect(en("Britain cut ties with Iran.")).toEqual(["SANCTION uk→ir"]);
    expect(en("Rebels seized power.")).toEqual(["COERCE rebels→-"]);
    expect(en("Police fired tear gas at rebels.")).toEqual(["COERCE police→rebels"]);
    expect(en("Britain pulled its troops out of Iran.")).toEqual(["RETREAT uk→ir"]);
  });
});

describe("codeEvents — voice, coordination, modality", () => {
  it("coordinates a name whose title of office stands between it and the coordination word", () => {
    const specs = { ...FR, ru: ["COUNTRY", "Russie", "russe"], putin: ["PERSON", "Vladimir Poutine", "Poutine"] } as const;
    expect(coded("La visite fait suite à un accord entre la France et le président russe Vladimir Poutine.", "fr", specs)).toEqual(["AGREE fr→putin"]);
    expect(coded("Une rencontre entre Jean Dupont et le président Vladimir Poutine a eu lieu.", "fr", specs)).toEqual(["CONSULT dupont→putin"]);
    expect(coded("Selon le ministre Jean Dupont, la France a condamné le Mali.", "fr", specs)).toEqual(["ACCUSE fr→ml"]);
  });

  it("reads the passive voice: the agent is the source", () => {
    expect(fr("Jean Dupont a été arrêté par le Mali.")).toEqual(["COERCE ml→dupont"]);
    expect(en("Anna Smith was arrested by police.")).toEqual(["COERCE police→smith"]);
    expect(en("Anna Smith was arrested.")).toEqual([]);
    expect(en("Police freed rebels arrested during the protest.")).toEqual(["CONCEDE police→rebels"]);
    expect(en("Anna Smith alleged, by way of example, Iran had lied.")).toEqual(["ACCUSE smith→ir"]);
    expect(fr("Jean Dupont a voté contre par deux fois, critiquant le Mali.")).not.toContain("REJECT ml→dupont");
  });

  it("gives an agentless arrest of a person to their state, when the article names it", () => {
    const body = "Tom Brown, who was arrested in May, spoke. Britain is far away.";
    const actors = testActors(body, { brown: ["PERSON", "Tom Brown"], uk: ["COUNTRY", "Britain"] }).map((actor) => ({ ...actor, country: "GB" }));
    expect(codeEvents(testArticle(body, "en"), actors).map((e) => `${e.type} ${e.sourceKey}→${e.targetKey}`)).toEqual(["COERCE uk→brown"]);
    expect(en("Anna Smith was arrested.")).toEqual([]);
  });

  it("pairs coordinated subjects that each carry a title", () => {
    const text = "British Prime Minister Anna Smith and Iranian President Tom Jones spoke on the phone.";
    expect(coded(text, "en", { uk: ["COUNTRY", "British"], ir: ["COUNTRY", "Iranian"], smith: ["PERSON", "Anna Smith"], jones: ["PERSON", "Tom Jones"] })).toEqual(["CONSULT smith→jones"]);
  });

  it("needs a counterpart for a meeting and a place left for a withdrawal", () => {
    expect(en("Rebels negotiated the deal for years.")).toEqual([]);
    expect(en("Rebels negotiated with Iran.")).toEqual(["CONSULT rebels→ir"]);
    expect(en("Britain withdrew from the race.")).toEqual([]);
    expect(en("Rebels withdrew from Iran.")).toEqual(["RETREAT rebels→ir"]);
  });

  it("reads 'with' as the other side only for verbs of fighting", () => {
    expect(en("Rebels clashed with police.")).toEqual(["ASSAULT rebels→police"]);
    expect(en("Britain bombed rebels with Iran.")).toEqual(["ASSAULT uk→rebels"]);
    expect(en("Allies such as Iran arrived.")).toEqual([]);
    expect(en("Rebels clashed in front of the UN with police.")).toEqual(["ASSAULT rebels→police"]);
  });

  it("gives an arrest told as a noun without its author to the state of the person arrested", () => {
    const body = "Tom Brown a quitté le pays depuis l'arrestation de Jean Dupont. La France est loin.";
    const actors = testActors(body, { brown: ["PERSON", "Tom Brown"], dupont: ["PERSON", "Jean Dupont"], fr: ["COUNTRY", "La France"] }).map((actor) => ({ ...actor, country: "FR" }));
    expect(codeEvents(testArticle(body, "fr"), actors).map((e) => `${e.type} ${e.sourceKey}→${e.targetKey}`)).toEqual(["COERCE fr→dupont"]);
  });

  it("reads the object words of a pattern only up to the verb's next occurrence or a clause word", () => {
    expect(en("Rebels, in a vote to be held soon, held a rally against Iran.")).toEqual(["PROTEST rebels→ir"]);
    expect(en("Britain concluded that the agreement with Iran is void.")).toEqual(["STATEMENT uk→-"]);
    expect(en("Rebels filled the streets of Tehran.")).toEqual(["PROTEST rebels→-"]);
    expect(en("Britain spoke of guarding captured rebels.")).toEqual(["STATEMENT uk→-"]);
  });

  it("gives one event per source–target pair", () => {
    expect(fr("La France et l'Union européenne ont condamné le Mali.")).toEqual(["ACCUSE fr→ml", "ACCUSE ue→ml"]);
    expect(en("Britain condemned Iran and the United Nations.")).toEqual(["ACCUSE uk→ir", "ACCUSE uk→un"]);
    expect(en("Britain and Iran held talks.")).toEqual(["CONSULT uk→ir"]);
  });

  it("skips places and attributions when looking for the source", () => {
    expect(fr("Selon la France, les rebelles ont attaqué Bamako.")).toEqual(["ASSAULT rebels→ml"]);
    expect(en("In Tehran, police arrested Anna Smith.")).toEqual(["COERCE police→smith"]);
  });

  it("keeps negated, hypothetical and future events with their modality", () => {
    expect(fr("La France n'a pas condamné le Mali.", true)).toEqual(["ACCUSE fr→ml NEGATED"]);
    expect(fr("La France pourrait condamner le Mali.", true)).toEqual(["ACCUSE fr→ml HYPOTHETICAL"]);
    expect(fr("La France condamnerait le Mali.", true)).toEqual(["ACCUSE fr→ml HYPOTHETICAL"]);
    expect(fr("La France va condamner le Mali.", true)).toEqual(["ACCUSE fr→ml FUTURE"]);
    expect(fr("La France condamnera le Mali.", true)).toEqual(["ACCUSE fr→ml FUTURE"]);
    expect(en("Britain did not condemn Iran.", true)).toEqual(["ACCUSE uk→ir NEGATED"]);
    expect(en("Britain could condemn Iran.", true)).toEqual(["ACCUSE uk→ir HYPOTHETICAL"]);
    expect(en("Britain will condemn Iran.", true)).toEqual(["ACCUSE uk→ir FUTURE"]);
    expect(en("Britain plans to condemn Iran.", true)).toEqual(["ACCUSE uk→ir FUTURE"]);
    expect(en("If Britain condemns Iran, talks end.", true)).toEqual(["ACCUSE uk→ir HYPOTHETICAL"]);
  });

  it("turns a refused agreement into a rejection", () => {
    expect(en("Iran did not accept the demands of Britain.")).toEqual(["REJECT ir→uk", "REQUEST uk→-"]);
    expect(en("Rebels agreed to talks but did not accept the demands of Iran.")).toEqual(["AGREE rebels→-", "REJECT rebels→ir", "REQUEST ir→-"]);
  });
});

describe("codeEvents — statements and quotes", () => {
  it("codes a quote set before its speech verb as a statement, and as its act when it performs one", () => {
    expect(fr("« Nous resterons ici », a affirmé Jean Dupont.")).toEqual(["STATEMENT dupont→-"]);
    expect(en('"We will stay," said Anna Smith.')).toEqual(["STATEMENT smith→-"]);
    expect(en('"We will stay," Anna Smith told Britain.')).toEqual(["STATEMENT smith→uk"]);
    expect(fr("« La France doit partir », a lancé Jean Dupont.")).toEqual(["REQUEST dupont→fr"]);
    expect(fr("Jean Dupont a affirmé : « Nous resterons ici. »")).toEqual(["STATEMENT dupont→-"]);
    expect(en('Anna Smith said she "will stay".')).toEqual(["STATEMENT smith→-"]);
  });

  it("reads an English past form as passive only when its agent follows it at once or over an adverb", () => {
    expect(en("Britain denied accusations by Iran.")).toContain("REJECT uk→-");
    expect(en("Britain denied accusations by Iran.")).not.toContain("REJECT ir→uk");
    expect(en("The rebels attacked yesterday by Britain fled.")).toEqual(["ASSAULT uk→rebels"]);
  });

  it("reads 'it' right after a verb of saying as that verb's subject when it is a body or state", () => {
    expect(en("The United Nations said it had condemned Iran.", true)).toEqual(["ACCUSE un→ir ASSERTED"]);
    expect(en("Britain said that it would sanction Iran.", true)).toEqual(["STATEMENT uk→- ASSERTED", "SANCTION uk→ir HYPOTHETICAL"]);
    expect(en("Anna Smith said it would punish Iran.", true)).toEqual(["STATEMENT smith→- ASSERTED"]);
  });

  it("attaches a quote to its speaker, before or after it", () => {
    const before = onlyEvent("Jean Dupont a déclaré : « Nous resterons ici. »", "fr", FR);
    expect(before).toMatchObject({ type: "STATEMENT", sourceKey: "dupont", targetKey: null });
    expect(before.quote?.text).toBe("Nous resterons ici.");
    const after = onlyEvent("« La France est responsable », a affirmé Jean Dupont.", "fr", FR);
    expect(after).toMatchObject({ type: "ACCUSE", sourceKey: "dupont", targetKey: "fr" });
    const english = onlyEvent('"Britain is to blame," said Anna Smith.', "en", EN);
    expect(english).toMatchObject({ type: "ACCUSE", sourceKey: "smith", targetKey: "uk" });
    expect(english.quote?.text).toBe("Britain is to blame,");
  });

  it("reads who a source or an official speaks for", () => {
    expect(en('A source within the United Nations said "we know."')).toEqual(["STATEMENT un→-"]);
  });

  it("finds no speaker for a passive statement without agent", () => {
    expect(en("Britain's output is estimated at ten tonnes.")).toEqual([]);
    expect(fr("Le Mali a appelé ses partenaires hier.")).toEqual([]);
    expect(fr("Le Mali a appelé la France à négocier.")).toEqual(["REQUEST ml→fr"]);
  });

  it("resolves a subject pronoun to the previous subject", () => {
    expect(fr("Jean Dupont est arrivé à Bamako. Il a déclaré que tout allait bien.")).toEqual(["STATEMENT dupont→-"]);
    expect(en("Anna Smith landed in Tehran. She said the visit went well.")).toEqual(["STATEMENT smith→-"]);
  });

  it("reads a verb group after 'mais'/'and' as sharing the subject of the speech verb before it", () => {
    expect(fr("Jean Dupont a reconnu l'importance du texte mais a appelé au rejet du projet.")).toEqual(["REQUEST dupont→-"]);
    expect(en("Anna Smith acknowledged the risk and urged Iran to stop.")).toEqual(["REQUEST smith→ir"]);
  });

  it("reads a French present participle after a noun as an adjective", () => {
    expect(fr("« La France est responsable », ajoute Jean Dupont, un avocat manifestant devant le Mali.")).toEqual(["ACCUSE dupont→fr"]);
    expect(fr("Jean Dupont a quitté le parti, refusant le Mali.")).toEqual(["REJECT dupont→ml"]);
  });

  it("takes no statement from a speech verb in a participle clause", () => {
    expect(fr("Le Mali annonce que Jean Dupont a quitté le pays, évoquant des raisons de santé.")).toEqual(["STATEMENT ml→-"]);
  });

  it("needs something said for 'speak' to be a statement", () => {
    expect(en("Anna Smith spoke, then left.")).toEqual([]);
    expect(en("Anna Smith spoke about Iran.")).toEqual(["STATEMENT smith→-"]);
  });

  it("reads 'poursuivre' as speech only without an object, and a city after a noun as a place", () => {
    expect(fr("« La France est responsable », poursuit Jean Dupont.")).toEqual(["ACCUSE dupont→fr"]);
    expect(fr("Le Mali poursuit un plan de réforme.")).toEqual([]);
    expect(coded("Après la fusillade de Bamako, la France a réagi.", "fr", { bko: ["LOCATION", "Bamako"], fr: ["COUNTRY", "France"] })).toEqual([]);
  });

  it("reads 'continued' as speech only when it does not govern an infinitive", () => {
    expect(en('"Britain is to blame," Anna Smith continued.')).toEqual(["ACCUSE smith→uk"]);
    expect(en("Anna Smith continued to work.")).toEqual([]);
  });

  it("takes no actor as speaker behind an unnamed group of speakers", () => {
    expect(en("Iran will sell bonds today, money traders said.")).toEqual([]);
    expect(en("Iran will sell bonds today, Anna Smith said.")).toEqual(["STATEMENT smith→-"]);
    expect(en("Iran increased exports under the Farm Security Act.")).toEqual([]);
    expect(en("Iran increased security at the border.")).toEqual(["MOBILIZE ir→-"]);
  });

  it("takes no subject from a wire dateline", () => {
    expect(en("Tehran, April 7 - Prices rose, traders said.")).toEqual([]);
    expect(en("Tehran said prices rose.")).toEqual(["STATEMENT ir→-"]);
  });

  it("finds no subject across 'after'/'before' opening a clause", () => {
    expect(en("Protests began in Tehran after the government announced new taxes.")).toEqual([]);
  });

  it("codes a statement by what it does when it names whom it is about", () => {
    expect(en("Anna Smith said Iran must release the crew.")).toEqual(["REQUEST smith→ir"]);
  });
});

describe("codeEvents — evidence, date, place, confidence", () => {
  it("gives exact spans, the resolved date, the place and a rule id", () => {
    const text = "Hier, la France a condamné le Mali à Bamako.";
    const event = onlyEvent(text, "fr", { fr: ["COUNTRY", "la France"], ml: ["COUNTRY", "le Mali"], bko: ["LOCATION", "Bamako"] }, "2024-04-11");
    expect(text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
    expect(event.trigger.text).toBe("condamné");
    expect(event.evidence.text).toBe(text);
    expect(event.date?.value).toBe("2024-04-10");
    expect(event.dateText?.text).toBe("Hier");
    expect(event.placeKey).toBe("bko");
    expect(event.rule).toBe("fr.accuse.verb");
    expect(event.confidence).toBeGreaterThan(0.5);
  });

  it("keeps no date when the sentence has no temporal cue", () => {
    expect(onlyEvent("Britain condemned Iran.", "en", EN).date).toBeNull();
  });

  it("reports the same event told twice once", () => {
    expect(en("Britain condemned Iran. Later, Britain condemned Iran again.")).toEqual(["ACCUSE uk→ir"]);
  });
});
