import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("recognizeNames", () => {
  it("splits a body's name from the person's name right after it, each with its own span", () => {
    const actors = recognizeActors(article("Titre", "Selon la fondatrice de DataNest Claire Vautrin, le projet avance."));
    expect(texts(byKey(actors, "org:datanest"))).toEqual(["DataNest"]);
    expect(texts(byKey(actors, "person:claire-vautrin"))).toEqual(["Claire Vautrin"]);
  });

  it("leaves out a news outlet's reporter cited as a source, not the person of a state", () => {
    const actors = recognizeActors(article("Title", "CNN's Mark Olden said the talks failed. Chile's Rosa Vidal spoke."));
    expect(actors.find((actor) => actor.name === "Mark Olden")).toBeUndefined();
    expect(texts(byKey(actors, "person:rosa-vidal"))).toEqual(["Rosa Vidal"]);
  });

  it("makes no actor of the acronym of a common term, and keeps a party's", () => {
    const actors = recognizeActors(article("Titre", "Le salaire dépasse le SMIC et la TVA augmente, selon le PPE."));
    expect(actors.map((actor) => actor.name)).not.toContain("SMIC");
    expect(actors.map((actor) => actor.name)).not.toContain("TVA");
    expect(actors.some((actor) => texts(actor).includes("PPE"))).toBe(true);
  });

  it("reads a name that fills a quotation as a work's title, unless a given name opens it", () => {
    const actors = recognizeActors(article("Titre", "La chaîne a diffusé le film « Silent Harbour ». Puis « Jean Dumarais » a parlé."));
    expect(actors.map((actor) => actor.name)).not.toContain("Silent Harbour");
    expect(texts(byKey(actors, "person:jean-dumarais"))).toEqual(["Jean Dumarais"]);
  });

  it("reads a name after an indefinite article and an adjective as a thing, unless a given name opens it", () => {
    const actors = recognizeActors(article("Title", "The convoy was hit by a captured Bradfield truck. They met a certain Jean Dumarais."));
    expect(actors.map((actor) => actor.name)).not.toContain("Bradfield");
    expect(texts(byKey(actors, "person:jean-dumarais"))).toEqual(["Jean Dumarais"]);
  });

  it("reads a lone capitalised word after 'pseudonym' or 'surnommé' as a person's name", () => {
    const actors = recognizeActors(article("Title", "A protester using the pseudonym Zorya spoke. Un militant surnommé Brindille a parlé."));
    expect(actors.filter((actor) => actor.kind === "PERSON").map((actor) => actor.name).sort()).toEqual(["Brindille", "Zorya"]);
  });

  it("reads a name after 'le gouvernement', 'le régime' as its leader's", () => {
    const fr = recognizeActors(article("Titre", "Le texte avait été signé par le gouvernement Dumarais. Le gouvernement pro-Pékin a répondu."));
    expect(fr.find((actor) => actor.kind === "PERSON")?.name).toBe("Dumarais");
    expect(fr.some((actor) => actor.name.includes("Pékin") && actor.kind === "PERSON")).toBe(false);
  });

  it("reads a head word that is also a given name as opening a person's name when a surname closes the run", () => {
    const actors = recognizeActors(article("Titre", "Marine Dufresnoy a salué la Marine nationale. Les Marine Corps sont arrivés."));
    expect(byKey(actors, "person:marine-dufresnoy")?.kind).toBe("PERSON");
    expect(actors.find((actor) => actor.name === "Marine Corps")?.kind).toBe("ORGANIZATION");
  });

  it("reads a state's name that is also a given name as opening a person's name before a surname", () => {
    const actors = recognizeActors(article("Titre", "Hier, Jordan Vasseur a rencontré Dominique de Valmont et la presse de Jordanie. France Bleu l'a dit."));
    expect(byKey(actors, "person:jordan-vasseur")?.kind).toBe("PERSON");
    expect(byKey(actors, "person:dominique-de-valmont")?.kind).toBe("PERSON");
    expect(actors.find((actor) => actor.name === "France Bleu")?.kind).toBe("ORGANIZATION");
    expect(byKey(actors, "country:JO")?.kind).toBe("COUNTRY");
  });

  it("makes no actor of a hashtag, a handle or an editor's mark, and reads an NGO named after 'ONG' as a body", () => {
    const actors = recognizeActors(article("Titre", "Le mot-dièse #StopVortan circule, relayé par @Dunmoril (NDLR : un compte anonyme). L'ONG Terre Vivante a porté plainte."));
    const names = actors.map((actor) => actor.name);
    expect(names).not.toContain("StopVortan");
    expect(names).not.toContain("Dunmoril");
    expect(names).not.toContain("NDLR");
    expect(actors.find((actor) => actor.name === "Terre Vivante")?.kind).toBe("ORGANIZATION");
  });

  it("makes no actor of a sports competition, but keeps a body named with such a word as a complement", () => {
    const names = recognizeActors(article("Titre", "Il a gagné le Tour de Bretagne puis l'Open de Lisbonne, selon la Française des Courses. Le Rallye Vortan suit.")).map((actor) => actor.name);
    expect(names.some((name) => name.startsWith("Tour"))).toBe(false);
    expect(names.some((name) => name.startsWith("Open"))).toBe(false);
    expect(names.some((name) => name.startsWith("Rallye"))).toBe(false);
  });

  it("does not join an initial's full stop to the word that opens the next paragraph", () => {
    const actors = recognizeActors(article("Titre", "Le témoin s'appelle Karim B.\n\nIl a parlé à la presse lundi."));
    expect(actors.some((actor) => actor.name.includes("\n"))).toBe(false);
  });

  it("makes no body of a state's currency, and keeps a state's company", () => {
    const names = recognizeActors(article("Markets fell on the news from Asia", "The Japanese Yen and the Chilean Peso fell, while Qatar Airways gained.")).map((actor) => actor.name);
    expect(names).not.toContain("Japanese Yen");
    expect(names).not.toContain("Chilean Peso");
    expect(names).toContain("Qatar Airways");
  });

  it("keeps a French particle and surname after a given name and a surname in the person's name", () => {
    const actors = recognizeActors(article("Titre", "Selon Valère Fontanel d'Arbois, le ministre a menti, mais Thierry Dupont de Jean Martin n'a rien dit."));
    expect(actors.find((actor) => actor.name === "Valère Fontanel d'Arbois")?.kind).toBe("PERSON");
    expect(actors.some((actor) => actor.name === "Thierry Dupont de Jean Martin")).toBe(false);
  });

  it("reads a month's short name before a day as a date, and keeps the given name before a surname", () => {
    const actors = recognizeActors(article("Talks resumed after the holiday break", "The talks ended on Jan 15 and resumed on Dec. 3, Jan Kowalczyk said."));
    expect(actors.map((actor) => actor.name)).toEqual(["Jan Kowalczyk"]);
  });
});

