import type { Actor, Article, Corpus, Event, Mention, TextSpan } from "@corpus/schema";
import { formatProblem } from "./format-problem.js";
import { highlight, PLAIN_LEGEND, type Mark } from "./highlight.js";
import type { Colors } from "./terminal.js";

const MAX_MENTIONS_SHOWN = 8;

/**
 * What `corpus inspect` prints for a one-article corpus: the header and segmentation, every actor
 * with its kind, country, ids and mentions, every event with its evidence sentence highlighted,
 * then the problems. Pure: the caller writes the text.
 */
export function formatInspection(corpus: Corpus, path: string, colors: Colors): string {
  const lines: string[] = [colors.bold(path)];
  const article = corpus.articles[0];
  if (article) lines.push(...articleLines(article, colors), "", ...actorLines(corpus.actors, colors), "", ...eventLines(article, corpus, colors));
  if (corpus.problems.length > 0) {
    lines.push("", colors.bold(`Problems (${corpus.problems.length})`), ...corpus.problems.map((p) => `  ${formatProblem({ ...p, file: path }, null, colors)}`));
  }
  if (article && corpus.events.length > 0 && !colors.isColorSupported) lines.push("", PLAIN_LEGEND);
  return `${lines.join("\n")}\n`;
}

function articleLines(article: Article, colors: Colors): string[] {
  const label = (name: string) => colors.dim(name.padEnd(10));
  return [
    `  ${label("id")}${article.id}`,
    `  ${label("title")}${article.title}`,
    `  ${label("published")}${article.published.value} (${article.published.precision.toLowerCase()})`,
    `  ${label("language")}${article.language}`,
    `  ${label("text")}${article.paragraphs.length} paragraphs, ${article.sentences.length} sentences, ${article.wordCount} words`,
  ];
}

function actorLines(actors: readonly Actor[], colors: Colors): string[] {
  const lines = [colors.bold(`Actors (${actors.length})`)];
  for (const actor of actors) {
    const facts = [actor.kind, actor.country ?? "no country", actor.wikidataId ?? null, `id ${actor.id}`].filter(Boolean).join(", ");
    lines.push(`  ${colors.cyan(actor.name)}  ${colors.dim(facts)}`);
    if (actor.aliases.length > 0) lines.push(`    aliases   ${actor.aliases.join(", ")}`);
    if (actor.roles.length > 0) lines.push(`    roles     ${actor.roles.join(", ")}`);
    lines.push(`    mentions  ${mentionList(actor.mentions)}`);
  }
  return lines;
}

function mentionList(mentions: readonly Mention[]): string {
  const shown = mentions.slice(0, MAX_MENTIONS_SHOWN).map((m) => `"${m.text}" ${where(m)}`);
  const more = mentions.length > MAX_MENTIONS_SHOWN ? `, … ${mentions.length - MAX_MENTIONS_SHOWN} more` : "";
  return `${mentions.length}: ${shown.join(", ")}${more}`;
}

function eventLines(article: Article, corpus: Corpus, colors: Colors): string[] {
  const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
  const lines = [colors.bold(`Events (${corpus.events.length})`)];
  corpus.events.forEach((event, index) => {
    const target = event.targetId === null ? "" : ` → ${names.get(event.targetId) ?? event.targetId}`;
    const place = event.placeId === null ? "" : ` at ${names.get(event.placeId) ?? event.placeId}`;
    const date = event.date === null ? "no date" : `${event.date.value}${event.dateText ? ` ("${event.dateText.text}")` : ""}`;
    lines.push(
      `  ${index + 1}. ${colors.bold(event.type)}  ${names.get(event.sourceId) ?? event.sourceId}${target}${place}`,
      `     ${colors.dim(`${date}, ${event.modality.toLowerCase()}, confidence ${event.confidence.toFixed(2)}, rule ${event.rule}, id ${event.id}`)}`,
      `     trigger "${event.trigger.text}" ${where(event.trigger)}`,
      `     ${highlight(event.evidence.text, event.evidence.start, marksFor(event, corpus.actors, article.id), colors)}`,
    );
    if (event.quote) lines.push(`     quote "${event.quote.text}"`);
  });
  return lines;
}

/** The trigger and every actor mention that lie in the event's evidence field. */
function marksFor(event: Event, actors: readonly Actor[], articleId: string): Mark[] {
  const marks: Mark[] = [{ start: event.trigger.start, end: event.trigger.end, kind: "trigger" }];
  if (event.trigger.field !== event.evidence.field) marks.length = 0;
  for (const actor of actors) {
    const kind = actor.id === event.sourceId ? "source" : actor.id === event.targetId ? "target" : "actor";
    for (const m of actor.mentions) {
      if (m.articleId === articleId && m.field === event.evidence.field) marks.push({ start: m.start, end: m.end, kind });
    }
  }
  return marks;
}

function where(span: Pick<TextSpan, "field" | "start" | "end">): string {
  return `(${span.field.toLowerCase()} ${span.start}–${span.end})`;
}
