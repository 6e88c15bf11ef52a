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
