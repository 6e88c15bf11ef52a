import { describe, expect, it } from "vitest";
import { coded } from "./test-article.js";

const FR = { dupont: ["PERSON", "Paul Dupont", "Dupont"], marie: ["PERSON", "Marie Durand"], fr: ["COUNTRY", "France"] } as const;
const EN = { smith: ["PERSON", "Anna Smith"], jones: ["PERSON", "Tom Jones"], uk: ["COUNTRY", "Britain"] } as const;

describe("matchTriggers — senses of a trigger that tell no event", () => {
  it("reads 'se voir' / 'se retrouver' before a verb form as a passive, not as a meeting", () => {
    expect(coded("Paul Dupont s'est vu refuser un titre de séjour.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont s'est retrouvé privé de son poste.", "fr", FR)).toEqual([]);
    expect(coded("Marie Durand s'est vue attribuer le ministère.", "fr", FR)).toEqual([]);
    // A meeting stays one, also before a preposition that ends like an infinitive.
    expect(coded("Paul Dupont s'est entretenu avec Marie Durand.", "fr", FR)).toEqual(["CONSULT dupont→marie"]);
    expect(coded("Paul Dupont s'est retrouvé avec Marie Durand mardi.", "fr", FR)).toEqual(["CONSULT dupont→marie"]);
  });

  it("reads 'accuser' + a fall or a delay as showing it, not as blaming", () => {
    expect(coded("Paul Dupont accuse une baisse de sa cote dans les sondages.", "fr", FR)).toEqual([]);
    expect(coded("La France accuse un net recul de ses ventes.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont accuse la France de mentir.", "fr", FR)).toEqual(["ACCUSE dupont→fr"]);
  });

  it("reads 'agree that' and 'agree on the need' as an opinion shared, not as an agreement", () => {
    expect(coded("Anna Smith agreed that the pound was too weak.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith and Tom Jones agree on the need for lower taxes.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith agreed to a ceasefire with Britain.", "en", EN)).toEqual(["AGREE smith→uk"]);
  });
});

describe("matchTriggers — signing", () => {
  it("codes a signature as an agreement only with a party, or for a treaty signed", () => {
    expect(coded("Paul Dupont a signé un décret sur les retraites.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a signé la mise en scène du film.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont y voit le signe que la France a changé.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a signé avec Marie Durand.", "fr", FR)).toEqual(["AGREE dupont→marie"]);
    expect(coded("Le traité a été signé par la France en mai.", "fr", FR)).toEqual(["AGREE fr→-"]);
    expect(coded("Anna Smith signed a decree on taxes.", "en", EN)).toEqual([]);
    expect(coded("The treaty was signed by Britain in May.", "en", EN)).toEqual(["AGREE uk→-"]);
  });
});

describe("matchTriggers — pronominal and question senses of 'demander'", () => {
  it("reads 'se demander' as wondering and 'demander si' as asking a question, not as a request", () => {
    expect(coded("Paul Dupont se demande si la France a raison.", "fr", FR)).toEqual([]);
    expect(coded("Marie Durand s'est demandé pourquoi la France attendait.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a demandé si la France viendrait.", "fr", FR)).toEqual([]);
  });

  it("keeps a request whose verb follows another pronominal verb", () => {
    expect(coded("Paul Dupont se lève et demande à la France de partir.", "fr", FR)).toEqual(["REQUEST dupont→fr"]);
  });
});

describe("matchTriggers — 'orders' that are purchases", () => {
  it("reads 'orders for/of', 'orders fell' as goods ordered, and 'ordered X to' as a request", () => {
    expect(coded("Britain placed firm orders for six jets.", "en", EN)).toEqual([]);
    expect(coded("Factory orders in Britain fell sharply in May.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith ordered Tom Jones to leave.", "en", EN)).toEqual(["REQUEST smith→jones"]);
  });
});

