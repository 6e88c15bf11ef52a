import type { LocalActor, LocalEvent } from "../document.js";

/** A predicted actor for scorer tests; mention offsets are irrelevant to scoring. */
export function predictedActor(partial: Partial<LocalActor> & Pick<LocalActor, "key" | "name" | "kind">): LocalActor {
  return { country: null, wikidataId: null, aliases: [], roles: [], mentions: [], generic: false, ...partial };
}

export function mentionOf(text: string): LocalActor["mentions"][number] {
  return { field: "BODY", start: 0, end: text.length, text, confidence: 1 };
}

/** A predicted event for scorer tests. */
export function predictedEvent(partial: Partial<LocalEvent> & Pick<LocalEvent, "type" | "sourceKey" | "targetKey">): LocalEvent {
  const span = { field: "BODY" as const, start: 0, end: 1, text: "x" };
  return {
    placeKey: null,
    date: null,
    dateText: null,
    trigger: span,
    evidence: span,
    quote: null,
    modality: "ASSERTED",
    confidence: 1,
    rule: "test",
    ...partial,
  };
}
