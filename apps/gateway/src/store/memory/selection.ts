/**
 * A filter compiled against the indexes: lists of candidate ordinals (from reverse indexes, to be
 * intersected) plus predicates for what no index answers. Keeps filtering proportional to the
 * smallest candidate list rather than to the corpus.
 */
export interface Selection {
  /** Ordinals that may match; null means "every record". Sorted ascending, no duplicates. */
  candidates: number[] | null;
  test: (ordinal: number) => boolean;
  /** True when nothing constrains the selection (every record matches). */
  everything: boolean;
}

type Predicate = (ordinal: number) => boolean;

/** Collects constraints, then resolves them into a {@link Selection}. */
export class SelectionBuilder {
  private readonly lists: (readonly number[])[] = [];
  private readonly predicates: Predicate[] = [];

  /** Only these ordinals may match (ascending, unique). */
  within(list: readonly number[]): this {
    this.lists.push(list);
    return this;
  }

  /** Only ordinals in at least one of these lists may match. */
  withinAny(lists: readonly (readonly number[])[]): this {
    return this.within(lists.length === 1 ? (lists[0] ?? []) : union(lists));
  }

  where(predicate: Predicate): this {
    this.predicates.push(predicate);
    return this;
  }

  build(): Selection {
    const [smallest, ...others] = [...this.lists].sort((a, b) => a.length - b.length);
    const tests = [...others.map((list) => membership(list)), ...this.predicates];
    const test: Predicate =
      tests.length === 0 ? () => true : tests.length === 1 ? (tests[0] as Predicate) : (ordinal) => tests.every((t) => t(ordinal));
    return { candidates: smallest ? [...smallest] : null, test, everything: this.lists.length === 0 && this.predicates.length === 0 };
  }
}

function membership(list: readonly number[]): Predicate {
  const set = new Set(list);
  return (ordinal) => set.has(ordinal);
}

/** Sorted union of sorted lists. */
export function union(lists: readonly (readonly number[])[]): number[] {
  const all = new Set<number>();
  for (const list of lists) for (const value of list) all.add(value);
  return [...all].sort((a, b) => a - b);
}

/** Ordinals of the ids that exist, ascending (unknown ids simply match nothing). */
export function ordinalsOf(ids: readonly string[], ordinal: ReadonlyMap<string, number>): number[] {
  const found: number[] = [];
  for (const id of ids) {
    const value = ordinal.get(id);
    if (value !== undefined) found.push(value);
  }
  return union([found]);
}
