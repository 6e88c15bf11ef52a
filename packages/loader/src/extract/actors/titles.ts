import type { FieldScan } from "./field-scan.js";

/**
 * In "US President Donald Trump", "NATO Secretary-General Jens Stoltenberg" or "Crime Commissioner
 * Stephen Mold", where the title ends: after the last title word of the run, if capitalised words follow.
 */
export function splitTitle(scan: FieldScan, from: number, to: number): { titleEnd: number } | undefined {
  let titleEnd: number | undefined;
  for (let i = from; i < to; i++) {
    const match = scan.matchCovering(i);
    if (match === undefined || match.to > to) continue;
    if (scan.entryOf(match, "title") !== undefined) titleEnd = match.to;
    i = match.to - 1;
  }
  return titleEnd === undefined ? undefined : { titleEnd };
}

/** "le président russe Vladimir Poutine", "le nouveau premier ministre conservateur Antonis Samaras": the role before a name. */
export function roleBefore(scan: FieldScan, from: number): string | undefined {
  const start = titleStartBefore(scan, from);
  return start === undefined ? undefined : scan.textOf(start, from).trim();
}

const PARTICLES = new Set(["de", "des", "du", "d'", "of"]);
const ARTICLES = new Set(["un", "une", "a", "an", "le", "la", "l'", "the"]);

/** "Barroso, le président de la commission européenne": a role in apposition after a name. */
export function roleAfter(scan: FieldScan, to: number): string | undefined {
  if (scan.tokens[to]?.fold !== ",") return undefined;
  let k = to + 1;
  if (ARTICLES.has(scan.folds[k] ?? "")) k++;
  const start = k;
  // "X, an opposition candidate", "X, the Egyptian foreign minister": one modifier before the title
  if (scan.entryOf(scan.matchAt[k], "title") === undefined && isModifier(scan, k)) k++;
  const match = scan.matchAt[k];
  if (match === undefined || scan.entryOf(match, "title") === undefined) return undefined;
  let end = match.to;
  while (end < scan.tokens.length && end - match.to < 6 && scan.tokens[end]!.word && (!scan.isCommonWord(end) || scan.g.connectors.has(scan.folds[end]!))) end++;
  while (end > match.to && scan.g.connectors.has(scan.folds[end - 1]!)) end--;
  return scan.textOf(start, end);
}

/** A demonym, or a lower-case word that is no function word ("opposition", "veteran"), in one token. */
function isModifier(scan: FieldScan, k: number): boolean {
  const token = scan.tokens[k];
  if (token === undefined || !token.word) return false;
  const match = scan.matchAt[k];
  if (match !== undefined && match.to === k + 1 && scan.entryOf(match, "demonym") !== undefined) return true;
  return !token.cap && !scan.isCommonWord(k);
}

/** "L'ancien porte-parole de la mission, Timor Goksel, …": a title ending a phrase the name stands in apposition to. */
export function roleInApposition(scan: FieldScan, from: number): string | undefined {
  if (scan.folds[from - 1] !== ",") return undefined;
  for (let k = from - 2; k >= 0 && k >= from - 12; k--) {
    const token = scan.tokens[k]!;
    if (!token.word) return undefined;
    const match = scan.matchCovering(k);
    if (match !== undefined && scan.entryOf(match, "title") !== undefined) return scan.textOf(match.from, from - 1);
  }
  return undefined;
}

/**
 * The state a person's title names ("Egyptian foreign minister X", "Niger's president X", "X, the chief
 * executive of Hong Kong", "X, président de la république équatorienne"): the first demonym, country or
 * city (its state) in the title before the name (with the two words before it) or in the one after it.
 */
export function countryOfRole(scan: FieldScan, from: number, to: number): string | null {
  const before = titleStartBefore(scan, from);
  if (before !== undefined) {
    const found = countryIn(scan, Math.max(0, before - 3), from, from);
    if (found !== null) return found;
  }
  const after = roleAfter(scan, to);
  if (after === undefined) return null;
  let end = ARTICLES.has(scan.folds[to + 1] ?? "") ? to + 2 : to + 1;
  const roleEnd = scan.tokens[end]!.start + after.length;
  while (end < scan.tokens.length && scan.tokens[end]!.end <= roleEnd) end++;
  return countryIn(scan, to + 1, end, to);
}

/** Where the title before a name starts; "président des Hauts-de-France" is a complement, not a name. */
function titleStartBefore(scan: FieldScan, from: number): number | undefined {
  if (PARTICLES.has(scan.folds[from - 1] ?? "")) return undefined;
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const token = scan.tokens[k]!;
    if (!token.word && !scan.g.connectors.has(token.fold)) return undefined;
    const match = scan.matchCovering(k);
    if (match !== undefined && scan.entryOf(match, "title") !== undefined) return match.from;
    // "ministers met in Cairo": a function word between a title and a name ends the search
    if (scan.isCommonWord(k) && !scan.g.connectors.has(token.fold)) return undefined;
  }
  return undefined;
}

const STOPS = new Set([".", ";", ":", "!", "?"]);

/** The first state named in tokens [from, to) of one sentence: a stop before the name starts over, one after it ends the search. */
function countryIn(scan: FieldScan, from: number, to: number, name: number): string | null {
  let state: string | null = null;
  let city: string | null = null;
  for (let k = from; k < to; k++) {
    if (STOPS.has(scan.folds[k]!)) {
      if (k > name) break;
      [state, city] = [null, null];
      continue;
    }
    const match = scan.matchCovering(k);
    state ??= scan.entryOf(match, "demonym")?.country.country ?? scan.entryOf(match, "country")?.identity.country ?? null;
    city ??= scan.entryOf(match, "city")?.identity.country ?? null;
  }
  // "directrice exécutive Orange France": a state named wins over a town's name
  return state ?? city;
}

/** "Mohamed Morsi a été élu président", "X was appointed prime minister": a title given by a verb after the name. */
export function roleByVerb(scan: FieldScan, to: number): string | undefined {
  const { verbs, between } = scan.g.roleVerbs;
  let k = to;
  while (k < to + 3 && between.has(scan.folds[k] ?? "")) k++;
  if (!verbs.has(scan.folds[k] ?? "")) return undefined;
  k++;
  while (k < to + 6 && between.has(scan.folds[k] ?? "")) k++;
  const match = scan.matchAt[k];
  return match !== undefined && scan.entryOf(match, "title") !== undefined ? scan.textOf(match.from, match.to) : undefined;
}
