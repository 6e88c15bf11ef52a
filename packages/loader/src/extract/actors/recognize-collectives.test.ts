import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("described collectives", () => {
  it("take a demonym over lower-case modifiers, with the last noun as head (English)", () => {
    const actors = recognizeActors(article("Deployment", "Chilean military advisers and Peruvian government forces reached the port on Friday."));
    expect(texts(byKey(actors, "group:advisers@CL"))).toEqual(["Chilean military advisers"]);
    expect(byKey(actors, "group:military@CL")).toBeUndefined();
    const forces = byKey(actors, "group:military@PE");
    expect(texts(forces)).toEqual(["Peruvian government forces"]);
    expect(forces).toMatchObject({ kind: "ORGANIZATION", generic: false, name: "Peruvian military" }); // an institution
  });

  it("are one group for instructors, whatever the words between demonym and noun", () => {
    const en = recognizeActors(article("Arrival", "Dozens of Chilean military instructors landed on Monday."));
    expect(byKey(en, "group:instructors@CL")).toMatchObject({ kind: "GROUP", generic: true, name: "Chilean instructors" });
    expect(texts(byKey(en, "group:instructors@CL"))).toEqual(["Chilean military instructors"]);
    const fr = recognizeActors(article("Arrivée", "Des instructeurs militaires chiliens sont arrivés lundi."));
    expect(byKey(fr, "group:instructors@CL")?.aliases).toContain("Des instructeurs militaires chiliens");
  });

  it("fold army, soldiers, troops and forces of one state into one actor", () => {
    const actors = recognizeActors(article("Frontière", "L'armée péruvienne a avancé. Les soldats péruviens ont ensuite quitté la zone, et les troupes péruviennes sont rentrées."));
    expect(texts(byKey(actors, "group:military@PE"))).toEqual(["armée péruvienne", "soldats péruviens", "troupes péruviennes"]);
  });

  it("are generic when ad hoc, and a bare noun belongs to the owner last written with it", () => {
    const actors = recognizeActors(article("Frontière", "L'armée péruvienne et l'armée chilienne ont avancé. Des manifestants chiliens ont protesté. Plus tard, l'armée a reculé."));
    expect(texts(byKey(actors, "group:military@CL"))).toEqual(["armée chilienne", "armée"]);
    expect(byKey(actors, "group:military@CL")?.generic).toBe(false);
    expect(byKey(actors, "group:protesters@CL")?.generic).toBe(true);
  });

  it("take an English owner after 'of', and lower-case ministries are institutions", () => {
    const actors = recognizeActors(article("Talks", "The ministry of internal affairs of Chile and the government of Peru disagreed with the Bolivian foreign ministry."));
    expect(texts(byKey(actors, "group:interior-ministry@CL"))).toEqual(["ministry of internal affairs of Chile"]);
    expect(byKey(actors, "group:interior-ministry@CL")).toMatchObject({ kind: "ORGANIZATION", generic: false, name: "Chilean interior ministry" });
    expect(texts(byKey(actors, "country:PE"))).toContain("government of Peru");
    expect(byKey(actors, "group:foreign-ministry@BO")?.name).toBe("Bolivian foreign ministry");
  });

  it("include political camps when they stand alone, not inside a body's name or before a complement", () => {
    const actors = recognizeActors(article("Vote", "La gauche a critiqué la Coalition de la gauche radicale (CGR). La majorité des électeurs a voté."));
    expect(actors.find((a) => a.key.startsWith("group:left-wing"))?.mentions.map((m) => m.text)).toEqual(["gauche"]);
    expect(actors.some((a) => a.key.startsWith("group:majority"))).toBe(false);
    expect(texts(byKey(actors, "org:cgr"))).toEqual(["Coalition de la gauche radicale", "CGR"]);
  });

  it("give government forces to the state whose government was last named", () => {
    const actors = recognizeActors(article("Border", "The Chilean government agreed. Peruvian troops advanced. Later, government forces entered the town."));
    expect(byKey(actors, "group:military@CL")?.aliases).toContain("government forces");
  });

  it("read anti-government forces as rebels", () => {
    const actors = recognizeActors(article("Combats", "Les forces anti-régime ont pris la ville chilienne."));
    expect(actors.find((a) => a.key.startsWith("group:rebels"))?.kind).toBe("GROUP");
  });

  it("belong to no state when a multinational adjective qualifies them", () => {
    const actors = recognizeActors(article("Sommet", "Les dirigeants africains ont salué l'accord avec le Chili."));
    expect(byKey(actors, "group:leaders@xx")).toMatchObject({ country: null, name: "Leaders" });
    expect(texts(byKey(actors, "group:leaders@xx"))).toEqual(["dirigeants africains"]);
  });

  it("skip a head naming part of another collective", () => {
    const actors = recognizeActors(article("Combats", "Les chefs de la rébellion chilienne ont répondu."));
    expect(texts(byKey(actors, "group:rebels@CL"))).toEqual(["rébellion chilienne"]);
    expect(actors.some((a) => a.key.startsWith("group:leaders"))).toBe(false);
  });

  it("name a territory's groups after it, and plural group phrases", () => {
    const actors = recognizeActors(article("March", "Macau student groups and armed groups gathered."));
    expect(byKey(actors, "group:student-groups@MO")?.name).toBe("Macau student groups");
  });

  it("make a territory's government a body of its own, kept like a state's institutions", () => {
    const actors = recognizeActors(article("Budget", "Macau's government announced a new tax on Monday."));
    expect(byKey(actors, "group:government@MO")).toMatchObject({ kind: "ORGANIZATION", name: "Government of Macau", generic: false });
  });

  it("give a government named by its leader to the leader's state, not to the article's", () => {
    const actors = recognizeActors(article("Titre", "La France a protesté. Paris a écrit au gouvernement de Vladimir Poutine."));
    expect(texts(byKey(actors, "country:RU"))).toEqual(["gouvernement"]);
    expect(texts(byKey(actors, "country:FR"))).not.toContain("gouvernement");
  });

  it("read an English noun before the title of a person named as that title's modifier, not a collective", () => {
    const actors = recognizeActors(article("Rally", "Ana Diaz, an opposition candidate, held a rally. Rebel leader Musa Kanu spoke. A police spokesman said three died."));
    expect(actors.some((actor) => actor.key.startsWith("group:opposition") || actor.key.startsWith("group:rebels"))).toBe(false);
    expect(texts(byKey(actors, "group:police@xx"))).toEqual(["police"]);
  });

  it("read a collective after a demonstrative and a pre-nominal adjective as a description", () => {
    const actors = recognizeActors(article("Vote", "Le Chili a voté. L'Union européenne a salué la création de ce nouveau gouvernement."));
    expect(texts(byKey(actors, "country:CL"))).toEqual(["Chili", "gouvernement"]);
  });

  it("take the state of a city named after 'de'/'of', keeping the city as a place", () => {
    const actors = recognizeActors(article("Titre", "La France proteste. Les rebelles de Homs ont tiré. Les forces anti-régime ont avancé."));
    expect(texts(byKey(actors, "group:rebels@SY"))).toEqual(["rebelles", "forces anti-régime"]);
    expect(actors.find((actor) => actor.kind === "LOCATION" && actor.country === "SY")?.name).toBe("Homs");
  });

  it("fold a described embassy into its state, and keep a named one a body", () => {
    const fr = recognizeActors(article("Titre", "Le Chili a menacé d'envahir l'ambassade péruvienne."));
    expect(texts(byKey(fr, "country:PE"))).toEqual(["ambassade péruvienne"]);
    const en = recognizeActors(article("Title", "He wrote to the Peruvian Embassy in Lima. The embassy declined."));
    expect(byKey(en, "group:embassy@PE")?.kind).toBe("ORGANIZATION");
  });

  it("read occupational and social groups in both languages, with their state", () => {
    const fr = recognizeActors(article("Grève au Chili", "Les agriculteurs chiliens et les cheminots ont bloqué les routes, tandis que des colons israéliens s'installaient."));
    expect(texts(byKey(fr, "group:farmers@CL"))).toEqual(["agriculteurs chiliens"]);
    expect(byKey(fr, "group:settlers@IL")?.kind).toBe("GROUP");
    const en = recognizeActors(article("Strike in Chile spreads to the ports", "Chilean dock workers and teachers marched on Monday, and the central bank said it would act."));
    expect(texts(byKey(en, "group:workers@CL"))).toEqual(["Chilean dock workers"]);
    expect(byKey(en, "group:central-bank@CL")?.kind).toBe("ORGANIZATION");
  });

  it("take a noun's reading in the article's language ('militants' are fighters in English, activists in French)", () => {
    const en = recognizeActors(article("Clashes on the border in the north", "Peruvian militants attacked the post on Monday."));
    expect(byKey(en, "group:militants@PE")?.name).toBe("Peruvian militants");
    const fr = recognizeActors(article("Manifestation", "Des militants péruviens ont manifesté lundi."));
    expect(byKey(fr, "group:activists@PE")?.name).toBe("Peruvian activists");
  });

  it("stop at a verb between two nouns, and look past a people or faith to the state", () => {
    const actors = recognizeActors(article("Clashes in the valley of the north", "Chilean settlers attacked villagers near the river, and Iraqi Shiite militias answered."));
    expect(texts(byKey(actors, "group:settlers@CL"))).toEqual(["Chilean settlers"]);
    expect(actors.flatMap((actor) => texts(actor))).not.toContain("Chilean settlers attacked villagers");
    expect(texts(byKey(actors, "group:militia@IQ"))).toEqual(["Iraqi Shiite militias"]);
  });

  it("leave the central bank named with capitals to the name rules", () => {
    const actors = recognizeActors(article("Rates rise in the islands again", "The Central Bank of Barbados raised its rates on Monday."));
    expect(actors.find((actor) => actor.name === "Central Bank of Barbados")?.kind).toBe("ORGANIZATION");
  });

  it("read 'Le Parlement' opening a sentence as the parliament, not a name", () => {
    const actors = recognizeActors(article("Vote", "Le Chili a débattu. Le Parlement a voté la loi lundi."));
    expect(byKey(actors, "group:parliament@CL")?.kind).toBe("ORGANIZATION");
  });

  it("read French feminine plurals and an English protester in the singular as the group", () => {
    const fr = recognizeActors(article("Manifestation", "Des manifestantes chiliennes et des lycéennes ont défilé lundi."));
    expect(texts(byKey(fr, "group:protesters@CL"))).toEqual(["manifestantes chiliennes"]);
    const en = recognizeActors(article("Clashes in the capital of the country", "A Chilean protester was hurt on Monday."));
    expect(texts(byKey(en, "group:protesters@CL"))).toEqual(["Chilean protester"]);
  });
});

