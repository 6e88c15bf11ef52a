import type { Event } from "@corpus/schema";
import type { LocalEvent } from "../document.js";
import { compareCodeUnits, compareFields } from "./order.js";

/**
 * Turns one article's events into `Event` records with ids that are stable across runs:
 * `<articleId>#<field>:<trigger start>:<type>`, plus `~2`, `~3`… when one trigger gives several
 * events of the same type (one per source–target pair). Events are first put in a canonical order
 * (position, type, source, target), so the suffixes do not depend on the extractor's output order.
 */
export function toEventRecords(articleId: string, events: readonly LocalEvent[]): Event[] {
  const seen = new Map<string, number>();
  return [...events].sort(compareLocalEvents).map((event) => {
    const base = `${articleId}#${event.trigger.field}:${event.trigger.start}:${event.type}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      id: count === 1 ? base : `${base}~${count}`,
      type: event.type,
      sourceId: event.sourceKey,
      targetId: event.targetKey,
      placeId: event.placeKey,
      articleId,
      date: event.date,
      dateText: event.dateText,
      trigger: event.trigger,
      evidence: event.evidence,
      quote: event.quote,
      modality: event.modality,
      confidence: event.confidence,
      rule: event.rule,
    };
  });
}

function compareLocalEvents(a: LocalEvent, b: LocalEvent): number {
  return (
    compareFields(a.trigger.field, b.trigger.field) ||
    a.trigger.start - b.trigger.start ||
    compareCodeUnits(a.type, b.type) ||
    compareCodeUnits(a.sourceKey, b.sourceKey) ||
    compareCodeUnits(a.targetKey ?? "", b.targetKey ?? "") ||
    compareCodeUnits(a.placeKey ?? "", b.placeKey ?? "") ||
    a.trigger.end - b.trigger.end ||
    a.evidence.start - b.evidence.start ||
    compareCodeUnits(a.modality, b.modality) ||
    compareCodeUnits(a.rule, b.rule) ||
    a.confidence - b.confidence
  );
}

/** Reading order for a corpus's events: by article, then by where the trigger is, then by id. */
export function compareEvents(a: Event, b: Event): number {
  return (
    compareCodeUnits(a.articleId, b.articleId) ||
    compareFields(a.trigger.field, b.trigger.field) ||
    a.trigger.start - b.trigger.start ||
    compareCodeUnits(a.id, b.id)
  );
}
