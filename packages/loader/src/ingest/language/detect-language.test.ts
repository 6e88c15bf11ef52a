import { describe, expect, test } from "vitest";
import { detectLanguage } from "./detect-language.js";

describe("detectLanguage", () => {
  test.each([
    ["Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les prochaines semaines.", "fr"],
    ["The government announced on Tuesday a pension reform that will be presented to Parliament in the coming weeks.", "en"],
  ])("decides a full sentence by function words: %s", (body, language) => {
    expect(detectLanguage("", body)).toMatchObject({ language, method: "stopwords", recognised: true });
  });

  test.each([
    ["Poutine reçoit Tiani à Moscou", "fr"],
    ["Putin meets Tiani in Moscow", "en"],
    ["Junta cuts ties with Paris", "en"],
    ["La junte rompt avec Paris", "fr"],
    ["Grève générale à Niamey", "fr"],
    ["Oil prices fall sharply", "en"],
    ["Accord militaire signé", "fr"],
    ["Military agreement signed", "en"],
  ])("decides a short headline: %s → %s", (title, language) => {
    expect(detectLanguage(title, "").language).toBe(language);
  });

  test("flags a long text in neither language as not recognised, and still picks one of the two", () => {
    const german = "Die Regierung hat am Dienstag eine Rentenreform angekündigt, die in den kommenden Wochen dem Parlament vorgelegt wird. ".repeat(4);
    const guess = detectLanguage("Rentenreform angekündigt", german);
    expect(guess.recognised).toBe(false);
    expect(["fr", "en"]).toContain(guess.language);
  });
});
