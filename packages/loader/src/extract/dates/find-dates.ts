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

/** Which rules a span can match, from one scan for digits and the rules' anchor words. */
interface Gate {
  /** Global, case-insensitive: a digit, or an anchor word standing alone. */
  pattern: RegExp;
  /** Anchor word (lower case) → bit mask of the rules (by index) it anchors. */
  rulesOf: Map<string, number>;
  /** Bit mask of the rules whose matches hold a digit. */
  digitRules: number;
}

/**
 * The ASCII word boundary `\b` is looser than the rules' Unicode one, so the gate never misses a
 * rule's match; it is left out next to a non-ASCII letter, where `\b` would mean the opposite.
 */
function buildGate(rules: readonly DateRule[]): Gate {
  const rulesOf = new Map<string, number>();
  let digitRules = 0;
  rules.forEach((rule, index) => {
    if (rule.anchors.length === 0) digitRules |= 1 << index;
    for (const anchor of rule.anchors) rulesOf.set(anchor.toLowerCase(), (rulesOf.get(anchor.toLowerCase()) ?? 0) | (1 << index));
  });
  const bounded = (word: string) => `${/^[a-z]/i.test(word) ? "\\b" : ""}${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${/[a-z]$/i.test(word) ? "\\b" : ""}`;
  const anchors = [...rulesOf.keys()].sort((a, b) => b.length - a.length);
  // The scan consumes what it matches: "avant-hier" also stands for the "hier" inside it.
  for (const outer of anchors) {
    for (const inner of anchors) {
      if (inner !== outer && new RegExp(bounded(inner), "i").test(outer)) rulesOf.set(outer, rulesOf.get(outer)! | rulesOf.get(inner)!);
    }
  }
  return { pattern: new RegExp(`\\d|${anchors.map(bounded).join("|")}`, "gi"), rulesOf, digitRules };
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
  const slice = text.slice(from, to);
  // One scan for digits and anchor words tells which rules can match: most sentences need none.
  const gate = gateOf(language);
  let wanted = 0;
  let digit = false;
  gate.pattern.lastIndex = 0;
  for (let match = gate.pattern.exec(slice); match !== null; match = gate.pattern.exec(slice)) {
    const code = match[0].charCodeAt(0);
    if (code >= 48 && code <= 57) digit = true;
    else wanted |= gate.rulesOf.get(match[0].toLowerCase()) ?? 0;
  }
  if (digit) wanted |= gate.digitRules;
  if (wanted === 0 && !digit) return [];
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
