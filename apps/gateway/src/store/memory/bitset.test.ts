import { describe, expect, it } from "vitest";
import { Bitset } from "./bitset.js";

/** A reproducible pseudo-random sequence (LCG), so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** The reference answers, from a plain sorted array. */
const naiveNext = (members: number[], from: number, to: number) => members.find((m) => m >= from && m < to) ?? -1;
const naivePrevious = (members: number[], from: number, to: number) => [...members].reverse().find((m) => m >= from && m < to) ?? -1;

describe("Bitset", () => {
  it("answers next, previous, count and forEach like a sorted list, across word boundaries", () => {
    const next = random(7);
    for (const [size, density] of [[1, 0.5], [31, 0.3], [32, 0.5], [33, 0.1], [100, 0.02], [1000, 0.2], [4099, 0.001]] as const) {
      const members = Array.from({ length: size }, (_, i) => i).filter(() => next() < density);
      const bits = Bitset.of(size, members);
      expect(bits.count()).toBe(members.length);
      const seen: number[] = [];
      bits.forEach((position) => seen.push(position));
      expect(seen).toEqual(members);
      for (let probe = 0; probe < 200; probe++) {
        const a = Math.floor(next() * (size + 1));
        const b = Math.floor(next() * (size + 1));
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(bits.next(from, to)).toBe(naiveNext(members, from, to));
        expect(bits.previous(from, to)).toBe(naivePrevious(members, from, to));
      }
    }
  });

  it("places positions through a map, intersects, unites and filters", () => {
    const rank = [3, 0, 2, 1];
    expect([...Array(4).keys()].filter((i) => Bitset.of(4, [0, 3], rank).has(i))).toEqual([1, 3]);
    const a = Bitset.of(70, [1, 5, 40, 69]);
    const b = Bitset.of(70, [5, 6, 69]);
    expect(a.copy().and(b).count()).toBe(2);
    expect(a.copy().or(b).count()).toBe(5);
    expect(a.count()).toBe(4);
    const even: number[] = [];
    a.copy().retain((position) => position % 2 === 0).forEach((position) => even.push(position));
    expect(even).toEqual([40]);
  });
});
