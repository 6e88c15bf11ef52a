import { describe, expect, test } from "vitest";
import { analyzeDocument } from "./analyze-document.js";

const FRENCH = " date 2024-04 Le ministre rencontre son homologue\n\nLe ministre des Affaires étrangères a rencontré mardi son homologue. Ils ont parlé de la sécurité.\n\nM. Dupont a ensuite quitté la capitale.\n";

describe("analyzeDocument", () => {
  test("reads header, paragraphs, sentences and language of a well-formed document", () => {
    const result = analyzeDocument("dir/exemple.txt", FRENCH);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { article } = result;
    expect(article).toMatchObject({ id: "dir/exemple", file: "dir/exemple.txt", title: "Le ministre rencontre son homologue", language: "fr" });
    expect(article.published).toEqual({ value: "2024-04", precision: "MONTH", earliest: "2024-04-01", latest: "2024-04-30" });
    expect(article.paragraphs.map((p) => article.body.slice(p.start, p.end))).toEqual([
      "Le ministre des Affaires étrangères a rencontré mardi son homologue. Ils ont parlé de la sécurité.",
      "M. Dupont a ensuite quitté la capitale.",
    ]);
    expect(article.sentences.map((s) => [s.paragraph, article.body.slice(s.start, s.end)])).toEqual([
      [0, "Le ministre des Affaires étrangères a rencontré mardi son homologue."],
      [0, "Ils ont parlé de la sécurité."],
      [1, "M. Dupont a ensuite quitté la capitale."],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("gives the same article for CRLF, BOM and bytes as for LF text", () => {
    const crlf = Buffer.from(`\ufeff${FRENCH.replace(/\n/g, "\r\n")}`, "utf8");
    const a = analyzeDocument("x.txt", crlf);
    const b = analyzeDocument("x.txt", FRENCH);
    expect(a).toEqual(b);
  });

  test("reports bad documents as problems with file and line", () => {
    const bad = analyzeDocument("bad.txt", " date 2024-13 Titre\n\nTexte.\n");
    expect(bad).toEqual({ ok: false, problems: [expect.objectContaining({ file: "bad.txt", line: 1, code: "INVALID_DATE", severity: "ERROR" })] });
  });

  test("loads a text in another language with an UNKNOWN_LANGUAGE warning", () => {
    const german =
      " date 2024-05 Der Minister trifft seinen Amtskollegen\n\nDer Außenminister hat am Dienstag seinen Amtskollegen getroffen. Sie sprachen über die Sicherheit in der Region und über die Zusammenarbeit der beiden Länder. Nach dem Treffen sagte der Minister, dass die Gespräche sehr gut gewesen seien und dass man sich im nächsten Monat wieder treffen werde, um weitere Fragen zu besprechen.\n";
    const result = analyzeDocument("de.txt", german);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toEqual([expect.objectContaining({ file: "de.txt", code: "UNKNOWN_LANGUAGE", severity: "WARNING" })]);
  });
});
