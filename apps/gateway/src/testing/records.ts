import { createHash } from "node:crypto";
import { toPartialDate, type Actor, type ActorKind, type Article, type Event, type EventType, type Mention, type Modality, type PartialDate, type TextSpan } from "@corpus/schema";

/**
 * Builders for consistent records from plain text: offsets, sentences and spans are computed,
 * never typed, so hand-written fixtures and synthetic corpora always pass `findInconsistencies`.
 */

const SENTENCE_END = /(?<=[.!?»])\s+(?=[A-ZÀ-Ý«"])/gu;

function date(value: string): PartialDate {
  const parsed = toPartialDate(value);
  if (!parsed) throw new RangeError(`bad date ${value}`);
  return parsed;
}

export interface ArticleInput {
  id: string;
  title: string;
  language: string;
  published: string;
  paragraphs: string[];
}

/** An article whose body is the paragraphs joined by a blank line, split into sentences at `. ` + capital. */
export function buildArticle(input: ArticleInput): Article {
  const body = input.paragraphs.join("\n\n");
  const paragraphs: Article["paragraphs"] = [];
  const sentences: Article["sentences"] = [];
  let offset = 0;
  input.paragraphs.forEach((text, index) => {
    paragraphs.push({ start: offset, end: offset + text.length });
    let sentenceStart = 0;
    for (const match of text.matchAll(SENTENCE_END)) {
      sentences.push({ start: offset + sentenceStart, end: offset + match.index, paragraph: index });
      sentenceStart = match.index + match[0].length;
    }
    sentences.push({ start: offset + sentenceStart, end: offset + text.length, paragraph: index });
    offset += text.length + 2;
  });
  return {
    id: input.id,
    file: `${input.id}.txt`,
    title: input.title,
    language: input.language,
    published: date(input.published),
    body,
    paragraphs,
    sentences,
    wordCount: `${input.title} ${body}`.split(/\s+/).filter(Boolean).length,
    contentHash: createHash("sha256").update(`${input.title}\n${body}`).digest("hex"),
  };
}

/** The span of the `occurrence`-th (0-based) appearance of `text` in the article body (or title). */
export function spanOf(article: Article, text: string, occurrence = 0, field: "TITLE" | "BODY" = "BODY"): TextSpan {
  const source = field === "TITLE" ? article.title : article.body;
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = source.indexOf(text, start + 1);
    if (start < 0) throw new RangeError(`"${text}" (occurrence ${occurrence}) not in ${article.id} ${field.toLowerCase()}`);
  }
  return { field, start, end: start + text.length, text };
}

/** The sentence of the body that contains a body span. */
export function sentenceAround(article: Article, span: TextSpan): TextSpan {
  const sentence = article.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (!sentence) throw new RangeError(`no sentence holds [${span.start}, ${span.end}) in ${article.id}`);
  return { field: "BODY", start: sentence.start, end: sentence.end, text: article.body.slice(sentence.start, sentence.end) };
}

export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  country?: string | null;
  wikidataId?: string | null;
  aliases?: string[];
  roles?: string[];
  /** Where the actor is mentioned: the article and the words (nth occurrence; title when `title` is set). */
  mentions: { article: Article; text: string; occurrence?: number; title?: boolean }[];
}

export function buildActor(input: ActorInput): Actor {
  const mentions: Mention[] = input.mentions.map(({ article, text, occurrence, title }) => ({
    articleId: article.id,
    ...spanOf(article, text, occurrence ?? 0, title ? "TITLE" : "BODY"),
    confidence: 0.9,
  }));
  return {
    id: input.id,
    name: input.name,
    kind: input.kind,
    country: input.country ?? null,
    wikidataId: input.wikidataId ?? null,
    aliases: input.aliases ?? [],
    roles: input.roles ?? [],
    mentions,
  };
}

export interface EventInput {
  id: string;
  type: EventType;
  source: Actor;
  target?: Actor | null;
  place?: Actor | null;
  article: Article;
  /** The trigger words in the body (nth occurrence); the evidence is the sentence around them. */
  trigger: string;
  occurrence?: number;
  date?: string | null;
  dateText?: string | null;
  quote?: string | null;
  modality?: Modality;
  confidence?: number;
}

export function buildEvent(input: EventInput): Event {
  const trigger = spanOf(input.article, input.trigger, input.occurrence ?? 0);
  const evidence = sentenceAround(input.article, trigger);
  const within = (text: string | null | undefined) => {
    if (!text) return null;
    const start = input.article.body.indexOf(text, evidence.start);
    return spanOf(input.article, text, input.article.body.slice(0, start).split(text).length - 1);
  };
  return {
    id: input.id,
    type: input.type,
    sourceId: input.source.id,
    targetId: input.target?.id ?? null,
    placeId: input.place?.id ?? null,
    articleId: input.article.id,
    date: input.date ? date(input.date) : null,
    dateText: within(input.dateText),
    trigger,
    evidence,
    quote: within(input.quote),
    modality: input.modality ?? "ASSERTED",
    confidence: input.confidence ?? 0.8,
    rule: "fixture",
  };
}