describe("matchTriggers — refusals to comment and other false alarms", () => {
  it("reads 'declined to comment', 'refused to speculate', 'a refusé de commenter' as no rejection", () => {
    expect(coded("Anna Smith declined to comment on the talks.", "en", EN)).not.toContain("REJECT smith→-");
    expect(coded("Anna Smith refused to speculate about Britain.", "en", EN)).toEqual([]);
    expect(coded("Paul Dupont a refusé de commenter la décision.", "fr", FR)).toEqual([]);
    expect(coded("Marie Durand s'est refusée à tout commentaire.", "fr", FR)).toEqual([]);
    // A refusal of an offer or of an act stays one.
    expect(coded("Anna Smith declined the invitation of Tom Jones.", "en", EN)).toEqual(["REJECT smith→jones"]);
    expect(coded("Paul Dupont a refusé de rencontrer Marie Durand.", "fr", FR)).toContain("REJECT dupont→marie");
  });

  it("reads 'decline' as a fall unless something is declined", () => {
    expect(coded("Exports from Britain declined 14 pct in May.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith declined to give further details.", "en", EN)).toEqual([]);
  });

  it("reads 'concede that' as a statement, and only 'concede defeat / to' as a concession", () => {
    expect(coded("Anna Smith conceded that the plan had failed.", "en", EN)).toEqual(["STATEMENT smith→-"]);
    expect(coded("Anna Smith conceded defeat to Tom Jones.", "en", EN)).toEqual(["CONCEDE smith→jones"]);
  });

  it("reads nouns spelled like speech verbs ('notes', 'state', 'caution') as no statement or threat", () => {
    expect(coded("Britain sold 200 mln dlrs of seven-year notes.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith heads the state oil company of Britain.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith urged caution on taxes.", "en", EN)).not.toContain("THREATEN smith→-");
    expect(coded("Anna Smith noted that Britain had grown.", "en", EN)).toEqual(["STATEMENT smith→-"]);
  });
});

