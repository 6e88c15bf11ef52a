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

  test("takes a long text with few function words and no French accent (a table of figures) as English", () => {
    const table = "Shr 12 cts vs 10 cts\n\nNet 1.2 mln vs 900,000\n\nSales 5.1 mln vs 4.8 mln\n\nAvg shrs 1,000,000 vs 950,000\n\nNine mths Shr 1.10 dlrs vs 90 cts";
    expect(detectLanguage("ACME CORP 2ND QTR NET", table)).toMatchObject({ language: "en", method: "script" });
  });

  test("does not flag a long table of English figures as another language", () => {
    const rows = ["Shr 1.16 dlrs vs 1.15 dlrs", "Net 32.4 mln vs 33.5 mln", "Revs 629.0 mln vs 538.6 mln", "Avg shrs 32.1 mln vs 29.2 mln"];
    const table = `NEWTOWN, Ohio, May 4 - Qtr ended March 31\n\n${[...rows, "12 mths", ...rows].join("\n\n")}\n\nNote: Shr data adjusted for split.`;
    expect(detectLanguage("ACME STORES INC 4TH QTR NET", table)).toMatchObject({ language: "en", recognised: true });
  });

  test("flags a long text in neither language as not recognised, and still picks one of the two", () => {
    const german = "Die Regierung hat am Dienstag eine Rentenreform angekündigt, die in den kommenden Wochen dem Parlament vorgelegt wird. ".repeat(4);
    const guess = detectLanguage("Rentenreform angekündigt", german);
    expect(guess.recognised).toBe(false);
    expect(["fr", "en"]).toContain(guess.language);
  });
});
