import { Actor, Article, Event, toPartialDate } from "@corpus/schema";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileRecordCheck, validationError } from "./record-check.js";

const body = "The minister met the envoy on Monday. They agreed to talk again.";
const published = toPartialDate("2024-04-11")!;
const article = {
  id: "a1",
  file: "a1.txt",
  title: "Talks resume",
  language: "en",
  published,
  body,
  paragraphs: [{ start: 0, end: body.length }],
  sentences: [
    { start: 0, end: 37, paragraph: 0 },
    { start: 38, end: body.length, paragraph: 0 },
  ],
  wordCount: 14,
  contentHash: "0123456789abcdef".repeat(4),
};
const actor = {
  id: "country:NE",
  name: "Niger",
  kind: "COUNTRY",
  country: "NE",
  wikidataId: "Q1032",
  aliases: ["Niamey"],
  roles: [],
  mentions: [{ articleId: "a1", field: "BODY", start: 4, end: 12, text: "minister", confidence: 0.8 }],
};
const span = (start: number, end: number) => ({ field: "BODY", start, end, text: body.slice(start, end) });
const event = {
  id: "a1#4",
  type: "CONSULT",
  sourceId: "country:NE",
  targetId: null,
  placeId: null,
  articleId: "a1",
  date: toPartialDate("2024-04-08"),
  dateText: span(30, 36),
  trigger: span(13, 16),
  evidence: span(0, 37),
  quote: null,
  modality: "ASSERTED",
  confidence: 0.7,
  rule: "en.consult.meet",
};

/** Copies of `record` with the value at `path` replaced by each of `values`. */
function variants(record: object, path: (string | number)[], values: unknown[]): unknown[] {
  return values.map((value) => {
    const copy = structuredClone(record) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1)!] = value;
    return copy;
  });
}

const BAD_NUMBERS = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null, undefined, 2 ** 60];
const BAD_STRINGS = ["", "   ", 7, null, undefined, ["a"]];

const cases: [string, z.ZodType, object, unknown[]][] = [
  ["Article", Article, article, [
    ...variants(article, ["id"], BAD_STRINGS),
    ...variants(article, ["language"], ["FR", "fra", "", null]),
    ...variants(article, ["published", "value"], ["2024-4", "24", null]),
    ...variants(article, ["published", "precision"], ["WEEK", "MONTH", null]),
    ...variants(article, ["published", "earliest"], ["2024-04-12", "2023-02-29", "2024-4-11"]),
    ...variants(article, ["sentences", 0, "end"], BAD_NUMBERS),
    ...variants(article, ["sentences", 1], [{ start: 50, end: 40, paragraph: 0 }, null, "x"]),
    ...variants(article, ["paragraphs"], [null, {}, [{ start: 0 }]]),
    ...variants(article, ["wordCount"], BAD_NUMBERS),
    ...variants(article, ["contentHash"], ["0123", "0123456789ABCDEF".repeat(4), null]),
    ...variants(article, ["body"], [null, 3]),
    null,
    [],
    "article",
  ]],
  ["Actor", Actor, actor, [
    ...variants(actor, ["kind"], ["PEOPLE", "person", null]),
    ...variants(actor, ["country"], ["ne", "NER", undefined]),
    ...variants(actor, ["wikidataId"], ["Q0", "1032", "q1032"]),
    ...variants(actor, ["aliases", 0], BAD_STRINGS),
    ...variants(actor, ["roles"], [null, [""]]),
    ...variants(actor, ["mentions", 0, "text"], ["minister!", " ", null]),
    ...variants(actor, ["mentions", 0, "field"], ["HEADLINE", null]),
    ...variants(actor, ["mentions", 0, "confidence"], [1.01, -0.1, Number.NaN, "0.5"]),
    ...variants(actor, ["mentions", 0, "start"], BAD_NUMBERS),
  ]],
  ["Event", Event, event, [
    ...variants(event, ["type"], ["MEET", null]),
    ...variants(event, ["targetId"], ["", undefined]),
    ...variants(event, ["date"], [{ ...published, value: "2024" }, { ...published, latest: "2024-04-10" }, "2024-04-11", undefined]),
    ...variants(event, ["dateText", "text"], ["Monda", null]),
    ...variants(event, ["trigger", "end"], [12, -3, 16.5]),
    ...variants(event, ["quote"], [{ field: "BODY", start: 1, end: 0, text: "" }, undefined]),
    ...variants(event, ["modality"], ["POSSIBLE", null]),
    ...variants(event, ["rule"], BAD_STRINGS),
  ]],
];

describe("compileRecordCheck", () => {
  for (const [name, schema, valid, invalid] of cases) {
    it(`vouches for a valid ${name} and for no record zod rejects`, () => {
      const check = compileRecordCheck(schema)!;
      expect(check).not.toBeNull();
      expect(schema.safeParse(valid).success).toBe(true);
      expect(check(valid)).toBe(true);
      // extra keys are stripped by zod, not rejected
      expect(check({ ...valid, extra: 1 })).toBe(true);
      for (const record of invalid) {
        expect(schema.safeParse(record).success, JSON.stringify(record)).toBe(false);
        expect(check(record), JSON.stringify(record)).toBe(false);
      }
    });
  }

  it("leaves schemas with constructs it does not know to zod", () => {
    expect(compileRecordCheck(z.object({ a: z.string().optional() }))).toBeNull();
    expect(compileRecordCheck(z.union([z.string(), z.number()]))).toBeNull();
    expect(compileRecordCheck(z.object({ a: z.string().transform((s) => s.length) }))).toBeNull();
    expect(compileRecordCheck(z.string().min(2))).not.toBeNull();
  });

  it("runs a schema's checks and refinements as zod does", () => {
    const check = compileRecordCheck(z.object({ n: z.number().int().max(3), s: z.string().min(2) }).refine((o) => o.n < o.s.length))!;
    expect(check({ n: 1, s: "ab" })).toBe(true);
    expect(check({ n: 2, s: "ab" })).toBe(false);
    expect(check({ n: 1, s: "a" })).toBe(false);
    expect(check({ n: 4, s: "abcdef" })).toBe(false);
    expect(check({ n: 1, s: "ab" })).toBe(true); // a failure leaves nothing behind for the next record
  });
});

describe("validationError", () => {
  it("returns zod's error, located, when the record is invalid, and nothing when it is valid", () => {
    const check = compileRecordCheck(Event);
    expect(validationError(Event, check, event)).toBeUndefined();
    const error = validationError(Event, check, { ...event, modality: "POSSIBLE" });
    expect(error?.issues[0]?.path).toEqual(["modality"]);
  });
});
