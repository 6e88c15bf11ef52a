import { DEFAULT_PAGE_SIZE } from "../../limits.js";
import { InvalidCursorError, type Page, type PageRequest } from "../types.js";

/**
 * An ordered result: `items` sorted by ascending `rankOf`, and a way to find the rank of a key
 * handed out earlier (undefined when the key means nothing in this ordering).
 */
export interface OrderedResult<Item> {
  items: ArrayLike<Item>;
  rankOf: (item: Item) => number;
  rankOfKey: (key: string) => number | undefined;
  keyOf: (item: Item) => string;
}

/** Index of the first item whose rank is >= `rank` (or > `rank` when `strict`). */
function lowerBound<Item>(result: OrderedResult<Item>, rank: number, strict: boolean): number {
  let low = 0;
  let high = result.items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = result.rankOf(result.items[middle] as Item);
    if (value < rank || (strict && value === rank)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function positionOf<Item>(result: OrderedResult<Item>, key: string, strict: boolean): number {
  const rank = result.rankOfKey(key);
  if (rank === undefined) throw new InvalidCursorError(`cursor key ${JSON.stringify(key)} does not belong to this ordering`);
  return lowerBound(result, rank, strict);
}

/**
 * Cuts one page out of an ordered result, Relay style: `after`/`before` bound the window by key
 * (keyset, so a key stays valid when the record it names is filtered out), then `first` takes from
 * the start of the window or `last` from its end.
 */
export function slicePage<Item, Node>(result: OrderedResult<Item>, page: PageRequest, toNode: (item: Item) => Node): Page<Node> {
  const length = result.items.length;
  let start = page.after != null ? positionOf(result, page.after, true) : 0;
  let end = page.before != null ? positionOf(result, page.before, false) : length;
  if (end < start) end = start;
  if (page.last != null && page.first == null) start = Math.max(start, end - page.last);
  else end = Math.min(end, start + (page.first ?? DEFAULT_PAGE_SIZE));
  const nodes: Node[] = [];
  const keys: string[] = [];
  for (let i = start; i < end; i++) {
    const item = result.items[i] as Item;
    nodes.push(toNode(item));
    keys.push(result.keyOf(item));
  }
  return { nodes, keys, totalCount: length, hasNextPage: end < length, hasPreviousPage: start > 0 };
}
