import type { Corpus } from "./corpus.js";
import type { Article } from "./article.js";
import type { TextField } from "./span.js";

/** One broken cross-record rule in a corpus: where it is and what is wrong. */
export interface Inconsistency {
  /** `article:<id>`, `actor:<id>` or `event:<id>`. */
  record: string;
  message: string;
}

interface Located {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

function spanProblem(article: Article, span: Located): string | null {
  const source = span.field === "TITLE" ? article.title : article.body;
  if (span.end > source.length) return `span [${span.start}, ${span.end}) runs past the ${span.field.toLowerCase()} (${source.length})`;
  const slice = source.slice(span.start, span.end);
  return slice === span.text ? null : `span [${span.start}, ${span.end}) reads ${JSON.stringify(slice)}, not ${JSON.stringify(span.text)}`;
}

/**
 * Checks what a single-record schema cannot: unique ids, references that resolve,
 * and spans whose `text` is exactly the slice of the article they point into.
 * Returns an empty array for a consistent corpus.
 */
export function findInconsistencies(corpus: Corpus): Inconsistency[] {
  const found: Inconsistency[] = [];
  const articles = new Map<string, Article>();
  const actorIds = new Set<string>();
  const eventIds = new Set<string>();

  for (const article of corpus.articles) {
    if (articles.has(article.id)) found.push({ record: `article:${article.id}`, message: "duplicate article id" });
    articles.set(article.id, article);
    for (const part of [...article.paragraphs, ...article.sentences]) {
      if (part.end > article.body.length) found.push({ record: `article:${article.id}`, message: `segment [${part.start}, ${part.end}) runs past the body` });
    }
  }
  for (const actor of corpus.actors) {
    if (actorIds.has(actor.id)) found.push({ record: `actor:${actor.id}`, message: "duplicate actor id" });
    actorIds.add(actor.id);
    for (const mention of actor.mentions) {
      const article = articles.get(mention.articleId);
      if (!article) {
        found.push({ record: `actor:${actor.id}`, message: `mention in unknown article ${mention.articleId}` });
        continue;
      }
      const problem = spanProblem(article, mention);
      if (problem) found.push({ record: `actor:${actor.id}`, message: `mention: ${problem}` });
    }
  }
  for (const event of corpus.events) {
    const record = `event:${event.id}`;
    if (eventIds.has(event.id)) found.push({ record, message: "duplicate event id" });
    eventIds.add(event.id);
    for (const [role, id] of [["source", event.sourceId], ["target", event.targetId], ["place", event.placeId]] as const) {
      if (id !== null && !actorIds.has(id)) found.push({ record, message: `${role} ${id} is not an actor` });
    }
    const article = articles.get(event.articleId);
    if (!article) {
      found.push({ record, message: `unknown article ${event.articleId}` });
      continue;
    }
    for (const [name, span] of [["trigger", event.trigger], ["evidence", event.evidence], ["quote", event.quote], ["dateText", event.dateText]] as const) {
      const problem = span && spanProblem(article, span);
      if (problem) found.push({ record, message: `${name}: ${problem}` });
    }
  }
  return found;
}
