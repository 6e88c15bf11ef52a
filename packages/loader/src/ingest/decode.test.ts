import { describe, expect, test } from "vitest";
import { decodeText } from "./decode.js";

describe("decodeText", () => {
  test.each([
    ["UTF-8 bytes", Buffer.from("Élysée\n", "utf8"), "Élysée\n"],
    ["a UTF-8 BOM is dropped", Buffer.from("\ufeffTexte", "utf8"), "Texte"],
    ["a BOM in a string is dropped", "\ufeffTexte", "Texte"],
    ["CRLF becomes LF", "a\r\nb\r\n", "a\nb\n"],
    ["lone CR becomes LF", "a\rb", "a\nb"],
    ["decomposed accents are composed (NFC)", "Pe\u0301kin", "P\u00e9kin"],
  ])("%s", (_name, input, expected) => {
    expect(decodeText(input)).toEqual({ ok: true, text: expected });
  });

  test("invalid UTF-8 is NOT_UTF8 with the line of the first bad byte", () => {
    const latin1 = Buffer.concat([Buffer.from(" date 2024 Titre\n\n", "utf8"), Buffer.from("Le d\xe9put\xe9\n", "latin1")]);
    expect(decodeText(latin1)).toMatchObject({ ok: false, code: "NOT_UTF8", line: 3 });
  });

  test("UTF-16 with a byte order mark is NOT_UTF8 on line 1", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(" date 2024 Titre", "utf16le")]);
    expect(decodeText(utf16)).toMatchObject({ ok: false, code: "NOT_UTF8", line: 1 });
  });

  test("NUL bytes are BINARY, in bytes and in strings", () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]))).toMatchObject({ ok: false, code: "BINARY", line: 2 });
    expect(decodeText("ab\0c")).toMatchObject({ ok: false, code: "BINARY", line: 1 });
  });
});
