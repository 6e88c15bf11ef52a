import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import { foldText } from "./fold.js";
import type { BodyDescription, Gazetteer, Identity } from "./gazetteer.js";
import { inReadingOrder, type RawMention } from "./raw-mention.js";

/** "le", "la", "l'", "the", by comparison (most tokens are never hashed for a set). */
const isDefinite = (fold: string) => fold.length <= 3 && (fold === "le" || fold === "la" || fold === "l'" || fold === "the");
const COMPLEMENT = new Set(["de", "d'", "du", "des", "of"]);

/**
 * Definite descriptions of bodies: "the company said", "l'organisation a démenti", "the embassy" refer to
 * the one body named earlier in the article that fits the description (see `BodyDescription`); with
 * two or more candidates, or none, nothing is linked. Nouns the collective rules already read
 * ("la police", "the embassy" with no owner in the text) are re-pointed; the others are new mentions.
 *
 * @param mentions every mention found so far; those of collectives without a written owner may be re-pointed
 */
export function describedBodies(scans: readonly [TextField, FieldScan, readonly boolean[]][], mentions: RawMention[], g: Gazetteer): RawMention[] {
  const ordered = inReadingOrder(mentions.filter((m) => isBody(m.identity) && !m.described && !m.generic));
  const nameWords = new Map<string, string[]>(); // each body's name folded and split once, not once per description met
  const found: RawMention[] = [];
  for (const [field, scan, consumed] of scans) {
    for (let i = 1; i < scan.tokens.length; i++) {
      if (!isDefinite(scan.folds[i - 1]!)) continue;
      const description = g.descriptions.get(scan.folds[i]!);
      if (description === undefined || consumed[i] || !standsAlone(scan, i)) continue;
      const body = onlyCandidate(ordered, field, scan.tokens[i]!.start, description, nameWords);
      if (body !== undefined) found.push({ field, start: scan.tokens[i]!.start, end: scan.tokens[i]!.end, identity: body, evidence: "coreference", generic: false });
    }
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.evidence !== "coreference" || !m.described) continue;
    const description = g.descriptions.get(foldText(m.alias?.split(" ").at(-1) ?? ""));
    const body = description === undefined ? undefined : onlyCandidate(ordered, m.field, m.start, description, nameWords);
    if (body !== undefined) mentions[k] = { ...m, identity: body, generic: false, described: false };
  }
  return found;
}

const isBody = (identity: Identity) => identity.kind === "ORGANIZATION" || identity.kind === "GROUP";

/** "the company said": no name, demonym or complement right after the noun. */
function standsAlone(scan: FieldScan, i: number): boolean {
  const next = scan.tokens[i + 1];
  if (next === undefined || !next.word) return true;
  return !next.cap && !COMPLEMENT.has(next.fold) && scan.entryOf(scan.matchAt[i + 1], "demonym") === undefined;
}

/** The single body named before (field, start) that fits the description, if exactly one does. */
function onlyCandidate(ordered: readonly RawMention[], field: TextField, start: number, description: BodyDescription, nameWords: Map<string, string[]>): Identity | undefined {
  let candidate: Identity | undefined;
  for (const m of ordered) {
    if (m.field === field ? m.start >= start : field === "TITLE") break;
    if (!fits(m.identity, description, nameWords) || m.identity.key === candidate?.key) continue;
    if (candidate !== undefined) return undefined;
    candidate = m.identity;
  }
  return candidate;
}

function fits(identity: Identity, description: BodyDescription, nameWords: Map<string, string[]>): boolean {
  if ("kinds" in description) return description.kinds.has(identity.kind);
  let words = nameWords.get(identity.name);
  if (words === undefined) {
    words = foldText(identity.name).split(/[\s'-]+/);
    nameWords.set(identity.name, words);
  }
  return description.heads.some((head) => words.includes(head));
}
