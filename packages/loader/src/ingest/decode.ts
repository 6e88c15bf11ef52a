/**
 * Bytes → text, strictly: a file that is not UTF-8 text is reported, never guessed at.
 * The result has no BOM, "\n" line ends only, and is in Unicode NFC, so that offsets
 * computed on it are the offsets stored in the records.
 */

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; code: "NOT_UTF8" | "BINARY"; line: number | null; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const LINE_FEED = 0x0a;

/** Decodes a file's bytes (or takes a string as is) and normalises BOM, line ends and NFC. */
export function decodeText(data: Buffer | string): DecodeResult {
  let text: string;
  if (typeof data === "string") {
    const nul = data.indexOf("\0");
    if (nul >= 0) return binary(lineOfOffset(data, nul));
    text = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
  } else {
    const utf16 = utf16ByteOrderMark(data);
    if (utf16) return { ok: false, code: "NOT_UTF8", line: 1, message: `${utf16} text (byte order mark); save the file as UTF-8` };
    const nul = data.indexOf(0);
    if (nul >= 0) return binary(lineOfByte(data, nul));
    try {
      text = utf8.decode(data); // drops a leading UTF-8 BOM itself
    } catch {
      const line = firstInvalidLine(data);
      return { ok: false, code: "NOT_UTF8", line, message: `invalid UTF-8 byte sequence on line ${line}; save the file as UTF-8` };
    }
  }
  return { ok: true, text: normaliseText(text) };
}

/**
 * A character from U+0300 (the first combining mark) up. Every character below it is unchanged by NFC and
 * composes with nothing, so a text without one is already NFC: 97% of the bulk corpus skips the ICU pass.
 */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/;

/** CRLF and lone CR become LF; then NFC (a no-op on text that is already composed). */
export function normaliseText(text: string): string {
  const unixLines = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  return MAY_CHANGE_UNDER_NFC.test(unixLines) ? unixLines.normalize("NFC") : unixLines;
}

function binary(line: number): DecodeResult {
  return { ok: false, code: "BINARY", line, message: `NUL byte on line ${line}: binary data, not text` };
}

function utf16ByteOrderMark(data: Buffer): string | null {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return "UTF-16LE";
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return "UTF-16BE";
  return null;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function lineOfByte(data: Buffer, offset: number): number {
  let line = 1;
  for (let i = data.indexOf(LINE_FEED); i >= 0 && i < offset; i = data.indexOf(LINE_FEED, i + 1)) line++;
  return line;
}

/** 0x0A never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one. */
function firstInvalidLine(data: Buffer): number {
  let line = 1;
  let start = 0;
  while (start <= data.length) {
    const newline = data.indexOf(LINE_FEED, start);
    const end = newline < 0 ? data.length : newline;
    try {
      utf8.decode(data.subarray(start, end));
    } catch {
      return line;
    }
    if (newline < 0) break;
    start = newline + 1;
    line++;
  }
  return line;
}
