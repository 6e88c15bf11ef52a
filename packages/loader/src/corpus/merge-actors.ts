import type { Actor, ActorKind, Mention } from "@corpus/schema";
import { compareCodeUnits, compareFields } from "./order.js";

/** Counts values, remembering which came first, to pick the most frequent with a stable tie-break. */
class Tally<T> {
  private readonly counts = new Map<T, number>();

  add(value: T): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  /** Most frequent value; ties go to `prefer` when given, else to the value seen first. */
  top(prefer?: (a: T, b: T) => number): T | undefined {
    let best: T | undefined;
    let bestCount = 0;
    for (const [value, count] of this.counts) {
      if (count > bestCount || (count === bestCount && best !== undefined && prefer !== undefined && prefer(value, best) < 0)) {
        best = value;
        bestCount = count;
      }
    }
    return best;
  }

  values(): T[] {
    return [...this.counts.keys()];
  }
}

interface ActorAccumulator {
  names: Tally<string>;
  kinds: Tally<ActorKind>;
  countries: Tally<string>;
  wikidataIds: Tally<string>;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: Mention[];
}

/**
 * Merges the per-article records of actors that share an id (`LocalActor.key`) into one `Actor`.
 * Add articles in load order; `build()` is deterministic for a given order.
 * - name: the name most articles use; on a tie the longer (more complete), then the first in code order;
 * - kind, country, wikidataId: the value most articles give (nulls ignored); on a tie the first seen;
 * - aliases (every other name and alias seen) and roles: unioned, deduplicated, sorted;
 * - mentions: all of them, each once, in article and text order.
 */
export class ActorMerger {
  private readonly byKey = new Map<string, ActorAccumulator>();

  /** Adds one article's record of an actor (its mentions all in that article). */
  add(actor: Actor): void {
    let acc = this.byKey.get(actor.id);
    if (!acc) {
      acc = { names: new Tally(), kinds: new Tally(), countries: new Tally(), wikidataIds: new Tally(), aliases: new Set(), roles: new Set(), mentions: [] };
      this.byKey.set(actor.id, acc);
    }
    acc.names.add(actor.name);
    acc.kinds.add(actor.kind);
    if (actor.country !== null) acc.countries.add(actor.country);
    if (actor.wikidataId !== null) acc.wikidataIds.add(actor.wikidataId);
    for (const alias of actor.aliases) acc.aliases.add(alias);
    for (const role of actor.roles) acc.roles.add(role);
    for (const mention of actor.mentions) acc.mentions.push(mention);
  }

  get size(): number {
    return this.byKey.size;
  }

  build(): Actor[] {
    const actors: Actor[] = [];
    for (const [id, acc] of this.byKey) {
      const name = acc.names.top(moreComplete) as string;
      const aliases = new Set([...acc.aliases, ...acc.names.values()]);
      aliases.delete(name);
      actors.push({
        id,
        name,
        kind: acc.kinds.top() as ActorKind,
        country: acc.countries.top() ?? null,
        wikidataId: acc.wikidataIds.top() ?? null,
        aliases: [...aliases].sort(compareCodeUnits),
        roles: [...acc.roles].sort(compareCodeUnits),
        mentions: uniqueMentions(acc.mentions),
      });
    }
    return actors.sort((a, b) => compareCodeUnits(a.id, b.id));
  }
}

function moreComplete(a: string, b: string): number {
  return b.length - a.length || compareCodeUnits(a, b);
}

/**
 * Sorted by article and position; a span given twice keeps its highest confidence. Mentions
 * usually arrive in order already (articles are added in load order), so the sort is skipped then.
 */
function uniqueMentions(mentions: Mention[]): Mention[] {
  const sorted = mentions.every((m, i) => i === 0 || compareMentions(mentions[i - 1] as Mention, m) < 0) ? mentions : [...mentions].sort(compareMentions);
  return sorted.filter((m, i) => {
    const previous = sorted[i - 1];
    return !previous || previous.articleId !== m.articleId || previous.field !== m.field || previous.start !== m.start || previous.end !== m.end;
  });
}

function compareMentions(a: Mention, b: Mention): number {
  return compareCodeUnits(a.articleId, b.articleId) || compareFields(a.field, b.field) || a.start - b.start || a.end - b.end || b.confidence - a.confidence;
}
