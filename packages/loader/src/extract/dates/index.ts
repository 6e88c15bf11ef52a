/**
 * The date of an event: the date expression of its sentence nearest to the trigger, resolved
 * against the publication date at no more precision than it has; null when the sentence gives no
 * temporal cue (the gold convention: no cue, no date, even for current events).
 */
import type { AnalyzedArticle } from "../../document.js";
import { findDates, type FoundDate } from "./find-dates.js";

export type { FoundDate } from "./find-dates.js";
export { findDates } from "./find-dates.js";

/** The date expression of `article.body[from, to)` nearest to offset `near`, resolved; null if none. */
export function eventDate(article: AnalyzedArticle, from: number, to: number, near: number): FoundDate | null {
  return nearestDate(findDates(article.body, from, to, article.language, article.published), near);
}

/** Of the dates found in a sentence, the one nearest to offset `near` (a trigger). */
export function nearestDate(dates: readonly FoundDate[], near: number): FoundDate | null {
  let best: FoundDate | null = null;
  let bestDistance = Infinity;
  for (const found of dates) {
    const distance = found.end <= near ? near - found.end : Math.max(0, found.start - near);
    if (distance < bestDistance) [best, bestDistance] = [found, distance];
  }
  return best;
}
