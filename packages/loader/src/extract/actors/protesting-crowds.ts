import type { TextField } from "@corpus/schema";
import { stateNamedAt } from "./collective-owner.js";
import type { FieldScan } from "./field-scan.js";
import type { Identity } from "./gazetteer.js";
import { collectiveIdentity } from "./identities.js";
import type { RawMention } from "./raw-mention.js";

const OF = new Set(["de", "d'", "of"]);
const NUMBER = /^\d+$/;
const DETERMINERS = new Set(["des", "les", "the", "plusieurs", "de", "many", "several"]);
/** Prepositions of a place between a crowd and its verb ("thousands of people in Belgrade marched"). */
const PLACE_PREPOSITIONS = new Set(["in", "across", "throughout", "a", "au", "aux", "en", "dans", "partout"]);
const PLACE_ARTICLES = new Set(["la", "le", "l'", "les", "the"]);

interface Crowd {
  from: number;
  to: number;
  owner: Identity | undefined;
}

/**
 * Crowds that protest: a plural demonym used as a noun ("Serbians protested", "des Maliens ont
 * manifesté") or a vague quantity of people ("des milliers de personnes se sont rassemblées",
 * "tens of thousands of people marched"), as the subject of a verb of protest, is a group of
 * protesters of that country (the article's main country when no demonym says whose), not the state.
 * A vague quantity that does not protest is no actor. Marks the tokens it uses in `consumed`.
 */
export function protestingCrowds(scan: FieldScan, field: TextField, consumed: boolean[], fallbackCountry: Identity | null): RawMention[] {
  const mentions: RawMention[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    if (consumed[i] || !scan.tokens[i]!.word || !mayOpenCrowd(scan, i)) continue;
    const crowd = crowdAt(scan, i);
    const verb = crowd === undefined ? undefined : protestVerbAt(scan, crowd.to);
    if (crowd === undefined || verb === undefined) continue;
    const owner = crowd.owner ?? placeCountry(scan, crowd.from, verb) ?? fallbackCountry;
    for (let k = crowd.from; k < crowd.to; k++) consumed[k] = true;
    const { start } = scan.tokens[crowd.from]!;
    const { end } = scan.tokens[crowd.to - 1]!;
    const determiner = crowd.from > 0 && DETERMINERS.has(scan.folds[crowd.from - 1]!) ? scan.tokens[crowd.from - 1]! : undefined;
    const identity = collectiveIdentity("protesters", "GROUP", owner, scan.g);
    mentions.push({ field, start, end, identity, evidence: "pattern", generic: true, described: true, alias: scan.text.slice(determiner?.start ?? start, end) });
    i = crowd.to - 1;
  }
  return mentions;
}

/**
 * The country of the place where a crowd is ("des centaines de personnes se sont rassemblées à Madrid",
 * "In Minsk, thousands of people marched"): the first city or country after a locative word in the
 * sentence, before the crowd or within a few words after its verb.
 */
