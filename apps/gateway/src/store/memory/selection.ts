import { Bitset } from "./bitset.js";

/** A sort order as the selection needs it: ordinal → slot, and the sets it has already made for named lists. */
export interface SlotSpace {
  size: number;
  /** Ordinal → slot and slot → ordinal in this order (both null: the slot is the ordinal). */
  rank: Int32Array | null;
  sorted: Int32Array | null;
  /** The set of a list that never changes (e.g. the events of one type), made once per order. */
  fixedSet(name: string, list: () => readonly number[]): Bitset;
}

type Predicate = (ordinal: number) => boolean;

/** A list of ordinals that never changes (the events of one type…), named so that its set is made once per order. */
export interface FixedList {
  name: string;
  list: () => readonly number[];
}

/**
 * A filter compiled against the indexes, before it is placed in an order: lists of ordinals from
 * reverse indexes (each a condition; all must hold), named fixed lists (enum values, kept as sets
 * per order), and predicates for what no index answers.
 */
export class Selection {
  private readonly lists: (readonly (readonly number[])[])[] = [];
  private readonly fixed: (readonly FixedList[])[] = [];
  private readonly predicates: Predicate[] = [];

  /** Only these ordinals may match. */
  within(list: readonly number[]): this {
    return this.withinAny([list]);
  }

  /** Only ordinals in at least one of these lists may match. */
  withinAny(lists: readonly (readonly number[])[]): this {
    this.lists.push(lists);
    return this;
  }

  /** Only ordinals in one of these fixed lists may match. */
  withinFixed(lists: readonly FixedList[]): this {
    this.fixed.push(lists);
    return this;
  }

  where(predicate: Predicate): this {
    this.predicates.push(predicate);
    return this;
  }

  /** True when nothing constrains the selection. */
  get everything(): boolean {
    return this.lists.length === 0 && this.fixed.length === 0 && this.predicates.length === 0;
  }

  /**
   * The matching ordinals as a set of slots of `space`; null when every record matches. Costs the
   * size of the lists plus one pass over the words per condition; predicates are tested only on
   * the slots the lists leave (on every record when there is no list).
   */
  resolve(space: SlotSpace): Bitset | null {
    if (this.everything) return null;
    // A set made once per order (one enum value's) is shared: it is returned as is when it is the
    // whole answer, and copied only before something would change it. Callers only read the result.
    let bits: Bitset | null = null;
    let owned = false;
    const intersect = (set: Bitset, fresh: boolean) => {
      if (bits === null) [bits, owned] = [set, fresh];
      else if (owned) bits.and(set);
      else [bits, owned] = [fresh ? set.and(bits) : bits.copy().and(set), true];
    };
    for (const lists of this.fixed) {
      const sets = lists.map(({ name, list }) => space.fixedSet(name, list));
      if (sets.length === 1) intersect(sets[0] as Bitset, false);
      else intersect(sets.reduce((all, set) => all.or(set), new Bitset(space.size)), true);
    }
    for (const lists of this.lists) {
      const set = new Bitset(space.size);
      for (const list of lists) set.add(list, space.rank ?? undefined);
      intersect(set, true);
    }
    if (this.predicates.length > 0) {
      const tests = this.predicates;
      const test = tests.length === 1 ? (tests[0] as Predicate) : (ordinal: number) => tests.every((t) => t(ordinal));
      const sorted = space.sorted;
      const ordinalAt = sorted ? (slot: number) => sorted[slot] ?? -1 : (slot: number) => slot;
      if (bits === null) {
        const made = new Bitset(space.size);
        for (let slot = 0; slot < space.size; slot++) if (test(ordinalAt(slot))) made.words[slot >>> 5]! |= 1 << (slot & 31);
        bits = made;
      } else {
        bits = (owned ? (bits as Bitset) : (bits as Bitset).copy()).retain((slot) => test(ordinalAt(slot)));
      }
    }
    return bits;
  }
}

/** Ordinals of the ids that exist (unknown ids simply match nothing). */
export function ordinalsOf(ids: readonly string[], ordinal: ReadonlyMap<string, number>): number[] {
  const found: number[] = [];
  for (const id of ids) {
    const value = ordinal.get(id);
    if (value !== undefined) found.push(value);
  }
  return found;
}
