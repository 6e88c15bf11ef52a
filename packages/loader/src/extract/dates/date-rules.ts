/**
 * Date expressions chrono-node does not read, or reads wrongly, as regex rules built from
 * data/events/date-words.json: relative days ("avant-hier", "la veille", "le lendemain",
 * "yesterday"), weekdays (the most recent one), "l'an dernier", "last month", "il y a 3 ans",
 * "en juillet 2023", "fin 2023", "début avril", "last October", "in 2015", "vient de".
 */
import type { PartialDate } from "@corpus/schema";
import type { Language } from "../../document.js";
import words from "../../../data/events/date-words.json" with { type: "json" };
import { lastWeekday, monthDay, partsOf, shiftDays, shiftMonths, fromParts } from "./calendar.js";

export interface DateRule {
  name: string;
  /** Words one of which every match holds (lower case); empty: every match holds a digit instead. */
  anchors: string[];
  /** A run of this many digits every match holds (a year), if any. */
  digits?: number;
  pattern: RegExp;
  resolve: (match: RegExpExecArray, published: PartialDate) => PartialDate | null;
}

type Words = (typeof words)["fr"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]").replace(/ /g, "\\s+");
const alt = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join("|");
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const word = (body: string) => new RegExp(`${B}(?:${body})${E}`, "giu");

function numberOf(text: string, list: Words): number {
  const index = list.numbers.indexOf(text.toLowerCase());
  return index >= 0 ? index + 1 : /^(a|an|une?)$/i.test(text) ? 1 : Number(text);
}

/** The word of a phrase that any match of it holds, standing alone: its last word of three letters or more ("cette nuit" → nuit, "vient de" → vient). */
function anchorOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/[\s'’]+/u);
  return [...words].reverse().find((word) => word.length >= 3) ?? words.reduce((a, b) => (b.length > a.length ? b : a), "");
}

function buildRules(list: Words): DateRule[] {
  const units = [...list.dayUnits, ...list.monthUnits, ...list.yearUnits];
  const months = alt(list.months);
  const monthIndex = (name: string) => list.months.indexOf(name.toLowerCase().replace(/’/g, "'")) + 1;
  const number = `\\d{1,3}|${alt(list.numbers)}|a|an|une?`;
  const year = "(1[0-9]{3}|20[0-9]{2})";
  const rules: DateRule[] = [
    { name: "before-yesterday", anchors: list.beforeYesterday.map(anchorOf), pattern: word(alt(list.beforeYesterday)), resolve: (_m, p) => shiftDays(p, -2) },
    { name: "yesterday", anchors: list.yesterday.map(anchorOf), pattern: word(alt(list.yesterday)), resolve: (_m, p) => shiftDays(p, -1) },
    { name: "today", anchors: [...list.today, ...list.recentPast].map(anchorOf), pattern: word(alt([...list.today, ...list.recentPast])), resolve: (_m, p) => p },
    { name: "tomorrow", anchors: list.tomorrow.map(anchorOf), pattern: word(alt(list.tomorrow)), resolve: (_m, p) => shiftDays(p, 1) },
    { name: "last-year", anchors: list.lastYear.map(anchorOf), pattern: word(alt(list.lastYear)), resolve: (_m, p) => fromParts({ year: partsOf(p).year - 1 }) },
    { name: "last-month", anchors: list.lastMonth.map(anchorOf), pattern: word(alt(list.lastMonth)), resolve: (_m, p) => shiftMonths(p, -1) },
    {
      name: "ago",
      anchors: units,
      pattern: list.ago.length ? word(`(?:${alt(list.ago)})\\s+(${number})\\s+(${alt(units)})`) : word(`(${number})\\s+(${alt(units)})\\s+ago`),
      resolve: (m, p) => {
        const count = numberOf(m[1]!, list);
        const unit = m[2]!.toLowerCase();
        if (list.dayUnits.includes(unit)) return shiftDays(p, -count);
        if (list.monthUnits.includes(unit)) return shiftMonths(p, -count);
        return fromParts({ year: partsOf(p).year - count });
      },
    },
    {
      name: "weekday",
      anchors: list.weekdays,
      pattern: word(`(?<!(?:${alt(list.next)})\\s+)(?:(?:${alt(list.last)})\\s+)?(${alt(list.weekdays)})(?!\\s+(?:${alt(list.next)})${E})`),
      resolve: (m, p) => lastWeekday(p, list.weekdays.indexOf(m[1]!.toLowerCase())),
    },
    {
      name: "month-year",
      anchors: list.months,
      digits: 4,
      pattern: word(`(?:(?:${alt(list.monthPrepositions)})[\\s-]+)?(${months})\\s+(?:of\\s+)?${year}`),
      resolve: (m, p) => monthDay(p, monthIndex(m[1]!), undefined, Number(m[2])),
    },
    {
      name: "month",
      anchors: list.months,
      pattern: word(`(?:(?:${alt(list.monthPrepositions)})[\\s-]+(${months})(?:\\s+(?:${alt(list.last)}))?|(${months})\\s+(?:${alt(list.last)}))`),
      resolve: (m, p) => monthDay(p, monthIndex(m[1] ?? m[2]!)),
    },
    {
      name: "year",
      anchors: [],
      digits: 4,
      pattern: word(`(?:${alt(list.yearPrepositions)})[\\s-]+(?:(?:the\\s+)?(?:year|l'an(?:née)?)\\s+)?${year}`),
      resolve: (m) => fromParts({ year: Number(m[1]) }),
    },
  ];
  return rules;
}

const byLanguage = new Map<Language, DateRule[]>();

/** The date rules of a language, built on first use. */
export function dateRules(language: Language): DateRule[] {
  let rules = byLanguage.get(language);
  if (!rules) {
    rules = buildRules(words[language]);
    byLanguage.set(language, rules);
  }
  return rules;
}