describe("recognizeCollectives: a state's body without an owner of its own", () => {
  it("belongs to the state before a relative 'où'/'where', not to a demonym of another noun group", () => {
    const fr = recognizeActors(
      article("Titre", "La France a rappelé ses soldats. Fin 2023, les forces françaises ont quitté le Tchad, où la junte avait pris le pouvoir. Paris a critiqué la junte."),
    );
    expect(fr.find((actor) => actor.key.startsWith("group:junta"))?.country).toBe("TD");
    expect(fr.filter((actor) => actor.key.startsWith("group:junta"))).toHaveLength(1);
    const en = recognizeActors(article("Title", "Britain sent aid. British troops later left Chad, where the police had arrested protesters."));
    expect(en.find((actor) => actor.key.startsWith("group:police"))?.country).toBe("TD");
  });

  it("belongs to the state a sentence opens on, but a group of people in that sentence does not", () => {
    const actors = recognizeActors(
      article("Titre", "La France a annoncé un plan. Au Pérou, les autorités sanitaires ont fermé les écoles. En Belgique, un homme a transporté des miliciens."),
    );
    expect(byKey(actors, "country:PE")?.mentions.map((m) => m.text)).toContain("autorités");
    expect(actors.find((actor) => actor.key.startsWith("group:militia"))?.country ?? null).not.toBe("BE");
  });
});

