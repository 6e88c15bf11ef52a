import type { PartialDate } from "@corpus/schema";
import type { AnalyzedArticle } from "../../document.js";

export interface FoundDate {
  date: PartialDate;
  start: number;
  end: number;
}

/** Placeholder until the date rules land: no date. */
export function eventDate(_article: AnalyzedArticle, _from: number, _to: number, _near: number): FoundDate | null {
  return null;
}
