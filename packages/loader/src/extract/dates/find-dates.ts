/**
 * Date expressions of a text span, resolved against the publication date: our rules for what
 * chrono-node lacks, then chrono (fr/en) for explicit calendar dates ("16 août 2012", "August 27").
 * chrono only runs when the span holds a digit next to a month name, the only case left to it.
 */
import type { PartialDate } from "@corpus/schema";
import * as chrono from "chrono-node";
import type { Language } from "../../document.js";
import { monthDay, partsOf } from "./calendar.js";
import { dateRules, type DateRule } from "./date-rules.js";

export interface FoundDate {
  date: PartialDate;
  /** Offsets of the expression in the text searched. */
  start: number;
  end: number;
}

import words from "../../../data/events/date-words.json" with { type: "json" };

/** A day number next to a month name, or a numeric date: the only spans worth giving chrono. */
const CALENDAR_DATE = Object.fromEntries(
  (["fr", "en"] as const).map((language) => {
    const months = words[language].months.join("|");
    return [language, new RegExp(`\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${months})(?:\\s+\\d{4})?|(?:${months})\\s+\\d{1,2}(?!\\d)(?:,?\\s+\\d{4})?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}`, "giu")];
  }),
) as Record<Language, RegExp>;
/** Parsers chrono needs for calendar dates; the others (times, relative words) are ours or unused. */
const CALENDAR_PARSERS = /MonthName(Little|Middle)Endian|SlashDateFormat|Weekday/;

/** A chrono instance with its calendar-date parsers only: the full casual set costs ten times more per call. */
function calendarChrono(base: chrono.Chrono): chrono.Chrono {
  const trimmed = base.clone();
  trimmed.parsers = trimmed.parsers.filter((parser) => CALENDAR_PARSERS.test(parser.constructor.name));
  return trimmed;
}

const parsers = { fr: calendarChrono(chrono.fr.casual), en: calendarChrono(chrono.en.casual) } as const;

function referenceDate(published: PartialDate): Date {
  const { year, month, day } = partsOf(published);
  return new Date(Date.UTC(year, (month ?? 12) - 1, day ?? 28, 12));
}

/** Room kept around a calendar date for chrono to see its weekday ("ce dimanche 18 juin"). */
const WINDOW_BEFORE = 14;

/**
 * Explicit day-and-month dates read by chrono; the year comes from the text or the publication
 * date. chrono builds its regexes on every call, so it only gets a small window around each
 * candidate, never the whole sentence.
 */
function chronoDates(text: string, from: number, to: number, language: Language, published: PartialDate): FoundDate[] {
  const slice = text.slice(from, to);
  const pattern = CALENDAR_DATE[language];
  pattern.lastIndex = 0;
  const found: FoundDate[] = [];
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const start = Math.max(0, match.index - WINDOW_BEFORE);
    found.push(...chronoWindow(text, from + start, from + match.index + match[0].length, language, published));
  }
  return found;
}

function chronoWindow(text: string, from: number, to: number, language: Language, published: PartialDate): FoundDate[] {
  return parsers[language]
    .parse(text.slice(from, to), referenceDate(published))
    .flatMap((result) => {
      const { start } = result;
      if (!start.isCertain("day") || !start.isCertain("month") || !/\d/.test(result.text)) return [];
      const year = start.isCertain("year") ? start.get("year")! : undefined;
      const date = monthDay(published, start.get("month")!, start.get("day")!, year);
      const lead = /^(?:on|the|le|du|au)\s+/iu.exec(result.text)?.[0].length ?? 0;
      const trimmed = result.text.replace(/[\s.,;:]+$/u, "");
      return date ? [{ date, start: from + result.index + lead, end: from + result.index + trimmed.length }] : [];
    });
}

const RANK = { DAY: 3, MONTH: 2, YEAR: 1 } as const;

/** Of two overlapping expressions, the more precise one wins ("30 juin" over "juin dernier"), then the longer. */
function better(a: FoundDate, b: FoundDate): boolean {
  const byPrecision = RANK[a.date.precision] - RANK[b.date.precision];
  return byPrecision !== 0 ? byPrecision > 0 : a.end - a.start > b.end - b.start;
}

/**
 * Which rules a span can match, from one scan for digits and the rules' anchor words. An anchor counts where a
 * word starts (no ASCII letter, digit or "_" before it; every anchor opens with an ASCII letter) and, when it ends
 * with an ASCII letter, where none follows, in either case. The rules' own word boundaries are Unicode ones, which
 * are stricter, so the gate never misses a rule's match; it may let a rule run that then finds nothing ("passé" in
 * "dépassé").
 */
interface Gate {
  /** Anchor words (lower case) by their first letter (lower-case ASCII code). */
  byFirst: (Anchor[] | undefined)[];
  /** Bit mask of the rules whose matches hold a digit. */
  digitRules: number;
  /** Bit mask of the rules whose matches hold a run of four digits (a year). */
  yearRules: number;
}

