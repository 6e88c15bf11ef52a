import type { Extraction, LocalActor } from "../document.js";
import type { GoldArticle, GoldSet } from "./gold.js";
import { matchActors, type ActorMatching } from "./match-actors.js";
import { matchEvents, type EventMatching } from "./match-events.js";
import { emptyCounts, tally, toPrf, type Counts, type Prf } from "./metrics.js";

export interface ArticleScore {
  file: string;
  language: string;
  actors: ActorMatching;
  events: EventMatching;
  /** Predicted actors by key, to print an event's source and target by name. */
  actorsByKey: Map<string, LocalActor>;
}

/** What a scored run prints: micro figures over all articles, then slices, then the per-article errors. */
export interface EvalReport {
  articles: ArticleScore[];
  /** Gold articles that had no prediction (file missing or not loadable): all their items count as missed. */
  missingFiles: string[];
  actors: Prf;
  events: Prf;
  actorsByKind: Record<string, Prf>;
  eventsByType: Record<string, Prf>;
  byLanguage: Record<string, { actors: Prf; events: Prf }>;
}

/**
 * The actors the corpus keeps from an extraction: a described collective (`generic`) only when it
 * takes part in an event, like the gold, which lists unnamed collectives only when they act.
 */
export function keptActors(extraction: Extraction): LocalActor[] {
  const inEvents = new Set(extraction.events.flatMap((event) => [event.sourceKey, event.targetKey]));
  return extraction.actors.filter((actor) => !actor.generic || inEvents.has(actor.key));
}

/** Scores one article's extraction against its gold annotation. */
export function scoreArticle(file: string, gold: GoldArticle, extraction: Extraction): ArticleScore {
  const actors = keptActors(extraction);
  const actorMatching = matchActors(gold.actors, actors);
  return {
    file,
    language: gold.language,
    actors: actorMatching,
    events: matchEvents(gold.events, extraction.events, actorMatching.pairs),
    actorsByKey: new Map(actors.map((actor) => [actor.key, actor])),
  };
}

const toRecord = (slices: Map<string, Counts>) =>
  Object.fromEntries([...slices].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => [key, toPrf(counts)]));

/**
 * Scores every gold article against the extractions given (by file name). Micro-averaged: each
 * actor and event counts once, whatever article it is in.
 */
export function scoreAll(gold: GoldSet, extractions: ReadonlyMap<string, Extraction>): EvalReport {
  const articles: ArticleScore[] = [];
  const missingFiles: string[] = [];
  const actorTotals = emptyCounts();
  const eventTotals = emptyCounts();
  const byKind = new Map<string, Counts>();
  const byType = new Map<string, Counts>();
  const languageActors = new Map<string, Counts>();
  const languageEvents = new Map<string, Counts>();
  for (const [file, goldArticle] of Object.entries(gold)) {
    const extraction = extractions.get(file);
    if (extraction === undefined) missingFiles.push(file);
    const score = scoreArticle(file, goldArticle, extraction ?? { actors: [], events: [] });
    articles.push(score);
    const language = goldArticle.language;
    for (const pair of score.actors.pairs) tally(byKind, pair.gold.kind, "tp");
    for (const missed of score.actors.missed) tally(byKind, missed.kind, "fn");
    for (const extra of score.actors.extra) tally(byKind, extra.kind, "fp");
    for (const pair of score.events.pairs) tally(byType, pair.gold.type, "tp");
    for (const missed of score.events.missed) tally(byType, missed.type, "fn");
    for (const extra of score.events.extra) tally(byType, extra.type, "fp");
    const add = (totals: Counts, slices: Map<string, Counts>, tp: number, fp: number, fn: number) => {
      totals.tp += tp;
      totals.fp += fp;
      totals.fn += fn;
      tally(slices, language, "tp", tp);
      tally(slices, language, "fp", fp);
      tally(slices, language, "fn", fn);
    };
    add(actorTotals, languageActors, score.actors.pairs.length, score.actors.extra.length, score.actors.missed.length);
    add(eventTotals, languageEvents, score.events.pairs.length, score.events.extra.length, score.events.missed.length);
  }
  const languages = [...new Set([...languageActors.keys(), ...languageEvents.keys()])].sort();
  return {
    articles,
    missingFiles,
    actors: toPrf(actorTotals),
    events: toPrf(eventTotals),
    actorsByKind: toRecord(byKind),
    eventsByType: toRecord(byType),
    byLanguage: Object.fromEntries(
      languages.map((language) => [
        language,
        { actors: toPrf(languageActors.get(language) ?? emptyCounts()), events: toPrf(languageEvents.get(language) ?? emptyCounts()) },
      ]),
    ),
  };
}
