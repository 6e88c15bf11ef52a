/**
 * A fixed-size set of small integers (positions 0…size-1) as 32-bit words. Filters become sets of
 * positions in a sort order, so a page is "the next 20 set bits after the cursor's position" and
 * a total is a population count: no per-request sort and no list of every match.
 *
 * Hand-written rather than taken from `typedfastbitset`: paging needs the next and previous set bit
 * within a range, which that library does not offer; the rest is a few lines of word arithmetic.
 */
export class Bitset {
  readonly words: Uint32Array;
  #count = -1;

  constructor(readonly size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }

  /** The set of `positions[i]`, or of `map[positions[i]]` when a map (e.g. ordinal → rank) is given. */
  static of(size: number, positions: ArrayLike<number>, map?: ArrayLike<number>): Bitset {
    return new Bitset(size).add(positions, map);
  }

  /** Adds `positions[i]`, or `map[positions[i]]` when a map is given. */
  add(positions: ArrayLike<number>, map?: ArrayLike<number>): this {
    const words = this.words;
    for (let i = 0; i < positions.length; i++) {
      const position = map ? (map[positions[i] as number] as number) : (positions[i] as number);
      words[position >>> 5]! |= 1 << (position & 31);
    }
    this.#count = -1;
    return this;
  }

  has(position: number): boolean {
    return ((this.words[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0;
  }

  /** Keeps only the positions also in `other` (same size). */
  and(other: Bitset): this {
    const words = this.words;
    for (let i = 0; i < words.length; i++) words[i]! &= other.words[i] ?? 0;
    this.#count = -1;
    return this;
  }

  /** Adds every position of `other` (same size). */
  or(other: Bitset): this {
    const words = this.words;
    for (let i = 0; i < words.length; i++) words[i]! |= other.words[i] ?? 0;
    this.#count = -1;
    return this;
  }

  /** Removes the positions for which `keep` is false. */
  retain(keep: (position: number) => boolean): this {
    this.forEach((position) => {
      if (!keep(position)) this.words[position >>> 5]! &= ~(1 << (position & 31));
    });
    this.#count = -1;
    return this;
  }

  copy(): Bitset {
    const copy = new Bitset(this.size);
    copy.words.set(this.words);
    return copy;
  }

  /** Number of positions in the set (computed once, then remembered until the set changes). */
  count(): number {
    if (this.#count >= 0) return this.#count;
    let count = 0;
    for (let word of this.words) {
      word -= (word >>> 1) & 0x55555555;
      word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
      count += (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    this.#count = count;
    return count;
  }

  /** The first position in [from, to) that is in the set, or -1. */
  next(from: number, to: number = this.size): number {
    if (from >= to) return -1;
    let index = from >>> 5;
    let word = (this.words[index] ?? 0) & (~0 << (from & 31));
    const last = (to - 1) >>> 5;
    while (word === 0) {
      if (++index > last) return -1;
      word = this.words[index] ?? 0;
    }
    const position = (index << 5) + (31 - Math.clz32(word & -word));
    return position < to ? position : -1;
  }

  /** The last position in [from, to) that is in the set, or -1. */
  previous(from: number, to: number = this.size): number {
    if (from >= to) return -1;
    let index = (to - 1) >>> 5;
    const shift = 31 - ((to - 1) & 31);
    let word = ((this.words[index] ?? 0) << shift) >>> shift;
    const first = from >>> 5;
    while (word === 0) {
      if (--index < first) return -1;
      word = this.words[index] ?? 0;
    }
    const position = (index << 5) + (31 - Math.clz32(word));
    return position >= from ? position : -1;
  }

  /** Calls `visit` with every position, ascending. */
  forEach(visit: (position: number) => void): void {
    const words = this.words;
    for (let index = 0; index < words.length; index++) {
      let word = words[index] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        visit((index << 5) + (31 - Math.clz32(low)));
        word ^= low;
      }
    }
  }
}
