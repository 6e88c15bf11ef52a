import { CORPUS_FORMAT_VERSION, type Article, type Corpus, type Event, type Problem } from "@corpus/schema";
import type { Extraction } from "../document.js";
import { checkArticleRecords } from "./check-article-records.js";
import { compareEvents } from "./event-records.js";
import { ActorMerger } from "./merge-actors.js";
import { compareCodeUnits } from "./order.js";

/**
 * Builds a Corpus one article at a time: `add` validates the article's records (zod per record,
 * `findInconsistencies` on the one-article corpus) and folds its actors into the cross-article
 * merge; `finish` merges and sorts every list by stable keys, so the same input gives
 * byte-identical JSON.
 *
 * No corpus-wide `findInconsistencies` pass is needed (it cost 45% of `finish`): merging cannot break
 * what the per-article checks established. Article ids are unique by construction, actor ids are map
 * keys, event ids start with their article id (which cannot contain `#`), every actor an event names
 * was checked present in its article and every per-article actor reaches the merge, and spans are
 * not changed by merging. The tests run the full check on loaded corpora.
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
    corpus.problems.sort(compareProblems);
    return corpus;
  }
}

function compareProblems(a: Problem, b: Problem): number {
  return compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodeUnits(a.code, b.code) || compareCodeUnits(a.message, b.message);
}
