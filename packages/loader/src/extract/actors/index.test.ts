import { describe, expect, it } from "vitest";
import type { LocalActor } from "../../document.js";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("recognizeActors in French", () => {
  const actors = recognizeActors(
    article(
      "Niger : des instructeurs russes arrivent à Niamey",
      "Le président russe Vladimir Poutine a reçu mercredi une délégation nigérienne. " +
        "Moscou a promis une aide militaire, selon la télévision d'État. " +
        "La junte au pouvoir a rompu avec les Etats-Unis et la France, et les forces françaises ont quitté le pays. " +
        "Le député Jean Dumarais, du Parti du progrès (PDP), a critiqué la décision. M. Dumarais a ensuite quitté le PDP.",
    ),
  );

  it("finds countries by name, demonym and capital used as an agent", () => {
    expect(texts(byKey(actors, "country:RU"))).toEqual(expect.arrayContaining(["russe", "Moscou"]));
    expect(texts(byKey(actors, "country:NE"))).toEqual(expect.arrayContaining(["Niger", "nigérienne"]));
    expect(byKey(actors, "country:US")?.kind).toBe("COUNTRY");
    expect(byKey(actors, "country:FR")?.wikidataId).toBe("Q142");
  });

  it("keeps a capital after a locative preposition as a place", () => {
    const niamey = actors.find((actor) => actor.kind === "LOCATION" && texts(actor).includes("Niamey"));
    expect(niamey?.country).toBe("NE");
  });

  it("attaches a title and its demonym to the person it precedes", () => {
    const putin = byKey(actors, "wd:Q7747");
    expect(putin).toMatchObject({ kind: "PERSON", country: "RU", name: "Vladimir Putin" });
    expect(putin?.roles).toContain("président russe");
  });

  it("resolves a surname after the full name, and an acronym given in brackets", () => {
    const person = byKey(actors, "person:jean-dumarais");
    expect(texts(person)).toEqual(["Jean Dumarais", "Dumarais"]);
    expect(person?.roles).toContain("député");
    const party = byKey(actors, "org:pdp");
    expect(party?.kind).toBe("ORGANIZATION");
    expect(texts(party)).toEqual(["Parti du progrès", "PDP", "PDP"]);
  });

  it("describes collectives with the country that owns them", () => {
    expect(byKey(actors, "group:military@FR")).toMatchObject({ generic: false, country: "FR", name: "French military" });
    expect(byKey(actors, "group:junta@NE")?.generic).toBe(true);
    expect(texts(byKey(actors, "group:instructors@RU"))).toEqual(["instructeurs russes"]);
  });
});

