import { describe, expect, it } from "vitest";
import { recognizeActors } from "./index.js";
import { article, byKey, texts } from "./test-article.js";

describe("describedPeople", () => {
  it("takes a title given by a verb, and finds it after 'au'/'du' and a new-holder adjective", () => {
    const actors = recognizeActors(
      article("Titre", "Le juriste Paulo Mendes a été élu président du Portugal. L'armée a promis de remettre le pouvoir au nouveau président."),
    );
    const person = byKey(actors, "person:paulo-mendes");
    expect(texts(person)).toEqual(["Paulo Mendes", "président"]);
  });

  it("does not read a former holder, a longer title or a title before another name as the person", () => {
    const actors = recognizeActors(
      article(
        "Titre",
        "Le juriste Paulo Mendes a été élu président. L'ancien président a parlé. Il a écrit au président du Sénat. Il a vu le nouveau président socialiste Jean Dumarais.",
      ),
    );
    expect(texts(byKey(actors, "person:paulo-mendes"))).toEqual(["Paulo Mendes"]);
  });
});

describe("describedPeople: office and gender must agree", () => {
  it("does not give a minister with another portfolio, or a woman's title, to the prime minister", () => {
    const actors = recognizeActors(
      article(
        "Titre",
        "Le Premier ministre portugais Paulo Mendes a parlé lundi. M. Mendes a promis des réformes. « Nous sommes prêts », a déclaré la ministre des Armées. Le Premier ministre a conclu.",
      ),
    );
    expect(texts(byKey(actors, "person:paulo-mendes"))).toEqual(["Paulo Mendes", "Mendes", "Premier ministre"]);
  });

  it("links a bare title to the one holder with a portfolio, but not another portfolio to him", () => {
    const actors = recognizeActors(
      article("Titre", "Jean Dumarais, ministre de la Santé, a visité l'hôpital. Puis le ministre de l'Intérieur a répondu. Le ministre a ajouté un mot."),
    );
    expect(texts(byKey(actors, "person:jean-dumarais"))).toEqual(["Jean Dumarais", "ministre"]);
  });

  it("lets 'la maire' pass over a man given that title and 'the president' find the president, not the prime minister", () => {
    const fr = recognizeActors(article("Titre", "Le maire adjoint Marc Lerouge a parlé. Puis la maire a tranché."));
    expect(texts(byKey(fr, "person:marc-lerouge"))).toEqual(["Marc Lerouge"]);
    const en = recognizeActors(article("Title", "Prime Minister John Carver met President Paul Mendes on Monday. Later the president said he was pleased."));
    expect(texts(byKey(en, "person:paul-mendes"))).toEqual(["Paul Mendes", "president"]);
    expect(texts(byKey(en, "person:john-carver"))).toEqual(["John Carver"]);
  });
});

describe("describedPeople: another name of the same office", () => {
  it("links 'le chef de l'État' to the president and 'le chef du gouvernement' to the prime minister, not to a president of something else", () => {
    const actors = recognizeActors(
      article("Titre", "Le président Paul Durandel a reçu le Premier ministre Luc Morvanec et le président du Sénat Marc Teyssier. Le chef de l'État a ensuite parlé, puis le chef du gouvernement."),
    );
    expect(texts(byKey(actors, "person:paul-durandel"))).toEqual(["Paul Durandel", "chef de l'État"]);
    expect(texts(byKey(actors, "person:luc-morvanec"))).toEqual(["Luc Morvanec", "chef du gouvernement"]);
    const senate = recognizeActors(article("Titre", "Le président de la région, Marc Teyssier, a parlé. Le chef de l'État a ensuite parlé."));
    expect(senate.flatMap((actor) => texts(actor))).not.toContain("chef de l'État");
  });
});