interface Anchor {
  word: string;
  /** Bit mask of the rules (by index) it anchors. */
  rules: number;
  boundedEnd: boolean;
}

const isAsciiLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** A word character of the ASCII `\b`: letter, digit or underscore. */
const isAsciiWord = (code: number) => isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;

/**
 * Whether text unit `code` is the lower-case letter `lower` or its capital. Anchors are spelt in ASCII and
 * Latin-1 letters (and "-"), whose capitals are the letter minus 32 (À–Þ, not ×), as a case-insensitive
 * regular expression pairs them.
 */
function sameLetter(code: number, lower: number): boolean {
  return code === lower || (code + 32 === lower && ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)));
}

function buildGate(rules: readonly DateRule[]): Gate {
  const rulesOf = new Map<string, number>();
  let digitRules = 0;
  let yearRules = 0;
  rules.forEach((rule, index) => {
    if (rule.anchors.length === 0) digitRules |= 1 << index;
    if (rule.digits !== undefined) {
      if (rule.digits !== 4) throw new Error(`date gate: rule ${rule.name} wants ${rule.digits} digits; the gate knows years (4) only`);
      yearRules |= 1 << index;
    }
    for (const anchor of rule.anchors) rulesOf.set(anchor.toLowerCase(), (rulesOf.get(anchor.toLowerCase()) ?? 0) | (1 << index));
  });
  const byFirst: (Anchor[] | undefined)[] = new Array<Anchor[] | undefined>(128);
  for (const [word, mask] of rulesOf) {
    if (!/^[a-z][a-z\u00e0-\u00fe-]*$/.test(word) || word.includes("\u00f7")) throw new Error(`date gate: anchor "${word}" is not a lower-case Latin-1 word opening with an ASCII letter`);
    (byFirst[word.charCodeAt(0)] ??= []).push({ word, rules: mask, boundedEnd: isAsciiLetter(word.charCodeAt(word.length - 1)) });
  }
  return { byFirst, digitRules, yearRules };
}

/** Whether anchor `word` is written at text[at, at + length) (case aside) and fits before `to`, bounded as the gate wants. */
function anchorAt(text: string, at: number, to: number, anchor: Anchor): boolean {
  const { word } = anchor;
  if (at + word.length > to) return false;
  for (let k = 1; k < word.length; k++) if (!sameLetter(text.charCodeAt(at + k), word.charCodeAt(k))) return false;
  return !anchor.boundedEnd || at + word.length === to || !isAsciiWord(text.charCodeAt(at + word.length));
}

/** The rules worth running on `text[from, to)` (bit mask by index), and whether it holds a digit: one pass over the span. */
function gateScan(gate: Gate, text: string, from: number, to: number): { wanted: number; digit: boolean } {
  let wanted = 0;
  let digit = false;
  let run = 0;
  let year = false;
  let previous = 32;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digit = true;
      if (++run === 4) year = true;
      previous = code;
      continue;
    }
    run = 0;
    if (code < 128 && !isAsciiWord(previous) && isAsciiLetter(code)) {
      const anchors = gate.byFirst[code | 32];
      if (anchors !== undefined) for (const anchor of anchors) if (anchorAt(text, i, to, anchor)) wanted |= anchor.rules;
    }
    previous = code;
  }
  if (digit) wanted |= gate.digitRules;
  if (!year) wanted &= ~gate.yearRules;
  return { wanted, digit };
}

const gates = new Map<Language, Gate>();

function gateOf(language: Language): Gate {
  let gate = gates.get(language);
  if (!gate) {
    gate = buildGate(dateRules(language));
    gates.set(language, gate);
  }
  return gate;
}

/** All date expressions in `text[from, to)`, without overlaps (the longer expression wins). */
export function findDates(text: string, from: number, to: number, language: Language, published: PartialDate): FoundDate[] {
  // One scan for digits and anchor words tells which rules can match: most sentences need none.
  const gate = gateOf(language);
  const { wanted, digit } = gateScan(gate, text, from, to);
  if (wanted === 0 && !digit) return [];
  const slice = text.slice(from, to);
  // chrono's calendar dates all hold a digit.
  const found: FoundDate[] = digit ? chronoDates(text, from, to, language, published) : [];
  dateRules(language).forEach((rule, index) => {
    if ((wanted & (1 << index)) === 0) return;
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(slice); match !== null; match = rule.pattern.exec(slice)) {
      const date = rule.resolve(match, published);
      if (date) found.push({ date, start: from + match.index, end: from + match.index + match[0].length });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept.at(-1);
    if (last && date.start < last.end) {
      if (better(date, last)) kept[kept.length - 1] = date;
      continue;
    }
    kept.push(date);
  }
  return kept;
}
