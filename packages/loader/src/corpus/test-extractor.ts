import type { AnalyzedArticle, Extraction, LocalActor, LocalEvent } from "../document.js";

/**
 * A tiny rule extractor for the assembly tests (not the product's): every occurrence of a word in
 * `ACTORS` is a mention of that actor, and "signe" / "signs" between two of them is an AGREE event.
 * It lets the tests drive merging, generic actors and validation with texts written for them.
 */
const ACTORS: Record<string, Omit<LocalActor, "mentions" | "aliases" | "roles"> & { role?: string }> = {
  Russie: { key: "country:RU", name: "Russia", kind: "COUNTRY", country: "RU", wikidataId: "Q159", generic: false },
  Russia: { key: "country:RU", name: "Russia", kind: "COUNTRY", country: "RU", wikidataId: "Q159", generic: false },
  Niger: { key: "country:NE", name: "Niger", kind: "COUNTRY", country: "NE", wikidataId: "Q1032", generic: false },
  Poutine: { key: "wd:Q7747", name: "Vladimir Putin", kind: "PERSON", country: "RU", wikidataId: "Q7747", generic: false, role: "président russe" },
  Putin: { key: "wd:Q7747", name: "Putin", kind: "PERSON", country: "RU", wikidataId: "Q7747", generic: false, role: "Russian president" },
  manifestants: { key: "group:protesters", name: "protesters", kind: "GROUP", country: null, wikidataId: null, generic: true },
};

export function testExtractor(article: AnalyzedArticle): Extraction {
  const byKey = new Map<string, LocalActor>();
  const found: Array<{ key: string; start: number; end: number }> = [];
  for (const match of article.body.matchAll(/\p{L}+/gu)) {
    const entry = ACTORS[match[0]];
    if (!entry) continue;
    const { role, ...fields } = entry;
    const actor = byKey.get(entry.key) ?? { ...fields, aliases: [], roles: [], mentions: [] };
    if (match[0] !== actor.name && !actor.aliases.includes(match[0])) actor.aliases.push(match[0]);
    if (role && !actor.roles.includes(role)) actor.roles.push(role);
    actor.mentions.push({ field: "BODY", start: match.index, end: match.index + match[0].length, text: match[0], confidence: 0.9 });
    byKey.set(entry.key, actor);
    found.push({ key: entry.key, start: match.index, end: match.index + match[0].length });
  }
  const events: LocalEvent[] = [];
  for (const trigger of article.body.matchAll(/\b(?:signe|signs)\b/g)) {
    const before = found.filter((f) => f.end <= trigger.index).at(-1);
    const after = found.find((f) => f.start > trigger.index);
    const sentence = article.sentences.find((s) => s.start <= trigger.index && trigger.index < s.end);
    if (!before || !after || !sentence) continue;
    events.push({
      type: "AGREE",
      sourceKey: before.key,
      targetKey: after.key,
      placeKey: null,
      date: null,
      dateText: null,
      trigger: { field: "BODY", start: trigger.index, end: trigger.index + trigger[0].length, text: trigger[0] },
      evidence: { field: "BODY", start: sentence.start, end: sentence.end, text: article.body.slice(sentence.start, sentence.end) },
      quote: null,
      modality: "ASSERTED",
      confidence: 0.8,
      rule: "test.signe",
    });
  }
  return { actors: [...byKey.values()], events };
}
