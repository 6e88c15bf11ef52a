import type { FieldScan } from "./field-scan.js";

const LIST_JOINERS = new Set([",", "and", "et", "or", "ou", "&"]);
const MAX_LIST = 30;

/**
 * Whether the text marks the capitalised name at [from, to) as a company, whatever its words:
 * a class noun before it ("the carmaker Daimler", "le constructeur allemand Renault"), a list after a
 * class noun and a cue ("German firms including Siemens, Bosch and BASF", "des groupes tels que X"),
 * or a company's possession after it ("Siemens's shares"). Gives the country a demonym beside the class
 * noun names (`null` when none); `undefined` when nothing marks a company.
 */
export function companyCue(scan: FieldScan, from: number, to: number): { country: string | null } | undefined {
  const { folds, g } = scan;
  if (folds[to] === "'s" && (g.companies.possessed.has(folds[to + 1] ?? "") || g.companies.possessed.has(folds.slice(to + 1, to + 3).join(" ")))) return { country: null };
  // a given name opening a longer name makes it a person's ("le président du groupe, Jean Dupont")
  if (to - from > 1 && g.firstNames.has(folds[from]!)) return undefined;
  const noun = classNounBefore(scan, from) ?? classNounBefore(scan, listCueBefore(scan, from) ?? -1);
  return noun === undefined ? undefined : { country: countryBeside(scan, noun) };
}

/** A lower-case class noun ending at most two adjectives or demonyms before `at`. */
function classNounBefore(scan: FieldScan, at: number): number | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const token = scan.tokens[k]!;
    if (!token.cap && scan.g.companies.classNouns.has(token.fold)) return k;
    const demonym = scan.entryOf(scan.matchCovering(k), "demonym") !== undefined;
    if (!demonym && !(token.word && !token.cap && !scan.isCommonWord(k))) return undefined;
  }
  return undefined;
}

/** The first token of a list cue ("including", "such as", "tels que") before the list item at `from`. */
function listCueBefore(scan: FieldScan, from: number): number | undefined {
  const { tokens, folds, g } = scan;
  for (let k = from - 1; k >= 0 && k >= from - MAX_LIST; k--) {
    if (g.companies.cueEnds.has(folds[k]!)) {
      for (let n = 1; n <= 3 && k - n + 1 >= 0; n++) {
        if (g.companies.listCues.has(n === 1 ? folds[k]! : folds.slice(k - n + 1, k + 1).join(" "))) return k - n + 1;
      }
    }
    const token = tokens[k]!;
    if (!(LIST_JOINERS.has(token.fold) || token.cap || (token.word && g.connectors.has(token.fold)))) return undefined;
  }
  return undefined;
}

/** The state of a demonym or country right before or after a class noun ("German firms", "entreprises allemandes"). */
function countryBeside(scan: FieldScan, noun: number): string | null {
  for (const k of [noun - 1, noun + 1]) {
    const match = scan.matchCovering(k);
    const country = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
    if (country !== undefined) return country.country;
  }
  return null;
}
