import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import type { RawMention } from "./raw-mention.js";

/** "Israeli-Cypriot-Greek", "Turkish-Libyan": when every part of a hyphenated word is a demonym or country, each part mentions it. */
export function compoundDemonyms(scan: FieldScan, field: TextField, index: number): RawMention[] {
  const token = scan.tokens[index]!;
  const parts: RawMention[] = [];
  let start = token.start;
  for (const part of token.fold.split("-")) {
    const identity = scan.g.trie.longest([part], 0, (_, entries) => {
      const states = entries.flatMap((e) => (e.type === "demonym" ? [e.country] : e.type === "country" ? [e.identity] : []));
      return states.find((state) => state.kind === "COUNTRY") ?? states[0];
    });
    if (identity === undefined) return [];
    parts.push({ field, start, end: start + part.length, identity, evidence: "dictionary", generic: false });
    start += part.length + 1;
  }
  return parts;
}
