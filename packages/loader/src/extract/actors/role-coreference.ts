import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import { foldText } from "./fold.js";
import type { RawMention } from "./raw-mention.js";

const DEFINITE = new Set(["le", "la", "l'", "the", "ce", "cette", "this"]);

/**
 * Definite descriptions by title: "le président russe a déclaré", "the prime minister said" refer
 * to the person the article last gave that title ("le président russe Vladimir Poutine"). Only a
 * title after a definite article and not followed by a name counts; with no such person, or with two
 * people given that title, nothing.
 *
 * @param people person mentions already found, in reading order (title first, then body)
 */
export function describedPeople(scan: FieldScan, field: TextField, consumed: readonly boolean[], people: readonly RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  scan.matchAt.forEach((match, i) => {
    if (match === undefined || consumed[i] || !DEFINITE.has(scan.folds[i - 1] ?? "") || scan.entryOf(match, "title") === undefined) return;
    let to = match.to;
    if (scan.entryOf(scan.matchAt[to], "demonym") !== undefined) to = scan.matchAt[to]!.to;
    const next = scan.tokens[to];
    if (next?.word && next.cap) return; // "le président Vladimir Poutine": a role, handled with the name
    const start = scan.tokens[i]!.start;
    const title = scan.folds.slice(i, match.to).join(" ");
    const before = (m: RawMention) => m.field !== field || m.start < start;
    const titled = people.filter((m) => m.role !== undefined && before(m) && ` ${foldText(m.role)} `.includes(` ${title} `));
    const person = titled.at(-1);
    // "le président" after two presidents is ambiguous: only one person given the title may be meant
    if (person === undefined || titled.some((m) => m.identity.key !== person.identity.key)) return;
    found.push({ field, start, end: scan.tokens[to - 1]!.end, identity: person.identity, evidence: "coreference", generic: false });
  });
  return found;
}
