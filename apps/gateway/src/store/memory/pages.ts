import { DEFAULT_PAGE_SIZE } from "../../limits.js";
import { InvalidCursorError, type Page, type PageRequest } from "../types.js";
import type { Bitset } from "./bitset.js";

/**
 * An ordered result, read through slots: every slot of an order (say, every event by date) is
 * either in the result or not, so a cursor names a slot whether or not its record matched, and a
 * page is the next members after a slot. Record lists are a bitset over a sort order (no list of
 * every match is ever made); small computed results (networks, searches) are plain arrays.
 */
export interface Sequence<Item> {
  /** Members of the result. */
  readonly length: number;
  /** Slots of the order, members or not. */
  readonly slots: number;
  /** The item in a slot. */
  at(slot: number): Item;
  /** The first member slot in [from, to), or -1. */
  next(from: number, to: number): number;
  /** The last member slot in [from, to), or -1. */
  previous(from: number, to: number): number;
  /** The slot just after (`strict`) or at the key's place; undefined when the key means nothing in this order. */
  boundary(key: string, strict: boolean): number | undefined;
  keyOf(item: Item): string;
}

/** A sequence over a sort order (`sorted`: slot → ordinal, `rank`: ordinal → slot) restricted to `members` (null: all). */
export function rankedSequence(
  sorted: Int32Array,
  rank: Int32Array,
  members: Bitset | null,
  ordinalOfKey: (key: string) => number | undefined,
  keyOf: (ordinal: number) => string,
): Sequence<number> {
  return {
    length: members ? members.count() : sorted.length,
    slots: sorted.length,
    at: (slot) => sorted[slot] ?? -1,
    next: members ? (from, to) => members.next(from, to) : (from, to) => (from < to ? from : -1),
    previous: members ? (from, to) => members.previous(from, to) : (from, to) => (from < to ? to - 1 : -1),
    boundary: (key, strict) => {
      const ordinal = ordinalOfKey(key);
      if (ordinal === undefined) return undefined;
      const slot = rank[ordinal] ?? 0;
      return strict ? slot + 1 : slot;
    },
    keyOf,
  };
}

/** A sequence over items already in order; `rankOfKey` places a key (which need not be an item) among them. */
export function arraySequence<Item>(
  items: readonly Item[],
  rankOf: (item: Item) => number,
  rankOfKey: (key: string) => number | undefined,
  keyOf: (item: Item) => string,
): Sequence<Item> {
  return {
    length: items.length,
    slots: items.length,
    at: (slot) => items[slot] as Item,
    next: (from, to) => (from < to ? from : -1),
    previous: (from, to) => (from < to ? to - 1 : -1),
    boundary: (key, strict) => {
      const rank = rankOfKey(key);
      if (rank === undefined) return undefined;
      let low = 0;
      let high = items.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const value = rankOf(items[middle] as Item);
        if (value < rank || (strict && value === rank)) low = middle + 1;
        else high = middle;
      }
      return low;
    },
    keyOf,
  };
}

function boundaryOf<Item>(sequence: Sequence<Item>, key: string, strict: boolean): number {
  const slot = sequence.boundary(key, strict);
  if (slot === undefined) throw new InvalidCursorError(`cursor key ${JSON.stringify(key)} does not belong to this ordering`);
  return slot;
}

/**
 * Cuts one page out of an ordered result, Relay style: `after`/`before` bound the window by key
 * (keyset, so a key stays valid when the record it names is filtered out), then `first` takes from
 * the start of the window or `last` from its end. The cost is the page, not the result.
 */
export function slicePage<Item, Node>(sequence: Sequence<Item>, page: PageRequest, toNode: (item: Item) => Node): Page<Node> {
  const start = page.after != null ? boundaryOf(sequence, page.after, true) : 0;
  const end = Math.max(start, page.before != null ? boundaryOf(sequence, page.before, false) : sequence.slots);
  const backward = page.last != null && page.first == null;
  const limit = backward ? (page.last ?? 0) : (page.first ?? DEFAULT_PAGE_SIZE);
  const taken: number[] = [];
  let pageStart = start;
  let pageEnd = end;
  if (backward) {
    for (let slot = end; taken.length < limit && (slot = sequence.previous(start, slot)) >= 0; ) taken.push(slot);
    taken.reverse();
    if (taken.length === limit) pageStart = taken[0] ?? end;
  } else {
    for (let slot = start - 1; taken.length < limit && (slot = sequence.next(slot + 1, end)) >= 0; ) taken.push(slot);
    if (taken.length === limit) pageEnd = taken.length > 0 ? (taken[taken.length - 1] as number) + 1 : start;
  }
  const nodes: Node[] = [];
  const keys: string[] = [];
  for (const slot of taken) {
    const item = sequence.at(slot);
    nodes.push(toNode(item));
    keys.push(sequence.keyOf(item));
  }
  return {
    nodes,
    keys,
    totalCount: sequence.length,
    hasNextPage: sequence.next(pageEnd, sequence.slots) >= 0,
    hasPreviousPage: sequence.previous(0, pageStart) >= 0,
  };
}
