/**
 * Test helpers for the event coder: an analysed article from a few sentences written for the test,
 * and actors given as `key: surface, surface…`, placed on every occurrence of their surfaces.
 */
import { toPartialDate, type ActorKind, type PartialDate } from "@corpus/schema";
import type { AnalyzedArticle, Language, LocalActor, LocalEvent } from "../../document.js";
import { splitSentences } from "../../segment/index.js";
import { codeEvents } from "./index.js";

export function testArticle(body: string, language: Language, published = "2024-04-11"): AnalyzedArticle {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const block of body.split("\n\n")) {
    paragraphs.push({ start, end: start + block.length });
    start += block.length + 2;
  }
  return {
    file: "test.txt",
    id: "test",
    title: "Test",
    published: toPartialDate(published) as PartialDate,
    body,
    language,
    paragraphs,
    sentences: splitSentences(body, paragraphs, language),
  };
}

/** Actors by key, kind and surfaces; every whole-word occurrence of a surface becomes a mention. */
/** Test actors by key: kind, then the surfaces that mention them (an `as const` literal fits). */
export type ActorSpecs = Readonly<Record<string, readonly [ActorKind, ...string[]]>>;

export function testActors(body: string, specs: ActorSpecs): LocalActor[] {
  return Object.entries(specs).map(([key, [kind, ...surfaces]]) => {
    const mentions = surfaces.flatMap((surface) => {
      const found: LocalActor["mentions"] = [];
      for (let at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
        const before = body[at - 1] ?? " ";
        const after = body[at + surface.length] ?? " ";
        if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
        found.push({ field: "BODY", start: at, end: at + surface.length, text: surface, confidence: 1 });
      }
      return found;
    });
    return { key, name: surfaces[0]!, kind, country: null, wikidataId: null, aliases: [], roles: [], mentions, generic: false };
  });
}

/** Events of a text as compact strings "TYPE source→target" (asserted only, unless `all`). */
export function coded(body: string, language: Language, specs: ActorSpecs, all = false): string[] {
  return codeEvents(testArticle(body, language), testActors(body, specs))
    .filter((event) => all || event.modality === "ASSERTED")
    .map((event) => `${event.type} ${event.sourceKey}→${event.targetKey ?? "-"}${all ? ` ${event.modality}` : ""}`);
}

/** The single event of a text, whole. */
export function onlyEvent(body: string, language: Language, specs: ActorSpecs, published?: string): LocalEvent {
  const events = codeEvents(testArticle(body, language, published), testActors(body, specs));
  if (events.length !== 1) throw new Error(`expected one event, got ${events.length}: ${events.map((e) => `${e.type} ${e.sourceKey}`).join(", ")}`);
  return events[0]!;
}
