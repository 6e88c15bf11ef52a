import type { FieldScan } from "./field-scan.js";
import type { NameChunk } from "./find-name-chunks.js";

const NAME_ENTRIES = new Set(["actor", "country", "city", "metonym", "demonym", "title"]);
/** Legal suffixes close one company's name: "Exxon and Mobil Corp" are two firms. */
export const LEGAL_SUFFIXES = new Set(["inc", "corp", "corporation", "ltd", "plc", "sa", "ag", "gmbh", "co", "llc", "nv", "spa", "sarl", "sas", "holding", "holdings"]);

/**
 * "Securities and Exchange Commission", "Food and Drug Administration", "Department of Health and Human
 * Services": in English, two capitalised runs joined by "and" make one body's name when the second ends with
 * an organisation head and the first is no name of its own (no dictionary name, no given name, no head of its
 * own unless one word or a "Head of X" form) and the second is no "Head of X" itself. Joins such runs; leaves every other chunk as it is.
 */
export function joinCoordinatedNames(scan: FieldScan, chunks: NameChunk[]): NameChunk[] {
  if (scan.language !== "en") return chunks;
  const joined: NameChunk[] = [];
  for (const chunk of chunks) {
    const previous = joined.at(-1);
    if (previous !== undefined && previous.to + 1 === chunk.from && scan.folds[previous.to] === "and" && coordinatedBody(scan, previous, chunk)) {
      const from = scan.folds[previous.from] === "the" ? previous.from + 1 : previous.from; // "The Food and Drug Administration" opening a sentence
      joined[joined.length - 1] = { from, to: chunk.to, honorific: false };
    } else joined.push(chunk);
  }
  return joined;
}

function coordinatedBody(scan: FieldScan, first: NameChunk, second: NameChunk): boolean {
  const { g, folds } = scan;
  const last = folds[second.to - 1]!;
  if (second.to - second.from < 2 || !g.organisationHeads.has(last) || LEGAL_SUFFIXES.has(last) || headOf(scan, second)) return false;
  if (first.honorific || first.to - first.from > 4 || g.firstNames.has(folds[first.from]!) || scan.tokens[second.from]!.acronym) return false; // "Worldgroup and IT Financial"
  if (named(scan, first) || named(scan, second)) return false;
  const headOfSomething = headOf(scan, first);
  let heads = 0;
  for (let k = first.from; k < first.to; k++) if (g.organisationHeads.has(folds[k]!)) heads++;
  return heads === 0 || headOfSomething || first.to - first.from === 1;
}

/** "Department of Health", "Ministry of Defence": a head word, then "of" and its complement. */
function headOf(scan: FieldScan, chunk: NameChunk): boolean {
  return scan.g.organisationHeads.has(scan.folds[chunk.from]!) && scan.folds.slice(chunk.from, chunk.to).includes("of");
}

function named(scan: FieldScan, chunk: NameChunk): boolean {
  for (let k = chunk.from; k < chunk.to; k++) if (scan.matchCovering(k)?.entries.some((e) => NAME_ENTRIES.has(e.type))) return true;
  return false;
}