function placeCountry(scan: FieldScan, from: number, verb: number): Identity | undefined {
  const { tokens, g } = scan;
  let start = from;
  while (start > 0 && !tokens[start]!.sentenceStart) start--;
  const locatives = g.locatives[scan.language];
  for (let k = start + 1; k < verb + 8 && k < tokens.length; k++) {
    if (k > verb && tokens[k]!.sentenceStart) break;
    if (!locatives.has(scan.folds[k - 1]!)) continue;
    const country = stateNamedAt(scan, k);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** A plural demonym written as a noun ("Serbians", "Maliens"), and its country. */
function pluralDemonymAt(scan: FieldScan, i: number): Identity | undefined {
  const match = scan.matchAt[i];
  const demonym = scan.entryOf(match, "demonym");
  const token = scan.tokens[i];
  if (demonym === undefined || match!.to !== i + 1 || !token!.cap || !token!.fold.endsWith("s")) return undefined;
  return demonym.country;
}

/** A cheap first test run on every word: only a dictionary match, a number or a quantity word opens a crowd. */
function mayOpenCrowd(scan: FieldScan, i: number): boolean {
  const fold = scan.folds[i]!;
  const first = fold.charCodeAt(0);
  return scan.matchAt[i] !== undefined || (first >= 48 && first <= 57) || scan.g.crowds.quantities.has(fold);
}

/** The crowd that starts at token `i`, if one does: a plural demonym, or quantities "of" people. */
function crowdAt(scan: FieldScan, i: number): Crowd | undefined {
  const { folds } = scan;
  const { quantities, people } = scan.g.crowds;
  const demonym = pluralDemonymAt(scan, i);
  if (demonym !== undefined) return { from: i, to: i + 1, owner: demonym };
  let k = i;
  let quantity = false;
  if (NUMBER.test(folds[i]!) && (joinedDigits(scan, i - 2) || (folds[i - 1] === "de" && folds[i - 2] === "plus" && folds[i - 3] === "pas"))) return undefined;
  while (k < folds.length && (NUMBER.test(folds[k]!) || quantities.has(folds[k]!))) {
    quantity ||= quantities.has(folds[k]!);
    k++;
    while (joinedDigits(scan, k - 1)) k += 2; // "20.000", "10,000", "20 000"
    if (OF.has(folds[k] ?? "") && (NUMBER.test(folds[k + 1] ?? "") || quantities.has(folds[k + 1] ?? ""))) k++;
  }
  if (k === i) return undefined;
  const afterOf = OF.has(folds[k] ?? "") ? k + 1 : k;
  // "thousands of Serbian citizens": a demonym before the people noun says whose they are
  const adjective = scan.entryOf(scan.matchAt[afterOf], "demonym");
  const noun = adjective !== undefined && people.has(folds[afterOf + 1] ?? "") ? afterOf + 1 : afterOf;
  if (people.has(folds[noun] ?? "")) {
    // "des milliers de citoyens maliens": a demonym after the noun, in French
    const after = scan.entryOf(scan.matchAt[noun + 1], "demonym");
    if (after !== undefined && !scan.tokens[noun + 1]!.cap) return { from: i, to: noun + 2, owner: after.country };
    return { from: i, to: noun + 1, owner: adjective?.country };
  }
  if (afterOf > k) {
    const owner = pluralDemonymAt(scan, afterOf);
    return owner === undefined ? undefined : { from: i, to: afterOf + 1, owner };
  }
  return quantity ? { from: i, to: k, owner: undefined } : undefined;
}

/** Whether the number at `at` goes on after a thousands separator ("20.000", "10,000", "20 000"). */
function joinedDigits(scan: FieldScan, at: number): boolean {
  const [digits, separator, more] = [scan.tokens[at], scan.tokens[at + 1], scan.tokens[at + 2]];
  if (digits === undefined || more === undefined || !NUMBER.test(digits.fold) || !/^\d{3}$/.test(more.fold)) return false;
  return (separator!.fold === "." || separator!.fold === ",") && separator!.start === digits.end && more.start === separator!.end;
}

/** The verb of protest that follows at `at`, past auxiliaries, adverbs and a place ("in Belgrade"), if any. */
function protestVerbAt(scan: FieldScan, at: number): number | undefined {
  const { folds, tokens } = scan;
  const { verbs, between, reflexive } = scan.g.crowds;
  let k = at;
  let pronoun = false;
  for (let skipped = 0; k < folds.length && skipped < 4; skipped++) {
    if (between.has(folds[k]!)) {
      if (REFLEXIVE.has(folds[k]!)) pronoun = true;
      k++;
    } else if (PLACE_PREPOSITIONS.has(folds[k]!)) {
      let name = k + 1;
      if (PLACE_ARTICLES.has(folds[name] ?? "")) name++;
      if (!tokens[name]?.cap) break;
      while (tokens[name]?.cap) name++;
      k = name;
    } else break;
  }
  const word = folds[k] ?? "";
  const verb = verbs.find((v) => (v.length === 1 ? word.startsWith(v[0]!) : v.every((w, n) => folds[k + n] === w)));
  if (verb === undefined) return undefined;
  // "les soldats avaient rassemblé les hommes": a verb that gathers others is a protest only reflexive or as a participle
  if (verb.length === 1 && reflexive.has(verb[0]!) && !pronoun && !PLURAL_PARTICIPLE.test(word)) return undefined;
  return k;
}

const REFLEXIVE = new Set(["se", "s'"]);
const PLURAL_PARTICIPLE = /e(?:e)?s$/;
