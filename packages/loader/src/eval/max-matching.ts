/**
 * Maximum one-to-one matching in a bipartite graph (Kuhn's augmenting paths).
 * Greedy matching can pair a gold item with the "wrong" prediction and lose a match another
 * pairing would keep; the sets here are small (tens per article), so the optimal answer is cheap.
 *
 * @param candidates for each left item, the right items it may pair with, best first
 * @returns for each left item, the right item it is paired with, or -1
 */
export function maxMatching(candidates: readonly (readonly number[])[], rightCount: number): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const tryAssign = (left: number, seen: boolean[]): boolean => {
    for (const right of candidates[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = rightOwner[right]!;
      if (owner === -1 || tryAssign(owner, seen)) {
        rightOwner[right] = left;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, left) => tryAssign(left, new Array<boolean>(rightCount).fill(false)));
  const leftMatch = new Array<number>(candidates.length).fill(-1);
  rightOwner.forEach((left, right) => {
    if (left !== -1) leftMatch[left] = right;
  });
  return leftMatch;
}