describe("recognizeCollectives: a state's military and security personnel", () => {
  it("makes groups of instructors, mercenaries, paramilitaries and peacekeepers with their demonym, in both languages", () => {
    const fr = recognizeActors(
      article(
        "Titre",
        "Des instructeurs militaires biélorusses sont arrivés. Des mercenaires biélorusses ont été vus, puis des paramilitaires biélorusses. Des casques bleus népalais patrouillent. Une instructrice canadienne est partie.",
      ),
    );
    expect(texts(byKey(fr, "group:instructors@BY"))).toEqual(["instructeurs militaires biélorusses"]);
    expect(texts(byKey(fr, "group:mercenaries@BY"))).toEqual(["mercenaires biélorusses"]);
    expect(texts(byKey(fr, "group:paramilitaries@BY"))).toEqual(["paramilitaires biélorusses"]);
    expect(texts(byKey(fr, "group:peacekeepers@NP"))).toEqual(["casques bleus népalais"]);
    expect(texts(byKey(fr, "group:instructors@CA"))).toEqual(["instructrice canadienne"]);
    const en = recognizeActors(article("Title", "Belarusian mercenaries crossed the border. Nepalese peacekeepers stayed. A Belarusian soldier was hurt."));
    expect(texts(byKey(en, "group:mercenaries@BY"))).toEqual(["Belarusian mercenaries"]);
    expect(texts(byKey(en, "group:peacekeepers@NP"))).toEqual(["Nepalese peacekeepers"]);
    expect(texts(byKey(en, "group:military@BY"))).toEqual(["Belarusian soldier"]);
  });

  it("keeps a singular without its owner, and members of a named body, out of the state's groups", () => {
    const actors = recognizeActors(
      article("Titre", "La Bolivie a commémoré ses morts. Le président a ravivé la flamme du Soldat inconnu. L'instructeur de l'auto-école a parlé. Les mercenaires de Wagner sont partis."),
    );
    expect(actors.filter((actor) => actor.key.startsWith("group:military") || actor.key.startsWith("group:instructors"))).toEqual([]);
    expect(actors.find((actor) => actor.key.startsWith("group:mercenaries"))).toBeUndefined();
  });

  it("makes advisers of 'conseillers' only with a demonym ('conseillers municipaux' are none)", () => {
    const actors = recognizeActors(article("Titre", "Des conseillers biélorusses sont arrivés. Les conseillers municipaux ont voté."));
    expect(texts(byKey(actors, "group:advisers@BY"))).toEqual(["conseillers biélorusses"]);
    expect(actors.filter((actor) => actor.key.startsWith("group:advisers"))).toHaveLength(1);
  });
});

describe("recognizeCollectives: the place where an ownerless body acted", () => {
  it("gives the police or protesters the state of the city or state the clause places them in", () => {
    const en = recognizeActors(article("Title", "China and Japan held talks on Monday. Police arrested three opposition leaders in Dhaka on Tuesday."));
    expect(byKey(en, "group:police@BD")?.kind).toBe("ORGANIZATION");
    expect(byKey(en, "group:police@CN")).toBeUndefined();
    const fr = recognizeActors(article("Titre", "La Chine et le Japon ont discuté lundi. La police a ouvert une enquête à Lyon mardi."));
    expect(byKey(fr, "group:police@FR")?.kind).toBe("ORGANIZATION");
  });

  it("keeps the owner named before for the same noun, and ignores a place the action only heads to", () => {
    const named = recognizeActors(article("Titre", "L'armée malienne a patrouillé. Puis l'armée a pris position à Niamey."));
    expect(byKey(named, "group:military@NE")).toBeUndefined();
    const way = recognizeActors(article("Titre", "Le Mali et la Chine ont parlé lundi. La police a poussé les migrants à fuir vers le Niger."));
    expect(byKey(way, "group:police@NE")).toBeUndefined();
  });
});