describe("recognizeNames: a determiner before a name the dictionary knows", () => {
  it("reads the state or body after the article, in the text's own language", () => {
    const en = recognizeActors(article("Title", "**NEW YORK, May 2 - The Soviet Union's grain buyers met traders. The World Bank said no."));
    expect(byKey(en, "org:the-soviet-union")).toBeUndefined();
    expect(en.find((actor) => actor.name === "Soviet Union")?.kind).toBe("COUNTRY");
    const fr = recognizeActors(article("Titre", "« Le budget est historique, La France n'a jamais fait autant », a-t-il dit. Il pense à The Island."));
    expect(byKey(fr, "country:FR")?.mentions.map((m) => m.text)).toContain("France");
    expect(byKey(fr, "country:IS")).toBeUndefined();
  });
});

describe("recognizeNames: a holder named right after a capitalised portfolio", () => {
  it("finds the person after 'ministre de la Santé' with the title as role, and does not give the next one to the first", () => {
    const actors = recognizeActors(
      article("Titre", "Le ministre de la Santé Pierre Dumarais a parlé. Puis le ministre de la Santé Olivier Lerouge a parlé. La ministre des Armées Florence Vidalie a suivi."),
    );
    expect(texts(byKey(actors, "person:pierre-dumarais"))).toEqual(["Pierre Dumarais"]);
    expect(byKey(actors, "person:pierre-dumarais")?.roles).toEqual(["ministre de la Santé"]);
    expect(texts(byKey(actors, "person:olivier-lerouge"))).toEqual(["Olivier Lerouge"]);
    expect(texts(byKey(actors, "person:florence-vidalie"))).toEqual(["Florence Vidalie"]);
  });

  it("keeps a portfolio without a given name in it out of the people ('ministre de l'Action et des Comptes publics')", () => {
    const actors = recognizeActors(article("Titre", "Le ministre de l'Action et des Comptes publics a parlé."));
    expect(actors.filter((actor) => actor.kind === "PERSON")).toEqual([]);
    const master = recognizeActors(article("Titre", "L'ancienne ministre de la Justice de Marcel Dumarais a répondu."));
    expect(texts(byKey(master, "person:marcel-dumarais"))).toEqual(["Marcel Dumarais"]);
    expect(byKey(master, "person:marcel-dumarais")?.roles).toEqual([]);
  });
});

describe("recognizeNames: a comma right after a minister's title ends it", () => {
  it("reads the state after 'Selon le ministre,' as a state, not as the portfolio", () => {
    const actors = recognizeActors(article("Titre", "Selon le ministre, la France a condamné le Mali. Pour la ministre, l'Allemagne hésite."));
    expect(byKey(actors, "country:FR")?.kind).toBe("COUNTRY");
    expect(byKey(actors, "country:DE")?.kind).toBe("COUNTRY");
  });
});

describe("recognizeNames: a place before a title in apposition", () => {
  it("reads one word after a locative as a place, not as the holder of the title after it, and keeps a person's role after a dative", () => {
    const actors = recognizeActors(article("Titre", "Tant qu'il reste à Plouzevet, le président a indiqué vouloir parler. Il a écrit à Gérald Vannier, le ministre des Sports."));
    expect(actors.find((actor) => actor.name === "Plouzevet")?.kind).toBe("LOCATION");
    expect(byKey(actors, "person:gerald-vannier")?.roles).toEqual(["ministre des Sports"]);
  });
});
