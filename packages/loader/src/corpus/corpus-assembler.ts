import { CORPUS_FORMAT_VERSION, findInconsistencies, type Article, type Corpus, type Event, type Problem } from "@corpus/schema";
import type { Extraction } from "../document.js";
import { documentError } from "../ingest/problem.js";
import { checkArticleRecords } from "./check-article-records.js";
import { compareEvents } from "./event-records.js";
import { ActorMerger } from "./merge-actors.js";
import { compareCodeUnits } from "./order.js";

/**
 * Builds a Corpus one article at a time: `add` validates the article's records and folds its
 * actors into the cross-article merge; `finish` merges, sorts every list by stable keys (so the
 * same input gives byte-identical JSON) and runs a last corpus-wide consistency check.
 */
export class CorpusAssembler {
  private readonly articles: Article[] = [];
  private readonly events: Event[] = [];
  private readonly problems: Problem[] = [];
  private readonly actors = new ActorMerger();

  add(article: Article, extraction: Extraction): void {
    const checked = checkArticleRecords(article, extraction);
    this.problems.push(...checked.problems);
    if (!checked.article) return;
    this.articles.push(checked.article);
    for (const actor of checked.actors) this.actors.add(actor);
    this.events.push(...checked.events);
  }

  /** Problems found outside assembly (unreadable files, bad headers, duplicates). */
  report(problems: readonly Problem[]): void {
    this.problems.push(...problems);
  }

  finish(): Corpus {
    const corpus: Corpus = {
      formatVersion: CORPUS_FORMAT_VERSION,
      articles: this.articles.sort((a, b) => compareCodeUnits(a.id, b.id)),
      actors: this.actors.build(),
      events: this.events.sort(compareEvents),
      problems: this.problems,
    };
    const safe = dropInconsistent(corpus);
    safe.problems.sort(compareProblems);
    return safe;
  }
}

/**
 * Safety net across articles: each article was checked on its own, so this finds only what
 * merging could break (it should find nothing). Offending records are dropped and reported;
 * a dropped article takes its mentions with it, and orphaned events are reported on the next pass.
 */
function dropInconsistent(corpus: Corpus): Corpus {
  let current = corpus;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const inconsistencies = findInconsistencies(current);
    if (inconsistencies.length === 0) break;
    const bad = new Set(inconsistencies.map((i) => i.record));
    const problems = inconsistencies.map(({ record, message }) => {
      const { kind, id } = splitRecord(record);
      return documentError(fileOfRecord(current, kind, id), null, "INVALID_RECORD", `${kind} ${id} dropped: ${message}`);
    });
    const articles = current.articles.filter((a) => !bad.has(`article:${a.id}`));
    const kept = new Set(articles.map((a) => a.id));
    const actors = current.actors
      .filter((a) => !bad.has(`actor:${a.id}`))
      .map((a) => ({ ...a, mentions: a.mentions.filter((m) => kept.has(m.articleId)) }));
    const events = current.events.filter((e) => !bad.has(`event:${e.id}`));
    current = { ...current, articles, actors, events, problems: [...current.problems, ...problems] };
  }
  return current;
}

const MAX_PASSES = 4;

function splitRecord(record: string): { kind: string; id: string } {
  const colon = record.indexOf(":");
  return { kind: record.slice(0, colon), id: record.slice(colon + 1) };
}

/** The file a problem about a record is filed under: its article's, or the first mention's for an actor. */
function fileOfRecord(corpus: Corpus, kind: string, id: string): string {
  const articleId =
    kind === "article" ? id : kind === "event" ? corpus.events.find((e) => e.id === id)?.articleId : corpus.actors.find((a) => a.id === id)?.mentions[0]?.articleId;
  return corpus.articles.find((a) => a.id === articleId)?.file ?? "(corpus)";
}

function compareProblems(a: Problem, b: Problem): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodeUnits(a.code, b.code) || compareCodeUnits(a.message, b.message);
}
