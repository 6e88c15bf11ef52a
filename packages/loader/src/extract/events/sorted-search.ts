/**
 * The first index in [0, length) that `before` does not hold for, by binary search. `before` must hold for
 * a prefix of the indexes and fail for the rest, as "item i sorts before the one sought" does for items in
 * order: mentions by start, quotes by opening mark, offsets by value.
 */
export function firstIndexNotBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
