import { Actor, Article, CORPUS_FORMAT_VERSION, Event, findInconsistencies, type Corpus, type Problem } from "@corpus/schema";
import type { z } from "zod";
import type { Extraction, LocalActor } from "../document.js";
import { documentError } from "../ingest/problem.js";
import { toEventRecords } from "./event-records.js";
import { compileRecordCheck, validationError } from "./record-check.js";

/** What survives validation of one article and its extraction. */
export interface CheckedArticle {
  /** Null when the article record itself is invalid (then nothing of it is kept). */
  article: Article | null;
  /** One record per actor key, with this article's mentions only: the input of the cross-article merge. */
  actors: Actor[];
  events: Event[];
  problems: Problem[];
}

const MAX_PASSES = 4;

/** Quick checks of the three record schemas (see record-check.ts): zod is asked only about records they do not vouch for. */
const quick = { article: compileRecordCheck(Article), actor: compileRecordCheck(Actor), event: compileRecordCheck(Event) };

/**
 * Validates one article and what was extracted from it, record by record, so that a bad record
 * costs only itself: each record is checked against its `@corpus/schema` schema (what `Corpus.safeParse`
 * would do, but locating the failure; a check compiled from the schema first, zod's `safeParse` when it does
 * not vouch for the record), then `findInconsistencies` runs on the one-article corpus
 * (spans that do not match the text, events whose actors are missing). A failing record is dropped
 * and reported as INVALID_RECORD; dropping an actor can orphan an event, hence several passes.
 * Generic actors (described collectives) that take part in no event of the article are left out here.
 */
export function checkArticleRecords(article: Article, extraction: Extraction): CheckedArticle {
  const problems: Problem[] = [];
  const report = (record: string, reason: string) =>
    problems.push(documentError(article.file, null, "INVALID_RECORD", `${record} dropped: ${reason}`));

  const articleError = validationError(Article, quick.article, article);
  if (articleError) {
    report(`article ${article.id}`, firstIssue(articleError));
    return { article: null, actors: [], events: [], problems };
  }

  const inEvents = new Set(extraction.events.flatMap((e) => [e.sourceKey, e.targetKey, e.placeKey]));
  const kept = extraction.actors.filter((actor) => !actor.generic || inEvents.has(actor.key));
  let actors = actorRecords(article.id, kept).filter((actor) => {
    const error = validationError(Actor, quick.actor, actor);
    if (error) report(`actor ${actor.id}`, firstIssue(error));
    return error === undefined;
  });
  let events = toEventRecords(article.id, extraction.events).filter((event) => {
    const error = validationError(Event, quick.event, event);
    if (error) report(`event ${event.id}`, firstIssue(error));
    return error === undefined;
  });

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const single: Corpus = { formatVersion: CORPUS_FORMAT_VERSION, articles: [article], actors, events, problems: [] };
    const inconsistencies = findInconsistencies(single);
    if (inconsistencies.length === 0) break;
    const bad = new Set<string>();
    for (const { record, message } of inconsistencies) {
      if (!bad.has(record)) report(record.replace(":", " "), message);
      bad.add(record);
    }
    if (bad.has(`article:${article.id}`)) return { article: null, actors: [], events: [], problems };
    actors = actors.filter((actor) => !bad.has(`actor:${actor.id}`));
    events = events.filter((event) => !bad.has(`event:${event.id}`));
  }
  return { article, actors, events, problems };
}

/**
 * The article's actors as `Actor` records, one per key: an extractor that splits one actor in two
 * gets them pooled here (names as aliases, mentions together), as the cross-article merge would.
 */
function actorRecords(articleId: string, actors: readonly LocalActor[]): Actor[] {
  const byKey = new Map<string, Actor>();
  for (const { key, name, kind, country, wikidataId, aliases, roles, mentions } of actors) {
    const withArticle = mentions.map(({ field, start, end, text, confidence }) => ({ articleId, field, start, end, text, confidence }));
    const existing = byKey.get(key);
    if (existing) {
      existing.mentions.push(...withArticle);
      existing.aliases.push(...aliases, name);
      existing.roles.push(...roles);
    } else {
      byKey.set(key, { id: key, name, kind, country, wikidataId, aliases: [...aliases], roles: [...roles], mentions: withArticle });
    }
  }
  return [...byKey.values()];
}

function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return "invalid";
  const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : "";
  return `${where}${issue.message}${more}`;
}
