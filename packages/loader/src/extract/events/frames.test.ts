import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const FR = {
  fr: ["COUNTRY", "France", "française"],
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
const fr = (text: string, all = false) => coded(text, "fr", FR, all);
const en = (text: string, all = false) => coded(text, "en", EN, all);

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
    expect(en("Anna Smith toured Britain's capital but did not accede to the protesters' demands.")).toEqual(["REJECT smith→crowd", "REQUEST crowd→-"]);
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

describe("codeEvents — meetings", () => {
  it("reads a meeting between coordinated subjects only for verbs that say so", () => {
    expect(en("Britain and Iran met on Monday.")).toEqual(["CONSULT uk→ir"]);
    expect(en("Britain and Iran discussed the crisis.")).toEqual(["CONSULT uk→ir"]);
    expect(en("Britain and Iran visited the capital.")).toEqual([]);
    expect(fr("La France et le Mali ont visité la capitale.")).toEqual([]);
  });

  it("reads raising a matter with someone as consulting them, and nothing without them", () => {
    expect(en("Britain raised the issue with Iran on Monday.")).toEqual(["CONSULT uk→ir"]);
    expect(en("Iran raised taxes.")).toEqual([]);
    expect(fr("La France a évoqué la crise avec le Mali.")).toEqual(["CONSULT fr→ml"]);
    expect(fr("La France a évoqué une crise grave.")).toEqual([]);
  });

  it("takes what one receives from someone for no meeting with them", () => {
    expect(fr("Les rebelles ont reçu la citoyenneté française.")).toEqual([]);
    expect(fr("Jean Dupont a reçu un message de la France.")).toEqual([]);
    expect(fr("Jean Dupont a reçu les rebelles.")).toEqual(["CONSULT dupont→rebels"]);
  });
});

describe("codeEvents — participle and gerund clauses", () => {
  it("gives 'after being attacked by' the main clause's subject as target, also after a quantity", () => {
    expect(en("A number of protesters were injured after being attacked by the police.")).toEqual(["ASSAULT police→crowd"]);
    expect(fr("Un grand nombre de rebelles ont été blessés après avoir été attaqués par l'armée.")).toEqual(["ASSAULT army→rebels"]);
  });

  it("gives an opening participle clause the subject after its comma", () => {
    expect(en("Having condemned Iran, Anna Smith left.")).toEqual(["ACCUSE smith→ir"]);
    expect(en("After condemning Iran, Britain left the room.")).toEqual(["ACCUSE uk→ir"]);
    expect(fr("Après avoir condamné la France, le Mali a quitté la salle.")).toEqual(["ACCUSE ml→fr"]);
    expect(fr("En refusant de signer, le Mali a quitté la salle.")).toEqual(["REJECT ml→-"]);
  });

  it("reads an -ing form after a preposition as a verb, and 'by' before it as no agent", () => {
    expect(en("Britain left after condemning Iran.")).toEqual(["ACCUSE uk→ir"]);
    expect(en("The protesters responded by attacking the police.")).toEqual(["ASSAULT crowd→police"]);
    expect(en("Anna Smith, having condemned Iran, left.")).toEqual(["ACCUSE smith→ir"]);
  });
});

describe("codeEvents — a place before an event noun", () => {
  it("reads a city before an event noun as where, not who", () => {
    const specs = { bko: ["LOCATION", "Bamako"], uk: ["COUNTRY", "Britain"] } as const;
    expect(coded("A Bamako car bombing killed five people.", "en", specs)).toEqual([]);
    expect(coded("A Britain car bombing killed five people.", "en", specs)).toEqual(["ASSAULT uk→-"]);
  });
});

describe("codeEvents — coordinated people with their 'of X'", () => {
  it("keeps each person of 'X of A and Y of B' in the subject group", () => {
    const specs = { smith: ["PERSON", "Anna Smith"], jones: ["PERSON", "Tom Jones"], uk: ["COUNTRY", "Britain"], ir: ["COUNTRY", "Iran"], un: ["ORGANIZATION", "the UN"] } as const;
    expect(coded("Presidents Anna Smith of Britain and Tom Jones of Iran condemned the UN.", "en", specs)).toEqual(["ACCUSE smith→un", "ACCUSE jones→un"]);
    const fr = { dupont: ["PERSON", "Jean Dupont"], martin: ["PERSON", "Paul Martin"], ml: ["COUNTRY", "Mali"], fr: ["COUNTRY", "France"], ue: ["ORGANIZATION", "l'Union européenne"] } as const;
    expect(coded("Les présidents Jean Dupont du Mali et Paul Martin de France ont condamné l'Union européenne.", "fr", fr)).toEqual(["ACCUSE dupont→ue", "ACCUSE martin→ue"]);
  });
});

describe("codeEvents — plural pronouns", () => {
  it("resolves 'they'/'ils' to a recent group before a country", () => {
    expect(en("The protesters met Britain. Iran condemned the UN. They attacked the police.")).toContain("ASSAULT crowd→police");
    expect(fr("Les rebelles ont rencontré la France. Le Mali a condamné Jean Dupont. Ils ont attaqué l'armée.")).toContain("ASSAULT rebels→army");
  });
});

describe("codeEvents — a group and its place", () => {
  it("keeps the place after a group that is an actor of its own out of the subject", () => {
    const en = { ministers: ["GROUP", "foreign ministers"], bko: ["LOCATION", "Bamako"], ir: ["COUNTRY", "Iran"] } as const;
    expect(coded("An assembly of foreign ministers in Bamako denounced Iran.", "en", en)).toEqual(["ACCUSE ministers→ir"]);
    const fr = { ministres: ["GROUP", "ministres des Affaires étrangères"], bko: ["LOCATION", "Bamako"], fr: ["COUNTRY", "France"] } as const;
    expect(coded("Des ministres des Affaires étrangères à Bamako ont condamné la France.", "fr", fr)).toEqual(["ACCUSE ministres→fr"]);
  });
});

describe("codeEvents — an inverted speaker in apposition", () => {
  it("takes the name set after the speaker's description as the speaker", () => {
    expect(fr("« La France est responsable », affirme un jeune manifestant, Jean Dupont.")).toEqual(["ACCUSE dupont→fr"]);
    expect(en('"Britain is to blame", said a protester, Anna Smith.')).toEqual(["ACCUSE smith→uk"]);
  });
});

describe("codeEvents — orders addressed to whoever is doing it", () => {
  it("addresses a French imperative that names no one to the latest hostile author", () => {
    expect(fr("Les rebelles ont attaqué le Mali. Jean Dupont a déclaré : « Arrêtez les attaques maintenant. »")).toEqual(["ASSAULT rebels→ml", "REQUEST dupont→rebels"]);
  });

  it("leaves an English statement that names no one a statement: English has no imperative form to read", () => {
    expect(en('The protesters attacked Iran. Anna Smith said: "Stop the attacks now."')).toEqual(["ASSAULT crowd→ir", "STATEMENT smith→-"]);
  });
});

describe("codeEvents — speakers and pronouns", () => {
  it("takes no city as the antecedent of a pronoun", () => {
    expect(coded("Bamako a accueilli le sommet. Il a condamné la France.", "fr", { bko: ["LOCATION", "Bamako"], fr: ["COUNTRY", "France"] } as const)).toEqual([]);
    expect(coded("London stayed calm. They condemned Iran.", "en", { lon: ["LOCATION", "London"], ir: ["COUNTRY", "Iran"] } as const)).toEqual([]);
  });

  it("gives the verb after 'person, party,' to the person", () => {
    expect(fr("Jean Dupont, Union européenne, estime que la France a raison.")).toEqual(["STATEMENT dupont→-"]);
    expect(en("Anna Smith, United Nations, said Iran was right.")).toEqual(["STATEMENT smith→-"]);
  });
});

describe("codeEvents — blame that names only a place", () => {
  it("gives blame whose words name a country only as a place to the latest hostile author", () => {
    expect(fr("Les rebelles ont attaqué le Mali. Jean Dupont a déclaré : « Cette guerre au Mali est un crime. »")).toEqual(["ASSAULT rebels→ml", "ACCUSE dupont→rebels"]);
    expect(en('The protesters attacked the police. Anna Smith said: "This war in Iran is a crime."')).toEqual(["ASSAULT crowd→police", "ACCUSE smith→crowd"]);
  });
});

describe("codeEvents — a quote that opens the sentence", () => {
  it("types the statement by the opening quote, however long the speaker's name before the verb", () => {
    expect(en('"Iran has committed a crime," the senior United Nations envoy Anna Smith said on Monday.')).toEqual(["ACCUSE smith→ir"]);
    expect(fr("« La France a commis un crime », le porte-parole de l'Union européenne, Jean Dupont, a déclaré hier.")).toEqual(["ACCUSE dupont→fr"]);
  });
});

describe("codeEvents — a participle clause after a comma", () => {
  it("keeps the objects of a participle clause out of the verb before it", () => {
    expect(en("Anna Smith called for cooperation, claiming a right to Iran.")).toEqual(["REQUEST smith→-"]);
    expect(en("The protesters protested, claiming rights against Iran.")).toEqual(["PROTEST crowd→-"]);
    expect(fr("Les rebelles ont manifesté, réclamant des droits contre la France.")).toEqual(["PROTEST rebels→-", "REQUEST rebels→-"]);
  });
});

describe("codeEvents — aid", () => {
  it("reads aid from giving and helping verbs with an object, not attending or nouns", () => {
    expect(fr("La France a aidé le Mali.")).toEqual(["AID fr→ml"]);
    expect(fr("Jean Dupont a assisté à la réunion de l'Union européenne.")).toEqual([]);
    expect(fr("La loi française protège Jean Dupont.")).toEqual([]);
    expect(en("Britain funded the rebels' campaign against Iran.")).not.toContain("AID uk→ir");
    expect(en("Anna Smith, head of corporate finance at the UN, resigned.")).not.toContain("AID smith→un");
    expect(en("Britain aided Iran.")).toEqual(["AID uk→ir"]);
  });
});

describe("codeEvents — the subject of a participle clause", () => {
  it("gives a gerund clause the main clause's subject, not its object", () => {
    expect(fr("Le Mali a parcouru la France en refusant de signer.")).toEqual(["REJECT ml→-"]);
    expect(en("Britain toured Iran, refusing to sign.")).toEqual(["REJECT uk→-"]);
  });
});

describe("codeEvents — support", () => {
  it("reads no support from relying on something or from 'support' as a noun", () => {
    expect(fr("La France s'appuie sur le Mali.")).toEqual([]);
    expect(en("Iran wants price support loans.")).toEqual([]);
    expect(en("Britain supported Iran.")).toEqual(["SUPPORT uk→ir"]);
    expect(fr("La France a soutenu le Mali.")).toEqual(["SUPPORT fr→ml"]);
  });
});

describe("codeEvents — attacks need someone attacked", () => {
  it("takes no attack from a verb of attack with no one attacked (fighting for a cause, attacking an idea)", () => {
    expect(fr("Jean Dupont se bat pour ses droits.")).toEqual([]);
    expect(fr("Jean Dupont s'est attaqué à l'organisation du procès.")).toEqual([]);
    expect(en("The protesters attacked at dawn.")).toEqual([]);
    expect(en("The protesters attacked a military base.")).toEqual(["ASSAULT crowd→-"]);
    expect(fr("Les rebelles ont tué 12 personnes.")).toEqual(["ASSAULT rebels→-"]);
    expect(fr("Les rebelles se sont battus contre la France.")).toEqual(["ASSAULT rebels→fr"]);
    expect(en("The protesters attacked the police.")).toEqual(["ASSAULT crowd→police"]);
  });
});

describe("codeEvents — English direct objects", () => {
  it("takes no name after another preposition as the direct object in English, but keeps French time phrases before it", () => {
    expect(en("Britain discussed the debt crisis in general and Iran's debt in particular.")).toEqual([]);
    expect(en("Britain discussed, in London, Iran.")).toEqual(["CONSULT uk→ir"]);
    expect(fr("Jean Dupont a rencontré en septembre dernier la France.")).toEqual(["CONSULT dupont→fr"]);
  });
});

describe("codeEvents — French second person forms", () => {
  it("reads a word spelt like a second person singular verb as the plural noun it is in news", () => {
    expect(fr("Le Mali a subi des insultes et menaces de mort contre la France.")).toEqual([]);
    expect(fr("Les rebelles menacent la France.")).toEqual(["THREATEN rebels→fr"]);
  });
});

describe("codeEvents — French participles and inversions", () => {
  it("reads a form written with its final 'é' as the participle, one without as no -er participle", () => {
    expect(fr("Jean Dupont, condamné à mort pour trahison, a fui.")).toEqual([]);
    expect(fr("Le Mali condamne la France.")).toEqual(["ACCUSE ml→fr"]);
    expect(fr("Le Mali a subi des insultes et menaces de mort contre la France.")).toEqual([]);
  });

  it("finds the auxiliary across an inverted pronoun and an adverb, and shares it after 'et'", () => {
    expect(fr("Jean Dupont est arrivé. C'est grave, a-t-il ensuite affirmé.")).toEqual(["STATEMENT dupont→-"]);
    expect(fr("Jean Dupont est arrivé. « La France est responsable », a-t-il d'abord affirmé.")).toEqual(["ACCUSE dupont→fr"]);
    expect(fr("Jean Dupont a parlé de lynchage et condamné la France.")).toEqual(["ACCUSE dupont→fr"]);
  });
});

describe("codeEvents — backing down", () => {
  it("reads 'faire marche arrière' / 'back down' as a concession, not a protest march", () => {
    expect(fr("Le Mali a ensuite fait marche arrière.")).toEqual(["CONCEDE ml→-"]);
    expect(en("Iran backed down on Monday.")).toEqual(["CONCEDE ir→-"]);
    expect(fr("Les rebelles ont lancé une marche de protestation contre la France.")).toEqual(["PROTEST rebels→fr"]);
  });
});
