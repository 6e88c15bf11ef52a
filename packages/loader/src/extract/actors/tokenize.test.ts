import { describe, expect, it } from "vitest";
import { foldText } from "./fold.js";
import { tokenize, TOKEN_PATTERN as REFERENCE } from "./tokenize.js";


const spans = (text: string) => tokenize(text, foldText(text), [0]).map((t) => text.slice(t.start, t.end));
const reference = (text: string) => [...foldText(text).matchAll(REFERENCE)].map((m) => text.slice(m.index, m.index + m[0].length));

describe("tokenize", () => {
  it.each([
    "L'armée d'Hosni Moubarak, jusqu'à l'aube : qu'il parte !",
    "The U.S. and the E.U. met; Russia's envoy (Mr. Smith) said 'so'. Aujourd'hui-là, c'est l'été.",
    "Les 33 Russes, 2,5 millions d'euros — « Non », dit-il… Kim Jong-un, al-Assad's men, 1er mai 2024.",
    "Łódź, Ἀθῆναι, Москва 😀 l'𝒜 x'y 's ' s",
  ])("splits like the reference pattern: %s", (text) => {
    expect(spans(text)).toEqual(reference(text));
  });

  it("marks capitals, acronyms, sentence starts and shouted lines", () => {
    const text = "BREAKING NEWS FROM THE CAPITAL\nThe PASOK said. al-Assad left; Paris.";
    const tokens = tokenize(text, foldText(text), [0, 31]);
    const at = (word: string) => tokens.find((t) => text.slice(t.start, t.end) === word)!;
    expect(at("BREAKING")).toMatchObject({ shouted: true, sentenceStart: true });
    expect(at("PASOK")).toMatchObject({ acronym: true, cap: true, shouted: false, sentenceStart: false });
    expect(at("The").sentenceStart).toBe(true);
    expect(at("al-Assad")).toMatchObject({ cap: true, sentenceStart: true });
    expect(at("Paris").sentenceStart).toBe(false);
  });
});
