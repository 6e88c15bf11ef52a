import { expect, test } from "vitest";
import type { LocalEvent } from "../document.js";
import { toEventRecords } from "./event-records.js";

function local(overrides: Partial<LocalEvent>): LocalEvent {
  const span = { field: "BODY" as const, start: 4, end: 9, text: "signe" };
  return {
    type: "AGREE", sourceKey: "s", targetKey: "t", placeKey: null, date: null, dateText: null, trigger: span,
    evidence: { ...span, start: 0, end: 20, text: "x".repeat(20) }, quote: null, modality: "ASSERTED", confidence: 0.5, rule: "r", ...overrides,
  };
}

test("ids come from article, trigger field and start, and type; repeats get ~2, ~3 in a canonical order", () => {
  const events = [local({ targetKey: "z" }), local({ type: "CONSULT" }), local({ targetKey: "b" }), local({ trigger: { field: "TITLE", start: 0, end: 5, text: "signe" } })];
  const records = toEventRecords("art", events);
  expect(records.map((r) => [r.id, r.targetId])).toEqual([
    ["art#TITLE:0:AGREE", "t"],
    ["art#BODY:4:AGREE", "b"],
    ["art#BODY:4:AGREE~2", "z"],
    ["art#BODY:4:CONSULT", "t"],
  ]);
  expect(toEventRecords("art", [...events].reverse())).toEqual(records);
});
