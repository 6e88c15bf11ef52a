import type { LocalActor, LocalEvent } from "../document.js";
import type { GoldActor, GoldEvent } from "./gold.js";
import type { Prf } from "./metrics.js";
import type { ArticleScore, EvalReport } from "./score.js";

const pct = (value: number) => value.toFixed(3);
const figures = (prf: Prf) => `P ${pct(prf.precision)}  R ${pct(prf.recall)}  F1 ${pct(prf.f1)}  (tp ${prf.tp}, fp ${prf.fp}, fn ${prf.fn})`;
const clip = (text: string, max = 110) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const goldActorLine = (actor: GoldActor) =>
  `${actor.kind} ${actor.country ?? "-"} "${actor.name}" [${actor.mentions.join(" / ")}]`;

function predictedActorLine(actor: LocalActor): string {
  const texts = [...new Set(actor.mentions.map((m) => m.text))].slice(0, 4).join(" / ");
  return `${actor.kind} ${actor.country ?? "-"} "${actor.name}" (${actor.key}) [${texts}]`;
}

const goldEventLine = (event: GoldEvent) =>
  `${event.type} ${event.source} → ${event.target ?? "∅"}  "${event.trigger}" in «${clip(event.sentence)}»`;

function predictedEventLine(event: LocalEvent, actors: ReadonlyMap<string, LocalActor>): string {
  const name = (key: string | null) => (key === null ? "∅" : (actors.get(key)?.name ?? key));
  return `${event.type} ${name(event.sourceKey)} → ${name(event.targetKey)}  "${event.trigger.text}" in «${clip(event.evidence.text)}» [${event.rule}]`;
}

function articleLines(article: ArticleScore): string[] {
  const { actors, events } = article;
  const goldActors = actors.pairs.length + actors.missed.length;
  const goldEvents = events.pairs.length + events.missed.length;
  return [
    `== ${article.file} (${article.language})  actors ${actors.pairs.length}/${goldActors} found, ${actors.extra.length} extra;` +
      `  events ${events.pairs.length}/${goldEvents} found, ${events.extra.length} extra`,
    ...actors.missed.map((actor) => `  - actor  ${goldActorLine(actor)}`),
    ...actors.extra.map((actor) => `  + actor  ${predictedActorLine(actor)}`),
    ...events.missed.map((event) => `  - event  ${goldEventLine(event)}`),
    ...events.extra.map((event) => `  + event  ${predictedEventLine(event, article.actorsByKey)}`),
  ];
}

const sliceLines = (title: string, slices: Record<string, Prf>) => [
  title,
  ...Object.entries(slices).map(([key, prf]) => `  ${key.padEnd(13)} ${figures(prf)}`),
];

/** The human report: headline figures first, then slices, then what to fix article by article (- missed, + extra). */
export function formatReport(report: EvalReport, options: { errors: boolean } = { errors: true }): string {
  const lines = [
    `Actors  ${figures(report.actors)}`,
    `Events  ${figures(report.events)}`,
    "",
    ...sliceLines("Actors by kind (tp and fn by gold kind, fp by predicted kind)", report.actorsByKind),
    ...sliceLines("Events by type", report.eventsByType),
    "By language",
    ...Object.entries(report.byLanguage).flatMap(([language, slice]) => [
      `  ${language} actors  ${figures(slice.actors)}`,
      `  ${language} events  ${figures(slice.events)}`,
    ]),
  ];
  if (report.missingFiles.length > 0) lines.push("", `Not loaded (all counted as missed): ${report.missingFiles.join(", ")}`);
  if (options.errors) lines.push("", "Per-article errors (- missed gold, + extra prediction)", ...report.articles.flatMap(articleLines));
  return lines.join("\n");
}

/** The machine report (`--json`): the same figures, and the errors as plain records. */
export function toJsonReport(report: EvalReport) {
  return {
    actors: report.actors,
    events: report.events,
    actorsByKind: report.actorsByKind,
    eventsByType: report.eventsByType,
    byLanguage: report.byLanguage,
    missingFiles: report.missingFiles,
    articles: report.articles.map((article) => ({
      file: article.file,
      language: article.language,
      missedActors: article.actors.missed,
      extraActors: article.actors.extra.map(({ key, name, kind, country, mentions }) => ({
        key,
        name,
        kind,
        country,
        mentions: [...new Set(mentions.map((m) => m.text))],
      })),
      missedEvents: article.events.missed,
      extraEvents: article.events.extra.map((event) => ({
        type: event.type,
        source: event.sourceKey,
        target: event.targetKey,
        trigger: event.trigger.text,
        evidence: event.evidence.text,
        rule: event.rule,
      })),
    })),
  };
}