describe("recognizeActors in English", () => {
  const source = article(
    "Biden meets Scholz in Berlin",
    "On Monday, US President Joe Biden met German Chancellor Olaf Scholz in Berlin. " +
      "Washington said the talks with NATO Secretary-General Mark Rutte were useful. " +
      "Later, Serbian protesters clashed with police near the Ministry of Defence.",
  );
  const actors = recognizeActors(source);

  it("splits titles from names and gives the person the country of the title", () => {
    expect(byKey(actors, "wd:Q6279")).toMatchObject({ kind: "PERSON", roles: ["US President"] });
    expect(byKey(actors, "person:olaf-scholz")).toMatchObject({ country: "DE", roles: ["German Chancellor"] });
    expect(byKey(actors, "person:mark-rutte")?.roles).toEqual(["NATO Secretary-General"]);
    expect(byKey(actors, "wd:Q7184")?.kind).toBe("ORGANIZATION");
  });

  it("reads a capital as its state when it acts, and as a place after 'in'", () => {
    expect(texts(byKey(actors, "country:US"))).toEqual(expect.arrayContaining(["US", "Washington"]));
    expect(actors.find((a) => a.kind === "LOCATION" && texts(a).includes("Berlin"))?.country).toBe("DE");
    expect(texts(byKey(actors, "country:DE"))).toContain("German");
  });

  it("names organisations from their head words and skips weekdays", () => {
    expect(actors.find((a) => a.name === "Ministry of Defence")?.kind).toBe("ORGANIZATION");
    expect(actors.some((a) => texts(a).includes("Monday"))).toBe(false);
    expect(byKey(actors, "group:protesters@RS")?.mentions[0]?.text).toBe("Serbian protesters");
  });

  it("gives every mention exact offsets into its field", () => {
    const mentions = actors.flatMap((actor) => actor.mentions);
    expect(mentions.some((m) => m.field === "TITLE")).toBe(true);
    for (const m of mentions) {
      expect((m.field === "TITLE" ? source.title : source.body).slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("compounds and proper-name modifiers", () => {
  it("reads each part of a compound of demonyms as its country", () => {
    const actors = recognizeActors(article("Talks", "The Greek-Cypriot pipeline worried Northamptonshire police."));
    expect(texts(byKey(actors, "country:GR"))).toEqual(["Greek"]);
    expect(texts(byKey(actors, "country:CY"))).toEqual(["Cypriot"]);
    expect(actors.find((a) => a.name === "Northamptonshire police")?.kind).toBe("ORGANIZATION");
  });
});

describe("places without a dictionary entry", () => {
  it("are read from a verb of movement and from coordination with a place", () => {
    const actors = recognizeActors(article("Offensive", "The army entered Tell Abyad and Ras Kafra on Sunday."));
    const places = actors.filter((a) => a.kind === "LOCATION").map((a) => a.name);
    expect(places).toEqual(expect.arrayContaining(["Tell Abyad", "Ras Kafra"]));
    expect(actors.some((a) => a.kind === "PERSON")).toBe(false);
  });
});

describe("people described by their title", () => {
  it("are the person the article gave that title", () => {
    const actors = recognizeActors(
      article("Visite", "Le président russe Vladimir Poutine est arrivé mardi. Le président russe a ensuite rencontré le ministre. Le président a parlé."),
    );
    expect(texts(byKey(actors, "wd:Q7747"))).toEqual(["Vladimir Poutine", "président russe", "président"]);
    expect(actors.filter((a) => a.kind === "PERSON")).toHaveLength(1);
  });
});

describe("described collectives in apposition", () => {
  it("are the body they describe, in every mention", () => {
    const actors = recognizeActors(article("Niger", "Le CNSP, la junte au pouvoir, a parlé. Plus tard, la junte a rompu avec la France."));
    const cnsp = byKey(actors, "org:cnsp");
    expect(texts(cnsp)).toEqual(["CNSP", "junte", "junte"]);
    expect(cnsp?.generic).toBe(false);
    expect(actors.some((a) => a.key.startsWith("group:junta"))).toBe(false);
  });

  it("make a described broadcaster the one named after it", () => {
    const actors = recognizeActors(article("Niger", "Selon la télévision d'État nigérienne, RTN, les instructeurs sont arrivés."));
    expect(texts(byKey(actors, "org:rtn"))).toEqual(["télévision d'État nigérienne", "RTN"]);
  });
});

describe("headlines in Title Case", () => {
  it("trust only the dictionaries, since every word is capitalised", () => {
    const actors = recognizeActors(article("Protesters Storm Parliament As Serbia Votes", "Police in Belgrade said little."));
    expect(actors.filter((a) => a.mentions.some((m) => m.field === "TITLE")).map((a) => a.key)).toEqual(["country:RS"]);
  });
});

describe("actor identity across articles", () => {
  it("derives the same keys from the same names in different articles", () => {
    const one = recognizeActors(article("La Russie et le Niger", "Vladimir Poutine a parlé."));
    const two = recognizeActors(article("Russia and Niger", "Vladimir Putin spoke to Russian media."));
    const keys = (actors: LocalActor[]) => actors.map((a) => a.key).sort();
    expect(keys(one)).toEqual(expect.arrayContaining(["country:NE", "country:RU", "wd:Q7747"]));
    expect(keys(two)).toEqual(expect.arrayContaining(["country:NE", "country:RU", "wd:Q7747"]));
  });

  it("does not count a state's name used as a given name towards the article's country", () => {
    const actors = recognizeActors(article("Titre", "Dominique Vasseur et Dominique Lambrecht ont critiqué le gouvernement. La police a répondu."));
    expect(actors.some((actor) => actor.country === "DM")).toBe(false);
  });

  it("gives a French text that names no state France as the owner of its institutions", () => {
    const actors = recognizeActors(article("Titre", "Le gouvernement a reculé après que les syndicats ont protesté devant le ministère de l'Intérieur."));
    expect(byKey(actors, "country:FR")?.kind).toBe("COUNTRY");
    expect(byKey(actors, "group:unions@FR")?.kind).toBe("GROUP");
  });
});