describe("matchTriggers — French frames of political news", () => {
  it("codes a label or a comparison thrown at someone as an accusation, its target before 'de' / 'à'", () => {
    expect(coded("Paul Dupont a qualifié Marie Durand de menteuse.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont traite Marie Durand de girouette.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont a comparé Marie Durand à un dictateur.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont s'en est pris à Marie Durand.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont a tancé Marie Durand.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    // A sports qualification or a topic dealt with is no label.
    expect(coded("La France s'est qualifiée pour la finale.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a traité de la question des retraites.", "fr", FR)).toEqual([]);
  });

  it("codes a vote for someone as support, 'dire non' as a rejection, coming to someone's aid as aid", () => {
    expect(coded("Paul Dupont a voté pour Marie Durand.", "fr", FR)).toEqual(["SUPPORT dupont→marie"]);
    expect(coded("Paul Dupont a voté pour la réforme.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a dit non à Marie Durand.", "fr", FR)).toEqual(["REJECT dupont→marie"]);
    expect(coded("Paul Dupont est venu en aide à Marie Durand.", "fr", FR)).toEqual(["AID dupont→marie"]);
    expect(coded("Paul Dupont a pris la défense de Marie Durand.", "fr", FR)).toEqual(["SUPPORT dupont→marie"]);
  });

  it("codes exchanges and dinners with someone as consultations, but not an exchange of fire", () => {
    expect(coded("Paul Dupont a échangé avec Marie Durand.", "fr", FR)).toEqual(["CONSULT dupont→marie"]);
    expect(coded("Paul Dupont a dîné avec Marie Durand.", "fr", FR)).toEqual(["CONSULT dupont→marie"]);
    expect(coded("Paul Dupont a échangé des tirs avec Marie Durand.", "fr", FR)).not.toContain("CONSULT dupont→marie");
  });

  it("codes a withdrawn ambassador or suspended aid as a sanction", () => {
    expect(coded("La France a retiré son ambassadeur auprès de Marie Durand.", "fr", FR)).toContain("SANCTION fr→marie");
    expect(coded("La France a suspendu son aide à Marie Durand.", "fr", FR)).toEqual(["SANCTION fr→marie"]);
  });
});

describe("matchTriggers — English frames of political news", () => {
  it("codes a label or a comparison thrown at someone as an accusation", () => {
    expect(coded("Anna Smith branded Tom Jones a traitor.", "en", EN)).toEqual(["ACCUSE smith→jones"]);
    expect(coded("Anna Smith compared Tom Jones to a dictator.", "en", EN)).toEqual(["ACCUSE smith→jones"]);
    expect(coded("Anna Smith chided Tom Jones.", "en", EN)).toEqual(["ACCUSE smith→jones"]);
    expect(coded("Profits rose 5 pct compared to last year.", "en", EN)).toEqual([]);
  });

  it("codes recognition of a state and a vote for someone as support", () => {
    expect(coded("Anna Smith recognised the independence of Britain.", "en", EN)).toEqual(["SUPPORT smith→uk"]);
    expect(coded("Anna Smith recognized Tom Jones as interim president.", "en", EN)).toEqual(["SUPPORT smith→jones"]);
    expect(coded("Anna Smith voted for Tom Jones.", "en", EN)).toEqual(["SUPPORT smith→jones"]);
    expect(coded("Anna Smith voted for the budget.", "en", EN)).toEqual([]);
  });

  it("codes aid suspended and envoys withdrawn as sanctions, and 'struck' a target as an attack", () => {
    expect(coded("Britain suspended military aid to Tom Jones.", "en", EN)).toEqual(["SANCTION uk→jones"]);
    expect(coded("Anna Smith withdrew her ambassador from Britain.", "en", EN)).toContain("SANCTION smith→uk");
    expect(coded("Anna Smith struck Tom Jones.", "en", EN)).toEqual(["ASSAULT smith→jones"]);
  });

  it("matches a restricted verb only in its listed forms, even when another pattern lists the lemma freely", () => {
    // "strike" is free in "strike a deal" but only "struck" is an attack: the noun "strike" is a walkout.
    expect(coded("Anna Smith called off a strike against Tom Jones.", "en", EN)).not.toContain("ASSAULT smith→jones");
    // "back" is only backs/backed/backing: the adverb is no support.
    expect(coded("Anna Smith sent Tom Jones back to Britain.", "en", EN)).toEqual([]);
  });
});

describe("matchTriggers — French verbs of reported speech", () => {
  it("reads 'a réagi', 'a twitté', 'a asséné' and letters sent to someone as statements", () => {
    expect(coded("« La France est coupable », a réagi Paul Dupont.", "fr", FR)).toEqual(["ACCUSE dupont→fr"]);
    expect(coded("Paul Dupont a adressé une lettre à Marie Durand.", "fr", FR)).toEqual(["STATEMENT dupont→marie"]);
    expect(coded("Paul Dupont s'est adressé à Marie Durand.", "fr", FR)).toEqual(["STATEMENT dupont→marie"]);
  });
});

describe("matchTriggers — French apologies and investigations", () => {
  it("reads 'présenter ses excuses à' as a concession and an inquiry opened against someone as an accusation", () => {
    expect(coded("La France a présenté ses excuses à Marie Durand.", "fr", FR)).toEqual(["CONCEDE fr→marie"]);
    expect(coded("Paul Dupont a ouvert une enquête contre Marie Durand.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont enquête sur Marie Durand.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Paul Dupont a présenté son programme.", "fr", FR)).toEqual([]);
  });
});

describe("matchTriggers — who concedes, who boycotts, what a vow threatens", () => {
  it("reads 'la démission de X', 'the resignation of X' with X as the one who concedes", () => {
    expect(coded("La démission de Paul Dupont a surpris.", "fr", FR)).toEqual(["CONCEDE dupont→-"]);
    expect(coded("The resignation of Tom Jones was announced.", "en", EN)).toEqual(["CONCEDE jones→-"]);
    expect(coded("La libération de Marie Durand par la France a été annoncée.", "fr", FR)).toEqual(["CONCEDE fr→marie"]);
  });

  it("gives sanctions lifted their target, a boycott its event, a vow of revenge its threat", () => {
    expect(coded("La France a levé les sanctions contre Marie Durand.", "fr", FR)).toEqual(["CONCEDE fr→marie"]);
    expect(coded("Britain lifted sanctions on Tom Jones.", "en", EN)).toEqual(["CONCEDE uk→jones"]);
    expect(coded("La France a boycotté le sommet.", "fr", FR)).toEqual(["PROTEST fr→-"]);
    expect(coded("Anna Smith vowed to retaliate against Britain.", "en", EN)).toEqual(["THREATEN smith→uk"]);
    expect(coded("Paul Dupont a promis des représailles contre la France.", "fr", FR)).toEqual(["THREATEN dupont→fr"]);
    expect(coded("La France a rappelé son ambassadeur en Italie.", "fr", { ...FR, it: ["COUNTRY", "Italie"] })).toEqual(["SANCTION fr→it"]);
  });
});

describe("matchTriggers — releases of captives no actor names", () => {
  it("reads hostages or prisoners released as a concession, funds released as none", () => {
    expect(coded("La France a libéré trois otages.", "fr", FR)).toEqual(["CONCEDE fr→-"]);
    expect(coded("Britain freed two prisoners.", "en", EN)).toEqual(["CONCEDE uk→-"]);
    expect(coded("La France a libéré des fonds.", "fr", FR)).toEqual([]);
    expect(coded("Britain released new figures.", "en", EN)).toEqual([]);
  });
});

describe("matchTriggers — weapons fired", () => {
  it("reads missiles fired or launched at someone as an attack, and never as a dismissal", () => {
    expect(coded("Britain fired two missiles at Tom Jones.", "en", EN)).toEqual(["ASSAULT uk→jones"]);
    expect(coded("Britain launched missiles against Tom Jones.", "en", EN)).toEqual(["ASSAULT uk→jones"]);
    expect(coded("Britain fired two missiles into the sea, Tom Jones said.", "en", EN)).toEqual(["STATEMENT jones→-"]);
  });
});

describe("matchTriggers — verbs that report speech only after what was said", () => {
  it("reads '», a lancé X', ', glisse X' as statements, and 'a lancé' + an object or a passive as none", () => {
    expect(coded("« La France est coupable », a lancé Paul Dupont.", "fr", FR)).toEqual(["ACCUSE dupont→fr"]);
    expect(coded("« La France est coupable », glisse Paul Dupont.", "fr", FR)).toEqual(["ACCUSE dupont→fr"]);
    expect(coded("La France a lancé mercredi, malgré les mises en garde, son programme.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont lance sa campagne présidentielle.", "fr", FR)).toEqual([]);
  });

  it("reads 'tendre la main à X' as support", () => {
    expect(coded("Paul Dupont a tendu la main à Marie Durand.", "fr", FR)).toEqual(["SUPPORT dupont→marie"]);
  });
});

describe("matchTriggers — calls that ask no one for anything", () => {
  it("reads calls for tenders or witnesses and appeals against a ruling as no request", () => {
    expect(coded("La France a lancé un appel d'offres.", "fr", FR)).toEqual([]);
    expect(coded("La France a lancé un appel à témoins.", "fr", FR)).toEqual([]);
    expect(coded("The appeals court of Britain upheld the verdict.", "en", EN)).toEqual([]);
    expect(coded("Paul Dupont a lancé un appel à Marie Durand.", "fr", FR)).toEqual(["REQUEST dupont→marie"]);
  });
});

describe("matchTriggers — French verbs that report speech in one sense only", () => {
  it("reads 's'assurer' (make sure) and publishing pictures or figures as no statement", () => {
    expect(coded("Paul Dupont s'assure que la porte est fermée.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a publié une photo de Marie Durand.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a publié un communiqué.", "fr", FR)).toEqual(["STATEMENT dupont→-"]);
    expect(coded("Paul Dupont assure que la France a raison.", "fr", FR)).toEqual(["STATEMENT dupont→-"]);
    expect(coded("Paul Dupont a écarté la piste criminelle.", "fr", FR)).toEqual([]);
  });
});

describe("matchTriggers — English economic nouns spelled like political acts", () => {
  it("reads 'domestic demand', 'subject to approval', 'shut down a reactor' as no event", () => {
    expect(coded("Britain agreed to stimulate domestic demand and growth.", "en", EN)).not.toContain("REQUEST uk→-");
    expect(coded("Slack demand for oil hit Britain.", "en", EN)).toEqual([]);
    expect(coded("The deal is subject to approval by Britain.", "en", EN)).toEqual([]);
    expect(coded("Britain shut down a nuclear reactor.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith demanded the release of Tom Jones.", "en", EN)).toContain("REQUEST smith→jones");
    expect(coded("Britain rejected the demands of Tom Jones.", "en", EN)).toContain("REQUEST jones→-");
  });
});

describe("matchTriggers — French arrest verbs in their other senses", () => {
  it("reads 's'arrêter' (to stop), 'détenir le record / des informations' and a 'motion de censure' as no coercion", () => {
    expect(coded("Paul Dupont s'est arrêté au milieu d'une phrase.", "fr", FR)).toEqual([]);
    expect(coded("La France détient le record de la catégorie.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a déposé une motion de censure.", "fr", FR)).toEqual([]);
    expect(coded("La France a arrêté Marie Durand.", "fr", FR)).toEqual(["COERCE fr→marie"]);
    expect(coded("La France détient Marie Durand.", "fr", FR)).toEqual(["COERCE fr→marie"]);
  });
});

describe("matchTriggers — 'conclure' as speech or as an accord", () => {
  it("reads '», a conclu X' as speech and 'conclure un accord avec X' as an agreement", () => {
    expect(coded("« La France est coupable », a conclu Paul Dupont.", "fr", FR)).toEqual(["ACCUSE dupont→fr"]);
    expect(coded("Concluant sur le sujet, Paul Dupont a parlé longtemps.", "fr", FR)).toEqual([]);
    expect(coded("La France a conclu un accord avec Marie Durand.", "fr", FR)).toEqual(["AGREE fr→marie"]);
  });
});

describe("matchTriggers — alerts and mobilisations", () => {
  it("reads a weather warning as no mobilisation, a state of emergency as one, and a crowd's mobilisation as a protest", () => {
    expect(coded("La France a placé le département en vigilance orange.", "fr", FR)).toEqual([]);
    expect(coded("La France a décrété l'état d'urgence.", "fr", FR)).toEqual(["MOBILIZE fr→-"]);
    expect(coded("La France a placé ses forces en état d'alerte.", "fr", FR)).toEqual(["MOBILIZE fr→-"]);
    expect(coded("Les habitants de la France se dépêchent de rentrer.", "fr", FR)).toEqual([]);
    expect(coded("La mobilisation des rebelles contre la France continue.", "fr", { ...FR, rebels: ["GROUP", "rebelles"] })).toEqual(["PROTEST rebels→fr"]);
  });
});

describe("matchTriggers — attacks in words", () => {
  it("reads an attack made in a tweet, an interview or a speech as an accusation", () => {
    expect(coded("Paul Dupont a attaqué Marie Durand dans un tweet.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
    expect(coded("Anna Smith attacked Tom Jones in a speech.", "en", EN)).toEqual(["ACCUSE smith→jones"]);
    expect(coded("Anna Smith attacked Tom Jones with a knife.", "en", EN)).toEqual(["ASSAULT smith→jones"]);
  });
});

describe("matchTriggers — wars named as background", () => {
  it("reads 'la guerre d'Algérie', 'the Iran-Iraq war', a trade war as no attack", () => {
    expect(coded("Paul Dupont parle de la guerre de la France.", "fr", FR)).toEqual([]);
    expect(coded("The policy could lead Britain into the war.", "en", EN)).toEqual([]);
  });
});

describe("matchTriggers — ruling out and complaining", () => {
  it("reads 'exclure tout dialogue' as no sanction and 'se plaindre' without a target as no accusation", () => {
    expect(coded("Paul Dupont a exclu tout dialogue avec Marie Durand.", "fr", FR)).not.toContain("SANCTION dupont→marie");
    expect(coded("La France a exclu Marie Durand du parti.", "fr", FR)).toEqual(["SANCTION fr→marie"]);
    expect(coded("Paul Dupont se plaint de douleurs.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont se plaint de Marie Durand.", "fr", FR)).toEqual(["ACCUSE dupont→marie"]);
  });
});

describe("matchTriggers — promises", () => {
  it("codes a promise as an agreement only with a party it is made to", () => {
    expect(coded("Paul Dupont a promis une réforme.", "fr", FR)).toEqual([]);
    expect(coded("Paul Dupont a promis à Marie Durand de partir.", "fr", FR)).toEqual(["AGREE dupont→marie"]);
    expect(coded("Anna Smith promised fair elections.", "en", EN)).toEqual([]);
    expect(coded("Anna Smith promised Tom Jones a seat.", "en", EN)).toEqual(["AGREE smith→jones"]);
  });
});
