import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import { foldText } from "./fold.js";
import type { RawMention } from "./raw-mention.js";

const DEFINITE = new Set(["le", "la", "l'", "au", "du", "the", "ce", "cette", "this"]);
const CONTRACTED = new Set(["au", "du"]);
/** "l'ancien ministre", "the former president": another person than the one who holds the title. */
const FORMER = new Set(["ancien", "ancienne", "anciens", "former", "previous", "precedent", "precedente", "outgoing"]);
const COMPLEMENT = new Set(["de", "d'", "du", "des", "of", "a", "au", "aux"]);

/** Nothing that lengthens the title or names its holder follows it: no complement, no name, no adjective and name. */
function titleEndsThere(scan: FieldScan, end: number): boolean {
  const next = scan.tokens[end];
  if (next === undefined || !next.word) return true;
  if (next.cap || COMPLEMENT.has(next.fold)) return false;
  const after = scan.tokens[end + 1];
  return !(after?.word && after.cap) && !COMPLEMENT.has(after?.fold ?? "");
}

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
    // "le président", "au nouveau président": a definite article, perhaps with an adjective before the title
    const adjective = scan.g.prenominal.has(scan.folds[i - 1] ?? "") && !FORMER.has(scan.folds[i - 1]!);
    const article = adjective ? i - 2 : i - 1;
    if (match === undefined || consumed[i] || !DEFINITE.has(scan.folds[article] ?? "") || scan.entryOf(match, "title") === undefined) return;
    // "au ministre de l'Intérieur", "du nouveau président socialiste X": a longer title, or one for a name after it
    if ((adjective || CONTRACTED.has(scan.folds[article]!)) && !titleEndsThere(scan, match.to)) return;
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
