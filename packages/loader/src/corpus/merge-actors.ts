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

/**
 * Merges the per-article records of actors that share an id (`LocalActor.key`) into one `Actor`.
 * Add articles in load order; `build()` is deterministic for a given order.
 * - name: the name most articles use; on a tie the longer (more complete), then the first in code order;
 * - kind, country, wikidataId: the value most articles give (nulls ignored); on a tie the first seen;
 * - aliases (every other name and alias seen) and roles: unioned, deduplicated, sorted;
 * - mentions: all of them, each once, in article and text order.
 * Records are only collected by `add` and folded by `build`: most actors appear in one article, and their
 * record needs no tallies at all.
 */
export class ActorMerger {
  private readonly byKey = new Map<string, Actor[]>();

  /** Adds one article's record of an actor (its mentions all in that article). */
  add(actor: Actor): void {
    const records = this.byKey.get(actor.id);
    if (records) records.push(actor);
    else this.byKey.set(actor.id, [actor]);
  }

  get size(): number {
    return this.byKey.size;
  }

  build(): Actor[] {
    const actors: Actor[] = [];
    for (const [id, records] of this.byKey) actors.push(records.length === 1 ? single(records[0] as Actor) : merged(id, records));
    return actors.sort((a, b) => compareCodeUnits(a.id, b.id));
  }
}

/** One article's record, as `merged` would fold it alone. */
function single(record: Actor): Actor {
  const aliases = new Set(record.aliases);
  aliases.delete(record.name);
  const { id, name, kind, country, wikidataId } = record;
  const roles = [...new Set(record.roles)].sort(compareCodeUnits);
  return { id, name, kind, country, wikidataId, aliases: [...aliases].sort(compareCodeUnits), roles, mentions: uniqueMentions(record.mentions) };
}

function merged(id: string, records: readonly Actor[]): Actor {
  const names = new Tally<string>();
  const kinds = new Tally<ActorKind>();
  const countries = new Tally<string>();
  const wikidataIds = new Tally<string>();
  const aliases = new Set<string>();
  const roles = new Set<string>();
  const mentions: Mention[] = [];
  for (const actor of records) {
    names.add(actor.name);
    kinds.add(actor.kind);
    if (actor.country !== null) countries.add(actor.country);
    if (actor.wikidataId !== null) wikidataIds.add(actor.wikidataId);
    for (const alias of actor.aliases) aliases.add(alias);
    for (const role of actor.roles) roles.add(role);
    for (const mention of actor.mentions) mentions.push(mention);
  }
  const name = names.top(moreComplete) as string;
  for (const other of names.values()) aliases.add(other);
  aliases.delete(name);
  return {
    id,
    name,
    kind: kinds.top() as ActorKind,
    country: countries.top() ?? null,
    wikidataId: wikidataIds.top() ?? null,
    aliases: [...aliases].sort(compareCodeUnits),
    roles: [...roles].sort(compareCodeUnits),
    mentions: uniqueMentions(mentions),
  };
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
