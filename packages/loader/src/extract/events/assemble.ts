/**
 * Turns a trigger with filled slots into events: one per source–target pair (PLOVER dyads), with
 * the trigger, evidence and quote spans, the place, and a confidence (extraction.md §4.4:
 * pattern prior × argument factor × modality factor).
 */
import type { Modality, TextSpan } from "@corpus/schema";
import type { LocalEvent } from "../../document.js";
import type { Participant } from "./discourse.js";
import { wordsAt, type TriggerMatch } from "./match-triggers.js";
import type { QuoteSpan } from "./quotes.js";
import type { SentenceView } from "./sentence-view.js";
import type { FilledSlots, SourceVia } from "./slots.js";

const MAX_PAIRS = 8;

/** A target read from the object's complement or a reported clause, not from the object itself. */
const INFERRED_TARGET = 0.85;

const VIA_FACTOR: Record<SourceVia, number> = { subject: 1, complement: 0.95, agent: 0.95, between: 0.95, inversion: 0.95, pronoun: 0.75, implicit: 0.7 };

/**
 * Source–target pairs: every source with every target. A reciprocal event ("X et Y se sont
 * rencontrés", "X and Y signed a deal", "X and Y clashed") gives X→Y; "X and Y accepted" does not.
 */
export function dyads(slots: FilledSlots, reciprocal: boolean, mutual = false): [Participant, Participant | null][] {
  let { sources, targets } = slots;
  // "X et Y s'accusent mutuellement", "X and Y blamed each other": each side to the other.
  if (mutual && targets.length === 0 && sources.length >= 2) return sources.flatMap((from) => sources.filter((to) => to.key !== from.key).map((to): [Participant, Participant] => [from, to])).slice(0, MAX_PAIRS);
  // "X and Y agreed …": the other side is among the subjects, even when a later name looks like an object.
  const towardSubject = targets.some((target) => sources.some((source) => source.key === target.key));
  if ((targets.length === 0 || towardSubject) && sources.length >= 2 && reciprocal) [sources, targets] = [[sources[0]!], sources.slice(1)];
  const pairs: [Participant, Participant | null][] = [];
  for (const source of sources) {
    const valid = targets.filter((target) => target.key !== source.key);
    if (valid.length === 0) pairs.push([source, null]);
    for (const target of valid) pairs.push([source, target]);
  }
  return pairs.slice(0, MAX_PAIRS);
}

/** How sure the coder is of type, source and target together. */
export function confidenceOf(match: TriggerMatch, via: SourceVia, target: "none" | "syntactic" | "inferred", modality: Modality): number {
  const wantsTarget = !match.pattern.noTarget && match.pattern.type !== "STATEMENT" && (match.pattern.direct || match.pattern.preps.size > 0);
  const argument = VIA_FACTOR[via] * (wantsTarget && target === "none" ? 0.85 : target === "inferred" ? INFERRED_TARGET : 1);
  const mode = modality === "ASSERTED" ? 1 : 0.6;
  return Math.round(Math.min(0.99, match.pattern.weight * argument * mode) * 1000) / 1000;
}

export function bodySpan(body: string, start: number, end: number): TextSpan {
  return { field: "BODY", start, end, text: body.slice(start, end) };
}

/**
 * The quote a speech trigger introduces (': « … »') or closes ('« … », a dit X'), if any; a quote
 * that opens the sentence belongs to the speech verb after it, however long the speaker's name
 * ('"…," Hong Kong director of Amnesty International Man-kei Tam said').
 */
export function quoteOfSpeech(view: SentenceView, match: TriggerMatch, quotes: readonly QuoteSpan[]): QuoteSpan | null {
  const { tokens } = view;
  const headStart = tokens[match.head]!.start;
  const after = tokens[Math.min(tokens.length - 1, match.argFrom + 4)]?.end ?? headStart;
  const before = tokens[Math.max(0, match.head - 4)]!.start;
  const opening = (quote: QuoteSpan) => quote.close > view.start && quote.open <= tokens[0]!.start;
  return (
    quotes.find((quote) => quote.open >= tokens[match.end - 1]!.end && quote.open <= after) ??
    quotes.find((quote) => quote.close <= headStart && (quote.close >= before || opening(quote))) ??
    null
  );
}

/** The place of an event: a country or location introduced as a place, not a participant. */
export function placeOf(view: SentenceView, isLocative: (index: number) => boolean, participants: ReadonlySet<string>, head: number): string | null {
  let best: { key: string; distance: number } | null = null;
  view.mentions.forEach((slot, index) => {
    if ((slot.kind !== "LOCATION" && slot.kind !== "COUNTRY") || participants.has(slot.key) || !isLocative(index)) return;
    const distance = Math.abs(slot.t0 - head);
    if (!best || distance < best.distance) best = { key: slot.key, distance };
  });
  return (best as { key: string } | null)?.key ?? null;
}

/** Within an article the same type, source, target and assertion told twice is one event: the first. */
export function dedupeEvents(events: readonly LocalEvent[]): LocalEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = `${event.type}|${event.sourceKey}|${event.targetKey ?? ""}|${event.modality === "ASSERTED"}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words that make an act go both ways between its coordinated subjects. */
const MUTUAL = [["mutuellement"], ["reciproquement"], ["each", "other"], ["one", "another"], ["l'", "un", "l'", "autre"], ["les", "uns", "les", "autres"]];
/** How far from the trigger the reciprocal words may stand ("se sont mutuellement accusés", "accused each other of"). */
const MUTUAL_WINDOW = 3;

/** "mutuellement", "each other", "l'un l'autre" next to the trigger. */
export function mutualMarker(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  const from = Math.max(0, match.head - MUTUAL_WINDOW);
  const to = Math.min(tokens.length, match.end + MUTUAL_WINDOW + 1);
  for (let i = from; i < to; i++) {
    for (const words of MUTUAL) if (wordsAt(tokens, i, words)) return true;
  }
  return false;
}
