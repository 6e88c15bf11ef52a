// Character classes for the tokenizer, looked up in a table filled on first sight of each code unit,
// so that the scan tests bits instead of running Unicode regular expressions per character.

export const LETTER = 1;
export const NUMBER = 2;
export const SPACE = 4;
/** A letter with case (it has an upper and a lower form). */
export const CASED = 8;
export const UPPER = 16;
const KNOWN = 128;

const table = new Uint8Array(0x10000);

function classify(char: string): number {
  let cls = KNOWN;
  if (/\p{L}/u.test(char)) cls |= LETTER;
  if (/\p{N}/u.test(char)) cls |= NUMBER;
  if (/\s/u.test(char)) cls |= SPACE;
  if (char.toLowerCase() !== char.toUpperCase()) cls |= CASED;
  if (/\p{Lu}/u.test(char)) cls |= UPPER;
  return cls;
}

/** The class bits of the character at index i of s (a surrogate pair is classed as its code point). */
export function charClass(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return classify(String.fromCodePoint(s.codePointAt(i)!));
  const known = table[code]!;
  if (known !== 0) return known;
  const cls = classify(String.fromCharCode(code));
  table[code] = cls;
  return cls;
}
