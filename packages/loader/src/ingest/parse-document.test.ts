import { describe, expect, test } from "vitest";
import { parseDocument } from "./parse-document.js";

function paragraphsOf(text: string): string[] {
  const result = parseDocument("f.txt", text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.parts.paragraphs.map((p) => result.parts.body.slice(p.start, p.end));
}

describe("parseDocument", () => {
  test("several blank lines, trailing whitespace and whitespace-only lines separate paragraphs once", () => {
    expect(paragraphsOf(" date 2024 T\n\nUn.  \n\n\n  \t\nDeux.\nsuite \n\n")).toEqual(["Un.", "Deux.\nsuite"]);
  });

  test("the body is the paragraphs joined by a blank line", () => {
    const result = parseDocument("f.txt", " date 2024 T\n\n\n  Un.\n\n\nDeux.");
    expect(result).toMatchObject({ ok: true, parts: { body: "Un.\n\nDeux.", paragraphs: [{ start: 0, end: 3 }, { start: 5, end: 10 }] } });
  });

  test.each([
    ["", "EMPTY", null],
    ["  \n\n \t\n", "EMPTY", null],
    ["Pas d'en-tête\n\nTexte.", "MISSING_HEADER", 1],
    [" date 2024-13 Titre\n\nTexte.", "INVALID_DATE", 1],
    [" date 2024-04 Titre\n\n   \n", "EMPTY_BODY", 1],
    [" date 2024-04 Titre", "EMPTY_BODY", 1],
  ])("%j is rejected as %s", (text, code, line) => {
    expect(parseDocument("f.txt", text)).toEqual({ ok: false, problems: [expect.objectContaining({ file: "f.txt", code, line, severity: "ERROR" })] });
  });

  test("a header after blank lines, or without the blank line after it, loads with warnings", () => {
    const result = parseDocument("f.txt", "\n\n date 2024 Titre\nTexte collé.\n");
    expect(result).toMatchObject({
      ok: true,
      parts: { title: "Titre", body: "Texte collé." },
      warnings: [
        { code: "MALFORMED_HEADER", line: 3, severity: "WARNING" },
        { code: "MALFORMED_HEADER", line: 4, severity: "WARNING" },
      ],
    });
  });
});
