import { createHash } from "node:crypto";
import {
  ActorKind,
  CORPUS_FORMAT_VERSION,
  EventType,
  toPartialDate,
  type Actor,
  type Article,
  type Corpus,
  type Event,
  type Mention,
  type PartialDate,
} from "@corpus/schema";

/**
 * A deterministic synthetic corpus of any size, with the shape of real ones: a few heavily
 * mentioned actors and a long tail, 3 events per article, dates at year, month and day precision,
 * some undated events. Texts are made-up words; offsets are computed while the text is written,
 * so the corpus passes `findInconsistencies`. For scale tests and benchmarks without ../shared.
 */
export function syntheticCorpus(articleCount: number, seed = 1): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join("");
  const name = () => `${capitalise(word())} ${capitalise(word())}`;

  const actorCount = Math.max(10, Math.floor(articleCount / 2));
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => {
    const kind = i < 40 ? "COUNTRY" : pick(ActorKind.options.filter((k) => k !== "COUNTRY"));
    const country = i < 40 ? COUNTRY_CODES[i % COUNTRY_CODES.length]! : random() < 0.7 ? pick(COUNTRY_CODES) : null;
    return { id: `${kind.toLowerCase()}:${i}`, name: `${name()} ${i}`, kind, country, wikidataId: i < 40 ? `Q${1000 + i}` : null, aliases: [word()], roles: [], mentions: [] };
  });
  /** Zipf-like: low ordinals (the countries) come up far more often than the tail. */
  const someActor = () => actors[Math.floor(actorCount * random() ** 3)] as Actor;

  const articles: Article[] = [];
  const events: Event[] = [];
  for (let a = 0; a < articleCount; a++) {
    const id = `synthetic-${String(a).padStart(6, "0")}`;
    const published = date(random, pick);
    const cast = [...new Set(Array.from({ length: 4 + Math.floor(random() * 4) }, someActor))];
    const paragraphs: Article["paragraphs"] = [];
    const sentences: Article["sentences"] = [];
    const mentions: { actor: Actor; mention: Mention }[] = [];
    let body = "";
    for (let p = 0; p < 6; p++) {
      if (p > 0) body += "\n\n";
      const paragraphStart = body.length;
      for (let s = 0; s < 3; s++) {
        if (s > 0) body += " ";
        const sentenceStart = body.length;
        const actor = cast[(p * 3 + s) % cast.length] as Actor;
        body += `${capitalise(word())} ${Array.from({ length: 4 }, word).join(" ")} `;
        mentions.push({ actor, mention: { articleId: id, field: "BODY", start: body.length, end: body.length + actor.name.length, text: actor.name, confidence: 0.9 } });
        body += `${actor.name} ${Array.from({ length: 6 }, word).join(" ")}.`;
        sentences.push({ start: sentenceStart, end: body.length, paragraph: p });
      }
      paragraphs.push({ start: paragraphStart, end: body.length });
    }
    const title = `${capitalise(word())} ${word()} ${word()} ${word()}`;
    articles.push({
      id,
      file: `${id}.txt`,
      title,
      language: random() < 0.6 ? "fr" : "en",
      published,
      body,
      paragraphs,
      sentences,
      wordCount: `${title} ${body}`.split(/\s+/).length,
      contentHash: createHash("sha256").update(`${title}\n${body}`).digest("hex"),
    });
    for (const { actor, mention } of mentions) actor.mentions.push(mention);
    for (let e = 0; e < 3; e++) {
      const { actor: source, mention } = mentions[(e * 5) % mentions.length]!;
      const target = random() < 0.85 ? (cast.find((c) => c !== source) ?? null) : null;
      const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end)!;
      const evidence = { field: "BODY" as const, start: sentence.start, end: sentence.end, text: body.slice(sentence.start, sentence.end) };
      const triggerStart = sentence.start;
      const triggerEnd = body.indexOf(" ", triggerStart);
      events.push({
        id: `${id}#${e}`,
        type: pick(EventType.options),
        sourceId: source.id,
        targetId: target?.id ?? null,
        placeId: null,
        articleId: id,
        date: random() < 0.2 ? null : date(random, pick),
        dateText: null,
        trigger: { field: "BODY", start: triggerStart, end: triggerEnd, text: body.slice(triggerStart, triggerEnd) },
        evidence,
        quote: null,
        modality: random() < 0.9 ? "ASSERTED" : "HYPOTHETICAL",
        confidence: Math.round(random() * 100) / 100,
        rule: "synthetic",
      });
    }
  }
  return { formatVersion: CORPUS_FORMAT_VERSION, articles, actors: actors.filter((actor) => actor.mentions.length > 0), events, problems: [] };
}

const SYLLABLES = ["ka", "lo", "mi", "ré", "su", "ten", "dar", "vé", "on", "bra", "ni", "gal", "por", "é", "za", "lin"];
const COUNTRY_CODES = ["FR", "US", "RU", "NE", "ML", "BF", "DE", "GB", "CN", "IN", "BR", "ZA", "NG", "EG", "TR", "IR", "IL", "UA", "PL", "IT"];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function date(random: () => number, pick: <T>(items: readonly T[]) => T): PartialDate {
  const year = 2015 + Math.floor(random() * 10);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const value = pick([`${year}`, `${year}-${month}`, `${year}-${month}-${day}`, `${year}-${month}-${day}`]);
  return toPartialDate(value)!;
}

/** Small seeded PRNG (public-domain mulberry32) so that a seed always gives the same corpus. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
