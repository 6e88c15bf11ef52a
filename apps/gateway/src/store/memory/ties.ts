import { EventType } from "@corpus/schema";
import type { Tie, TypeCount } from "../types.js";
import type { Indexes } from "./indexes.js";
import type { Sequence } from "./pages.js";
import { TYPE_COUNT } from "./period-index.js";
import { typeCounts } from "./stats.js";

/**
 * Ties in flat arrays, each actor's ties most events first (ties by the other actor's id): tie t
 * of an actor is between `others[t]` and it, with `counts[t]` events, `outgoing[t]` of them from
 * the actor, and `types[t * TYPE_COUNT + type]` per type. One table holds one actor's network
 * (`from` 0 to `to`) or every actor's, one after another (see {@link buildNetworkIndex}).
 */
export interface TieTable {
  others: Int32Array;
  counts: Int32Array;
  outgoing: Int32Array;
  types: Int32Array;
}

/** Appends one actor's ties (from the events `forEachEvent` visits) to growing arrays, sorted. */
function tally(ix: Indexes, actor: number, forEachEvent: (visit: (event: number) => void) => void, out: { others: number[]; counts: number[]; outgoing: number[]; types: number[] }): void {
  const slotOf = new Map<number, number>();
  const others: number[] = [];
  const counts: number[] = [];
  const outgoing: number[] = [];
  const types: number[] = [];
  forEachEvent((event) => {
    const source = ix.eventSource[event] ?? -1;
    const target = ix.eventTarget[event] ?? -1;
    const other = source === actor ? target : source;
    if (other < 0 || other === actor) return;
    let slot = slotOf.get(other);
    if (slot === undefined) {
      slot = others.length;
      slotOf.set(other, slot);
      others.push(other);
      counts.push(0);
      outgoing.push(0);
      for (let t = 0; t < TYPE_COUNT; t++) types.push(0);
    }
    counts[slot]!++;
    if (source === actor) outgoing[slot]!++;
    types[slot * TYPE_COUNT + (ix.eventType[event] ?? 0)]!++;
  });
  const idOf = (slot: number) => ix.actors[others[slot]!]?.id ?? "";
  const order = others.map((_, slot) => slot).sort((a, b) => counts[b]! - counts[a]! || (idOf(a) < idOf(b) ? -1 : 1));
  for (const slot of order) {
    out.others.push(others[slot]!);
    out.counts.push(counts[slot]!);
    out.outgoing.push(outgoing[slot]!);
    for (let t = 0; t < TYPE_COUNT; t++) out.types.push(types[slot * TYPE_COUNT + t]!);
  }
}

const table = (out: { others: number[]; counts: number[]; outgoing: number[]; types: number[] }): TieTable => ({
  others: Int32Array.from(out.others),
  counts: Int32Array.from(out.counts),
  outgoing: Int32Array.from(out.outgoing),
  types: Int32Array.from(out.types),
});
const growing = () => ({ others: [] as number[], counts: [] as number[], outgoing: [] as number[], types: [] as number[] });

/**
 * An actor's network: its ties with every other actor it has events with (as source or target)
 * among the events `forEachEvent` visits, most events first. Events with no other party (no target,
 * or the actor acting on itself) are left out.
 */
export function buildTies(ix: Indexes, actor: number, forEachEvent: (visit: (event: number) => void) => void): Sequence<Tie> {
  const out = growing();
  tally(ix, actor, forEachEvent, out);
  return tieSequence(ix, actor, table(out), 0, out.others.length);
}

/**
 * Every actor's unfiltered network in one table, built once (in the background warm-up): an
 * unfiltered `Actor.network` is then a slice of it. `offsets[a]`…`offsets[a + 1]` are actor a's ties.
 */
export async function buildNetworkIndex(ix: Indexes, yieldEvery = 2_000): Promise<TieTable & { offsets: Int32Array }> {
  const out = growing();
  const offsets = new Int32Array(ix.actors.length + 1);
  for (let actor = 0; actor < ix.actors.length; actor++) {
    if (actor % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve));
    tally(ix, actor, (visit) => ix.eventsOfActor[actor]?.forEach((event) => visit(event)), out);
    offsets[actor + 1] = out.others.length;
  }
  return { ...table(out), offsets };
}

/**
 * Tie `t` of a table; its counts per type are made on first read. A class rather than an object
 * literal with a getter, which V8 would give a hidden class of its own per tie.
 */
class TableTie implements Tie {
  readonly count: number;
  readonly outgoing: number;
  readonly incoming: number;
  #byType: TypeCount[] | undefined;

  constructor(
    readonly actorId: string,
    readonly otherActorId: string,
    private readonly ties: TieTable,
    private readonly t: number,
  ) {
    this.count = ties.counts[t] ?? 0;
    this.outgoing = ties.outgoing[t] ?? 0;
    this.incoming = this.count - this.outgoing;
  }

  get byType(): TypeCount[] {
    if (this.#byType) return this.#byType;
    const row = new Map<EventType, number>();
    for (let type = 0; type < TYPE_COUNT; type++) {
      const n = this.ties.types[this.t * TYPE_COUNT + type] ?? 0;
      if (n > 0) row.set(EventType.options[type] as EventType, n);
    }
    return (this.#byType = typeCounts(row));
  }
}

/** The ties `from`…`to` of a table as a sequence of {@link Tie}s, made only for the slots read. */
export function tieSequence(ix: Indexes, actor: number, ties: TieTable, from: number, to: number): Sequence<Tie> {
  const actorId = ix.actors[actor]?.id ?? "";
  const otherId = (slot: number) => ix.actors[ties.others[from + slot] ?? -1]?.id ?? "";
  return {
    length: to - from,
    slots: to - from,
    at: (slot) => new TableTie(actorId, otherId(slot), ties, from + slot),
    next: (start, end) => (start < end ? start : -1),
    previous: (start, end) => (start < end ? end - 1 : -1),
    boundary(key, strict) {
      for (let slot = 0; slot < to - from; slot++) if (otherId(slot) === key) return strict ? slot + 1 : slot;
      return undefined;
    },
    keyOf: (tie) => tie.otherActorId,
  };
}
