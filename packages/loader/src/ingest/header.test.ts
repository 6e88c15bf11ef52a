import { describe, expect, test } from "vitest";
import { parseHeader } from "./header.js";

describe("parseHeader", () => {
  test.each([
    [" date 2024-04 Des instructeurs arrivent", "2024-04", "MONTH", "Des instructeurs arrivent"],
    ["date 2024 Un titre", "2024", "YEAR", "Un titre"],
    ["\t  date 2024-02-29   Leap day headline  ", "2024-02-29", "DAY", "Leap day headline"],
  ])("%j", (line, value, precision, title) => {
    expect(parseHeader(line)).toMatchObject({ ok: true, published: { value, precision }, title });
  });

  test.each([
    ["Un article sans en-tête", "MISSING_HEADER"],
    ["Date limite pour les candidatures", "MISSING_HEADER"],
    [" date", "MALFORMED_HEADER"],
    [" date 2024/04/10 Titre", "MALFORMED_HEADER"],
    [" date 24-04 Titre", "MALFORMED_HEADER"],
    [" date 2024-04", "MALFORMED_HEADER"],
    [" date 2024-13 Titre", "INVALID_DATE"],
    [" date 2023-02-29 Titre", "INVALID_DATE"],
    [" date 2024-04-31 Titre", "INVALID_DATE"],
  ])("%j is %s", (line, code) => {
    const result = parseHeader(line);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).not.toMatch(/\n/);
  });
});
